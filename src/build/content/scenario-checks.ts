import type { Scenario } from '../../course/types.js';
import { closestMatch } from './closest-match.js';
import type { IdRegistry } from './id-registry.js';
import type { ObjectiveReference } from './lesson-checks.js';
import { blocksOf } from './lesson-walk.js';
import { checkMarkdownFields, type InternalLink } from './markdown-checks.js';
import { scenarioMarkdownFields } from './markdown-fields.js';
import type { ProblemList, SourcePosition } from './problems.js';
import { proveScenario, type ScenarioFlaw, type ScenarioPathStats } from './scenario-proof.js';
import type { ScenarioFileEntry } from './scenario-files.js';
import { maximumChoices, minimumChoices } from './schemas/scenario-schema.js';
import { idPattern } from './schemas/schema-parts.js';
import { asFields, asList, asText } from './value-access.js';
import { valuePosition, type ValuePath, type YamlFile } from './yaml-file.js';

const startOfFile = { line: 1, column: 1 };

/** A choice as far as its shape could be read. */
interface ChoiceShape {
  readonly id: string | undefined;
  readonly path: ValuePath;
  readonly next: string | undefined;
}

interface NodeShape {
  readonly id: string | undefined;
  readonly path: ValuePath;
  /** Undefined when `choices` is missing; an empty list when it is not a list (the schema says so). */
  readonly choices: readonly ChoiceShape[] | undefined;
  /** Whether `choices` is a list of mappings, or missing. */
  readonly choicesReadable: boolean;
}

interface EndingShape {
  readonly id: string | undefined;
  readonly path: ValuePath;
}

/** The ids and links of a scenario, read leniently so one malformed part does not hide the rest. */
interface ScenarioShape {
  readonly start: string | undefined;
  readonly nodes: readonly NodeShape[];
  readonly endings: readonly EndingShape[];
  /** Whether every list and entry the machine needs is a list or a mapping as it should be. */
  readonly readable: boolean;
}

function readShape(value: unknown): ScenarioShape {
  const fields = asFields(value);
  let readable = Array.isArray(fields?.['nodes']) && Array.isArray(fields?.['endings']);
  const nodes = asList(fields?.['nodes']).map((node, nodeIndex): NodeShape => {
    const nodeFields = asFields(node);
    if (!nodeFields) readable = false;
    const rawChoices = nodeFields?.['choices'];
    const choicesReadable = rawChoices === undefined || Array.isArray(rawChoices);
    if (!choicesReadable) readable = false;
    const choices = asList(rawChoices).map((choice, choiceIndex): ChoiceShape => {
      const choiceFields = asFields(choice);
      if (!choiceFields) readable = false;
      return {
        id: asText(choiceFields?.['id']),
        path: ['nodes', nodeIndex, 'choices', choiceIndex],
        next: asText(choiceFields?.['next']),
      };
    });
    return {
      id: asText(nodeFields?.['id']),
      path: ['nodes', nodeIndex],
      choices: rawChoices === undefined ? undefined : choices,
      choicesReadable,
    };
  });
  const endings = asList(fields?.['endings']).map((ending, index): EndingShape => {
    if (!asFields(ending)) readable = false;
    return { id: asText(asFields(ending)?.['id']), path: ['endings', index] };
  });
  return { start: asText(fields?.['start']), nodes, endings, readable };
}

function suggestion(id: string, candidates: readonly string[]): string {
  const closest = closestMatch(id, candidates);
  return closest ? ` (did you mean "${closest}"?)` : '';
}

export interface ScenarioFindings {
  readonly objectiveReferences: ObjectiveReference[];
  readonly links: InternalLink[];
  /** Defined when the scenario was proved sound. */
  readonly stats: ScenarioPathStats | undefined;
}

/**
 * Checks one scenario file beyond its schema: its id against the file name and the course's id
 * namespace, its own ids, where each `start` and `next` leads, how many choices each node has, its
 * Markdown; then, when its structure is sound, proves it with its state machine (scenario-proof.ts):
 * every node and ending reachable, no dead ends, no cycles.
 */
export function checkScenarioFile(
  file: YamlFile,
  expectedId: string,
  registry: IdRegistry,
  problems: ProblemList,
): ScenarioFindings {
  const fields = asFields(file.value);
  const objectiveReferences: ObjectiveReference[] = [];
  if (!fields) return { objectiveReferences, links: [], stats: undefined };
  const at = (path: ValuePath): SourcePosition => valuePosition(file, path);
  const report = (path: ValuePath, code: string, message: string): void =>
    problems.add(file.displayPath, at(path), code, message);

  const scenarioId = asText(fields['id']);
  if (scenarioId !== undefined && scenarioId !== expectedId) {
    report(
      ['id'],
      'scenario-id-mismatch',
      `scenario id "${scenarioId}" does not match the file name ${expectedId}.yaml: change the id to "${expectedId}" or rename the file (and the \`scenario\` block that places it)`,
    );
  }
  if (scenarioId !== undefined) {
    registry.declare({ id: scenarioId, kind: 'scenario', file: file.displayPath, position: at(['id']) }, problems);
  }
  asList(fields['objectives']).forEach((id, index) => {
    if (typeof id === 'string') objectiveReferences.push({ file: file.displayPath, position: at(['objectives', index]), objectiveId: id });
  });

  const shape = readShape(file.value);
  let sound = shape.readable;

  // Node, choice and ending ids share the scenario's own namespace.
  const seen = new Map<string, { kind: string; path: ValuePath }>();
  const declare = (id: string | undefined, kind: string, path: ValuePath): void => {
    if (id === undefined || !idPattern.test(id)) {
      sound = false; // the schema reports a missing or malformed id
      return;
    }
    const first = seen.get(id);
    if (!first) {
      seen.set(id, { kind, path });
      return;
    }
    sound = false;
    report(
      [...path, 'id'],
      'duplicate-scenario-id',
      `duplicate id "${id}" in this scenario: the ${first.kind} on line ${at([...first.path, 'id']).line} already uses it; ` +
        'node, choice and ending ids must be unique within the scenario, so rename one of them',
    );
  };
  for (const node of shape.nodes) {
    declare(node.id, 'node', node.path);
    for (const choice of node.choices ?? []) declare(choice.id, 'choice', choice.path);
  }
  for (const ending of shape.endings) declare(ending.id, 'ending', ending.path);

  const nodeIds = shape.nodes.flatMap((node) => (node.id === undefined ? [] : [node.id]));
  const endingIds = shape.endings.flatMap((ending) => (ending.id === undefined ? [] : [ending.id]));
  const destinations = [...nodeIds, ...endingIds];

  if (shape.start === undefined || !idPattern.test(shape.start)) {
    sound = false;
  } else if (!nodeIds.includes(shape.start)) {
    sound = false;
    // With no readable nodes there is nothing to name; the schema reports the nodes.
    if (nodeIds.length > 0) {
      report(
        ['start'],
        'unknown-scenario-start',
        endingIds.includes(shape.start)
          ? `"start" names the ending "${shape.start}": a scenario starts at a node, so name the first decision point`
          : `"start" names "${shape.start}", which is not a node of this scenario${suggestion(shape.start, nodeIds)}: use the id of the first node (${nodeIds.join(', ')})`,
      );
    }
  }

  for (const node of shape.nodes) {
    const count = node.choices?.length ?? 0;
    // No choices at all is a dead end, which the proof reports.
    if (count > 0 && count < minimumChoices) {
      report(
        [...node.path, 'choices'],
        'too-few-choices',
        `node "${node.id ?? ''}" has only ${count} choice: a decision needs ${minimumChoices} to ${maximumChoices}, so add another way to go`,
      );
    } else if (count > maximumChoices) {
      report(
        [...node.path, 'choices'],
        'too-many-choices',
        `node "${node.id ?? ''}" has ${count} choices: give it ${minimumChoices} to ${maximumChoices}, so each decision stays clear; merge or remove some`,
      );
    }
    for (const choice of node.choices ?? []) {
      if (choice.next === undefined || !idPattern.test(choice.next)) {
        sound = false;
      } else if (!destinations.includes(choice.next)) {
        sound = false;
        report(
          [...choice.path, 'next'],
          'missing-scenario-target',
          `choice "${choice.id ?? ''}" leads to "${choice.next}", which is not a node or an ending of this scenario${suggestion(choice.next, destinations)}: ` +
            'set "next" to the id of a node or an ending',
        );
      }
    }
  }

  const links = checkMarkdownFields(file, scenarioMarkdownFields(file.value), problems);
  const stats = sound && shape.start !== undefined ? prove(file, skeleton(expectedId, shape.start, shape), shape, problems) : undefined;
  return { objectiveReferences, links, stats };
}

/** The scenario's structure in the compiled shape, with no text: all the machine needs. */
function skeleton(id: string, start: string, shape: ScenarioShape): Scenario {
  return {
    id,
    title: '',
    introHtml: '',
    objectiveIds: [],
    startNodeId: start,
    nodes: shape.nodes.map((node) => ({
      id: node.id ?? '',
      title: '',
      who: '',
      where: '',
      stakes: '',
      situationHtml: '',
      weighHtml: '',
      choices: (node.choices ?? []).map((choice) => ({
        id: choice.id ?? '',
        textHtml: '',
        consequenceHtml: '',
        next: choice.next ?? '',
        effects: {},
      })),
    })),
    endings: shape.endings.map((ending) => ({ id: ending.id ?? '', title: '', debriefHtml: '' })),
  };
}

function prove(file: YamlFile, scenario: Scenario, shape: ScenarioShape, problems: ProblemList): ScenarioPathStats | undefined {
  const nodePath = new Map(shape.nodes.map((node) => [node.id ?? '', node]));
  const endingPath = new Map(shape.endings.map((ending) => [ending.id ?? '', ending.path]));
  const choicePath = new Map(shape.nodes.flatMap((node) => (node.choices ?? []).map((choice) => [choice.id ?? '', choice.path] as const)));
  const report = (path: ValuePath | undefined, code: string, message: string): void =>
    problems.add(file.displayPath, path ? valuePosition(file, path) : startOfFile, code, message);
  const reach = (kind: string, id: string) =>
    `${kind} "${id}" cannot be reached: no path from the start ("${scenario.startNodeId}") leads to it; ` +
    `make a choice lead to it ("next: ${id}"), or remove it`;

  const describe = (flaw: ScenarioFlaw): void => {
    switch (flaw.code) {
      case 'unreachable-scenario-node':
        report([...(nodePath.get(flaw.nodeId)?.path ?? []), 'id'], flaw.code, reach('node', flaw.nodeId));
        return;
      case 'unreachable-scenario-ending':
        report([...(endingPath.get(flaw.endingId) ?? []), 'id'], flaw.code, reach('ending', flaw.endingId));
        return;
      case 'scenario-dead-end': {
        const node = nodePath.get(flaw.nodeId);
        const where = node?.choices === undefined ? [...(node?.path ?? []), 'id'] : [...node.path, 'choices'];
        report(
          where,
          flaw.code,
          `node "${flaw.nodeId}" has no choices, so a learner who reaches it is stuck (a dead end): ` +
            `give it ${minimumChoices} to ${maximumChoices} choices, each with a "next"`,
        );
        return;
      }
      case 'scenario-cycle':
        report(
          [...(choicePath.get(flaw.choiceId) ?? []), 'next'],
          flaw.code,
          `choice "${flaw.choiceId}" leads back to node "${flaw.targetId}", which it has already passed: ` +
            'every path must end in an ending, so point "next" at a node further on or at an ending',
        );
        return;
    }
  };

  try {
    const proof = proveScenario(scenario);
    proof.flaws.forEach(describe);
    return proof.stats;
  } catch (error) {
    // Not expected once the structure is sound; reported rather than thrown so the rest still shows.
    report(undefined, 'scenario-proof-failed', `the scenario could not be turned into a state machine: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** A `scenario` block: where a lesson places a scenario. */
export interface ScenarioPlacement {
  readonly file: string;
  readonly position: SourcePosition;
  readonly pageId: string | undefined;
  readonly scenarioId: string;
}

export function scenarioPlacementsOf(file: YamlFile): ScenarioPlacement[] {
  return blocksOf(file.value).flatMap(({ block, path, pageId }) => {
    const scenarioId = asText(block['scenario']);
    if (block['type'] !== 'scenario' || scenarioId === undefined) return [];
    return [{ file: file.displayPath, position: valuePosition(file, [...path, 'scenario']), pageId, scenarioId }];
  });
}

/**
 * Every `scenario` block names a scenario in content/scenarios/, and every scenario is on exactly
 * one page. `everyPlacementKnown` is false when a lesson file could not be read: a scenario may
 * then be placed in it, so none is reported as missing from the pages.
 */
export function checkScenarioPlacements(
  placements: readonly ScenarioPlacement[],
  scenarios: readonly ScenarioFileEntry[],
  everyPlacementKnown: boolean,
  problems: ProblemList,
): void {
  const known = scenarios.map((entry) => entry.id);
  const first = new Map<string, ScenarioPlacement>();
  for (const placement of placements) {
    const { scenarioId } = placement;
    if (!known.includes(scenarioId)) {
      const message =
        known.length === 0
          ? `scenario "${scenarioId}" does not exist: there are no scenarios yet, so create content/scenarios/${scenarioId}.yaml`
          : `scenario "${scenarioId}" does not exist${suggestion(scenarioId, known)}: use the id of a scenario in content/scenarios/ (${known.join(', ')})`;
      problems.add(placement.file, placement.position, 'unknown-scenario', message);
      continue;
    }
    const earlier = first.get(scenarioId);
    if (earlier) {
      const where = `${earlier.file}:${earlier.position.line}:${earlier.position.column}`;
      problems.add(
        placement.file,
        placement.position,
        'duplicate-scenario-block',
        `scenario "${scenarioId}" is already on page "${earlier.pageId ?? '?'}" (${where}): a scenario goes on one page only, so remove one of the blocks`,
      );
      continue;
    }
    first.set(scenarioId, placement);
  }
  if (!everyPlacementKnown) return;
  for (const entry of scenarios) {
    if (first.has(entry.id) || !entry.file) continue;
    problems.add(
      entry.file.displayPath,
      startOfFile,
      'unplaced-scenario',
      `scenario "${entry.id}" is not on any page: add a \`scenario\` block (\`- type: scenario\` with \`scenario: ${entry.id}\`) to the page where learners should meet it`,
    );
  }
}
