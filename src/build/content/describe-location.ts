import { asFields, asText, valueAt } from './value-access.js';
import type { ValuePath } from './yaml-file.js';

export type ContentFileKind = 'course' | 'strings' | 'lesson' | 'glossary' | 'scenario' | 'assessment';

const fileLabels: Readonly<Record<ContentFileKind, string>> = {
  course: 'course.yaml',
  strings: 'strings.yaml',
  lesson: 'the lesson',
  glossary: 'glossary.yaml',
  scenario: 'the scenario',
  assessment: 'assessment.yaml',
};

const singularOf: Readonly<Record<string, string>> = {
  pages: 'page',
  blocks: 'block',
  options: 'option',
  objectives: 'objective',
  credits: 'credit',
  lessons: 'lesson',
  points: 'point',
  themes: 'theme',
  terms: 'term',
  aliases: 'alias',
  nodes: 'node',
  choices: 'choice',
  endings: 'ending',
  questions: 'question',
};

/** Names the object at `path` the way an author thinks of it: `page "why"`, `quote block`, `option "b"`. */
export function describeObject(kind: ContentFileKind, root: unknown, path: ValuePath): string {
  const last = path[path.length - 1];
  if (last === undefined) {
    const rootId = asText(asFields(root)?.['id']);
    if (kind === 'lesson' && rootId) return `lesson "${rootId}"`;
    if (kind === 'scenario' && rootId) return `scenario "${rootId}"`;
    return fileLabels[kind];
  }
  if (typeof last === 'string') return `"${last}"`;
  const listName = String(path[path.length - 2] ?? '');
  const noun = singularOf[listName] ?? `item of "${listName}"`;
  const fields = asFields(valueAt(root, path));
  const id = asText(fields?.['id']) ?? (typeof fields?.['id'] === 'boolean' ? String(fields['id']) : undefined);
  if (noun === 'block') {
    const type = asText(fields?.['type']);
    const name = type ? `${type} block` : `block ${last + 1}`;
    return id ? `${name} "${id}"` : name;
  }
  return id ? `${noun} "${id}"` : `${noun} ${last + 1}`;
}

/** Names the field at `path`: `"title"`, or `item 2 of "lessons"` for a list entry. */
export function describeField(path: ValuePath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (typeof last === 'string') return `"${last}"`;
  return `item ${last + 1} of "${String(path[path.length - 2] ?? '')}"`;
}

