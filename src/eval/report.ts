// Human-readable evaluation report: the figures first, then the misses and false hits.
import type { Prf, ScoreResult } from './types.js';

/** Options of `formatReport`. */
export interface ReportOptions {
  /**
   * Most items listed per section (the count is always given); 0 lists none.
   * @default Infinity
   */
  maxItems?: number;
}

/**
 * The report `kg eval` prints: precision/recall/F1 for entities, typed entities and relations,
 * recall per predicate, unscored edge types, then the lists of misses and false hits.
 * @example console.log(formatReport(score(gold, graph)))
 */
export function formatReport(result: ScoreResult, options: ReportOptions = {}): string {
  const max = options.maxItems ?? Number.POSITIVE_INFINITY;
  const e = result.entities;
  const r = result.relations;
  const lines = [
    `Entities        ${figures(e)}   ${e.system_nodes} nodes, ${e.found}/${e.gold_required} gold found, ${e.split_entities} split`,
    `Entities typed  ${figures(result.entities_typed)}`,
    `Relations       ${figures(r)}   ${r.system_triples} triples, ${r.found}/${r.gold_required} gold found`,
    '',
    'Recall by predicate: ' + joined(Object.entries(result.relations_by_predicate_recall).map(([p, v]) => `${p} ${v}`)),
    'Unscored edge types: ' + joined(Object.entries(result.unscored_edge_types).map(([t, n]) => `${t || '(no type)'} ${n}`)),
  ];
  const d = result.details;
  section(lines, 'Missed entities', d.missed_entities, max);
  section(lines, 'Split entities',d.split_entities.map((s) => `${s.entity}: ${s.nodes.map(quoted).join(' | ')}`), max);
  section(lines, 'False-positive nodes', d.false_positive_nodes.map(quoted), max);
  const stated = (a: string[]) => (a.length > 0 ? `   (in ${a.join(', ')})` : '');
  section(lines, 'Missed relations', d.missed_relations.map((m) => `${ends(m.s)} ${m.p} ${ends(m.o)}${stated(m.a)}`), max);
  section(lines, 'False-positive triples', d.false_positive_triples.map((t) => t.join(' ')), max);
  if (d.false_positive_triples.length > 0 && max > 0) lines.push("  (?['name'] is an end that maps to no gold entity or article)");
  return lines.join('\n') + '\n';
}

function figures(f: Prf): string {
  return `P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}`;
}

function joined(items: string[]): string {
  return items.length > 0 ? items.join(', ') : '(none)';
}

function quoted(text: string): string {
  return JSON.stringify(text);
}

function ends(v: string | string[]): string {
  return Array.isArray(v) ? `[${v.join(', ')}]` : v;
}

function section(lines: string[], title: string, items: string[], max: number): void {
  lines.push('', `${title} (${items.length}):`);
  for (const item of items.slice(0, max)) lines.push(`  ${item}`);
  if (items.length > max) lines.push(`  … and ${items.length - max} more`);
}
