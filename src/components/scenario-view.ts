import type { Scenario } from '../course/types.js';
import { principleProfile, replayScenarioPath, scenarioDecisions } from '../machines/scenario-path.js';
import type { ScenarioProgress } from '../machines/scenario-progress.js';
import type { ScenarioView } from './li-scenario.js';

/** What `<li-scenario>` shows for a learner's run: the current decision, or the ending and debrief. */
export function scenarioView(scenario: Scenario, run: ScenarioProgress | undefined): ScenarioView | undefined {
  const path = run?.path ?? [];
  const { nodeOrEndingId, validPath } = replayScenarioPath(scenario, path);
  const decisions = scenarioDecisions(scenario, validPath);
  const lastChoice = decisions.at(-1)?.choice;
  const ending = scenario.endings.find((candidate) => candidate.id === nodeOrEndingId);
  if (ending) return { kind: 'ending', ending, lastChoice, decisions, profile: principleProfile(scenario, validPath) };
  const node = scenario.nodes.find((candidate) => candidate.id === nodeOrEndingId);
  return node ? { kind: 'node', node, decisionNumber: decisions.length + 1, lastChoice } : undefined;
}
