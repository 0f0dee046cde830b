import { closestMatch } from './closest-match.js';
import type { IdKind, IdRegistry } from './id-registry.js';
import type { ObjectiveReference } from './lesson-checks.js';
import type { InternalLink } from './markdown-checks.js';
import type { ProblemList } from './problems.js';

function suggestion(id: string, candidates: readonly string[]): string {
  const closest = closestMatch(id, candidates);
  return closest ? ` (did you mean "${closest}"?)` : '';
}

/** Every objective id used by a lesson or question must be one of course.yaml's objectives. */
export function checkObjectiveReferences(
  references: readonly ObjectiveReference[],
  registry: IdRegistry,
  problems: ProblemList,
): void {
  const objectives = registry.idsOfKind('objective');
  for (const reference of references) {
    if (registry.get(reference.objectiveId)?.kind === 'objective') continue;
    problems.add(
      reference.file,
      reference.position,
      'unknown-objective',
      `objective "${reference.objectiveId}" does not exist${suggestion(reference.objectiveId, objectives)}: use an id from "objectives" in course.yaml (${objectives.join(', ')})`,
    );
  }
}

const linkableKinds: readonly IdKind[] = ['lesson', 'page', 'glossary term'];

/**
 * A `#id` link must lead to a lesson or a page, the only places the course can navigate to, or to a
 * glossary term, whose definition the course shows in place.
 */
export function checkInternalLinks(links: readonly InternalLink[], registry: IdRegistry, problems: ProblemList): void {
  const destinations = registry.idsOfKind(...linkableKinds);
  for (const link of links) {
    const target = registry.get(link.targetId);
    if (target && linkableKinds.includes(target.kind)) continue;
    const message = target
      ? `link "#${link.targetId}" names a ${target.kind}, not a lesson, page or glossary term: link to the page that contains it`
      : `link "#${link.targetId}" names no lesson, page or glossary term${suggestion(link.targetId, destinations)}: use the id of a lesson, a page or a glossary term`;
    problems.add(link.file, link.position, 'broken-link', message);
  }
}
