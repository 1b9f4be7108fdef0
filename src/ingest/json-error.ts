// Where a JSON text first breaks the grammar: V8's messages do not always give a position.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

/** Offset of the first syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const token = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  // Returns false at the first error, leaving `i` on it.
  const value = (): boolean => {
    skip();
    const c = text[i];
    if (c === '{') return members('}', true);
    if (c === '[') return members(']', false);
    if (c === '"') return token(STRING);
    return token(NUMBER) || token(LITERAL);
  };
  const members = (close: string, keyed: boolean): boolean => {
    i++;
    skip();
    if (text[i] === close) return ++i > 0;
    for (;;) {
      skip();
      if (keyed) {
        if (text[i] !== '"' || !token(STRING)) return false;
        skip();
        if (text[i] !== ':') return false;
        i++;
      }
      if (!value()) return false;
      skip();
      if (text[i] === close) return ++i > 0;
      if (text[i] !== ',') return false;
      i++;
    }
  };
  try {
    if (!value()) return i;
  } catch {
    return i; // nesting too deep for the stack: report where it got to
  }
  skip();
  return i < text.length ? i : -1;
}
