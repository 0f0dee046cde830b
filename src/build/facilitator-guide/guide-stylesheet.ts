/**
 * The guide's one stylesheet: readable on screen, and printed on A4 with each major section on a
 * new page, boxes kept whole, scenario diagrams on landscape pages and page numbers in the margin.
 * Colours meet WCAG AA on white; brand colours come from course.yaml (checked for contrast there).
 */
import type { BrandColours } from '../../course/types.js';

/** Text for a CSS string: quotes, backslashes and line breaks escaped, and no `<` to end the style element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;
}

/** A colour from course.yaml, or the fallback if it is not a plain hex colour. */
function hexColour(value: string, fallback: string): string {
  return /^#[0-9a-fA-F]{3,8}$/.test(value) ? value : fallback;
}

export function guideStylesheet(colours: BrandColours, footerText: string): string {
  const primary = hexColour(colours.primary, '#1d4f91');
  const onPrimary = hexColour(colours.primaryText, '#ffffff');
  const text = hexColour(colours.text, '#1b1b1b');
  return `
:root { color-scheme: light; --primary: ${primary}; --on-primary: ${onPrimary}; --text: ${text}; --muted: #4a4a4a; --rule: #6f6f6f; --surface: #f3f4f6; --tint: #eef3fa; --correct: #136f3a; --correct-surface: #e7f4ec; --wrong: #b3261e; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; background: #ffffff; color: var(--text); font: 1rem/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 2.4rem; margin: 0.2em 0 0.3em; }
h2 { font-size: 1.75rem; color: var(--primary); border-bottom: 3px solid var(--primary); padding-bottom: 0.2em; margin-top: 0.3em; }
h3 { font-size: 1.3rem; color: var(--primary); }
h4 { font-size: 1.1rem; }
h5, h6 { font-size: 1rem; }
p, ul, ol, dl, table, figure { margin: 0 0 0.8em; }
a { color: var(--primary); text-decoration-thickness: 1px; text-underline-offset: 2px; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; box-shadow: 0 0 0 6px #ffbf47; }
code { font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 0.85em; background: var(--surface); padding: 0.05em 0.3em; border-radius: 3px; }
.kicker { margin: 0; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
.cover .band { background: var(--primary); color: var(--on-primary); padding: 2rem 2rem 1.5rem; border-radius: 0.5rem; margin-bottom: 1.5rem; }
.cover .band .kicker { color: var(--on-primary); }
.cover .logo { display: block; height: 3.5rem; width: auto; margin-bottom: 1rem; background: #ffffff; border-radius: 0.375rem; padding: 0.4rem; }
.cover .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; }
.cover .facts dt { font-weight: 700; }
.cover .facts dd { margin: 0; }
.based-on, .run-session, .notes, .weigh { background: var(--surface); border-left: 4px solid var(--primary); padding: 0.8rem 1rem; border-radius: 0 0.375rem 0.375rem 0; }
.based-on > :last-child, .run-session > :last-child, .notes > :last-child, .weigh > :last-child, .feedback > :last-child { margin-bottom: 0; }
.run-session { margin-top: 1rem; }
nav.contents ol { columns: 2; column-gap: 2rem; padding-left: 1.4rem; }
nav.contents li { break-inside: avoid; }
.summary { font-size: 1.15rem; }
.timing { border: 1px solid var(--rule); border-radius: 0.375rem; padding: 0.5rem 0.8rem; }
.list-label, .feedback-label, .minutes { font-weight: 700; margin-bottom: 0.3em; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.4em; }
th, td { border: 1px solid var(--rule); padding: 0.4rem 0.55rem; text-align: left; vertical-align: top; }
thead th { background: var(--tint); }
tbody th { font-weight: 600; }
tfoot th, tfoot td { font-weight: 700; background: var(--surface); }
td p, th p { margin: 0 0 0.4em; }
td > :last-child { margin-bottom: 0; }
.number { text-align: right; white-space: nowrap; }
tr.handout td, tr.handout th { color: var(--muted); font-style: italic; }
tr.break td, tr.break th { background: var(--surface); }
.question { border: 1px solid var(--rule); border-radius: 0.5rem; padding: 0 1rem 0.6rem; margin: 1rem 0 1.2rem; }
.question > h3, .question > h4 { margin-top: 0.8rem; }
.meta { font-size: 0.85rem; color: var(--muted); }
.answer-line { font-weight: 600; }
.options { padding-left: 1.8rem; }
.options > li { margin: 0 0 0.6rem; padding: 0.4rem 0.6rem; border: 1px solid #c9ccd1; border-radius: 0.375rem; }
.options > li.is-correct { border: 2px solid var(--correct); background: var(--correct-surface); }
.option-head { margin: 0 0 0.3em; }
.answer-mark { display: inline-block; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; padding: 0 0.4em; border-radius: 3px; margin-right: 0.3em; }
.answer-mark.correct { color: #ffffff; background: var(--correct); }
.answer-mark.wrong { color: var(--wrong); border: 1px solid var(--wrong); }
.match { font-weight: 600; }
.feedback { font-size: 0.92rem; border-top: 1px dashed #c9ccd1; padding-top: 0.3rem; }
.feedback-label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 0; }
.scene { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
.scene > div { display: contents; }
.scene dt { font-weight: 700; }
.scene dd { margin: 0; }
.decision, .ending { border-top: 1px solid var(--rule); padding-top: 0.2rem; margin-top: 1.2rem; }
.tag { display: inline-block; font-size: 0.75rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.35em; vertical-align: middle; }
.choice-list { list-style: none; padding: 0; }
.choice { border: 1px solid #c9ccd1; border-radius: 0.375rem; padding: 0.5rem 0.8rem; margin-bottom: 0.6rem; }
.choice-text { font-weight: 600; }
.choice .code { display: inline-block; min-width: 2.2em; text-align: center; font-weight: 700; border: 1px solid var(--muted); border-radius: 3px; padding: 0 0.3em; margin-right: 0.3em; }
.consequence { padding-left: 0.8rem; border-left: 3px solid #c9ccd1; margin-bottom: 0.5rem; }
.consequence > :last-child { margin-bottom: 0; }
.label { font-weight: 700; }
.consequence .label { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 0; }
.choice-meta { font-size: 0.92rem; margin: 0; }
.effect { white-space: nowrap; }
.plan th:nth-child(1) { width: 6.5em; }
.plan th:nth-child(4), .plan th:nth-child(5) { width: 6.5em; }
.plan th:nth-child(3) { width: 30%; }
.plan td:first-child { white-space: nowrap; }
.effects { list-style: none; padding: 0; margin: 0; white-space: nowrap; font-size: 0.88rem; }
figure.diagram { margin: 1rem 0 1.5rem; }
.diagram-scroll { overflow-x: auto; border: 1px solid #c9ccd1; border-radius: 0.375rem; }
.diagram-scroll svg { display: block; }
figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.4rem; }
.plan-questions { padding-left: 1.6rem; }
.plan-questions > li { margin-bottom: 1rem; break-inside: avoid; }
.plan-questions .question-label { font-weight: 700; margin: 0; }
.plan-questions .hint { color: var(--muted); margin: 0 0 0.3rem; font-size: 0.92rem; }
.write-space { height: 4.2rem; border: 1px solid var(--rule); border-radius: 0.375rem; background: repeating-linear-gradient(transparent 0 1.35rem, #c9ccd1 1.35rem calc(1.35rem + 1px)); }
.credits > li { margin-bottom: 0.6rem; }
.credits a { overflow-wrap: anywhere; }
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-left { content: ${cssString(footerText)}; font: 8pt system-ui, sans-serif; color: #4a4a4a; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #4a4a4a; } }
@page diagram { size: A4 landscape; margin: 12mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { font-size: 18pt; } h3 { font-size: 13pt; } h4 { font-size: 11pt; }
  .major { break-before: page; }
  .scenario { break-before: page; }
  h2, h3, h4, h5, .kicker, caption, .list-label { break-after: avoid; }
  .options > li, .choice, .timing, .based-on, .scene, .weigh, tr, .plan-questions > li, .cover .band { break-inside: avoid; }
  .question { padding-bottom: 0.2rem; }
  .options > li { margin-bottom: 0.4rem; padding: 0.3rem 0.5rem; }
  .question > .meta, .question-text, .answer-line { break-after: avoid; }
  /* The total closes the table once; repeated on every page it would read as a running total. */
  tfoot { display: table-row-group; }
  table.plan { font-size: 9pt; }
  figure.diagram { page: diagram; break-inside: avoid; }
  .diagram-scroll { overflow: visible; border: 0; }
  .diagram-scroll svg { width: 100%; height: auto; max-height: 160mm; }
  a { color: inherit; }
  nav.contents a { text-decoration: none; }
}
`.trim();
}
