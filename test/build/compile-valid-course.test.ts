import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compileCourse, listContentFiles } from '../../src/build/content/compile-course.js';
import { measureEffort } from '../../src/build/content/estimate.js';
import {
  uiStringKeys,
  type Block,
  type Course,
  type DiagramBlock,
  type KnowledgeCheckBlock,
  type Lesson,
} from '../../src/course/types.js';
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
      { title: 'A book', author: 'A. Person' },
    ]);
  });

  it('keeps the lessons in course.yaml order with their pages and objectives', () => {
    assert.deepEqual(
      course.lessons.map((item) => [item.id, item.objectiveIds, item.pages.map((page) => page.id)]),
      [
        ['alpha', ['obj-read'], ['alpha-start', 'alpha-more']],
        ['beta', ['obj-answer'], ['beta-check']],
        ['omega', ['obj-read', 'obj-answer'], ['omega-cycle', 'omega-puzzles', 'omega-glossary', 'omega-scenario']],
      ],
    );
    assert.deepEqual(
      blocksOf(course).map((block) => block.type),
      [
        'prose', 'quote', 'callout', 'key-points', 'reflection', 'facilitator-notes',
        'knowledge-check', 'knowledge-check', 'knowledge-check',
        'prose', 'diagram', 'diagram', 'knowledge-check', 'knowledge-check', 'glossary', 'scenario',
      ],
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

  it('compiles ordering and matching questions: every option part of the answer, matches rendered', () => {
    const ordering = check(course, 'omega-order');
    assert.equal(ordering.kind, 'ordering');
    assert.deepEqual(
      ordering.options.map((option) => [option.id, option.textHtml, option.correct, option.matchHtml]),
      [
        ['plan', 'Plan', true, undefined],
        ['do', 'Do', true, undefined],
        ['study', 'Study', true, undefined],
        ['act', 'Act', true, undefined],
      ],
    );
    const matching = check(course, 'omega-match');
    assert.equal(matching.maxAttempts, 3);
    assert.deepEqual(matching.options[0], {
      id: 'plan',
      textHtml: 'Plan',
      correct: true,
      feedbackHtml: '<p>Planning decides what to try.</p>',
      matchHtml: 'Decide what to <em>try</em>',
    });
    assert.deepEqual(
      matching.options.map((option) => option.matchHtml),
      ['Decide what to <em>try</em>', 'Look at the results', 'Keep what works'],
    );
  });

  it('shows choices in authored order, and ordering and matching in a fixed shuffle that is never the answer', () => {
    for (const id of ['beta-single', 'beta-multiple', 'beta-true-false']) {
      const question = check(course, id);
      assert.deepEqual(question.displayOrder, question.options.map((option) => option.id), id);
    }
    for (const id of ['omega-order', 'omega-match']) {
      const question = check(course, id);
      const authored = question.options.map((option) => option.id);
      assert.deepEqual([...question.displayOrder].sort(), [...authored].sort(), `${id} shows every option once`);
      assert.notDeepEqual(question.displayOrder, authored, `${id} is not shown in the right order`);
    }
    // Fixed at build time from the question's id: the same for every build, learner and resume.
    assert.deepEqual(check(course, 'omega-order').displayOrder, ['do', 'act', 'plan', 'study']);
    assert.deepEqual(check(course, 'omega-match').displayOrder, ['plan', 'act', 'study']);
  });

  it('inlines each diagram as sanitised SVG named by its alt text, with ids that cannot clash', () => {
    const [first, second] = blocksOf(course).filter((block): block is DiagramBlock => block.type === 'diagram');
    assert.ok(first && second);
    assert.equal(
      first.svg,
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" role="img" ' +
        'aria-label="The PDSA cycle: plan, do, study &amp; act" focusable="false">' +
        '<title>PDSA cycle</title>' +
        '<defs><marker id="omega-cycle-d0-arrow" markerWidth="6" markerHeight="6" refX="5" refY="3" orient="auto">' +
        '<path d="M0,0 L6,3 L0,6 z" class="li-fill-text"/></marker></defs>' +
        '<g class="li-stroke-primary" fill="none" stroke-width="2">' +
        '<path id="omega-cycle-d0-loop" d="M20,50 A80,40 0 1,1 180,50" marker-end="url(#omega-cycle-d0-arrow)"/></g>' +
        '<rect x="10" y="10" width="40" height="20" rx="4" class="li-fill-primary"/>' +
        '<text x="30" y="24" text-anchor="middle" class="li-fill-on-primary">Plan</text>' +
        '<text x="170" y="24" text-anchor="middle" class="li-fill-text">Do &amp; <tspan font-weight="bold">study</tspan></text>' +
        '<use href="#omega-cycle-d0-loop" transform="translate(0 10)"/>' +
        '</svg>',
    );
    assert.equal(first.alt, 'The PDSA cycle: plan, do, study & act');
    assert.equal(first.captionHtml, 'Four steps that <em>repeat</em>.');
    assert.equal(
      first.descriptionHtml,
      '<p>Four arrows join <strong>plan</strong>, <strong>do</strong>, <strong>study</strong> and <strong>act</strong> in a loop.</p>',
    );
    // The same file a second time on the page: its ids get the next prefix, its label its own alt.
    assert.ok(second.svg.includes('aria-label="The &quot;same&quot; cycle again"'));
    assert.ok(second.svg.includes('<marker id="omega-cycle-d1-arrow"'));
    assert.ok(second.svg.includes('marker-end="url(#omega-cycle-d1-arrow)"'));
    assert.ok(second.svg.includes('<use href="#omega-cycle-d1-loop"'));
    assert.equal(second.svg.includes('-d0-'), false);
    assert.equal('captionHtml' in second, false);
  });

  it('compiles the glossary in alphabetical order, as a reader sorts, with term links kept', () => {
    // "PDSA cycle" comes first in glossary.yaml and in code-unit order; a reader puts "key idea" first.
    assert.deepEqual(course.glossary, [
      { id: 'key-idea-term', term: 'key idea', definitionHtml: '<p>The <em>one</em> thing to take from a page.</p>' },
      {
        id: 'pdsa-cycle-term',
        term: 'PDSA cycle',
        definitionHtml: '<p>Plan, do, study, act, and round again. See <a href="#omega-cycle">the cycle</a>.</p>',
      },
    ]);
    const [prose] = lesson(course, 'omega').pages[0]?.blocks ?? [];
    assert.deepEqual(prose, {
      type: 'prose',
      html: '<p>Every <a href="#key-idea-term">key idea</a> here follows the <a href="#pdsa-cycle-term">PDSA cycle</a>.</p>',
    });
    assert.deepEqual(lesson(course, 'omega').pages[2]?.blocks, [{ type: 'glossary' }]);
  });

  it('estimates each lesson from its learner-facing words and activities', () => {
    // alpha: 48 words (facilitator notes excluded) and one reflection: ceil((48 + 2 × 200) / 200) = 3.
    const alpha = lesson(course, 'alpha');
    assert.deepEqual(measureEffort(alpha.pages, course.scenarios), { words: 48, questions: 0, reflections: 1, decisions: 0 });
    assert.equal(alpha.estimatedMinutes, 3);
    // beta: 50 words and three questions: ceil((50 + 3 × 200) / 200) = 4.
    const beta = lesson(course, 'beta');
    assert.deepEqual(measureEffort(beta.pages, course.scenarios), { words: 50, questions: 3, reflections: 0, decisions: 0 });
    assert.equal(beta.estimatedMinutes, 4);
    // omega: 4 title words, 8 prose, 22 + 11 in the diagrams' alt, caption and description (not the
    // SVG's own text), 32 in the ordering question and 35 in the matching one (matches included);
    // nothing for the glossary block; 1 for the scenario page's title and 81 for the scenario's
    // longest path (see the scenario estimate test), with 3 decisions.
    // ceil((194 + (2 + 3) × 200) / 200) = 6.
    const omega = lesson(course, 'omega');
    assert.deepEqual(measureEffort(omega.pages, course.scenarios), { words: 194, questions: 2, reflections: 0, decisions: 3 });
    assert.equal(omega.estimatedMinutes, 6);
    assert.equal(course.estimatedMinutes, 13);
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
      [
        'course.yaml',
        'strings.yaml',
        'glossary.yaml',
        'lessons/alpha.yaml',
        'lessons/beta.yaml',
        'lessons/omega.yaml',
        'scenarios/first-steps.yaml',
        'branding/logo.svg',
        'diagrams/cycle.svg',
      ],
    );
  });

  it('compiles without glossary.yaml, with an empty glossary', async () => {
    const copy = await materialiseCase('valid');
    const content = path.join(copy, 'content');
    await rm(path.join(content, 'glossary.yaml'));
    const omegaFile = path.join(content, 'lessons', 'omega.yaml');
    const omega = await readFile(omegaFile, 'utf8');
    await writeFile(omegaFile, omega.replace('[key idea](#key-idea-term)', 'key idea').replace('[PDSA cycle](#pdsa-cycle-term)', 'PDSA cycle'));
    const result = await compileCourse({ contentDir: 'content', rootDir: copy });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.course?.glossary, []);
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
