import { blocksOf } from './lesson-walk.js';
import type { ProblemList } from './problems.js';
import { asFields, asList, asText } from './value-access.js';
import { valuePosition, type YamlFile } from './yaml-file.js';

/**
 * Every learning objective must be assessed: named by at least one knowledge-check question in a
 * lesson the course lists, or by a question of the final assessment. Reported at the objective's
 * id, naming the objective.
 */
export function checkObjectivesAssessed(
  courseFile: YamlFile,
  listedLessons: readonly unknown[],
  problems: ProblemList,
  assessment?: unknown,
): void {
  const assessed = new Set<string>();
  for (const question of asList(asFields(assessment)?.['questions'])) {
    for (const id of asList(asFields(question)?.['objectives'])) if (typeof id === 'string') assessed.add(id);
  }
  for (const lesson of listedLessons) {
    for (const { block } of blocksOf(lesson)) {
      if (block['type'] !== 'knowledge-check') continue;
      for (const id of asList(block['objectives'])) if (typeof id === 'string') assessed.add(id);
    }
  }
  asList(asFields(courseFile.value)?.['objectives']).forEach((objective, index) => {
    const fields = asFields(objective);
    const id = asText(fields?.['id']);
    if (id === undefined || assessed.has(id)) return;
    const text = asText(fields?.['text']);
    problems.add(
      courseFile.displayPath,
      valuePosition(courseFile, ['objectives', index, 'id']),
      'unassessed-objective',
      `objective "${id}"${text === undefined ? '' : ` ("${text}")`} is not assessed by any knowledge-check question: ` +
        `add "${id}" to the "objectives" of a question that checks it, or remove the objective`,
    );
  });
}

function startsWithName(attribution: string, author: string): boolean {
  const name = author.trim().toLowerCase();
  const text = attribution.trim().toLowerCase();
  // "Ada" must not credit "Adam Smith": the author's name must end where a word ends.
  return name !== '' && text.startsWith(name) && !/^[\p{L}\p{N}]/u.test(text.slice(name.length));
}

/**
 * Every quoted person must be credited: a quote's `attribution` begins with the `author` of one of
 * course.yaml's credits, so the sources page names everyone the course quotes.
 */
export function checkQuotesCredited(
  courseFile: YamlFile,
  lessonFiles: readonly YamlFile[],
  problems: ProblemList,
): void {
  const authors = asList(asFields(courseFile.value)?.['credits']).flatMap((credit) => {
    const author = asText(asFields(credit)?.['author']);
    return author === undefined ? [] : [author];
  });
  for (const file of lessonFiles) {
    for (const { block, path } of blocksOf(file.value)) {
      const attribution = asText(block['attribution']);
      if (block['type'] !== 'quote' || attribution === undefined) continue;
      if (authors.some((author) => startsWithName(attribution, author))) continue;
      const person = attribution.split(',')[0]?.trim() || attribution.trim();
      const credited = authors.length === 0 ? 'no credit has an author yet' : `credited authors: ${authors.join('; ')}`;
      problems.add(
        file.displayPath,
        valuePosition(file, [...path, 'attribution']),
        'uncredited-quote',
        `quote attribution "${attribution}" does not begin with the author of any credit, so the quoted person is not credited: ` +
          `add a credit with "author: ${person}" under "credits" in course.yaml, or begin the attribution with a credited author's name (${credited})`,
      );
    }
  }
}
