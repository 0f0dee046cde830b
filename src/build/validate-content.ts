/**
 * `npm run validate [content-dir]`: checks the course content and reports every problem as
 * `file:line:column: message`. Exits 1 when there are problems, so CI and pre-commit hooks stop.
 * Valid content gets a summary, each lesson's time estimate, each scenario's paths and, when the
 * course has one, the final assessment's bank and rules.
 */
import path from 'node:path';
import { compileCourse, formatProblems } from './content/compile-course.js';
import { scenarioPathStats } from './content/scenario-proof.js';
import type { Assessment } from '../course/types.js';

function folderLabel(contentDir: string): string {
  const relative = path.relative(process.cwd(), path.resolve(contentDir)).split(path.sep).join('/');
  return `${relative || '.'}/`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const opensWhenText: Readonly<Record<Assessment['opensWhen'], string>> = {
  'lessons-complete': 'opens when the lessons are complete',
  always: 'open from the start',
};

function assessmentSummary(assessment: Assessment, passMark: number): string {
  return (
    `  assessment: ${plural(assessment.questions.length, 'question')} in the bank, ${assessment.drawCount} per attempt, ` +
    `${plural(assessment.maxAttempts, 'attempt')}, pass mark ${passMark}%, ${opensWhenText[assessment.opensWhen]}\n`
  );
}

async function main(): Promise<number> {
  const contentDir = process.argv[2] ?? 'content';
  const label = folderLabel(contentDir);
  const { course, problems } = await compileCourse({ contentDir });
  if (!course) {
    process.stderr.write(formatProblems(problems, label));
    return 1;
  }
  const pages = course.lessons.flatMap((lesson) => lesson.pages);
  const questions = pages.flatMap((page) => page.blocks).filter((block) => block.type === 'knowledge-check');
  const estimates = course.lessons.map((lesson) => `  ${lesson.id}: ${plural(lesson.estimatedMinutes, 'minute')}\n`);
  const scenarioPaths = course.scenarios.map((scenario) => {
    const { paths, longestDecisions } = scenarioPathStats(scenario);
    return `  ${scenario.id}: ${plural(paths, 'path')}, ${plural(longestDecisions, 'decision')} on the longest\n`;
  });
  process.stdout.write(
    `${label} is valid: ${plural(course.lessons.length, 'lesson')}, ${plural(pages.length, 'page')}, ` +
      `${plural(questions.length, 'question')}, about ${plural(course.estimatedMinutes, 'minute')}.\n` +
      estimates.join('') +
      scenarioPaths.join('') +
      (course.assessment ? assessmentSummary(course.assessment, course.passMark) : ''),
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`validate-content failed unexpectedly: ${detail}\n`);
    process.exitCode = 2;
  },
);
