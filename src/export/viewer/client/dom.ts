// Tiny DOM builder: every string becomes a text node (never parsed as HTML).

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; strings are added with textContent semantics. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

/** Looks up an element the page skeleton must contain. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viewer: element #${id} missing from the page`);
  return node as T;
}

/** A colored dot. */
export function swatch(color: string): HTMLElement {
  const dot = el('span', { class: 'swatch' });
  dot.style.background = color;
  return dot;
}
