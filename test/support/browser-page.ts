import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Frame, Page } from 'playwright-core';

/** The element that has focus, looking through shadow roots, as a learner's screen reader would. */
export interface FocusedElement {
  readonly tag: string;
  readonly type: string;
  readonly value: string;
  readonly text: string;
  readonly id: string;
  /** `data-option` of the element (ordering move buttons). */
  readonly option: string;
  /** Id of the knowledge check the element belongs to, if any. */
  readonly checkId: string;
  /** Id of the scenario the element belongs to, if any. */
  readonly scenarioId: string;
  /** Classes of the element. */
  readonly className: string;
}

/** `where` is the page, or the frame the course runs in (as in an LMS). */
export function focusedElement(where: Page | Frame): Promise<FocusedElement> {
  return where.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    let checkId = '';
    let scenarioId = '';
    for (let node: Node | null = element; node; ) {
      // A question of a knowledge check or of the final assessment.
      if (node instanceof Element && (node.localName === 'li-knowledge-check' || node.localName === 'li-question')) {
        checkId = (node as Element & { check?: { id: string } }).check?.id ?? '';
        break;
      }
      if (node instanceof Element && node.localName === 'li-scenario') {
        scenarioId = (node as Element & { scenario?: { id: string } }).scenario?.id ?? '';
        break;
      }
      const parent: Node | null = node.parentNode;
      node = parent instanceof ShadowRoot ? parent.host : parent;
    }
    return {
      tag: element?.localName ?? '',
      type: element?.getAttribute('type') ?? '',
      value: element instanceof HTMLInputElement ? element.value : '',
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      id: element?.id ?? '',
      option: element?.getAttribute('data-option') ?? '',
      checkId,
      scenarioId,
      className: element?.getAttribute('class') ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until `wanted` says the focused element is the one, or fails. */
export async function tabTo(
  page: Page,
  wanted: (element: FocusedElement) => boolean,
  options: { readonly backwards?: boolean; readonly description: string; readonly maxPresses?: number; readonly frame?: Frame },
): Promise<FocusedElement> {
  const seen: string[] = [];
  for (let press = 0; press < (options.maxPresses ?? 120); press += 1) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const focused = await focusedElement(options.frame ?? page);
    if (wanted(focused)) return focused;
    seen.push(`${focused.tag}${focused.type ? `[${focused.type}]` : ''} "${focused.text.slice(0, 30)}"`);
  }
  throw new Error(`Could not reach ${options.description} with the keyboard. Tab went through: ${seen.slice(-15).join(', ')}`);
}

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/** Runs axe-core on the whole document (shadow roots included) and returns its violations. */
export async function axeViolations(where: Page | Frame): Promise<string[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await where.evaluate(await axeSource);
  return where.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
  });
}

/** Every page of `context` records the Content-Security-Policy violations it meets; read them with `cspViolations`. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

/** The violations recorded so far in `where` (see `recordCspViolations`). */
export function cspViolations(where: Page | Frame): Promise<string[]> {
  return where.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
