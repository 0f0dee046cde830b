import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProblemList } from '../../src/build/content/problems.js';
import { positionInScalar } from '../../src/build/content/scalar-positions.js';
import { keyPosition, parseYamlFile, valuePosition, type YamlFile } from '../../src/build/content/yaml-file.js';

const source = [
  'title: Plain title', //                       line 1
  'literal: |', //                               line 2
  '  First line', //                             line 3
  '', //                                         line 4
  '    indented <b>', //                         line 5
  'folded: >', //                                line 6
  '  one two', //                                line 7
  '  three <i>', //                              line 8
  'plain: starts here', //                       line 9
  '  and <u> continues', //                      line 10
  'quoted: "a <s>"', //                          line 11
  'list:', //                                    line 12
  '  - name: x', //                              line 13
  '    empty:', //                               line 14
  '',
].join('\n');

function parse(): YamlFile {
  const problems = new ProblemList();
  const file = parseYamlFile('test.yaml', source, problems);
  assert.equal(problems.count, 0);
  return file;
}

function at(file: YamlFile, field: string, needle: string): string {
  const value = (file.value as Record<string, string>)[field] ?? '';
  const { line, column } = positionInScalar(file, [field], value.indexOf(needle));
  return `${line}:${column}`;
}

describe('source positions', () => {
  it('maps an offset in a literal block to its exact line and column', () => {
    const file = parse();
    assert.equal(at(file, 'literal', 'First'), '3:3');
    assert.equal(at(file, 'literal', '<b>'), '5:14');
  });

  it('maps offsets in folded and multi-line plain scalars despite the folding', () => {
    const file = parse();
    assert.equal(at(file, 'folded', 'two'), '7:7');
    assert.equal(at(file, 'folded', '<i>'), '8:9');
    assert.equal(at(file, 'plain', '<u>'), '10:7');
  });

  it('uses the start of a quoted scalar, whose escapes change offsets', () => {
    assert.equal(at(parse(), 'quoted', '<s>'), '11:9');
  });

  it('points at values, keys and objects', () => {
    const file = parse();
    assert.deepEqual(valuePosition(file, ['title']), { line: 1, column: 8 });
    assert.deepEqual(keyPosition(file, ['list', 0, 'name']), { line: 13, column: 5 });
    assert.deepEqual(valuePosition(file, ['list', 0]), { line: 13, column: 5 });
    // An empty value has no position of its own: its key stands in for it.
    assert.deepEqual(valuePosition(file, ['list', 0, 'empty']), { line: 14, column: 5 });
    // A missing field falls back to the nearest object that exists.
    assert.deepEqual(valuePosition(file, ['list', 0, 'missing']), { line: 13, column: 5 });
  });

  it('reports only the first YAML syntax error, at its position', () => {
    const problems = new ProblemList();
    const file = parseYamlFile('bad.yaml', 'a: 1\nb: "unclosed\nc: 3\n', problems);
    assert.equal(file.parsed, false);
    assert.equal(file.value, undefined);
    const [problem, ...others] = problems.sorted();
    assert.deepEqual(others, []);
    assert.equal(problem?.code, 'yaml-syntax');
    assert.equal(`${problem?.line}:${problem?.column}`, '2:4');
    assert.match(problem?.message ?? '', /no closing quote/);
    assert.match(problem?.message ?? '', /^YAML syntax error: /);
  });
});
