/**
 * The graph side of a scenario diagram's layout: which column each step goes in (its longest path
 * from the start, so every arrow points right) and the order of the rows in each column
 * (barycentre sweeps, which cut crossings), where an arrow that spans columns has a passage slot
 * in each column it crosses. Deterministic: every tie is broken by authored order.
 */

export interface Vertex {
  readonly id: string;
  readonly kind: 'decision' | 'ending';
  readonly title: string;
  /** Position in authored order: nodes, then endings. */
  readonly authored: number;
}

export interface Edge {
  readonly nodeId: string;
  readonly choiceId: string;
  readonly choiceIndex: number;
  readonly text: string;
  readonly source: string;
  readonly target: string;
  /** Slot keys from source box to target box, one per column. */
  chain: string[];
}

export interface Slot {
  readonly key: string;
  readonly column: number;
  readonly height: number;
  /** Row key for ordering, then the top edge once placed. */
  order: number;
  top: number;
}

/** Column of each vertex: the longest path from the start (Kahn's algorithm; the build proves there is no cycle). */
export function longestPathDepths(vertices: readonly Vertex[], edges: readonly Edge[], startId: string): Map<string, number> {
  const incoming = new Map(vertices.map((vertex) => [vertex.id, 0]));
  for (const edge of edges) incoming.set(edge.target, (incoming.get(edge.target) ?? 0) + 1);
  const depth = new Map<string, number>();
  const queue = vertices
    .filter((vertex) => incoming.get(vertex.id) === 0)
    .sort((a, b) => Number(b.id === startId) - Number(a.id === startId) || a.authored - b.authored)
    .map((vertex) => vertex.id);
  for (const id of queue) depth.set(id, 0);
  for (let index = 0; index < queue.length; index += 1) {
    const id = queue[index] ?? '';
    for (const edge of edges.filter((candidate) => candidate.source === id)) {
      depth.set(edge.target, Math.max(depth.get(edge.target) ?? 0, (depth.get(id) ?? 0) + 1));
      const left = (incoming.get(edge.target) ?? 0) - 1;
      incoming.set(edge.target, left);
      if (left === 0) queue.push(edge.target);
    }
  }
  // Only reachable with a cycle, which the build refuses: such vertices get a column of their own.
  const last = Math.max(0, ...depth.values());
  for (const vertex of vertices) if (!depth.has(vertex.id)) depth.set(vertex.id, last + 1);
  return depth;
}

/** Breadth-first from the start in choice order: the first row order, before sweeping. */
export function discoveryOrder(vertices: readonly Vertex[], edges: readonly Edge[], startId: string): Map<string, number> {
  const order = new Map<string, number>();
  const queue = [startId];
  order.set(startId, 0);
  for (let index = 0; index < queue.length; index += 1) {
    for (const edge of edges.filter((candidate) => candidate.source === queue[index])) {
      if (order.has(edge.target)) continue;
      order.set(edge.target, order.size);
      queue.push(edge.target);
    }
  }
  for (const vertex of vertices) if (!order.has(vertex.id)) order.set(vertex.id, order.size);
  return order;
}

export function columnsOf(slots: ReadonlyMap<string, Slot>, columns: number): Slot[][] {
  const byColumn: Slot[][] = Array.from({ length: columns }, () => []);
  for (const slot of slots.values()) byColumn[slot.column]?.push(slot);
  for (const column of byColumn) column.sort((a, b) => a.order - b.order);
  return byColumn;
}

/** Pairs of slot keys in adjacent columns, left then right. */
export function links(edges: readonly Edge[]): [string, string][] {
  return edges.flatMap((edge) => edge.chain.slice(1).map((right, index): [string, string] => [edge.chain[index] ?? '', right]));
}

/** Barycentre sweeps, left to right and back, each slot moving to the mean row of its neighbours. */
export function orderRows(byColumn: Slot[][], edges: readonly Edge[]): void {
  const pairs = links(edges);
  const rowOf = new Map<string, number>();
  const renumber = (column: Slot[]): void => column.forEach((slot, row) => rowOf.set(slot.key, row));
  byColumn.forEach(renumber);
  const sweep = (column: Slot[], neighbours: (key: string) => string[]): void => {
    const keyed = column.map((slot, row) => {
      const rows = neighbours(slot.key).map((key) => rowOf.get(key) ?? 0);
      return { slot, row, centre: rows.length > 0 ? rows.reduce((sum, value) => sum + value, 0) / rows.length : row };
    });
    keyed.sort((a, b) => a.centre - b.centre || a.row - b.row);
    column.splice(0, column.length, ...keyed.map((entry) => entry.slot));
    renumber(column);
  };
  const leftOf = (key: string): string[] => pairs.filter(([, right]) => right === key).map(([left]) => left);
  const rightOf = (key: string): string[] => pairs.filter(([left]) => left === key).map(([, right]) => right);
  for (let pass = 0; pass < 2; pass += 1) {
    for (const column of byColumn.slice(1)) sweep(column, leftOf);
    for (const column of byColumn.slice(0, -1).reverse()) sweep(column, rightOf);
  }
  for (const column of byColumn.slice(1)) sweep(column, leftOf);
}
