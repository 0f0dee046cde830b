/**
 * The facilitator guide and its scenario diagrams, made from the real course: everything a trainer
 * needs is there (every lesson, knowledge check, scenario step and assessment question), the
 * diagrams match the scenarios they draw, content changes show up, and nothing is run or fetched.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileCourse } from '../../src/build/content/compile-course.js';
import { facilitatorGuideHtml } from '../../src/build/facilitator-guide/facilitator-guide.js';
import { diagramWording } from '../../src/build/facilitator-guide/guide-scenarios.js';
import { scenarioDiagram } from '../../src/build/facilitator-guide/scenario-diagram.js';
import { wrapWords } from '../../src/build/facilitator-guide/text-wrap.js';
import { sessionLengths, sessionPlan } from '../../src/course/session-plan.js';
import type { Course, KnowledgeCheckBlock, Scenario } from '../../src/course/types.js';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

async function compileReal(rootDir?: string): Promise<Course> {
  const { course, problems } = await compileCourse(rootDir ? { contentDir: 'content', rootDir } : { contentDir });
  assert.deepEqual(problems, []);
  assert.ok(course);
  return course;
}

function knowledgeChecks(course: Course): KnowledgeCheckBlock[] {
  return course.lessons.flatMap((lesson) =>
    lesson.pages.flatMap((page) => page.blocks.filter((block): block is KnowledgeCheckBlock => block.type === 'knowledge-check')),
  );
}

/** The markup of the `<section>` with this id (guide sections of this kind hold no nested sections). */
function sectionById(html: string, id: string): string {
  const start = html.indexOf(`<section class="question" id="${id}"`);
  assert.ok(start >= 0, `section ${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

function escapeForHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface DrawnBox {
  readonly id: string;
  readonly kind: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface DrawnArrow {
  readonly choice: string;
  readonly target: string;
  readonly start: { readonly x: number; readonly y: number };
  readonly tip: { readonly x: number; readonly y: number };
}

function drawnBoxes(svg: string): DrawnBox[] {
  return [...svg.matchAll(/<g data-node="([^"]+)" data-kind="([a-z]+)"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map(
    ([, id = '', kind = '', x, y, width, height]) => ({ id, kind, x: Number(x), y: Number(y), width: Number(width), height: Number(height) }),
  );
}

function drawnArrows(svg: string): DrawnArrow[] {
  return [
    ...svg.matchAll(/<g data-choice="([^"]+)" data-target="([^"]+)"><path d="M([\d.]+) ([\d.]+)[^"]*"\/><path d="M[\d.]+ [\d.]+L([\d.]+) ([\d.]+)L/g),
  ].map(([, choice = '', target = '', startX, startY, tipX, tipY]) => ({
    choice,
    target,
    start: { x: Number(startX), y: Number(startY) },
    tip: { x: Number(tipX), y: Number(tipY) },
  }));
}

function overlaps(a: DrawnBox, b: DrawnBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('scenario diagrams', () => {
  let course: Course;

  before(async () => {
    course = await compileReal();
  });

  it('draws one box per decision and ending and one arrow per choice, each from its node to its target', () => {
    assert.ok(course.scenarios.length > 0);
    for (const scenario of course.scenarios) {
      const { svg } = scenarioDiagram(scenario);
      const boxes = drawnBoxes(svg);
      const arrows = drawnArrows(svg);
      assert.deepEqual(
        boxes.map((box) => `${box.kind}:${box.id}`).sort(),
        [...scenario.nodes.map((node) => `decision:${node.id}`), ...scenario.endings.map((ending) => `ending:${ending.id}`)].sort(),
        scenario.id,
      );
      const choices = scenario.nodes.flatMap((node) => node.choices.map((choice) => `${node.id}/${choice.id} -> ${choice.next}`));
      assert.deepEqual(arrows.map((arrow) => `${arrow.choice} -> ${arrow.target}`).sort(), choices.sort(), scenario.id);
      assert.equal(svg.match(/data-choice="/g)?.length, choices.length, 'nothing else claims to be a choice');

      const boxById = new Map(boxes.map((box) => [box.id, box]));
      for (const arrow of arrows) {
        const source = boxById.get(arrow.choice.split('/')[0] ?? '');
        const target = boxById.get(arrow.target);
        assert.ok(source && target, arrow.choice);
        assert.equal(arrow.start.x, source.x + source.width, `${arrow.choice} leaves its node's right edge`);
        assert.ok(arrow.start.y > source.y && arrow.start.y < source.y + source.height, `${arrow.choice} leaves from within its node`);
        assert.equal(arrow.tip.x, target.x, `${arrow.choice} points at its target's left edge`);
        assert.ok(arrow.tip.y > target.y && arrow.tip.y < target.y + target.height, `${arrow.choice} arrives within its target`);
        assert.ok(target.x > source.x, `${arrow.choice} points to a later column`);
      }
      boxes.forEach((box, index) => boxes.slice(index + 1).forEach((other) => assert.ok(!overlaps(box, other), `${box.id} overlaps ${other.id}`)));
    }
  });

  it('is a self-contained, labelled image', () => {
    for (const scenario of course.scenarios) {
      const { svg } = scenarioDiagram(scenario);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/);
      assert.match(svg, new RegExp(`<title id="[^"]+">${escapeForHtml(scenario.title)}: decision graph</title>`));
      const description = /<desc id="[^"]+">([^<]+)<\/desc>/.exec(svg)?.[1] ?? '';
      assert.match(description, new RegExp(`${scenario.nodes.length} decisions and ${scenario.endings.length} endings`));
      assert.doesNotMatch(svg, /<(image|script|foreignObject|style)\b|href=|url\(/);
    }
  });

  it('is deterministic, and changes when the scenario does', () => {
    const scenario = course.scenarios[0];
    assert.ok(scenario);
    const first = scenarioDiagram(scenario).svg;
    assert.equal(scenarioDiagram(structuredClone(scenario)).svg, first);

    const [node, ...otherNodes] = scenario.nodes;
    const choice = node?.choices[0];
    assert.ok(node && choice);
    const newTarget = scenario.endings[0]?.id ?? '';
    const rerouted: Scenario = {
      ...scenario,
      nodes: [{ ...node, choices: [{ ...choice, next: newTarget }, ...node.choices.slice(1)] }, ...otherNodes],
    };
    const reroutedSvg = scenarioDiagram(rerouted).svg;
    assert.notEqual(reroutedSvg, first);
    assert.ok(drawnArrows(reroutedSvg).some((arrow) => arrow.choice === `${node.id}/${choice.id}` && arrow.target === newTarget));

    const renamed: Scenario = { ...scenario, endings: scenario.endings.map((ending, index) => (index === 0 ? { ...ending, title: 'A brand new ending' } : ending)) };
    assert.match(scenarioDiagram(renamed).svg, /A brand new/);
  });

  it('escapes every text it draws', () => {
    const scenario = course.scenarios[0];
    assert.ok(scenario);
    const hostile: Scenario = {
      ...scenario,
      id: 'x"><script>alert(1)</script>',
      title: '</title><script>alert(1)</script>',
      nodes: scenario.nodes.map((node, index) => (index === 0 ? { ...node, title: '<b onmouseover="x()">R&D</b>' } : node)),
    };
    const { svg } = scenarioDiagram(hostile);
    assert.doesNotMatch(svg, /<script|<b\b/);
    assert.match(svg, /&lt;\/title&gt;&lt;script&gt;/);
    assert.match(svg, /R&amp;D/);
  });

  it('wraps titles to the box, splitting only words longer than a line', () => {
    assert.deepEqual(wrapWords('Where should the team start?', 14, 4), ['Where should', 'the team', 'start?']);
    assert.deepEqual(wrapWords('Extraordinarily', 6, 4), ['Extrao', 'rdinar', 'ily']);
    assert.deepEqual(wrapWords('one two three four five', 3, 2), ['one', 'tw…']);
  });
});

describe('the facilitator guide of the real course', () => {
  let course: Course;
  let html: string;

  before(async () => {
    course = await compileReal();
    html = facilitatorGuideHtml(course);
  });

  it('is one complete HTML document in the course language, styled for A4 print', () => {
    assert.match(html, /^<!doctype html>\n<html lang="en-GB">/);
    assert.match(html, new RegExp(`<title>Facilitator guide: ${escapeForHtml(course.title)}</title>`));
    assert.equal(html.match(/<style>/g)?.length, 1);
    assert.match(html, /@page \{ size: A4; margin:/);
    assert.match(html, /\.major \{ break-before: page; \}/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
    assert.equal(html.match(/<h1>/g)?.length, 1);
  });

  it('runs nothing and fetches nothing: links out only in the credits, and to facilitator view beside it', () => {
    assert.doesNotMatch(html, /<script|<link\b|<iframe|<object|<embed|@import|url\(|\son[a-z]+=/i);
    const sources = [...html.matchAll(/\s(src|href)="([^"]*)"/g)].map(([, attribute, value]) => ({ attribute, value: value ?? '' }));
    for (const { attribute, value } of sources) {
      if (attribute === 'src') assert.match(value, /^data:image\//, `src ${value.slice(0, 40)}`);
      else assert.ok(value.startsWith('#') || value === 'leading-innovation.html?mode=facilitator' || course.credits.some((credit) => credit.url === value), `href ${value}`);
    }
    const outside = [...html.matchAll(/https?:\/\/[^\s"<]+/g)].map(([url]) => url);
    const allowed = new Set(['http://www.w3.org/2000/svg', ...course.credits.flatMap((credit) => (credit.url ? [credit.url] : []))]);
    assert.deepEqual(outside.filter((url) => !allowed.has(url)), []);
  });

  it('covers every lesson with its summary, objectives and facilitator notes', () => {
    for (const lesson of course.lessons) {
      assert.match(html, new RegExp(`<h2 id="lesson-${lesson.id}-heading">${escapeForHtml(lesson.title)}</h2>`), lesson.id);
      assert.ok(html.includes(escapeForHtml(lesson.summary)), `${lesson.id} summary`);
      for (const block of lesson.pages.flatMap((page) => page.blocks)) {
        if (block.type === 'facilitator-notes') assert.ok(html.includes(block.html), `${lesson.id} notes`);
        if (block.type === 'reflection') assert.ok(html.includes(block.promptHtml), `${lesson.id} reflection`);
      }
    }
    for (const objective of course.objectives) assert.ok(html.includes(escapeForHtml(objective.text)), objective.id);
  });

  it('gives every knowledge check and assessment question with its answer key, in words, and every option’s feedback', () => {
    const questions = [...knowledgeChecks(course), ...(course.assessment?.questions ?? [])];
    assert.ok(questions.length > 0);
    for (const question of questions) {
      const section = sectionById(html, `question-${question.id}`);
      assert.ok(section.includes(question.questionHtml), `${question.id} question`);
      for (const option of question.options) {
        assert.ok(section.includes(option.feedbackHtml), `${question.id}/${option.id} feedback`);
        if (option.matchHtml !== undefined) assert.ok(section.includes(option.matchHtml), `${question.id}/${option.id} match`);
      }
      if (question.kind === 'ordering') assert.ok(section.includes(escapeForHtml(course.strings.rightOrder)), question.id);
      else if (question.kind !== 'matching') {
        const right = question.options.filter((option) => option.correct).length;
        assert.equal(section.match(/Correct answer<\/span>/g)?.length, right, `${question.id}: right answers marked`);
        assert.equal(section.match(/Not correct<\/span>/g)?.length, question.options.length - right, `${question.id}: wrong answers marked`);
      }
    }
  });

  it('covers every scenario: its diagram, every decision with its choices and consequences, every ending’s debrief', () => {
    for (const scenario of course.scenarios) {
      assert.ok(html.includes(scenarioDiagram(scenario, diagramWording(course)).svg), scenario.id);
      assert.ok(html.includes(`id="scenario-${scenario.id}"`), scenario.id);
      for (const node of scenario.nodes) {
        assert.ok(html.includes(`id="scenario-${scenario.id}-${node.id}"`), node.id);
        assert.ok(html.includes(node.situationHtml) && html.includes(node.weighHtml), node.id);
        for (const choice of node.choices) assert.ok(html.includes(choice.textHtml) && html.includes(choice.consequenceHtml), choice.id);
      }
      for (const ending of scenario.endings) {
        assert.ok(html.includes(`id="scenario-${scenario.id}-${ending.id}"`), ending.id);
        assert.ok(html.includes(ending.debriefHtml), ending.id);
      }
    }
  });

  it('has both session plans, each adding up to its length', () => {
    for (const length of sessionLengths) {
      const table = html.slice(html.indexOf(`id="session-plan-${length.id}"`));
      const plan = sessionPlan(course, length.id);
      assert.match(table, new RegExp(`<tfoot><tr><th scope="row" colspan="3">Total</th><td class="number">${plan.suggestedMinutes}</td><td class="number">${length.minutes}</td></tr></tfoot>`));
    }
  });

  it('ends with a learner handout: objectives, the action plan questions and the credits', () => {
    const handout = html.slice(html.indexOf('id="learner-handout"'));
    for (const key of ['actionPlanArea', 'actionPlanPurpose', 'actionPlanExperiment', 'actionPlanMeasure', 'actionPlanInvolve', 'actionPlanFollowUp'] as const) {
      assert.ok(handout.includes(escapeForHtml(course.strings[key])), key);
    }
    for (const credit of course.credits) assert.ok(handout.includes(escapeForHtml(credit.title)), credit.title);
    for (const objective of course.objectives) assert.ok(handout.includes(escapeForHtml(objective.text)), objective.id);
  });

  it('changes with the course', () => {
    const [first, ...rest] = course.lessons;
    assert.ok(first);
    const changed = facilitatorGuideHtml({ ...course, lessons: [{ ...first, title: 'A renamed lesson' }, ...rest] });
    assert.notEqual(changed, html);
    assert.match(changed, /<h2 id="lesson-[^"]+-heading">A renamed lesson<\/h2>/);
  });

  it('is the same for the same course', () => {
    assert.equal(facilitatorGuideHtml(structuredClone(course)), html);
  });

  it('escapes every plain-text field', () => {
    const hostile = '</title><script>alert(1)</script><img src=x onerror=alert(1)>';
    const [first, ...rest] = course.lessons;
    assert.ok(first);
    const guide = facilitatorGuideHtml({
      ...course,
      title: hostile,
      audience: hostile,
      language: 'en" onload="x',
      objectives: [{ id: 'hostile', text: hostile }, ...course.objectives],
      lessons: [{ ...first, title: hostile, summary: hostile }, ...rest],
      credits: [{ title: hostile, author: hostile, url: 'javascript:alert(1)' }, ...course.credits],
      strings: { ...course.strings, facilitatorNotesHeading: hostile, rightOrder: hostile },
    });
    assert.doesNotMatch(guide, /<script|<img src=x|javascript:|onload="/);
    assert.match(guide, /<title>Facilitator guide: &lt;\/title&gt;&lt;script&gt;/);
    assert.match(guide, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });
});

describe('the facilitator guide from changed content files', () => {
  let root: string;

  before(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'li-guide-'));
    await cp(contentDir, path.join(root, 'content'), { recursive: true });
  });

  after(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('shows a renamed scenario and new facilitator timings', async () => {
    const before = facilitatorGuideHtml(await compileReal(root));
    const scenarioFile = path.join(root, 'content', 'scenarios', 'failed-pilot.yaml');
    await writeFile(scenarioFile, (await readFile(scenarioFile, 'utf8')).replace(/^title: .*$/m, 'title: The pilot that went wrong'));
    const lessonFile = path.join(root, 'content', 'lessons', 'purpose-first.yaml');
    const lesson = await readFile(lessonFile, 'utf8');
    assert.equal(lesson.match(/^ {8}minutes: \d+$/gm)?.length, 1, 'purpose-first has one timed note');
    await writeFile(lessonFile, lesson.replace(/^( {8}minutes:) \d+$/m, '$1 55'));

    const course = await compileReal(root);
    const after = facilitatorGuideHtml(course);
    assert.notEqual(after, before);
    assert.match(after, /<h3 id="scenario-failed-pilot-heading">Scenario: The pilot that went wrong<\/h3>/);
    assert.match(after, /<title id="scenario-diagram-failed-pilot-title">The pilot that went wrong: decision graph<\/title>/);
    assert.doesNotMatch(after, /The failed pilot:/);
    assert.match(after, /<strong>Suggested time: 55 minutes<\/strong>/);
    const purposeRow = /<tr><td>[^<]+<\/td><th scope="row"><a href="#lesson-purpose-first">Purpose first<\/a><\/th><td>[^<]*<\/td><td class="number">(\d+)<\/td>/.exec(after);
    assert.equal(purposeRow?.[1], '55');
  });
});
