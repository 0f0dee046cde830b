/**
 * A learner's path through a branching scenario is the list of choice ids they made, in order,
 * from the start. These pure functions read a path against the scenario's data; the scenario
 * machine (scenario.machine.ts) and the runtime both use them, so a saved path always means the
 * same thing wherever it is read.
 */
import { principleIds, type PrincipleId, type Scenario, type ScenarioChoice, type ScenarioNode } from '../course/types.js';

export interface ScenarioReplay {
  /** Where the valid part of the path leads: a node id, or an ending id once the path is over. */
  readonly nodeOrEndingId: string;
  /** The longest prefix of the path that the scenario allows, choice by choice. */
  readonly validPath: string[];
}

export interface ScenarioDecision {
  /** The node where the choice was made. */
  readonly node: ScenarioNode;
  readonly choice: ScenarioChoice;
}

function nodesById(scenario: Scenario): ReadonlyMap<string, ScenarioNode> {
  return new Map(scenario.nodes.map((node) => [node.id, node]));
}

/**
 * The decisions a path makes, in order, stopping at the first entry that is not a choice open at
 * that point (an unknown id, a choice of another node, anything after an ending, or anything that
 * is not text). Saved paths come from storage or an LMS, so `path` is read as untrusted data:
 * anything that is not a list counts as an empty path.
 */
export function scenarioDecisions(scenario: Scenario, path: unknown): ScenarioDecision[] {
  const nodes = nodesById(scenario);
  const decisions: ScenarioDecision[] = [];
  if (!Array.isArray(path)) return decisions;
  let node = nodes.get(scenario.startNodeId);
  for (const choiceId of path as readonly unknown[]) {
    if (node === undefined || typeof choiceId !== 'string') break;
    const choice = node.choices.find((candidate) => candidate.id === choiceId);
    if (choice === undefined) break;
    decisions.push({ node, choice });
    node = nodes.get(choice.next);
  }
  return decisions;
}

/**
 * Replays a saved path from the start: where it leads, and how much of it was valid. A path that
 * goes wrong part-way keeps everything before the first invalid choice.
 */
export function replayScenarioPath(scenario: Scenario, path: unknown): ScenarioReplay {
  const decisions = scenarioDecisions(scenario, path);
  const last = decisions[decisions.length - 1];
  return {
    nodeOrEndingId: last === undefined ? scenario.startNodeId : last.choice.next,
    validPath: decisions.map(({ choice }) => choice.id),
  };
}

/** Every principle at 0. */
export function emptyProfile(): Record<PrincipleId, number> {
  return Object.fromEntries(principleIds.map((id) => [id, 0])) as Record<PrincipleId, number>;
}

/**
 * How the learner's choices reflect each principle: the sum of the effects of every choice along
 * the valid part of the path; every principle is present, at 0 when no choice touched it.
 */
export function principleProfile(scenario: Scenario, path: unknown): Record<PrincipleId, number> {
  const profile = emptyProfile();
  for (const { choice } of scenarioDecisions(scenario, path)) {
    for (const id of principleIds) profile[id] += choice.effects[id] ?? 0;
  }
  return profile;
}

/** Whether `id` names one of the scenario's endings. */
export function isScenarioEnding(scenario: Scenario, id: string): boolean {
  return scenario.endings.some((ending) => ending.id === id);
}
