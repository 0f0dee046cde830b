/**
 * What the room can vote on, on the page in view: each knowledge check, and the decision each
 * scenario on the page is at. Also the charts the audience sees for the votes the trainer shows.
 */
import type { Course, UiStrings } from '../course/types.js';
import { fillTemplate } from '../course/fill-template.js';
import { rightResponse } from '../machines/checks.js';
import { findPage } from '../machines/course-lookup.js';
import { voteKey, type FacilitatorContext } from '../machines/facilitator.machine.js';
import type { Progress } from '../machines/progress.js';
import type { VoteChartData } from '../runtime/audience-link.js';
import { plainText } from './question-matching.js';
import { scenarioView } from './scenario-view.js';

export type VoteTarget =
  | {
      readonly kind: 'check';
      readonly key: string;
      readonly checkId: string;
      readonly heading: string;
      readonly options: readonly { readonly id: string; readonly label: string }[];
      /** Shown as right once answered right (after the trainer reveals it). */
      readonly rightIds: readonly string[];
    }
  | {
      readonly kind: 'decision';
      readonly key: string;
      readonly scenarioId: string;
      readonly heading: string;
      readonly options: readonly { readonly id: string; readonly label: string }[];
    };

export function voteTargets(course: Course, progress: Progress, strings: UiStrings): VoteTarget[] {
  const page = findPage(course, progress.pageId);
  if (!page) return [];
  return page.blocks.flatMap((block): VoteTarget[] => {
    if (block.type === 'knowledge-check') {
      const options = block.kind === 'ordering' || block.kind === 'matching' ? [] : block.options;
      if (options.length === 0) return [];
      return [
        {
          kind: 'check',
          key: voteKey({ checkId: block.id }),
          checkId: block.id,
          heading: fillTemplate(strings.voteHeadingQuestion, { title: plainText(block.questionHtml) }),
          options: options.map((option) => ({ id: option.id, label: plainText(option.textHtml) })),
          rightIds: progress.answers[block.id]?.correct ? rightResponse(block) : [],
        },
      ];
    }
    if (block.type === 'scenario') {
      const scenario = course.scenarios.find((candidate) => candidate.id === block.scenarioId);
      const view = scenario && scenarioView(scenario, progress.scenarios[scenario.id]);
      if (!scenario || view?.kind !== 'node') return [];
      return [
        {
          kind: 'decision',
          key: voteKey({ scenarioId: scenario.id, nodeId: view.node.id }),
          scenarioId: scenario.id,
          heading: fillTemplate(strings.voteHeadingDecision, { number: view.decisionNumber }),
          options: view.node.choices.map((choice) => ({ id: choice.id, label: plainText(choice.textHtml) })),
        },
      ];
    }
    return [];
  });
}

/** The option with the most votes (the first of equals), or undefined before any vote. */
export function roomChoice(target: VoteTarget, counts: Readonly<Record<string, number>> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const option of target.options) {
    const count = counts?.[option.id] ?? 0;
    if (count > bestCount) [best, bestCount] = [option.id, count];
  }
  return best;
}

/** Charts for the targets on this page whose results the trainer is showing. */
export function shownCharts(targets: readonly VoteTarget[], facilitator: Pick<FacilitatorContext, 'votes' | 'shownVotes'>): VoteChartData[] {
  return targets
    .filter((target) => facilitator.shownVotes.includes(target.key))
    .map((target) => ({
      key: target.key,
      heading: target.heading,
      bars: target.options.map((option) => ({
        id: option.id,
        label: option.label,
        count: facilitator.votes[target.key]?.[option.id] ?? 0,
        highlight: target.kind === 'check' && target.rightIds.includes(option.id),
      })),
    }));
}
