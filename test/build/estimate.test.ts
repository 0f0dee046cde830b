import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, estimateMinutes, measureEffort } from '../../src/build/content/estimate.js';
import type { Page } from '../../src/course/types.js';

function words(count: number): string {
  return Array.from({ length: count }, () => 'word').join(' ');
}

describe('time estimate', () => {
  it('counts words as a reader does', () => {
    assert.equal(countWords("Don't stop: well-being matters, 100 times."), 6);
    assert.equal(countWords('  '), 0);
  });

  it('rounds reading time up to a whole minute, with a minimum of one', () => {
    assert.equal(estimateMinutes({ words: 0, questions: 0, reflections: 0 }), 1);
    assert.equal(estimateMinutes({ words: 200, questions: 0, reflections: 0 }), 1);
    assert.equal(estimateMinutes({ words: 201, questions: 0, reflections: 0 }), 2);
  });

  it('adds one minute per question and two per reflection', () => {
    assert.equal(estimateMinutes({ words: 400, questions: 2, reflections: 1 }), 2 + 2 + 2);
    assert.equal(estimateMinutes({ words: 401, questions: 2, reflections: 1 }), 3 + 2 + 2);
  });

  it('counts what the learner reads, not facilitator notes or markup', () => {
    const pages: Page[] = [
      {
        id: 'p',
        title: 'Two words',
        blocks: [
          { type: 'prose', html: `<p>${words(10)} <a href="#x">three more&nbsp;words</a></p>` },
          { type: 'quote', textHtml: words(4), attribution: 'A Person', source: 'A book' },
          { type: 'callout', variant: 'note', title: 'Note', html: `<p>${words(5)}</p>` },
          { type: 'key-points', title: 'Points', pointsHtml: ['one', 'two'] },
          { type: 'reflection', id: 'r', promptHtml: '<p>Why?</p>' },
          {
            type: 'knowledge-check',
            id: 'k',
            kind: 'true-false',
            questionHtml: '<p>Is it?</p>',
            objectiveIds: ['o'],
            maxAttempts: 2,
            options: [
              { id: 'true', textHtml: 'True', correct: true, feedbackHtml: '<p>Yes it is.</p>' },
              { id: 'false', textHtml: 'False', correct: false, feedbackHtml: '<p>No.</p>' },
            ],
            displayOrder: ['true', 'false'],
          },
          { type: 'facilitator-notes', minutes: 10, html: `<p>${words(500)}</p>` },
        ],
      },
    ];
    // 2 title + 13 prose + 4 + 2 + 2 quote + 1 + 5 callout + 1 + 2 points + 1 reflection
    // + 2 question + 1 + 3 + 1 + 1 options = 41
    assert.deepEqual(measureEffort(pages), { words: 41, questions: 1, reflections: 1, decisions: 0 });
    assert.equal(estimateMinutes(measureEffort(pages)), 1 + 1 + 2);
  });

  it('counts a diagram by its alt text, caption and description, and matches in a matching question', () => {
    const pages: Page[] = [
      {
        id: 'p',
        title: 'Title',
        blocks: [
          {
            type: 'diagram',
            svg: `<svg><text>${words(50)}</text></svg>`,
            alt: 'Three alt words',
            captionHtml: 'Two <em>caption</em>',
            descriptionHtml: `<p>${words(4)}</p>`,
          },
          {
            type: 'knowledge-check',
            id: 'm',
            kind: 'matching',
            questionHtml: '<p>Match them.</p>',
            objectiveIds: ['o'],
            maxAttempts: 2,
            options: [
              { id: 'a', textHtml: 'A', correct: true, feedbackHtml: '<p>Yes.</p>', matchHtml: 'first match' },
              { id: 'b', textHtml: 'B', correct: true, feedbackHtml: '<p>Yes.</p>', matchHtml: 'second' },
            ],
            displayOrder: ['b', 'a'],
          },
          { type: 'glossary' },
        ],
      },
    ];
    // 1 title + 3 alt + 2 caption + 4 description (not the SVG's text) + 2 question + 2 × (1 + 1) + 2 + 1
    assert.deepEqual(measureEffort(pages), { words: 19, questions: 1, reflections: 0, decisions: 0 });
  });
});
