// Mention adjustments before relation search (relations/adjust.ts): titles cut from names, offices kept whole.
import { describe, expect, it } from 'vitest';
import { trimTitles } from '../../src/extract/relations/adjust.js';
import type { EntityType, Mention } from '../../src/types.js';

const mention = (text: string, type: EntityType): Mention => ({ start: 10, end: 10 + text.length, text, type, sentence: 0 });

describe('trimTitles', () => {
  it.each([
    ['an org that ran into a title', 'Acme CEO', 'Organization', 'Acme'],
    ['a person with a title', 'President Anna Ortega', 'Person', 'Anna Ortega'],
    ['an office: the rest would end in a title word', 'Velto Trade Representative', 'Organization', 'Velto Trade Representative'],
    ['a bare title is cut as before', 'Supreme Deputy Envoy', 'Organization', 'Supreme'],
    ['an org ending in a function word once cut', 'Bank of Envoy', 'Organization', 'Bank of Envoy'],
  ] as [string, string, EntityType, string][])('%s', (_name, text, type, expected) => {
    const out = trimTitles([mention(text, type)]);
    expect(out.map((m) => m.text)).toEqual([expected]);
    expect(out[0]!.end - out[0]!.start).toBe(expected.length);
  });
});
