/**
 * A small branching scenario for tests, and the fixture course with it on a page of its own.
 *
 *   ask ─ set-goal ──▶ team ─ involve ──▶ lasting (ending)
 *    │                   └─ impose ───▶ stalled (ending)
 *    └─ buy-system ──────────────────▶ shelved (ending)
 */
import type { Course, Scenario } from '../../src/course/types.js';
import { fixtureCourse } from './fixture-course.js';

export const fixtureScenario: Scenario = {
  id: 'contact-test',
  title: 'The contact centre (test)',
  introHtml: '<p>This scenario is fictional.</p>',
  objectiveIds: ['purpose-agenda'],
  startNodeId: 'ask',
  nodes: [
    {
      id: 'ask',
      title: 'The ask',
      who: 'Your director',
      where: 'The monthly review',
      stakes: 'Waiting times are rising',
      situationHtml: '<p>Your director asks you to be more innovative.</p>',
      weighHtml: '<p>A vague ask needs a clear goal.</p>',
      choices: [
        { id: 'set-goal', textHtml: 'Agree one goal', consequenceHtml: '<p>Your director agrees.</p>', next: 'team', effects: { purpose: 2 } },
        { id: 'buy-system', textHtml: 'Buy a new system', consequenceHtml: '<p>The budget goes in one go.</p>', next: 'shelved', effects: { purpose: -1, 'safe-to-fail': -1 } },
      ],
    },
    {
      id: 'team',
      title: 'Your team',
      who: 'Your advisers',
      where: 'Team meeting',
      stakes: 'Their trust',
      situationHtml: '<p>The team hears the goal.</p>',
      weighHtml: '<p>The people who do the work know it best.</p>',
      choices: [
        { id: 'involve', textHtml: 'Ask them for ideas', consequenceHtml: '<p>Ideas flow.</p>', next: 'lasting', effects: { 'marginal-gains': 2, 'sociotechnical-design': 1 } },
        { id: 'impose', textHtml: 'Tell them the plan', consequenceHtml: '<p>They comply, quietly.</p>', next: 'stalled', effects: { 'marginal-gains': -1 } },
      ],
    },
  ],
  endings: [
    { id: 'lasting', title: 'A change that lasts', debriefHtml: '<p>The goal and the team carried it.</p>' },
    { id: 'stalled', title: 'A change that stalls', debriefHtml: '<p>Nobody owned it.</p>' },
    { id: 'shelved', title: 'A system on the shelf', debriefHtml: '<p>Big spend, little change.</p>' },
  ],
};

export const scenarioCourse: Course = {
  ...fixtureCourse,
  scenarios: [fixtureScenario],
  lessons: [
    ...fixtureCourse.lessons,
    {
      id: 'practise',
      title: 'Practise',
      summary: 'A scenario.',
      objectiveIds: [],
      estimatedMinutes: 5,
      pages: [{ id: 'practise-scenario', title: 'The contact centre', blocks: [{ type: 'scenario', scenarioId: 'contact-test' }] }],
    },
  ],
};
