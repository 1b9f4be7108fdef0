// Token normalization before feature extraction: curly quotes, dashes and ellipses as in CoNLL text.

const REPLACEMENTS: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '‘': "'",
  '’': "'",
  '—': '-',
  '–': '-',
  '…': '...',
  '``': '"',
  "''": '"',
};

const CURLY_RE = /[’‘]/g;

/** The token as the model sees it: straight quotes, "'s" and "n't" with straight apostrophes, "-" for dashes. */
export function normalizeToken(token: string): string {
  const r = REPLACEMENTS[token];
  if (r !== undefined) return r;
  if (token.length > 1 && (token.includes('’') || token.includes('‘'))) return token.replace(CURLY_RE, "'");
  return token;
}
