/** Elements built from text, never from HTML strings: what AFPA typed is shown, never run. */
type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Text only screen readers read, to tell apart links that look the same (« Ajouter à mon agenda »). */
export function hiddenText(text: string): HTMLSpanElement {
  return el('span', { class: 'visually-hidden' }, text);
}
