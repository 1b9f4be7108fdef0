// Escaping for text embedded in the page: HTML text, and JSON inside a <script> element.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const SCRIPT_JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/json">` element. `<`, `>`, `&`, U+2028 and U+2029 only ever occur
 * inside JSON strings, so replacing them with `\uXXXX` escapes keeps the JSON equal while no text can
 * close the element (`</script>`) or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_JSON_ESCAPES[c]!);
}

/** True when inline script code contains a sequence that would end or confuse its `<script>` element. */
export function breaksScriptElement(code: string): boolean {
  return /<\/script|<!--|<script/i.test(code);
}
