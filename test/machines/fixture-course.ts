/**
 * A small compiled course for machine tests: two lessons (3 + 2 pages), a single, a multiple
 * and a true-false knowledge check, and one reflection.
 *
 *   purpose-first:  purpose-why (reflection) → purpose-agenda (single check) → purpose-recap
 *   marginal-gains: gains-intro (multiple check) → gains-myth (true-false check)
 */
import {
  uiStringKeys,
  type Course,
  type KnowledgeCheckBlock,
  type NavigationRule,
  type UiStrings,
} from '../../src/course/types.js';

const strings = Object.fromEntries(uiStringKeys.map((key) => [key, key])) as UiStrings;

export const singleCheck: KnowledgeCheckBlock = {
  type: 'knowledge-check',
  id: 'check-agenda',
  kind: 'single',
  questionHtml: '<p>What comes first?</p>',
  objectiveIds: ['purpose-agenda'],
  maxAttempts: 2,
  displayOrder: ['a', 'b', 'c'],
  options: [
    { id: 'a', textHtml: 'A new tool', correct: false, feedbackHtml: '<p>Tools follow purpose.</p>' },
    { id: 'b', textHtml: 'A clear purpose', correct: true, feedbackHtml: '<p>Yes.</p>' },
    { id: 'c', textHtml: 'A budget', correct: false, feedbackHtml: '<p>Not first.</p>' },
  ],
};

export const multipleCheck: KnowledgeCheckBlock = {
  type: 'knowledge-check',
  id: 'check-gains',
  kind: 'multiple',
  questionHtml: '<p>Which are marginal gains?</p>',
  objectiveIds: ['marginal-gains'],
  maxAttempts: 2,
  displayOrder: ['a', 'b', 'c', 'd'],
  options: [
    { id: 'a', textHtml: 'Small, frequent changes', correct: true, feedbackHtml: '<p>Yes.</p>' },
    { id: 'b', textHtml: 'One big launch', correct: false, feedbackHtml: '<p>No.</p>' },
    { id: 'c', textHtml: 'Measuring each change', correct: true, feedbackHtml: '<p>Yes.</p>' },
    { id: 'd', textHtml: 'Waiting for perfection', correct: false, feedbackHtml: '<p>No.</p>' },
  ],
};

export const trueFalseCheck: KnowledgeCheckBlock = {
  type: 'knowledge-check',
  id: 'check-myth',
  kind: 'true-false',
  questionHtml: '<p>Innovation needs a big budget.</p>',
  objectiveIds: ['marginal-gains'],
  maxAttempts: 1,
  displayOrder: ['true', 'false'],
  options: [
    { id: 'true', textHtml: '', correct: false, feedbackHtml: '<p>Small steps cost little.</p>' },
    { id: 'false', textHtml: '', correct: true, feedbackHtml: '<p>Right.</p>' },
  ],
};

/** Steps to put in order; authored in the right order, shown shuffled. Not in `fixtureCourse`. */
export const orderingCheck: KnowledgeCheckBlock = {
  type: 'knowledge-check',
  id: 'check-order',
  kind: 'ordering',
  questionHtml: '<p>Put the steps in order.</p>',
  objectiveIds: ['purpose-agenda'],
  maxAttempts: 2,
  displayOrder: ['try', 'adopt', 'agenda'],
  options: [
    { id: 'agenda', textHtml: 'Set the agenda', correct: true, feedbackHtml: '<p>First: ideas need a direction.</p>' },
    { id: 'try', textHtml: 'Try an idea safely', correct: true, feedbackHtml: '<p>Second: test before you commit.</p>' },
    { id: 'adopt', textHtml: 'Adopt what works', correct: true, feedbackHtml: '<p>Last: make it the normal way.</p>' },
  ],
};

/** Prompts with their matches; the learner picks a match per prompt. Not in `fixtureCourse`. */
export const matchingCheck: KnowledgeCheckBlock = {
  type: 'knowledge-check',
  id: 'check-match',
  kind: 'matching',
  questionHtml: '<p>Match each action to its principle.</p>',
  objectiveIds: ['marginal-gains'],
  maxAttempts: 2,
  displayOrder: ['lab', 'bot', 'remit'],
  options: [
    { id: 'remit', textHtml: 'A remit for process improvement', matchHtml: 'Purpose first', correct: true, feedbackHtml: '<p>The remit names the goal.</p>' },
    { id: 'lab', textHtml: 'A lab to try things', matchHtml: 'Safe to fail', correct: true, feedbackHtml: '<p>A lab is a safe place.</p>' },
    { id: 'bot', textHtml: 'Chatbots rolled out', matchHtml: 'Following through', correct: true, feedbackHtml: '<p>Ideas became real service.</p>' },
  ],
};

/** A correct and a wrong submission for each check. */
export const correctOptions: Readonly<Record<string, readonly string[]>> = {
  'check-agenda': ['b'],
  'check-gains': ['a', 'c'],
  'check-myth': ['false'],
};
export const wrongOptions: Readonly<Record<string, readonly string[]>> = {
  'check-agenda': ['a'],
  'check-gains': ['a'],
  'check-myth': ['true'],
};

export const pageIdsInOrder = [
  'purpose-why',
  'purpose-agenda',
  'purpose-recap',
  'gains-intro',
  'gains-myth',
] as const;

export const fixtureCourse: Course = {
  id: 'leading-innovation-test',
  title: 'Leading Innovation (test)',
  version: '0.1.0',
  language: 'en-GB',
  audience: 'Testers',
  descriptionHtml: '<p>A fixture course.</p>',
  estimatedMinutes: 12,
  navigation: 'free',
  passMark: 80,
  lms: { onFail: 'failed', reportObjectives: true },
  objectives: [
    { id: 'purpose-agenda', text: 'Set a clear purpose' },
    { id: 'marginal-gains', text: 'Use marginal gains' },
  ],
  credits: [
    {
      title: 'How do leaders foster innovation?',
      author: 'Gwilym Ellis',
      role: 'Lead Trainer',
      organisation: 'Trilateral Research',
      publisher: 'techUK',
      date: '2022-05-25',
      url: 'https://www.techuk.org/',
      note: 'The blog this course is built from.',
    },
  ],
  branding: {
    name: 'Leading Innovation',
    logoDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
    logoAlt: 'Leading Innovation',
    colours: {
      primary: '#1d4f91',
      primaryText: '#ffffff',
      accent: '#b35c00',
      background: '#ffffff',
      text: '#1b1b1b',
    },
  },
  scenarios: [],
  glossary: [{ id: 'marginal-gains-term', term: 'marginal gains', definitionHtml: '<p>Small improvements that add up.</p>' }],
  lessons: [
    {
      id: 'purpose-first',
      title: 'Purpose first',
      summary: 'Why purpose comes first.',
      objectiveIds: ['purpose-agenda'],
      estimatedMinutes: 7,
      pages: [
        {
          id: 'purpose-why',
          title: 'Why purpose comes first',
          blocks: [
            { type: 'prose', html: '<p>Purpose.</p>' },
            {
              type: 'quote',
              textHtml: 'Creativity is thinking up new things.',
              attribution: 'Theodore Levitt, economist',
              source: 'quoted by Gwilym Ellis, techUK, 2022',
            },
            { type: 'reflection', id: 'reflect-purpose', promptHtml: '<p>What is your purpose?</p>' },
          ],
        },
        {
          id: 'purpose-agenda',
          title: 'Setting the agenda',
          blocks: [
            { type: 'callout', variant: 'tip', title: 'Tip', html: '<p>Write it down.</p>' },
            singleCheck,
          ],
        },
        {
          id: 'purpose-recap',
          title: 'Recap',
          blocks: [
            { type: 'key-points', title: 'Key points', pointsHtml: ['Purpose first'] },
            { type: 'facilitator-notes', minutes: 5, html: '<p>Discuss.</p>' },
          ],
        },
      ],
    },
    {
      id: 'marginal-gains',
      title: 'Marginal gains',
      summary: 'Small changes add up.',
      objectiveIds: ['marginal-gains'],
      estimatedMinutes: 5,
      pages: [
        { id: 'gains-intro', title: 'Small changes', blocks: [multipleCheck] },
        { id: 'gains-myth', title: 'A myth', blocks: [trueFalseCheck] },
      ],
    },
  ],
  strings,
};

export function withNavigation(course: Course, navigation: NavigationRule): Course {
  return { ...course, navigation };
}
