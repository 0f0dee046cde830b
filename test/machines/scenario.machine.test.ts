/**
 * The scenario machine, tested against its model: @xstate/graph's `createTestModel` lists every
 * simple path through the machine, and each is driven through a real actor while the pure
 * functions (scenario-path.ts) are checked at every state. Then restart, resume, and the same
 * path coverage over the course's real scenarios in content/scenarios/.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTestModel } from '@xstate/graph';
import { createActor } from 'xstate';
import { parse } from 'yaml';
import { compileCourse } from '../../src/build/content/compile-course.js';
import { compileScenario } from '../../src/build/content/compile-scenario.js';
import { scenarioFolderEntries } from '../../src/build/content/content-files.js';
import { proveScenario, scenarioPathStats } from '../../src/build/content/scenario-proof.js';
import type { ScenarioSource } from '../../src/build/content/source-types.js';
import { principleIds, type PrincipleId, type Scenario, type ScenarioChoice } from '../../src/course/types.js';
import {
  emptyProfile,
  isScenarioEnding,
  principleProfile,
  replayScenarioPath,
  scenarioDecisions,
} from '../../src/machines/scenario-path.js';
import {
  createScenarioMachine,
  currentScenarioStateId,
  endingTag,
  isAtEnding,
  type ScenarioEvent,
  type ScenarioSnapshot,
} from '../../src/machines/scenario.machine.js';

function choice(id: string, next: string, effects: ScenarioChoice['effects'] = {}): ScenarioChoice {
  return { id, textHtml: `Choose ${id}`, consequenceHtml: `<p>After ${id}.</p>`, next, effects };
}

function node(id: string, choices: ScenarioChoice[]): Scenario['nodes'][number] {
  return {
    id,
    title: `Node ${id}`,
    who: 'You',
    where: 'Work',
    stakes: 'Some',
    situationHtml: `<p>At ${id}.</p>`,
    weighHtml: `<p>Weigh ${id}.</p>`,
    choices,
  };
}

/**
 * Branching and merging, four endings, 24 paths, 5 decisions on the longest:
 *
 *   brief ─ clarify ─┬─▶ team ─ ask-ideas ─┬─▶ pilot ─ measure ──▶ review ─ scale ─▶ lasting
 *         ─ guess ───┘        ─ assign ────┤        └ declare-win ─▶ fade     └ stop ──▶ lesson-learnt
 *                             ─ skip-team ─▶ launch-all ─ push ─▶ fade
 *                                            └ pause ─▶ pilot
 *         ─ delegate ─▶ vendor ─ negotiate ─▶ pilot
 *                              └ sign ─▶ big-bill
 */
const rollout: Scenario = {
  id: 'rollout',
  title: 'The rollout',
  introHtml: '<p>You lead a rollout.</p>',
  objectiveIds: [],
  startNodeId: 'brief',
  nodes: [
    node('brief', [
      choice('clarify', 'team', { purpose: 2 }),
      choice('guess', 'team', { purpose: -1 }),
      choice('delegate', 'vendor', { 'sociotechnical-design': -2, purpose: -1 }),
    ]),
    node('team', [
      choice('ask-ideas', 'pilot', { 'marginal-gains': 2, 'sociotechnical-design': 1 }),
      choice('assign', 'pilot', { 'follow-through': 1 }),
      choice('skip-team', 'launch-all', { 'sociotechnical-design': -1 }),
    ]),
    node('vendor', [choice('negotiate', 'pilot', { 'safe-to-fail': 1 }), choice('sign', 'big-bill', { 'safe-to-fail': -2 })]),
    node('launch-all', [choice('push', 'fade', { 'safe-to-fail': -2 }), choice('pause', 'pilot', { 'safe-to-fail': 1, 'follow-through': 1 })]),
    node('pilot', [choice('measure', 'review', { 'follow-through': 2 }), choice('declare-win', 'fade', { 'follow-through': -1 })]),
    node('review', [choice('scale', 'lasting', { 'marginal-gains': 1 }), choice('stop', 'lesson-learnt', { 'safe-to-fail': 2 })]),
  ],
  endings: [
    { id: 'lasting', title: 'It lasts', debriefHtml: '<p>Well led.</p>' },
    { id: 'lesson-learnt', title: 'A lesson learnt', debriefHtml: '<p>Stopped in time.</p>' },
    { id: 'fade', title: 'It fades', debriefHtml: '<p>Nobody followed through.</p>' },
    { id: 'big-bill', title: 'A big bill', debriefHtml: '<p>Bought, not led.</p>' },
  ],
};

function choiceById(scenario: Scenario, choiceId: string): ScenarioChoice {
  const found = scenario.nodes.flatMap((candidate) => candidate.choices).find((candidate) => candidate.id === choiceId);
  assert.ok(found, `choice ${choiceId}`);
  return found;
}

function chooseEvents(scenario: Scenario): ScenarioEvent[] {
  return scenario.nodes.flatMap((item) => item.choices.map((entry): ScenarioEvent => ({ type: 'scenario.choose', choiceId: entry.id })));
}

interface Coverage {
  readonly paths: number;
  readonly endingsReached: ReadonlySet<string>;
  readonly nodesVisited: ReadonlySet<string>;
  readonly longest: number;
  /** State checks made, and steps on all the paths: every step's state must have been checked. */
  readonly checks: number;
  readonly steps: number;
}

/**
 * Drives every simple path of the scenario's machine (from `createTestModel`) through a fresh
 * actor, checking at each state that the actor agrees with the model and with the pure functions.
 */
async function coverEveryPath(scenario: Scenario): Promise<Coverage> {
  const machine = createScenarioMachine(scenario);
  const events = chooseEvents(scenario);
  const model = createTestModel(machine, {
    // Only the choices open in each state; `scenario.restart` is added by the model itself and
    // leads back to the start, which every path has already passed, so it never extends a path.
    events: (snapshot: ScenarioSnapshot) => events.filter((event) => snapshot.can(event)),
    // States are told apart by node and path, not by the transition that reached them.
    serializeTransition: () => '',
  });
  const paths = model.getSimplePaths();
  const endingsReached = new Set<string>();
  const nodesVisited = new Set<string>();
  let longest = 0;
  let checks = 0;
  let steps = 0;
  for (const testPath of paths) {
    steps += testPath.steps.length;
    const actor = createActor(machine, { input: {} }).start();
    const chosen: string[] = [];
    let expectedProfile: Record<PrincipleId, number> = emptyProfile();
    await testPath.test({
      events: {
        'scenario.choose': (step) => {
          // The model types the step's event by its type alone; it is the full event the model sent.
          const event = step.event as ScenarioEvent;
          assert.equal(event.type, 'scenario.choose');
          if (event.type !== 'scenario.choose') return;
          const made = choiceById(scenario, event.choiceId);
          chosen.push(made.id);
          expectedProfile = Object.fromEntries(
            principleIds.map((id) => [id, expectedProfile[id] + (made.effects[id] ?? 0)]),
          ) as Record<PrincipleId, number>;
          actor.send(event);
        },
      },
      states: {
        '*': (state) => {
          checks += 1;
          const actual = actor.getSnapshot();
          const at = currentScenarioStateId(actual);
          assert.equal(at, currentScenarioStateId(state), 'the actor is where the model is');
          assert.deepEqual(actual.context.path, chosen, 'the context records every choice in order');
          assert.deepEqual(replayScenarioPath(scenario, actual.context.path), { nodeOrEndingId: at, validPath: chosen });
          assert.deepEqual(principleProfile(scenario, actual.context.path), expectedProfile);
          assert.deepEqual(
            scenarioDecisions(scenario, actual.context.path).map((decision) => decision.choice.id),
            chosen,
          );
          assert.equal(isAtEnding(actual), isScenarioEnding(scenario, at));
          if (!isAtEnding(actual)) nodesVisited.add(at);
        },
      },
    });
    const end = actor.getSnapshot();
    assert.ok(end.hasTag(endingTag), `${testPath.description} ends in an ending`);
    assert.equal(end.status, 'active', 'an ending is not final: the learner can restart');
    endingsReached.add(currentScenarioStateId(end));
    longest = Math.max(longest, chosen.length);
    actor.stop();
  }
  return { paths: paths.length, endingsReached, nodesVisited, longest, checks, steps };
}

function assertFullCoverage(scenario: Scenario, coverage: Coverage): void {
  const stats = scenarioPathStats(scenario);
  assert.equal(coverage.paths, stats.paths, 'every path the build counts is driven, and no more');
  assert.equal(coverage.longest, stats.longestDecisions);
  assert.equal(coverage.checks, coverage.steps, 'every state on every path was checked');
  assert.deepEqual([...coverage.endingsReached].sort(), scenario.endings.map((ending) => ending.id).sort());
  assert.deepEqual([...coverage.nodesVisited].sort(), scenario.nodes.map((item) => item.id).sort());
}

function resumed(scenario: Scenario, savedPath: unknown): ScenarioSnapshot {
  const actor = createActor(createScenarioMachine(scenario), { input: { path: savedPath as readonly string[] } }).start();
  return actor.getSnapshot();
}

describe('the scenario machine', () => {
  it('drives every simple path of a branching, merging scenario, checking the pure functions at each state', async () => {
    assert.deepEqual(proveScenario(rollout), { flaws: [], stats: { paths: 24, longestDecisions: 5 } });
    const coverage = await coverEveryPath(rollout);
    assert.equal(coverage.paths, 24);
    assertFullCoverage(rollout, coverage);
  });

  it('starts at the start node with an empty path', () => {
    const snapshot = createActor(createScenarioMachine(rollout), { input: {} }).start().getSnapshot();
    assert.equal(snapshot.value, 'brief');
    assert.deepEqual(snapshot.context.path, []);
    assert.ok(snapshot.hasTag('node'));
  });

  it('ignores a choice that is not open at the current node', () => {
    const actor = createActor(createScenarioMachine(rollout), { input: {} }).start();
    actor.send({ type: 'scenario.choose', choiceId: 'measure' });
    actor.send({ type: 'scenario.choose', choiceId: 'no-such-choice' });
    assert.equal(actor.getSnapshot().value, 'brief');
    assert.deepEqual(actor.getSnapshot().context.path, []);
  });

  it('accepts no choice at an ending', () => {
    const actor = createActor(createScenarioMachine(rollout), { input: { path: ['delegate', 'sign'] } }).start();
    assert.equal(actor.getSnapshot().value, 'big-bill');
    for (const event of chooseEvents(rollout)) assert.equal(actor.getSnapshot().can(event), false, event.type);
    actor.send({ type: 'scenario.choose', choiceId: 'negotiate' });
    assert.deepEqual(actor.getSnapshot().context.path, ['delegate', 'sign']);
  });

  it('restarts from an ending, back to the start with an empty path', () => {
    const actor = createActor(createScenarioMachine(rollout), { input: { path: ['clarify', 'assign', 'measure', 'scale'] } }).start();
    assert.equal(actor.getSnapshot().value, 'lasting');
    assert.ok(isAtEnding(actor.getSnapshot()));
    actor.send({ type: 'scenario.restart' });
    assert.equal(actor.getSnapshot().value, 'brief');
    assert.deepEqual(actor.getSnapshot().context.path, []);
    actor.send({ type: 'scenario.choose', choiceId: 'delegate' });
    assert.equal(actor.getSnapshot().value, 'vendor');
    assert.deepEqual(actor.getSnapshot().context.path, ['delegate']);
  });

  it('restarts mid-way and from the start', () => {
    const actor = createActor(createScenarioMachine(rollout), { input: {} }).start();
    actor.send({ type: 'scenario.choose', choiceId: 'guess' });
    actor.send({ type: 'scenario.choose', choiceId: 'skip-team' });
    assert.equal(actor.getSnapshot().value, 'launch-all');
    actor.send({ type: 'scenario.restart' });
    assert.equal(actor.getSnapshot().value, 'brief');
    assert.deepEqual(actor.getSnapshot().context.path, []);
    actor.send({ type: 'scenario.restart' });
    assert.equal(actor.getSnapshot().value, 'brief');
    assert.deepEqual(principleProfile(rollout, actor.getSnapshot().context.path), emptyProfile());
  });

  it('restarts from every reachable state', () => {
    const machine = createScenarioMachine(rollout);
    const model = createTestModel(machine, { events: chooseEvents(rollout), serializeTransition: () => '' });
    for (const { state } of model.getShortestPaths()) {
      const actor = createActor(machine, { input: { path: state.context.path } }).start();
      assert.equal(actor.getSnapshot().value, state.value);
      actor.send({ type: 'scenario.restart' });
      assert.equal(actor.getSnapshot().value, 'brief');
      assert.deepEqual(actor.getSnapshot().context.path, []);
    }
  });

  describe('resuming from a saved path', () => {
    it('replays a valid path to its node or ending', () => {
      const atNode = resumed(rollout, ['clarify', 'ask-ideas']);
      assert.equal(atNode.value, 'pilot');
      assert.deepEqual(atNode.context.path, ['clarify', 'ask-ideas']);
      const atEnding = resumed(rollout, ['guess', 'skip-team', 'pause', 'measure', 'stop']);
      assert.equal(atEnding.value, 'lesson-learnt');
      assert.ok(isAtEnding(atEnding));
      assert.deepEqual(principleProfile(rollout, atEnding.context.path), {
        purpose: -1,
        'marginal-gains': 0,
        'safe-to-fail': 3,
        'follow-through': 3,
        'sociotechnical-design': -1,
      });
    });

    it('keeps the valid part of a partly invalid path', () => {
      const cases: [unknown[], string, string[]][] = [
        [['clarify', 'bogus', 'ask-ideas'], 'team', ['clarify']],
        [['clarify', 'measure'], 'team', ['clarify']],
        [['measure'], 'brief', []],
        [['delegate', 'sign', 'negotiate'], 'big-bill', ['delegate', 'sign']],
        [['clarify', 42, 'ask-ideas'], 'team', ['clarify']],
      ];
      for (const [saved, at, validPath] of cases) {
        const snapshot = resumed(rollout, saved);
        assert.equal(snapshot.value, at, JSON.stringify(saved));
        assert.deepEqual(snapshot.context.path, validPath);
        assert.deepEqual(replayScenarioPath(rollout, saved), { nodeOrEndingId: at, validPath });
        // Resuming is the same as making the valid choices one by one.
        const actor = createActor(createScenarioMachine(rollout), { input: {} }).start();
        for (const choiceId of validPath) actor.send({ type: 'scenario.choose', choiceId });
        assert.deepEqual(actor.getSnapshot().value, snapshot.value);
        assert.deepEqual(actor.getSnapshot().context, snapshot.context);
      }
    });

    it('starts afresh from garbage', () => {
      for (const saved of [undefined, [], null, 'clarify', { 0: 'clarify' }, [null], [['clarify']], 7]) {
        const snapshot = resumed(rollout, saved);
        assert.equal(snapshot.value, 'brief', JSON.stringify(saved));
        assert.deepEqual(snapshot.context.path, []);
        assert.deepEqual(replayScenarioPath(rollout, saved), { nodeOrEndingId: 'brief', validPath: [] });
        assert.deepEqual(principleProfile(rollout, saved), emptyProfile());
        assert.deepEqual(scenarioDecisions(rollout, saved), []);
      }
    });
  });

  it('lists the decisions along a path with their nodes', () => {
    const decisions = scenarioDecisions(rollout, ['delegate', 'negotiate', 'declare-win']);
    assert.deepEqual(
      decisions.map(({ node: at, choice: made }) => [at.id, made.id, made.next]),
      [
        ['brief', 'delegate', 'vendor'],
        ['vendor', 'negotiate', 'pilot'],
        ['pilot', 'declare-win', 'fade'],
      ],
    );
    assert.equal(decisions[0]?.node, rollout.nodes[0], 'the scenario’s own node objects');
  });
});

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const realScenarioNames = ['contact-centre', 'failed-pilot'];

/**
 * The real scenarios: from the compiled course when it compiles; when the course has problems
 * elsewhere (others may be mid-edit) but none in content/scenarios/, from the scenario files
 * themselves, which have then passed every scenario check.
 */
async function realScenarios(): Promise<{ scenarios: Scenario[]; skip: string | undefined }> {
  const files = (await scenarioFolderEntries(contentDir)).filter((name) => name.endsWith('.yaml'));
  if (files.length === 0) return { scenarios: [], skip: 'content/scenarios/ has no scenarios yet' };
  const rootDir = path.resolve(contentDir, '..');
  const { course, problems } = await compileCourse({ contentDir: 'content', rootDir });
  if (course) return { scenarios: [...course.scenarios], skip: undefined };
  const inScenarios = problems.filter((problem) => problem.file.startsWith('content/scenarios/'));
  if (inScenarios.length > 0) {
    const shown = inScenarios.slice(0, 5).map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
    return { scenarios: [], skip: `the real scenarios have ${inScenarios.length} problem(s), e.g.\n${shown.join('\n')}` };
  }
  const scenarios: Scenario[] = [];
  for (const name of files) {
    const source = parse(await readFile(path.join(contentDir, 'scenarios', name), 'utf8')) as ScenarioSource;
    scenarios.push(compileScenario(source));
  }
  return { scenarios, skip: undefined };
}

describe('the real scenarios in content/scenarios/', async () => {
  const { scenarios, skip } = await realScenarios();
  if (skip !== undefined) {
    it('are covered path by path', { skip: `skipped: ${skip}` }, () => {});
    return;
  }
  for (const name of realScenarioNames.filter((id) => !scenarios.some((scenario) => scenario.id === id))) {
    it(`${name}: every path is driven through the machine`, { skip: `skipped: content/scenarios/${name}.yaml is not there yet` }, () => {});
  }
  for (const scenario of scenarios) {
    it(`${scenario.id}: every path is driven through the machine and ends in an ending`, async () => {
      assert.deepEqual(proveScenario(scenario).flaws, []);
      assertFullCoverage(scenario, await coverEveryPath(scenario));
    });
  }
});
