import type { SchemaObject } from 'ajv';
import { principleIds } from '../../../course/types.js';
import { idSchema, listSchema, markdownSchema, objectSchema, plainTextSchema } from './schema-parts.js';

/** Effects run from -2 (the choice works against a principle) to +2 (it shows it strongly). */
export const minimumEffect = -2;
export const maximumEffect = 2;
export const minimumChoices = 2;
export const maximumChoices = 4;

const effects = objectSchema({
  description: `How the choice reflects each principle it touches, from ${minimumEffect} to +${maximumEffect}; principles left out count 0.`,
  required: [],
  properties: Object.fromEntries(
    principleIds.map((id) => [
      id,
      {
        type: 'integer',
        minimum: minimumEffect,
        maximum: maximumEffect,
        description: `Effect on the principle "${id}", from ${minimumEffect} to +${maximumEffect}.`,
      },
    ]),
  ),
});

const choice = objectSchema({
  description: 'One way the learner can go at a decision point.',
  required: ['id', 'text', 'consequence', 'next'],
  properties: {
    id: idSchema('Unique within the scenario; saved in the learner’s path.'),
    text: markdownSchema('What the learner chooses to do, inline'),
    consequence: markdownSchema('What happens next because of this choice'),
    next: idSchema('The id of the node or ending this choice leads to.'),
    effects,
  },
});

const node = objectSchema({
  description: 'A decision point: the situation now and the choices open to the learner.',
  // `choices` is checked after the schema, so that a node without any is reported as a dead end.
  required: ['id', 'title', 'who', 'where', 'stakes', 'situation', 'weigh'],
  properties: {
    id: idSchema('Unique within the scenario.'),
    title: plainTextSchema('Heading of the decision point.'),
    who: plainTextSchema('Who is involved.'),
    where: plainTextSchema('Where it happens.'),
    stakes: plainTextSchema('What is at stake.'),
    situation: markdownSchema('What is happening now'),
    weigh: markdownSchema('For the debrief: what a strong leader would weigh here'),
    choices: listSchema(`The choices, ${minimumChoices} to ${maximumChoices}.`, choice),
  },
});

const ending = objectSchema({
  description: 'Where a path ends, with the debrief.',
  required: ['id', 'title', 'debrief'],
  properties: {
    id: idSchema('Unique within the scenario.'),
    title: plainTextSchema('How it turned out, in a few words.'),
    debrief: markdownSchema('How it turned out and why'),
  },
});

export const scenarioSchema: SchemaObject = objectSchema({
  description: 'content/scenarios/<id>.yaml: a branching scenario, placed on a page by a `scenario` block.',
  required: ['id', 'title', 'intro', 'start', 'nodes', 'endings'],
  properties: {
    id: idSchema('Must match the file name; shares the course id namespace.'),
    title: plainTextSchema('Title of the scenario.'),
    intro: markdownSchema('The set-up, in the second person'),
    objectives: listSchema('Ids of the course objectives the scenario practises.', idSchema('An objective id.')),
    start: idSchema('The id of the first node.'),
    nodes: listSchema('The decision points, in any order.', node, 1),
    endings: listSchema('The endings, in any order.', ending, 1),
  },
});
