/**
 * Proves a scenario at build time with its own state machine: the machine the runtime drives
 * (src/machines/scenario.machine.ts) is built from the data and explored with @xstate/graph.
 *
 * - `getAdjacencyMap` walks every state the machine can reach from the start by `scenario.choose`
 *   events (only those the machine accepts in each state, so no self-loops for refused choices).
 *   States are keyed by node or ending alone, not by the path taken, so the walk is finite even
 *   when the scenario has a cycle.
 * - A node or ending missing from that map is unreachable.
 * - A node state that accepts no choice is a dead end (checked on every node, reachable or not,
 *   by resolving the machine at that node).
 * - A depth-first walk over the map finds every choice that leads back to a node on the current
 *   path: a cycle, so some path might never end.
 * - When there is no flaw, the map is a directed acyclic graph whose sinks are all endings, so
 *   every path ends in an ending; the paths are counted on it (counting instead of listing keeps
 *   this linear however many paths there are).
 *
 * The scenario's structure must be sound before it is proved: ids unique, `start` a node, every
 * `next` a node or an ending. scenario-checks.ts reports those first, at their lines.
 */
import { getAdjacencyMap } from '@xstate/graph';
import type { Scenario } from '../../course/types.js';
import {
  createScenarioMachine,
  endingTag,
  type ScenarioEvent,
  type ScenarioSnapshot,
} from '../../machines/scenario.machine.js';

export type ScenarioFlaw =
  | { readonly code: 'unreachable-scenario-node'; readonly nodeId: string }
  | { readonly code: 'unreachable-scenario-ending'; readonly endingId: string }
  | { readonly code: 'scenario-dead-end'; readonly nodeId: string }
  /** `choiceId`, made at `nodeId`, leads back to `targetId`, a node already on the path. */
  | { readonly code: 'scenario-cycle'; readonly nodeId: string; readonly choiceId: string; readonly targetId: string };

export interface ScenarioPathStats {
  /** Distinct paths from the start to an ending. */
  readonly paths: number;
  /** Decisions on the longest path. */
  readonly longestDecisions: number;
}

export interface ScenarioProof {
  /** In the scenario's order: nodes, then endings, then cycles in the order a walk finds them. */
  readonly flaws: readonly ScenarioFlaw[];
  /** Undefined when there are flaws (a cycle has no countable paths). */
  readonly stats: ScenarioPathStats | undefined;
}

interface Edge {
  readonly choiceId: string;
  readonly target: string;
}

function chooseEvents(scenario: Scenario): ScenarioEvent[] {
  return scenario.nodes.flatMap((node) =>
    node.choices.map((choice): ScenarioEvent => ({ type: 'scenario.choose', choiceId: choice.id })),
  );
}

/** The states the machine reaches from the start, each with the choices it accepts and where they lead. */
function exploreMachine(scenario: Scenario): {
  readonly graph: ReadonlyMap<string, readonly Edge[]>;
  readonly endings: ReadonlySet<string>;
  readonly deadEnds: readonly string[];
} {
  const machine = createScenarioMachine(scenario);
  const events = chooseEvents(scenario);
  const accepted = (snapshot: ScenarioSnapshot) => events.filter((event) => snapshot.can(event));
  const adjacency = getAdjacencyMap(machine, {
    events: accepted,
    serializeState: (snapshot) => String(snapshot.value),
  });
  const graph = new Map<string, Edge[]>();
  const endings = new Set<string>();
  for (const vertex of Object.values(adjacency)) {
    const id = String(vertex.state.value);
    if (vertex.state.hasTag(endingTag)) endings.add(id);
    // The map's keys are branded strings, which `Object.values` loses.
    const transitions = Object.values(vertex.transitions) as { event: ScenarioEvent; state: ScenarioSnapshot }[];
    const edges = transitions.flatMap(({ event, state }): Edge[] =>
      event.type === 'scenario.choose' ? [{ choiceId: event.choiceId, target: String(state.value) }] : [],
    );
    graph.set(id, edges);
  }
  const deadEnds = scenario.nodes
    .filter((node) => accepted(machine.resolveState({ value: node.id, context: { path: [] } })).length === 0)
    .map((node) => node.id);
  return { graph, endings, deadEnds };
}

/** Every choice that closes a cycle, found by a depth-first walk from the start. */
function findCycles(start: string, graph: ReadonlyMap<string, readonly Edge[]>): ScenarioFlaw[] {
  const cycles: ScenarioFlaw[] = [];
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string): void => {
    onPath.add(id);
    for (const { choiceId, target } of graph.get(id) ?? []) {
      if (onPath.has(target)) cycles.push({ code: 'scenario-cycle', nodeId: id, choiceId, targetId: target });
      else if (!done.has(target)) visit(target);
    }
    onPath.delete(id);
    done.add(id);
  };
  visit(start);
  return cycles;
}

/** Paths to an ending and the most decisions on one, from each state of an acyclic graph. */
function countPaths(start: string, graph: ReadonlyMap<string, readonly Edge[]>): ScenarioPathStats {
  const memo = new Map<string, ScenarioPathStats>();
  const from = (id: string): ScenarioPathStats => {
    const known = memo.get(id);
    if (known) return known;
    const edges = graph.get(id) ?? [];
    let stats: ScenarioPathStats = { paths: edges.length === 0 ? 1 : 0, longestDecisions: 0 };
    for (const { target } of edges) {
      const next = from(target);
      stats = {
        paths: stats.paths + next.paths,
        longestDecisions: Math.max(stats.longestDecisions, next.longestDecisions + 1),
      };
    }
    memo.set(id, stats);
    return stats;
  };
  return from(start);
}

/** Proves a structurally sound scenario: what is wrong with its paths, or how many there are. */
export function proveScenario(scenario: Scenario): ScenarioProof {
  const { graph, endings, deadEnds } = exploreMachine(scenario);
  const flaws: ScenarioFlaw[] = [];
  for (const node of scenario.nodes) {
    if (!graph.has(node.id)) flaws.push({ code: 'unreachable-scenario-node', nodeId: node.id });
    if (deadEnds.includes(node.id)) flaws.push({ code: 'scenario-dead-end', nodeId: node.id });
  }
  for (const ending of scenario.endings) {
    if (!endings.has(ending.id)) flaws.push({ code: 'unreachable-scenario-ending', endingId: ending.id });
  }
  flaws.push(...findCycles(scenario.startNodeId, graph));
  return { flaws, stats: flaws.length === 0 ? countPaths(scenario.startNodeId, graph) : undefined };
}

/** How many paths a proven scenario has, and how long the longest is; throws if it has flaws. */
export function scenarioPathStats(scenario: Scenario): ScenarioPathStats {
  const { flaws, stats } = proveScenario(scenario);
  if (!stats) throw new Error(`scenario "${scenario.id}" has flaws: ${flaws.map((flaw) => flaw.code).join(', ')}`);
  return stats;
}
