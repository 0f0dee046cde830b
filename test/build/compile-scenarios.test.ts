/**
 * Scenarios in the compiled course: their shape, their place on a page, their share of the
 * lesson estimate, and the build-time proof (scenario-proof.ts) on its own.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compileCourse } from '../../src/build/content/compile-course.js';
import { scenarioEffort } from '../../src/build/content/estimate.js';
import { proveScenario, scenarioPathStats } from '../../src/build/content/scenario-proof.js';
import type { Course, Scenario, ScenarioChoice } from '../../src/course/types.js';
import { materialiseCase, removeMaterialisedCases, validContentDir } from './fixture-support.js';

const scenarioPage = '  - id: omega-scenario\n    title: Practise\n    blocks:\n      - type: scenario\n        scenario: first-steps\n';

async function compileCopy(change: (content: string) => Promise<void>): Promise<Awaited<ReturnType<typeof compileCourse>>> {
  const root = await materialiseCase('valid');
  await change(path.join(root, 'content'));
  return compileCourse({ contentDir: 'content', rootDir: root });
}

describe('compiling scenarios', () => {
  let course: Course;
  let scenario: Scenario;

  before(async () => {
    const result = await compileCourse({ contentDir: validContentDir });
    assert.deepEqual(result.problems, []);
    assert.ok(result.course);
    course = result.course;
    assert.ok(course.scenarios[0]);
    scenario = course.scenarios[0];
  });

  after(removeMaterialisedCases);

  it('places a scenario on a page by id', () => {
    const page = course.lessons.flatMap((lesson) => lesson.pages).find((candidate) => candidate.id === 'omega-scenario');
    assert.deepEqual(page, { id: 'omega-scenario', title: 'Practise', blocks: [{ type: 'scenario', scenarioId: 'first-steps' }] });
  });

  it('compiles the scenario: Markdown rendered, choices inline, effects in principle order, comments dropped', () => {
    assert.deepEqual(
      course.scenarios.map((item) => item.id),
      ['first-steps'],
    );
    const { nodes, ...rest } = scenario;
    assert.deepEqual(rest, {
      id: 'first-steps',
      title: 'First steps',
      introHtml: '<p>You lead a small team. Your manager asks for <em>one</em> change this month.</p>',
      objectiveIds: ['obj-read'],
      startNodeId: 'ask',
      endings: [
        {
          id: 'good-start',
          title: 'A good start',
          debriefHtml: '<p>A clear goal and a small test. See <a href="#omega-cycle">the cycle</a>.</p>',
        },
        { id: 'shaky-start', title: 'A shaky start', debriefHtml: '<p>Speed without a goal costs trust.</p>' },
      ],
    });
    assert.deepEqual(nodes[0], {
      id: 'ask',
      title: 'The ask',
      who: 'Your manager',
      where: 'A corridor',
      stakes: 'The trust of your team',
      situationHtml: '<p>Your manager wants a change by Friday.</p>',
      weighHtml: '<p>A clear goal comes before any plan.</p>',
      choices: [
        {
          id: 'listen',
          textHtml: 'Ask which <strong>outcome</strong> matters most',
          consequenceHtml: '<p>You agree one goal.</p>',
          next: 'plan',
          effects: { purpose: 2 },
        },
        {
          id: 'rush',
          textHtml: 'Start at once',
          consequenceHtml: '<p>The team is confused.</p>',
          next: 'push-back',
          effects: { purpose: -1, 'safe-to-fail': -1 },
        },
      ],
    });
    // Written as safe-to-fail then purpose; compiled in the principles' order.
    assert.deepEqual(Object.keys(nodes[0]?.choices[1]?.effects ?? {}), ['purpose', 'safe-to-fail']);
    assert.deepEqual(
      nodes.map((item) => [item.id, item.choices.map((entry) => `${entry.id}>${entry.next}`)]),
      [
        ['ask', ['listen>plan', 'rush>push-back']],
        ['push-back', ['recover>plan', 'insist>shaky-start']],
        ['plan', ['small-test>good-start', 'big-launch>shaky-start']],
      ],
    );
    assert.equal(JSON.stringify(course.scenarios).includes('The best choice'), false, 'comments are for authors only');
  });

  it('counts the longest path: intro, situations and choices, consequences, one debrief, and its decisions', () => {
    // intro 13; ask 7 + 5 + 3, rush 4; push-back 4 + 5 + 2, recover 3; plan 9 + 6 + 4, small-test 6;
    // good-start 10. Three decisions (ask, push-back, plan) beat two (ask, plan).
    assert.deepEqual(scenarioEffort(scenario), { words: 81, decisions: 3 });
  });

  it('proves the scenario and counts its paths', () => {
    assert.deepEqual(proveScenario(scenario), { flaws: [], stats: { paths: 5, longestDecisions: 3 } });
    assert.deepEqual(scenarioPathStats(scenario), { paths: 5, longestDecisions: 3 });
  });

  it('compiles with no scenarios folder: no scenarios', async () => {
    const result = await compileCopy(async (content) => {
      await rm(path.join(content, 'scenarios'), { recursive: true });
      const omega = path.join(content, 'lessons', 'omega.yaml');
      await writeFile(omega, (await readFile(omega, 'utf8')).replace(scenarioPage, ''));
    });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.course?.scenarios, []);
  });

  it('lists the scenarios in file-name order', async () => {
    const result = await compileCopy(async (content) => {
      const source = await readFile(path.join(content, 'scenarios', 'first-steps.yaml'), 'utf8');
      await mkdir(path.join(content, 'scenarios'), { recursive: true });
      await writeFile(path.join(content, 'scenarios', 'a-rerun.yaml'), source.replace('id: first-steps', 'id: a-rerun'));
      const omega = path.join(content, 'lessons', 'omega.yaml');
      await writeFile(omega, (await readFile(omega, 'utf8')) + scenarioPage.replace(/omega-scenario/, 'omega-rerun').replace(/first-steps/, 'a-rerun'));
    });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.course?.scenarios.map((item) => item.id),
      ['a-rerun', 'first-steps'],
    );
  });
});

function choice(id: string, next: string): ScenarioChoice {
  return { id, textHtml: id, consequenceHtml: '', next, effects: {} };
}

function skeleton(start: string, nodes: Record<string, ScenarioChoice[]>, endings: string[]): Scenario {
  return {
    id: 'test',
    title: 'Test',
    introHtml: '',
    objectiveIds: [],
    startNodeId: start,
    nodes: Object.entries(nodes).map(([id, choices]) => ({
      id,
      title: id,
      who: '',
      where: '',
      stakes: '',
      situationHtml: '',
      weighHtml: '',
      choices,
    })),
    endings: endings.map((id) => ({ id, title: id, debriefHtml: '' })),
  };
}

describe('proving a scenario with its state machine', () => {
  it('counts paths through merging branches', () => {
    const diamond = skeleton(
      'a',
      { a: [choice('a1', 'b'), choice('a2', 'c')], b: [choice('b1', 'd'), choice('b2', 'x')], c: [choice('c1', 'd'), choice('c2', 'y')], d: [choice('d1', 'x'), choice('d2', 'y')] },
      ['x', 'y'],
    );
    assert.deepEqual(proveScenario(diamond), { flaws: [], stats: { paths: 6, longestDecisions: 3 } });
  });

  it('finds unreachable nodes and endings, and dead ends whether reachable or not', () => {
    const broken = skeleton(
      'a',
      { a: [choice('a1', 'stuck'), choice('a2', 'x')], stuck: [], island: [choice('i1', 'lost'), choice('i2', 'x')], lonely: [] },
      ['x', 'lost'],
    );
    assert.deepEqual(proveScenario(broken), {
      flaws: [
        { code: 'scenario-dead-end', nodeId: 'stuck' },
        { code: 'unreachable-scenario-node', nodeId: 'island' },
        { code: 'unreachable-scenario-node', nodeId: 'lonely' },
        { code: 'scenario-dead-end', nodeId: 'lonely' },
        { code: 'unreachable-scenario-ending', endingId: 'lost' },
      ],
      stats: undefined,
    });
    assert.throws(() => scenarioPathStats(broken), /has flaws: scenario-dead-end/);
  });

  it('finds each choice that closes a cycle, including a node that leads to itself', () => {
    const looping = skeleton(
      'a',
      { a: [choice('a1', 'b'), choice('a2', 'x')], b: [choice('b1', 'c'), choice('b2', 'b')], c: [choice('c1', 'a'), choice('c2', 'x')] },
      ['x'],
    );
    assert.deepEqual(proveScenario(looping).flaws, [
      { code: 'scenario-cycle', nodeId: 'c', choiceId: 'c1', targetId: 'a' },
      { code: 'scenario-cycle', nodeId: 'b', choiceId: 'b2', targetId: 'b' },
    ]);
  });
});
