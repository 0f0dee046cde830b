/**
 * Model-based checks over the course machine with @xstate/graph: from every state reachable
 * with next/back and a right or wrong answer to each check, the course can still be completed,
 * and the completion view is reachable.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  getAdjacencyMap,
  getShortestPaths,
  type AdjacencyMap,
  type AdjacencyValue,
} from '@xstate/graph';
import type { Course } from '../../src/course/types.js';
import {
  courseMachine,
  type CourseEvent,
  type CourseSnapshot,
} from '../../src/machines/course.machine.js';
import { isCourseComplete } from '../../src/machines/progress.js';
import { correctOptions, fixtureCourse, withNavigation, wrongOptions } from './fixture-course.js';

const events: readonly CourseEvent[] = [
  { type: 'page.next' },
  { type: 'page.back' },
  ...Object.keys(correctOptions).flatMap((checkId): CourseEvent[] => [
    { type: 'check.submit', checkId, optionIds: correctOptions[checkId] ?? [] },
    { type: 'check.submit', checkId, optionIds: wrongOptions[checkId] ?? [] },
  ]),
];

/** The view, the progress region and the progress content (answers in a stable key order). */
function serializeState(snapshot: CourseSnapshot): string {
  const { pageId, visited, answers, reflections } = snapshot.context.progress;
  const sortedAnswers = Object.keys(answers)
    .sort()
    .map((id) => [id, answers[id]]);
  return JSON.stringify([snapshot.value, pageId, visited, sortedAnswers, reflections]);
}

const isComplete = (snapshot: CourseSnapshot) => snapshot.matches({ progress: 'complete' });

type Graph = AdjacencyMap<CourseSnapshot, CourseEvent>;
type Vertex = AdjacencyValue<CourseSnapshot, CourseEvent>;

function explore(course: Course): Graph {
  return getAdjacencyMap(courseMachine, { input: { course }, events, serializeState });
}

/** The graph's vertices by key (its keys are branded strings, which `Object.entries` loses). */
function vertices(adjacency: Graph): [string, Vertex][] {
  return Object.entries(adjacency) as [string, Vertex][];
}

function successors(vertex: Vertex): CourseSnapshot[] {
  const transitions = Object.values(vertex.transitions) as { state: CourseSnapshot }[];
  return transitions.map(({ state }) => state);
}

/** Keys of the states from which some path reaches a state satisfying `goal`. */
function statesThatCanReach(
  adjacency: Graph,
  goal: (snapshot: CourseSnapshot) => boolean,
): Set<string> {
  const predecessors = new Map<string, string[]>();
  for (const [key, vertex] of vertices(adjacency)) {
    for (const state of successors(vertex)) {
      const target = serializeState(state);
      predecessors.set(target, [...(predecessors.get(target) ?? []), key]);
    }
  }
  const reached = new Set(
    vertices(adjacency)
      .filter(([, { state }]) => goal(state))
      .map(([key]) => key),
  );
  const queue = [...reached];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const previous of predecessors.get(key) ?? []) {
      if (!reached.has(previous)) {
        reached.add(previous);
        queue.push(previous);
      }
    }
  }
  return reached;
}

for (const navigation of ['free', 'sequential'] as const) {
  describe(`courseMachine paths (${navigation} navigation)`, () => {
    const course = withNavigation(fixtureCourse, navigation);
    const adjacency = explore(course);
    const states = vertices(adjacency).map(([, { state }]) => state);

    it('explores a finite graph that includes complete states', () => {
      assert.ok(states.length > 100, `${states.length} states`);
      assert.ok(states.some(isComplete));
    });

    it('every reachable state can still reach progress: complete', () => {
      const canComplete = statesThatCanReach(adjacency, isComplete);
      const stuck = vertices(adjacency)
        .map(([key]) => key)
        .filter((key) => !canComplete.has(key));
      assert.deepEqual(stuck, []);
    });

    it('the progress region agrees with the selector and stays complete', () => {
      for (const [, vertex] of vertices(adjacency)) {
        const { state } = vertex;
        assert.equal(isComplete(state), isCourseComplete(course, state.context.progress));
        if (!isComplete(state)) continue;
        for (const next of successors(vertex)) assert.ok(isComplete(next));
      }
    });

    it('shortest paths reach completion from the hardest states', () => {
      // Every answer wrong and out of attempts, back on the first page.
      const hardest = states.filter(
        (state) =>
          state.context.progress.pageId === 'purpose-why' &&
          Object.keys(state.context.progress.answers).length === 3 &&
          Object.values(state.context.progress.answers).every((answer) => !answer.correct) &&
          !isComplete(state),
      );
      assert.ok(hardest.length > 0);
      for (const fromState of hardest.slice(0, 3)) {
        const paths = getShortestPaths(courseMachine, {
          input: { course },
          events,
          serializeState,
          fromState,
          toState: isComplete,
        });
        assert.ok(paths.length > 0, serializeState(fromState));
        assert.ok(paths.every((path) => isComplete(path.state)));
      }
    });

    it('the completion view is reachable, and with progress complete', () => {
      const paths = getShortestPaths(courseMachine, {
        input: { course },
        events,
        serializeState,
        toState: (state) => state.matches({ view: 'completion', progress: 'complete' }),
      });
      assert.ok(paths.length > 0);
      // Four page.next to reach the last page, three answers, one more page.next.
      const shortest = paths.reduce((best, path) => (path.weight < best.weight ? path : best));
      assert.equal(shortest.weight, 8);
      // Steps start with a synthetic `xstate.init`, then one per event.
      const types: string[] = shortest.steps.map((step) => step.event.type);
      assert.equal(types.filter((type) => type === 'page.next').length, 5);
      assert.equal(types.filter((type) => type === 'check.submit').length, 3);
    });
  });
}
