/**
 * A learner's way through the course's scenarios: for each, the choices made in order and
 * whether it has ever reached an ending (which stays true after a restart: finishing a
 * scenario once completes its page). Pure functions over plain data.
 */
import type { Course, Page, Scenario } from '../course/types.js';
import { isScenarioEnding, replayScenarioPath } from './scenario-path.js';

export interface ScenarioProgress {
  /** Choice ids, in the order chosen, from the start of the current run. */
  readonly path: readonly string[];
  /** Reached an ending at least once. */
  readonly finished: boolean;
}

export function findScenario(course: Course, scenarioId: string): Scenario | undefined {
  return course.scenarios.find((scenario) => scenario.id === scenarioId);
}

export function pageScenarioIds(page: Page): string[] {
  return page.blocks.flatMap((block) => (block.type === 'scenario' ? [block.scenarioId] : []));
}

/** The path after choosing `choiceId`, or undefined when that choice is not open now. */
export function chooseInScenario(scenario: Scenario, current: ScenarioProgress | undefined, choiceId: string): ScenarioProgress | undefined {
  const path = current?.path ?? [];
  const { nodeOrEndingId } = replayScenarioPath(scenario, path);
  const node = scenario.nodes.find((candidate) => candidate.id === nodeOrEndingId);
  const choice = node?.choices.find((candidate) => candidate.id === choiceId);
  if (!choice) return undefined;
  return { path: [...path, choiceId], finished: (current?.finished ?? false) || isScenarioEnding(scenario, choice.next) };
}

export function isScenarioFinished(scenarios: Readonly<Record<string, ScenarioProgress>>, scenarioId: string): boolean {
  return Object.hasOwn(scenarios, scenarioId) && scenarios[scenarioId]?.finished === true;
}
