import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compileCourse, listContentFiles } from '../../src/build/content/compile-course.js';
import { measureEffort } from '../../src/build/content/estimate.js';
import { uiStringKeys, type Block, type Course, type KnowledgeCheckBlock, type Lesson } from '../../src/course/types.js';
import { materialiseCase, removeMaterialisedCases, validContentDir } from './fixture-support.js';

function lesson(course: Course, id: string): Lesson {
  const found = course.lessons.find((candidate) => candidate.id === id);
  assert.ok(found, `lesson ${id}`);
  return found;
}

function blocksOf(course: Course): Block[] {
  return course.lessons.flatMap((item) => item.pages.flatMap((page) => page.blocks));
}

function check(course: Course, id: string): KnowledgeCheckBlock {
  const found = blocksOf(course).find((block): block is KnowledgeCheckBlock => block.type === 'knowledge-check' && block.id === id);
  assert.ok(found, `knowledge check ${id}`);
  return found;
}

describe('compiling the valid fixture course', () => {
  let course: Course;

  before(async () => {
    const result = await compileCourse({ contentDir: validContentDir });
    assert.deepEqual(result.problems, []);
    assert.ok(result.course);
    course = result.course;
  });

  after(removeMaterialisedCases);

  it('copies the course details and fills in the defaults', () => {
    assert.equal(course.id, 'fixture-course');
    assert.equal(course.title, 'Fixture Course');
    assert.equal(course.version, '1.2.3');
    assert.equal(course.language, 'en-GB');
    assert.equal(course.navigation, 'free');
    assert.equal(course.passMark, 80);
    assert.deepEqual(course.objectives, [
      { id: 'obj-read', text: 'Read a page' },
      { id: 'obj-answer', text: 'Answer a question' },
    ]);
    assert.deepEqual(course.credits, [
      {
        title: 'A source',
        author: 'Ada Author',
        date: '2024-02-29',
        url: 'https://www.example.org/source',
        note: 'Where the ideas come from.',
      },
    ]);
  });

  it('keeps the lessons in course.yaml order with their pages and objectives', () => {
    assert.deepEqual(
      course.lessons.map((item) => [item.id, item.objectiveIds, item.pages.map((page) => page.id)]),
      [
        ['alpha', ['obj-read'], ['alpha-start', 'alpha-more']],
        ['beta', ['obj-answer'], ['beta-check']],
      ],
    );
    assert.deepEqual(
      blocksOf(course).map((block) => block.type),
      ['prose', 'quote', 'callout', 'key-points', 'reflection', 'facilitator-notes', 'knowledge-check', 'knowledge-check', 'knowledge-check'],
    );
  });

  it('drops comment fields, which are for authors only', () => {
    assert.equal(JSON.stringify(course).includes('comment'), false);
    assert.equal(JSON.stringify(course).includes('Checked by every question'), false);
  });

  it('inlines the logo as a data URL holding the file', async () => {
    const svg = await readFile(path.join(validContentDir, 'branding', 'logo.svg'));
    assert.equal(course.branding.logoDataUrl, `data:image/svg+xml;base64,${svg.toString('base64')}`);
    assert.equal(course.branding.logoAlt, 'Fixture logo');
    assert.deepEqual(course.branding.colours, {
      primary: '#1d4f91',
      primaryText: '#ffffff',
      accent: '#b35c00',
      background: '#ffffff',
      text: '#1b1b1b',
    });
  });

  it('includes every interface string and nothing else', () => {
    assert.deepEqual(Object.keys(course.strings), [...uiStringKeys]);
    assert.equal(course.strings.trueLabel, 'True');
  });

  it('renders Markdown to HTML, with curly quotes and inline fields unwrapped', () => {
    const [prose, quote, , keyPoints, reflection, notes] = blocksOf(course);
    assert.ok(prose?.type === 'prose');
    assert.match(prose.html, /^<p>Some <strong>bold<\/strong> words and “quoted” text\./);
    assert.deepEqual(quote, { type: 'quote', textHtml: 'It’s <em>better</em> to ask.', attribution: 'A. Person', source: 'A book' });
    assert.deepEqual(keyPoints, { type: 'key-points', title: 'Remember', pointsHtml: ['One <strong>point</strong>', 'Two points'] });
    assert.deepEqual(reflection, { type: 'reflection', id: 'alpha-think', promptHtml: '<p>What would you <em>try</em> first?</p>' });
    assert.deepEqual(notes, {
      type: 'facilitator-notes',
      minutes: 5,
      html: '<p>Ask the group to discuss before they answer.</p>',
    });
  });

  it('keeps #id links and opens external links in a new tab', () => {
    const [prose] = blocksOf(course);
    assert.ok(prose?.type === 'prose');
    assert.ok(prose.html.includes('<a href="#beta">the beta lesson</a>'));
    assert.ok(prose.html.includes('<a href="#alpha-more">the next page</a>'));
    assert.ok(
      prose.html.includes('<a href="https://www.example.org/guide" target="_blank" rel="noopener noreferrer">the guide</a>'),
    );
    assert.ok(prose.html.includes('<a href="mailto:team@example.org" target="_blank" rel="noopener noreferrer">'));
    assert.equal(
      course.descriptionHtml,
      '<p>A course used by the tests. Start with <a href="#alpha">the first lesson</a>, or read\n' +
        '<a href="https://www.example.org/guide" target="_blank" rel="noopener noreferrer">the guidance</a>.</p>',
    );
  });

  it('compiles each kind of knowledge check, with attempts and true-false labels', () => {
    const single = check(course, 'beta-single');
    assert.equal(single.kind, 'single');
    assert.equal(single.maxAttempts, 2);
    assert.equal(single.questionHtml, '<p>Which one is right?</p>');
    assert.deepEqual(single.options[0], {
      id: 'a',
      textHtml: 'The <code>first</code> one',
      correct: true,
      feedbackHtml: '<p>Yes, because it is first.</p>',
    });
    const multiple = check(course, 'beta-multiple');
    assert.equal(multiple.maxAttempts, 1);
    assert.deepEqual(multiple.objectiveIds, ['obj-answer', 'obj-read']);
    assert.deepEqual(
      multiple.options.map((option) => [option.id, option.correct]),
      [
        ['two', true],
        ['three', false],
        ['four', true],
      ],
    );
    const trueFalse = check(course, 'beta-true-false');
    assert.deepEqual(
      trueFalse.options.map((option) => [option.id, option.textHtml, option.correct]),
      [
        ['true', 'True', false],
        ['false', 'False', true],
      ],
    );
  });

  it('estimates each lesson from its learner-facing words and activities', () => {
    // alpha: 48 words (facilitator notes excluded) and one reflection: ceil((48 + 3 × 200) / 200) = 4.
    const alpha = lesson(course, 'alpha');
    assert.deepEqual(measureEffort(alpha.pages), { words: 48, questions: 0, reflections: 1 });
    assert.equal(alpha.estimatedMinutes, 4);
    // beta: 50 words and three questions: ceil((50 + 3 × 200) / 200) = 4.
    const beta = lesson(course, 'beta');
    assert.deepEqual(measureEffort(beta.pages), { words: 50, questions: 3, reflections: 0 });
    assert.equal(beta.estimatedMinutes, 4);
    assert.equal(course.estimatedMinutes, 8);
  });

  it('is deterministic: the same content gives a deeply equal course', async () => {
    const copy = await materialiseCase('valid');
    const again = await compileCourse({ contentDir: 'content', rootDir: copy });
    assert.deepEqual(again.course, course);
    assert.equal(JSON.stringify(again.course), JSON.stringify(course));
  });

  it('lists every file it reads, for a watch list', async () => {
    const files = await listContentFiles(validContentDir);
    assert.deepEqual(
      files.map((file) => path.relative(validContentDir, file).split(path.sep).join('/')),
      ['course.yaml', 'strings.yaml', 'lessons/alpha.yaml', 'lessons/beta.yaml', 'branding/logo.svg'],
    );
  });

  it('reports a missing content folder instead of throwing', async () => {
    const result = await compileCourse({ contentDir: 'no-such-folder', rootDir: validContentDir });
    assert.equal(result.course, undefined);
    assert.deepEqual(
      result.problems.map((problem) => [problem.file, problem.code]),
      [
        ['no-such-folder/course.yaml', 'missing-file'],
        ['no-such-folder/strings.yaml', 'missing-file'],
      ],
    );
  });
});
