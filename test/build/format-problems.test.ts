import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblems, type ContentProblem } from '../../src/build/content/compile-course.js';

const problem = (file: string, line: number, column: number, message: string): ContentProblem => ({
  file,
  line,
  column,
  message,
  code: 'test',
});

describe('formatProblems', () => {
  it('sorts by file, line and column and ends with a count', () => {
    const report = formatProblems([
      problem('content/lessons/b.yaml', 2, 1, 'fourth'),
      problem('content/course.yaml', 10, 3, 'third'),
      problem('content/course.yaml', 2, 9, 'second'),
      problem('content/course.yaml', 2, 5, 'first'),
    ]);
    assert.equal(
      report,
      [
        'content/course.yaml:2:5: first',
        'content/course.yaml:2:9: second',
        'content/course.yaml:10:3: third',
        'content/lessons/b.yaml:2:1: fourth',
        '4 problems found in content/.',
        '',
      ].join('\n'),
    );
  });

  it('counts in the singular and names the folder it is given', () => {
    assert.equal(formatProblems([problem('x/a.yaml', 1, 1, 'only')], 'x/'), 'x/a.yaml:1:1: only\n1 problem found in x/.\n');
    assert.equal(formatProblems([]), 'No problems found in content/.\n');
  });
});
