/** A small element builder: the preview is plain DOM, with text always set as text. */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number | boolean | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Long values (suspend data) are cut for display; the record and the testing hook keep them whole. */
export function shorten(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters in all)`;
}

/** Keeps a scrolled panel pinned to its end while the reader has not scrolled away from it. */
export function stickToEnd(scroller: HTMLElement, change: () => void): void {
  const atEnd = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 24;
  change();
  if (atEnd) scroller.scrollTop = scroller.scrollHeight;
}
