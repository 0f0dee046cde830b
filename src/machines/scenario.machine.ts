/**
 * A branching scenario as an XState machine, built from its data: one state per node, whose
 * `scenario.choose` transitions lead where each choice's `next` says, and one state per ending.
 * The build proves every scenario with this machine (src/build/content/scenario-proof.ts: every
 * node and ending reachable, no dead ends, no cycles) and the tests drive every path through it.
 *
 * Design notes:
 *
 * - Guards: `setup` names guards statically, but the choices come from data. One named,
 *   parameterised guard, `isChoice`, serves every choice: each transition passes its choice id as
 *   the guard's `params`. That keeps the machine config plain data (serialisable, visible in the
 *   inspector as `isChoice({ choiceId: … })`) instead of one anonymous closure per choice.
 * - Endings are not `type: 'final'`: a top-level final state stops the actor for good, and a
 *   learner may start again from an ending. Endings carry the tag `ending` instead (see
 *   `isAtEnding`), have no `scenario.choose` transitions, and `scenario.restart` is a root-level
 *   transition, so it works from every node and every ending.
 * - Resuming: the input's `path` is replayed with `replayScenarioPath` (the same pure function the
 *   runtime uses) as far as it is valid. The context keeps that valid path, and the initial
 *   `Resume` state moves at once (an eventless transition) to where it leads, so the first
 *   snapshot is already at the right node or ending. `Resume` is capitalised so that it can never
 *   clash with a node or ending id, which are lower-case.
 */
import { assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../course/types.js';
import { replayScenarioPath } from './scenario-path.js';

export interface ScenarioContext {
  /** The choice ids made since the start (or the last restart), in order. */
  readonly path: readonly string[];
}

export type ScenarioEvent =
  | { readonly type: 'scenario.choose'; readonly choiceId: string }
  | { readonly type: 'scenario.restart' };

/** Required by `createActor`: pass `{ input: {} }` to start afresh. */
export interface ScenarioInput {
  /** A saved path to resume from; replayed as far as it is valid. */
  readonly path?: readonly string[];
}

/** Tag of every ending state. */
export const endingTag = 'ending';
/** Tag of every node (decision point) state. */
export const nodeTag = 'node';
/** The transient initial state that moves to where the resumed path leads. */
export const resumeStateKey = 'Resume';

/** Builds the state machine of one scenario. The scenario must be valid (the build proves it). */
export function createScenarioMachine(scenario: Scenario) {
  const choose = (choiceId: string, next: string) => ({
    guard: { type: 'isChoice' as const, params: { choiceId } },
    target: next,
    actions: 'recordChoice' as const,
  });
  const resumeAt = (stateId: string) => ({
    guard: { type: 'resumesAt' as const, params: { stateId } },
    target: stateId,
  });
  const nodeStates = Object.fromEntries(
    scenario.nodes.map((node) => [
      node.id,
      {
        tags: [nodeTag],
        on: { 'scenario.choose': node.choices.map((choice) => choose(choice.id, choice.next)) },
      },
    ]),
  );
  const endingStates = Object.fromEntries(scenario.endings.map((ending) => [ending.id, { tags: [endingTag] }]));
  const stateIds = [...scenario.nodes.map((node) => node.id), ...scenario.endings.map((ending) => ending.id)];

  return setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as ScenarioEvent,
      input: {} as ScenarioInput,
      tags: {} as typeof endingTag | typeof nodeTag,
    },
    guards: {
      isChoice: ({ event }, params: { choiceId: string }) =>
        event.type === 'scenario.choose' && event.choiceId === params.choiceId,
      resumesAt: ({ context }, params: { stateId: string }) =>
        replayScenarioPath(scenario, context.path).nodeOrEndingId === params.stateId,
    },
    actions: {
      recordChoice: assign({
        path: ({ context, event }) => (event.type === 'scenario.choose' ? [...context.path, event.choiceId] : context.path),
      }),
      clearPath: assign({ path: () => [] }),
    },
  }).createMachine({
    id: `scenario-${scenario.id}`,
    // `input` is typed as required but read defensively: graph tools start machines without one.
    context: ({ input }) => ({ path: replayScenarioPath(scenario, (input as ScenarioInput | undefined)?.path ?? []).validPath }),
    initial: resumeStateKey,
    states: {
      [resumeStateKey]: {
        // The last, unguarded entry only matters if the data were invalid: it starts afresh.
        always: [...stateIds.map(resumeAt), { target: scenario.startNodeId, actions: 'clearPath' }],
      },
      ...nodeStates,
      ...endingStates,
    },
    on: {
      'scenario.restart': { target: `.${scenario.startNodeId}`, actions: 'clearPath' },
    },
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;
export type ScenarioActor = ActorRefFrom<ScenarioMachine>;

/** The node or ending a snapshot is at. */
export function currentScenarioStateId(snapshot: ScenarioSnapshot): string {
  return String(snapshot.value);
}

export function isAtEnding(snapshot: ScenarioSnapshot): boolean {
  return snapshot.hasTag(endingTag);
}
