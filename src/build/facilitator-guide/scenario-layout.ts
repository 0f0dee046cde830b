/**
 * Where each box and arrow of a scenario's decision graph goes: a small layered (Sugiyama-style)
 * layout. Columns and row order come from scenario-layers.ts; here they become coordinates. An
 * arrow that spans several columns passes through a slot kept for it in each, so no arrow
 * crosses a box. Deterministic: no randomness, and every tie is broken by authored order.
 */
import type { Scenario } from '../../course/types.js';
import { plainTextOfHtml } from './html-text.js';
import { letterCode } from './letter-code.js';
import { columnsOf, discoveryOrder, links, longestPathDepths, orderRows, type Edge, type Slot, type Vertex } from './scenario-layers.js';
import { wrapWords } from './text-wrap.js';

export const layoutMetrics = {
  boxWidth: 116,
  boxPadding: 6,
  headerFontSize: 11,
  /** From the box's top to the first title line's top. */
  headerHeight: 21,
  titleFontSize: 12,
  titleLineHeight: 14.5,
  /** A generous average glyph width (in ems) for system sans-serif fonts, so wrapped lines stay inside their box. */
  averageGlyphWidth: 0.58,
  maxTitleLines: 4,
  /** At least this many lines' room, so up to four arrows can leave a box apart. */
  minTitleLines: 3,
  /** Height kept for an arrow passing through a column. */
  passageHeight: 14,
  rowGap: 14,
  columnGap: 46,
  margin: 12,
  /** Room above the diagram for the "Start" mark. */
  topRoom: 18,
  portSpacing: 17,
  portInset: 10,
} as const;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface DiagramBox {
  /** The node's or ending's id. */
  readonly id: string;
  readonly kind: 'decision' | 'ending';
  /** `1`, `2`… for decisions and `A`, `B`… for endings, numbered in reading order (column, then row). */
  readonly code: string;
  readonly title: string;
  /** The title wrapped to the box. */
  readonly titleLines: readonly string[];
  readonly isStart: boolean;
  readonly column: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DiagramArrow {
  readonly nodeId: string;
  readonly choiceId: string;
  /** The node or ending the choice leads to. */
  readonly target: string;
  /** The decision's code and the choice's letter in authored order: `1a`, `1b`… */
  readonly code: string;
  /** The choice's text, plain. */
  readonly text: string;
  /** From the source's right edge, through any columns it crosses, to the target's left edge. */
  readonly points: readonly Point[];
}

export interface ScenarioLayout {
  /** Decisions by number, then endings by letter. */
  readonly boxes: readonly DiagramBox[];
  /** By decision number, then authored choice order. */
  readonly arrows: readonly DiagramArrow[];
  readonly columns: number;
  readonly width: number;
  readonly height: number;
}

const boxKey = (id: string): string => `box:${id}`;

export function layoutScenario(scenario: Scenario): ScenarioLayout {
  const vertices: Vertex[] = [
    ...scenario.nodes.map((node, authored): Vertex => ({ id: node.id, kind: 'decision', title: node.title, authored })),
    ...scenario.endings.map((ending, index): Vertex => ({
      id: ending.id,
      kind: 'ending',
      title: ending.title,
      authored: scenario.nodes.length + index,
    })),
  ];
  const known = new Set(vertices.map((vertex) => vertex.id));
  // A choice leading nowhere cannot be drawn; the build refuses such a scenario before it gets here.
  const edges: Edge[] = scenario.nodes.flatMap((node) =>
    node.choices.flatMap((choice, choiceIndex): Edge[] =>
      known.has(choice.next)
        ? [{ nodeId: node.id, choiceId: choice.id, choiceIndex, text: plainTextOfHtml(choice.textHtml), source: node.id, target: choice.next, chain: [] }]
        : [],
    ),
  );
  const titleLines = new Map(vertices.map((vertex) => [vertex.id, wrapWords(vertex.title, charactersPerLine(), layoutMetrics.maxTitleLines)]));
  const lineCount = Math.max(layoutMetrics.minTitleLines, ...[...titleLines.values()].map((lines) => lines.length));
  // One height for every box, so rows line up.
  const boxHeight = Math.ceil(layoutMetrics.headerHeight + lineCount * layoutMetrics.titleLineHeight + layoutMetrics.boxPadding);
  const depth = longestPathDepths(vertices, edges, scenario.startNodeId);
  const columns = Math.max(0, ...depth.values()) + 1;

  const slots = new Map<string, Slot>();
  const discovery = discoveryOrder(vertices, edges, scenario.startNodeId);
  for (const vertex of vertices) {
    const column = depth.get(vertex.id) ?? 0;
    slots.set(boxKey(vertex.id), { key: boxKey(vertex.id), column, height: boxHeight, order: discovery.get(vertex.id) ?? 0, top: 0 });
  }
  edges.forEach((edge, edgeIndex) => {
    const from = depth.get(edge.source) ?? 0;
    const to = depth.get(edge.target) ?? 0;
    const passages: string[] = [];
    for (let column = from + 1; column < to; column += 1) {
      const key = `passage:${edgeIndex}:${column}`;
      const order = (discovery.get(edge.source) ?? 0) + (edge.choiceIndex + 1) / 10;
      slots.set(key, { key, column, height: layoutMetrics.passageHeight, order, top: 0 });
      passages.push(key);
    }
    edge.chain = [boxKey(edge.source), ...passages, boxKey(edge.target)];
  });

  const byColumn = columnsOf(slots, columns);
  orderRows(byColumn, edges);
  placeRows(byColumn, edges);

  const boxes = numberBoxes(vertices, slots, { startId: scenario.startNodeId, boxHeight, titleLines });
  const boxById = new Map(boxes.map((box) => [box.id, box]));
  const arrows = routeArrows(edges, slots, boxById);
  const height = Math.max(...[...slots.values()].map((slot) => slot.top + slot.height)) + layoutMetrics.margin;
  const width = layoutMetrics.margin * 2 + columns * layoutMetrics.boxWidth + (columns - 1) * layoutMetrics.columnGap;
  return { boxes, arrows, columns, width, height };
}

/** Tops: each slot as near the centre of its left neighbours as the rows allow, then all moved below the margin. */
function placeRows(byColumn: readonly Slot[][], edges: readonly Edge[]): void {
  const pairs = links(edges);
  const centre = (slot: Slot): number => slot.top + slot.height / 2;
  const slotByKey = new Map(byColumn.flat().map((slot) => [slot.key, slot]));
  for (const column of byColumn) {
    let bottom = Number.NEGATIVE_INFINITY;
    const misses: number[] = [];
    for (const slot of column) {
      const lefts = pairs.filter(([, right]) => right === slot.key).flatMap(([left]) => slotByKey.get(left) ?? []);
      const wanted = lefts.length > 0 ? lefts.reduce((sum, left) => sum + centre(left), 0) / lefts.length : undefined;
      const wantedTop = wanted === undefined ? bottom + layoutMetrics.rowGap : wanted - slot.height / 2;
      slot.top = Number.isFinite(bottom) ? Math.max(wantedTop, bottom + layoutMetrics.rowGap) : Number.isFinite(wantedTop) ? wantedTop : 0;
      bottom = slot.top + slot.height;
      if (wanted !== undefined) misses.push(centre(slot) - wanted);
    }
    // Pushing rows apart only ever moves them down; move the column back up by the average miss.
    const shift = misses.length > 0 ? misses.reduce((sum, value) => sum + value, 0) / misses.length : 0;
    for (const slot of column) slot.top -= shift;
  }
  const all = byColumn.flat();
  const highest = Math.min(...all.map((slot) => slot.top));
  for (const slot of all) slot.top = Math.round(slot.top - highest + layoutMetrics.margin + layoutMetrics.topRoom);
}

function charactersPerLine(): number {
  const { boxWidth, boxPadding, titleFontSize, averageGlyphWidth } = layoutMetrics;
  return Math.floor((boxWidth - 2 * boxPadding) / (titleFontSize * averageGlyphWidth));
}

function columnX(column: number): number {
  return layoutMetrics.margin + column * (layoutMetrics.boxWidth + layoutMetrics.columnGap);
}

interface BoxShape {
  readonly startId: string;
  readonly boxHeight: number;
  readonly titleLines: ReadonlyMap<string, readonly string[]>;
}

function numberBoxes(vertices: readonly Vertex[], slots: ReadonlyMap<string, Slot>, shape: BoxShape): DiagramBox[] {
  const placed = vertices.map((vertex) => {
    const slot = slots.get(boxKey(vertex.id));
    return { vertex, column: slot?.column ?? 0, top: slot?.top ?? 0 };
  });
  const readingOrder = (kind: Vertex['kind']) =>
    placed.filter((entry) => entry.vertex.kind === kind).sort((a, b) => a.column - b.column || a.top - b.top || a.vertex.authored - b.vertex.authored);
  const toBox = (entry: (typeof placed)[number], code: string): DiagramBox => ({
    id: entry.vertex.id,
    kind: entry.vertex.kind,
    code,
    title: entry.vertex.title,
    titleLines: shape.titleLines.get(entry.vertex.id) ?? [],
    isStart: entry.vertex.id === shape.startId,
    column: entry.column,
    x: columnX(entry.column),
    y: entry.top,
    width: layoutMetrics.boxWidth,
    height: shape.boxHeight,
  });
  return [
    ...readingOrder('decision').map((entry, index) => toBox(entry, String(index + 1))),
    ...readingOrder('ending').map((entry, index) => toBox(entry, letterCode(index))),
  ];
}

function choiceLetter(index: number): string {
  return letterCode(index).toLowerCase();
}

/** Each arrow's points, with ports spread down the boxes' edges in the order the arrows leave or arrive. */
function routeArrows(edges: readonly Edge[], slots: ReadonlyMap<string, Slot>, boxById: ReadonlyMap<string, DiagramBox>): DiagramArrow[] {
  const centreOf = (key: string | undefined): number => {
    const slot = key === undefined ? undefined : slots.get(key);
    return slot ? slot.top + slot.height / 2 : 0;
  };
  const indexed = edges.map((edge, index) => ({ edge, index }));
  const portY = (box: DiagramBox, mine: number, group: readonly { index: number; neighbour: number }[]): number => {
    const sorted = [...group].sort((a, b) => a.neighbour - b.neighbour || a.index - b.index);
    const position = sorted.findIndex((entry) => entry.index === mine);
    const spacing = sorted.length > 1 ? Math.min(layoutMetrics.portSpacing, (box.height - 2 * layoutMetrics.portInset) / (sorted.length - 1)) : 0;
    return box.y + box.height / 2 + (position - (sorted.length - 1) / 2) * spacing;
  };

  const arrows = indexed.flatMap(({ edge, index }) => {
    const source = boxById.get(edge.source);
    const target = boxById.get(edge.target);
    if (!source || !target) return [];
    const leaving = indexed
      .filter((other) => other.edge.source === edge.source)
      .map((other) => ({ index: other.index, neighbour: centreOf(other.edge.chain[1]) }));
    const arriving = indexed
      .filter((other) => other.edge.target === edge.target)
      .map((other) => ({ index: other.index, neighbour: centreOf(other.edge.chain[other.edge.chain.length - 2]) }));
    const passages = edge.chain.slice(1, -1).flatMap((key) => {
      const slot = slots.get(key);
      if (!slot) return [];
      const y = slot.top + slot.height / 2;
      return [{ x: columnX(slot.column), y }, { x: columnX(slot.column) + layoutMetrics.boxWidth, y }];
    });
    const arrow: DiagramArrow = {
      nodeId: edge.nodeId,
      choiceId: edge.choiceId,
      target: edge.target,
      code: `${source.code}${choiceLetter(edge.choiceIndex)}`,
      text: edge.text,
      points: [
        { x: source.x + source.width, y: round(portY(source, index, leaving)) },
        ...passages,
        { x: target.x, y: round(portY(target, index, arriving)) },
      ],
    };
    return [{ arrow, sourceNumber: Number(source.code), choiceIndex: edge.choiceIndex }];
  });
  return arrows.sort((a, b) => a.sourceNumber - b.sourceNumber || a.choiceIndex - b.choiceIndex).map((entry) => entry.arrow);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
