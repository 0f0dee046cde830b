import type { LitElement } from 'lit';

/**
 * Moves focus to a screen's `h1` once it has rendered, so a screen reader starts reading the new
 * screen and the next Tab continues from there. The heading needs `tabindex="-1"`.
 */
export async function focusScreenHeading(host: LitElement): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('h1')?.focus();
}
