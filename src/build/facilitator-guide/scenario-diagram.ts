/**
 * A scenario's decision graph as one self-contained, accessible SVG: decisions and endings as
 * labelled boxes in columns by depth, an arrow per choice labelled with its code (`1a`), the
 * choices' words being too long for arrows (the guide lists them under the diagram by code).
 * No fonts, images or styles from outside; colours are attributes, so the SVG stands alone.
 * Boxes carry `data-node`, arrows `data-choice="node/choice"` and `data-target`.
 */
import type { Scenario } from '../../course/types.js';
import { escapeAttribute, escapeText, idFragment } from './html-text.js';
import { layoutMetrics, layoutScenario, type DiagramArrow, type DiagramBox, type Point, type ScenarioLayout } from './scenario-layout.js';

const palette = {
  text: '#1b1b1b',
  decisionFill: '#eef3fa',
  decisionStroke: '#1d4f91',
  endingFill: '#f3f4f6',
  endingStroke: '#4a4a4a',
  arrow: '#4a4a4a',
  labelFill: '#ffffff',
} as const;

const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const { titleFontSize, titleLineHeight, headerFontSize, boxPadding } = layoutMetrics;
const arrowHeadLength = 8;
const codeFontSize = 10.5;
const codeHeight = 15;

export interface ScenarioDiagram {
  readonly svg: string;
  readonly layout: ScenarioLayout;
}

/** Words the diagram uses for its parts. English by default: the guide is a build-time trainer document. */
export interface DiagramWording {
  readonly decision: (code: string) => string;
  readonly ending: (code: string) => string;
  readonly start: string;
}

export const englishDiagramWording: DiagramWording = {
  decision: (code) => `Decision ${code}`,
  ending: (code) => `Ending ${code}`,
  start: 'Start',
};

export function scenarioDiagram(scenario: Scenario, wording: DiagramWording = englishDiagramWording): ScenarioDiagram {
  const layout = layoutScenario(scenario);
  const idPrefix = `scenario-diagram-${idFragment(scenario.id)}`;
  const boxById = new Map(layout.boxes.map((box) => [box.id, box]));
  const start = layout.boxes.find((box) => box.isStart);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="scenario-diagram" viewBox="0 0 ${layout.width} ${layout.height}"` +
      ` width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc"` +
      ` data-scenario="${escapeAttribute(scenario.id)}" font-family="${escapeAttribute(fontFamily)}">`,
    `<title id="${idPrefix}-title">${escapeText(`${scenario.title}: decision graph`)}</title>`,
    `<desc id="${idPrefix}-desc">${escapeText(describe(scenario, layout, boxById, wording))}</desc>`,
    `<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    `<g class="arrows" fill="none" stroke="${palette.arrow}" stroke-width="1.5">`,
    ...layout.arrows.map(arrowMarkup),
    '</g>',
    `<g class="boxes">`,
    ...layout.boxes.map((box) => boxMarkup(box, wording)),
    '</g>',
    start ? startMark(start, wording) : '',
    `<g class="choice-codes" font-size="${codeFontSize}" text-anchor="middle">`,
    ...layout.arrows.map(codeMarkup),
    '</g>',
    '</svg>',
  ]
    .filter((line) => line !== '')
    .join('\n');
  return { svg, layout };
}

function arrowMarkup(arrow: DiagramArrow): string {
  const end = arrow.points[arrow.points.length - 1] ?? { x: 0, y: 0 };
  const head = `M${end.x - arrowHeadLength} ${end.y - 4}L${end.x} ${end.y}L${end.x - arrowHeadLength} ${end.y + 4}Z`;
  return (
    `<g data-choice="${escapeAttribute(`${arrow.nodeId}/${arrow.choiceId}`)}" data-target="${escapeAttribute(arrow.target)}">` +
    `<path d="${pathData(arrow.points)}"/><path d="${head}" fill="${palette.arrow}" stroke="none"/></g>`
  );
}

/** Smooth curves between columns (level at both ends), straight through any column crossed. */
function pathData(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const parts = [`M${first.x} ${first.y}`];
  let previous = first;
  rest.forEach((point, index) => {
    const isLast = index === rest.length - 1;
    const to = isLast ? { x: point.x - arrowHeadLength + 1, y: point.y } : point;
    if (to.y === previous.y) parts.push(`L${to.x} ${to.y}`);
    else {
      const middle = round((previous.x + to.x) / 2);
      parts.push(`C${middle} ${previous.y} ${middle} ${to.y} ${to.x} ${to.y}`);
    }
    previous = point;
  });
  return parts.join('');
}

function codeMarkup(arrow: DiagramArrow): string {
  const start = arrow.points[0] ?? { x: 0, y: 0 };
  const width = Math.ceil(arrow.code.length * codeFontSize * 0.62) + 8;
  const x = start.x + 5;
  return (
    `<g data-choice-code="${escapeAttribute(`${arrow.nodeId}/${arrow.choiceId}`)}">` +
    `<rect x="${x}" y="${start.y - codeHeight / 2}" width="${width}" height="${codeHeight}" rx="3" fill="${palette.labelFill}" stroke="${palette.arrow}"/>` +
    `<text x="${x + width / 2}" y="${start.y + codeFontSize * 0.36}" fill="${palette.text}">${escapeText(arrow.code)}</text></g>`
  );
}

function boxMarkup(box: DiagramBox, wording: DiagramWording): string {
  const isEnding = box.kind === 'ending';
  const header = isEnding ? wording.ending(box.code) : wording.decision(box.code);
  const left = box.x + boxPadding;
  const tspans = box.titleLines
    .map((line, index) => `<tspan x="${left}" y="${box.y + layoutMetrics.headerHeight + (index + 1) * titleLineHeight}">${escapeText(line)}</tspan>`)
    .join('');
  // Endings differ from decisions in shape and border as well as colour: square corners, a double rule.
  const frame = isEnding
    ? `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${palette.endingFill}" stroke="${palette.endingStroke}" stroke-width="1.5"/>` +
      `<rect x="${box.x + 3}" y="${box.y + 3}" width="${box.width - 6}" height="${box.height - 6}" fill="none" stroke="${palette.endingStroke}" stroke-width="0.75"/>`
    : `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="8" fill="${palette.decisionFill}" stroke="${palette.decisionStroke}" stroke-width="1.5"/>`;
  return (
    `<g data-node="${escapeAttribute(box.id)}" data-kind="${box.kind}">${frame}` +
    `<text x="${left}" y="${box.y + boxPadding + headerFontSize}" font-size="${headerFontSize}" font-weight="700" fill="${palette.text}">${escapeText(header)}</text>` +
    `<text font-size="${titleFontSize}" fill="${palette.text}">${tspans}</text></g>`
  );
}

function startMark(start: DiagramBox, wording: DiagramWording): string {
  return `<text class="start-mark" x="${start.x}" y="${start.y - 6}" font-size="${headerFontSize}" font-weight="700" fill="${palette.text}">${escapeText(`${wording.start} ▸`)}</text>`;
}

/** The graph in words, for anyone who cannot see it. */
function describe(scenario: Scenario, layout: ScenarioLayout, boxById: ReadonlyMap<string, DiagramBox>, wording: DiagramWording): string {
  const decisions = layout.boxes.filter((box) => box.kind === 'decision');
  const endings = layout.boxes.filter((box) => box.kind === 'ending');
  const nameOf = (box: DiagramBox | undefined): string =>
    box ? `${box.kind === 'ending' ? wording.ending(box.code) : wording.decision(box.code)} (${box.title})` : '';
  const sentences = decisions.map((box) => {
    const choices = layout.arrows
      .filter((arrow) => arrow.nodeId === box.id)
      .map((arrow) => `${arrow.code} leads to ${nameOf(boxById.get(arrow.target))}`);
    return `${nameOf(box)}${box.isStart ? `, the ${wording.start.toLowerCase()}` : ''}: ${choices.join('; ')}.`;
  });
  return [
    `${scenario.title}: ${decisions.length} decisions and ${endings.length} endings, read from left to right.`,
    ...sentences,
  ].join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
