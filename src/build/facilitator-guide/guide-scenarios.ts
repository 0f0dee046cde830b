/**
 * A scenario for the guide: its diagram, then each decision in the diagram's numbering with the
 * situation, what a strong leader would weigh, and every choice's consequence, next step and
 * effect on the principles; then each ending's debrief.
 */
import { fillTemplate } from '../../course/fill-template.js';
import { principleWording } from '../../course/wording-keys.js';
import { principleIds, type Course, type Scenario, type ScenarioChoice } from '../../course/types.js';
import { nestHeadings } from './guide-markup.js';
import { escapeAttribute, escapeText, idFragment } from './html-text.js';
import { englishDiagramWording, scenarioDiagram, type DiagramWording } from './scenario-diagram.js';
import type { DiagramArrow, DiagramBox } from './scenario-layout.js';


function scenarioSectionId(scenario: Scenario): string {
  return `scenario-${idFragment(scenario.id)}`;
}

function stepId(scenario: Scenario, stepId: string): string {
  return `${scenarioSectionId(scenario)}-${idFragment(stepId)}`;
}

export function diagramWording(course: Course): DiagramWording {
  return { ...englishDiagramWording, decision: (code) => fillTemplate(course.strings.scenarioDecision, { number: code }) };
}

/** `headingLevel`: the scenario's own heading; its decisions and endings go one below. */
export function scenarioSectionHtml(scenario: Scenario, course: Course, headingLevel: number): string {
  const wording = diagramWording(course);
  const { svg, layout } = scenarioDiagram(scenario, wording);
  const boxById = new Map(layout.boxes.map((box) => [box.id, box]));
  const id = scenarioSectionId(scenario);
  const objectives = scenario.objectiveIds
    .map((objectiveId) => course.objectives.find((objective) => objective.id === objectiveId)?.text ?? objectiveId)
    .map((text) => `<li>${escapeText(text)}</li>`)
    .join('');
  const decisions = layout.boxes.filter((box) => box.kind === 'decision');
  const endings = layout.boxes.filter((box) => box.kind === 'ending');
  const inner = headingLevel + 1;
  return [
    `<section class="scenario" id="${id}" aria-labelledby="${id}-heading">`,
    `<h${headingLevel} id="${id}-heading">Scenario: ${escapeText(scenario.title)}</h${headingLevel}>`,
    nestHeadings(scenario.introHtml, headingLevel),
    objectives ? `<p class="list-label">Practises:</p><ul class="objectives">${objectives}</ul>` : '',
    `<figure class="diagram">`,
    `<div class="diagram-scroll" tabindex="0" role="group" aria-label="${escapeAttribute(`${scenario.title}: decision graph, scrolls sideways`)}">${svg}</div>`,
    `<figcaption>${escapeText(
      [
        `${scenario.title}: every path from the start (left) to an ending (right).`,
        `${wording.decision('1')}, 2… are decisions and endings are lettered, in reading order.`,
        'Each arrow is a choice, labelled with its code from the list of choices below.',
      ].join(' '),
    )}</figcaption>`,
    `</figure>`,
    ...decisions.map((box) => decisionHtml(scenario, course, box, { arrows: layout.arrows, boxById, wording, headingLevel: inner })),
    ...endings.map((box) => endingHtml(scenario, box, wording, inner)),
    '</section>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

interface DecisionView {
  readonly arrows: readonly DiagramArrow[];
  readonly boxById: ReadonlyMap<string, DiagramBox>;
  readonly wording: DiagramWording;
  readonly headingLevel: number;
}

function decisionHtml(scenario: Scenario, course: Course, box: DiagramBox, view: DecisionView): string {
  const node = scenario.nodes.find((candidate) => candidate.id === box.id);
  if (!node) return '';
  const { strings } = course;
  const level = view.headingLevel;
  const id = stepId(scenario, node.id);
  const choiceCode = (choice: ScenarioChoice): string =>
    view.arrows.find((arrow) => arrow.nodeId === node.id && arrow.choiceId === choice.id)?.code ?? '';
  return [
    `<section class="decision" id="${id}" data-node="${escapeAttribute(node.id)}">`,
    `<h${level} id="${id}-heading">${escapeText(view.wording.decision(box.code))}: ${escapeText(node.title)}${box.isStart ? ' <span class="tag">Start</span>' : ''}</h${level}>`,
    `<dl class="scene">`,
    `<div><dt>${escapeText(strings.scenarioWho)}</dt><dd>${escapeText(node.who)}</dd></div>`,
    `<div><dt>${escapeText(strings.scenarioWhere)}</dt><dd>${escapeText(node.where)}</dd></div>`,
    `<div><dt>${escapeText(strings.scenarioStakes)}</dt><dd>${escapeText(node.stakes)}</dd></div>`,
    `</dl>`,
    nestHeadings(node.situationHtml, level),
    `<div class="weigh"><p class="list-label">${escapeText(strings.scenarioWeigh)}</p>${nestHeadings(node.weighHtml, level)}</div>`,
    `<p class="list-label">${escapeText(strings.scenarioChoose)}</p>`,
    `<ol class="choice-list">`,
    ...node.choices.map((choice) =>
      [
        `<li class="choice">`,
        `<p class="choice-text"><span class="code">${escapeText(choiceCode(choice))}</span> ${choice.textHtml}</p>`,
        `<div class="consequence"><p class="label">${escapeText(strings.scenarioWhatHappened)}</p>${nestHeadings(choice.consequenceHtml, level)}</div>`,
        `<p class="choice-meta"><span class="label">Leads to:</span> ${leadsTo(scenario, choice, view)}`,
        `<br><span class="label">Principles:</span> ${effectsText(choice, course)}</p>`,
        '</li>',
      ].join(''),
    ),
    '</ol>',
    '</section>',
  ].join('\n');
}

function leadsTo(scenario: Scenario, choice: ScenarioChoice, view: DecisionView): string {
  const target = view.boxById.get(choice.next);
  if (!target) return escapeText(choice.next);
  const name = target.kind === 'ending' ? view.wording.ending(target.code) : view.wording.decision(target.code);
  return `<a href="#${stepId(scenario, target.id)}">${escapeText(name)}</a>: ${escapeText(target.title)}`;
}

/** Signed scores in words and digits, e.g. "Purpose first +2, Safe to fail −1". */
function effectsText(choice: ScenarioChoice, course: Course): string {
  const items = principleIds.flatMap((principle) => {
    const score = choice.effects[principle];
    if (score === undefined || score === 0) return [];
    const signed = score > 0 ? `+${score}` : `−${Math.abs(score)}`;
    return [`<span class="effect">${escapeText(course.strings[principleWording[principle]])} <strong>${signed}</strong></span>`];
  });
  return items.length > 0 ? items.join(', ') : 'none';
}

function endingHtml(scenario: Scenario, box: DiagramBox, wording: DiagramWording, level: number): string {
  const ending = scenario.endings.find((candidate) => candidate.id === box.id);
  if (!ending) return '';
  const id = stepId(scenario, ending.id);
  return [
    `<section class="ending" id="${id}" data-ending="${escapeAttribute(ending.id)}">`,
    `<h${level} id="${id}-heading">${escapeText(wording.ending(box.code))}: ${escapeText(ending.title)}</h${level}>`,
    `<p class="list-label">Debrief</p>`,
    nestHeadings(ending.debriefHtml, level),
    '</section>',
  ].join('\n');
}
