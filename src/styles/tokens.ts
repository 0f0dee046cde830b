import { css } from 'lit';

/**
 * Design tokens: the only place raw colours and sizes live. Brand colours come from course.yaml
 * through the page stylesheet as `--li-brand-*`; components read the `--li-color-*` theme tokens.
 */
export const themeTokens = css`
  :host {
    --li-color-primary: var(--li-brand-primary, #1d4f91);
    --li-color-on-primary: var(--li-brand-primary-text, #ffffff);
    --li-color-accent: var(--li-brand-accent, #a34f00);
    --li-color-background: var(--li-brand-background, #ffffff);
    --li-color-text: var(--li-brand-text, #1b1b1b);
    --li-color-muted: #4a4a4a;
    --li-color-border: #6f6f6f;
    --li-color-surface: #f3f4f6;
    --li-color-success: #136f3a;
    --li-color-success-surface: #e7f4ec;
    --li-color-error: #b3261e;
    --li-color-error-surface: #fbeceb;
    --li-color-focus: #ffbf47;
    --li-color-focus-outline: #0b0c0c;
    --li-space-1: 0.25rem;
    --li-space-2: 0.5rem;
    --li-space-3: 1rem;
    --li-space-4: 1.5rem;
    --li-space-5: 2.5rem;
    --li-radius: 0.375rem;
    --li-measure: 42rem;
    --li-font-body: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    --li-line-height: 1.55;
  }
`;

/** A focus ring that stays visible on any background (yellow with a dark outline, as GOV.UK). */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid var(--li-color-focus-outline);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--li-color-focus);
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

export const buttons = css`
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: var(--li-space-2) var(--li-space-4);
    border-radius: var(--li-radius);
    border: 2px solid var(--li-color-primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--li-color-primary);
    color: var(--li-color-on-primary);
  }
  button.secondary {
    background: var(--li-color-background);
    color: var(--li-color-primary);
  }
  button:hover {
    text-decoration: underline;
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.7;
  }
`;

/** Typography for HTML rendered from Markdown at build time. */
export const proseStyles = css`
  .prose p,
  .prose ul,
  .prose ol {
    margin: 0 0 var(--li-space-3);
  }
  .prose > :last-child,
  .prose p:last-child {
    margin-bottom: 0;
  }
  .prose a {
    color: var(--li-color-primary);
    text-underline-offset: 0.15em;
  }
  .prose a:hover {
    text-decoration-thickness: 3px;
  }
  .prose code {
    font-size: 0.95em;
  }
`;

/** The heading of a screen (page, completion, resume choice): focused by script on arrival. */
export const screenHeading = css`
  h1 {
    font-size: clamp(1.6rem, 1.3rem + 1.2vw, 2.4rem);
    line-height: 1.2;
    margin: 0 0 var(--li-space-4);
  }
  h1:focus {
    outline: none;
  }
`;

/**
 * A button that stays pressed (`aria-pressed`), with a box that shows its state by more than
 * colour: put `<span class="box" aria-hidden="true">✓</span>` (or nothing) before the label.
 */
export const toggleButtons = css`
  button.toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--li-space-2);
    text-align: left;
  }
  .box {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.1em;
    height: 1.1em;
    border: 2px solid currentColor;
    border-radius: 0.2em;
    font-size: 0.9em;
    line-height: 1;
  }
  button.toggle[aria-pressed='true'] {
    background: var(--li-color-primary);
    color: var(--li-color-on-primary);
  }
`;

/** An activity inside a page (a scenario, the assessment): one bordered section with its own h2. */
export const activityPanel = css`
  :host {
    display: block;
    color: var(--li-color-text);
  }
  section {
    border: 2px solid var(--li-color-primary);
    border-radius: var(--li-radius);
    padding: var(--li-space-3) var(--li-space-4) var(--li-space-4);
  }
  h2 {
    margin: 0 0 var(--li-space-3);
    font-size: 1.3em;
  }
`;

/** A native modal `<dialog>` in the course's colours, over a dimmed page. */
export const modalDialog = css`
  dialog {
    padding: var(--li-space-4);
    border: 2px solid var(--li-color-primary);
    border-radius: var(--li-radius);
    color: var(--li-color-text);
    background: var(--li-color-background);
    font-family: var(--li-font-body);
    line-height: var(--li-line-height);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;
