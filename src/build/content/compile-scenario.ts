import { principleIds, type Scenario, type ScenarioChoice } from '../../course/types.js';
import { renderInlineMarkdown, renderMarkdown } from './markdown-render.js';
import type { ScenarioChoiceSource, ScenarioSource } from './source-types.js';

/** Effects in the principles' own order, whatever order the author wrote them in. */
function compileEffects(effects: ScenarioChoiceSource['effects']): ScenarioChoice['effects'] {
  return Object.fromEntries(
    principleIds.flatMap((id) => (effects?.[id] === undefined ? [] : [[id, effects[id]]])),
  ) as ScenarioChoice['effects'];
}

/** Builds the runtime's scenario from a scenario file that has passed every check. */
export function compileScenario(scenario: ScenarioSource): Scenario {
  return {
    id: scenario.id,
    title: scenario.title,
    introHtml: renderMarkdown(scenario.intro),
    objectiveIds: [...(scenario.objectives ?? [])],
    startNodeId: scenario.start,
    nodes: scenario.nodes.map((node) => ({
      id: node.id,
      title: node.title,
      who: node.who,
      where: node.where,
      stakes: node.stakes,
      situationHtml: renderMarkdown(node.situation),
      weighHtml: renderMarkdown(node.weigh),
      choices: (node.choices ?? []).map((choice) => ({
        id: choice.id,
        textHtml: renderInlineMarkdown(choice.text),
        consequenceHtml: renderMarkdown(choice.consequence),
        next: choice.next,
        effects: compileEffects(choice.effects),
      })),
    })),
    endings: scenario.endings.map((ending) => ({
      id: ending.id,
      title: ending.title,
      debriefHtml: renderMarkdown(ending.debrief),
    })),
  };
}
