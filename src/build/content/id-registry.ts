import type { ProblemList, SourcePosition } from './problems.js';

/** Lesson, page, objective, reflection, knowledge-check, glossary-term, scenario and assessment-question ids share one namespace. */
export type IdKind =
  | 'lesson'
  | 'page'
  | 'objective'
  | 'reflection'
  | 'knowledge check'
  | 'glossary term'
  | 'scenario'
  | 'assessment question';

export interface IdDeclaration {
  readonly id: string;
  readonly kind: IdKind;
  readonly file: string;
  readonly position: SourcePosition;
}

export class IdRegistry {
  readonly #declarations = new Map<string, IdDeclaration>();

  /**
   * Records an id; a repeat is reported where it repeats, naming where the id was first used.
   * Returns false for a repeat.
   */
  declare(declaration: IdDeclaration, problems: ProblemList): boolean {
    const first = this.#declarations.get(declaration.id);
    if (!first) {
      this.#declarations.set(declaration.id, declaration);
      return true;
    }
    problems.add(
      declaration.file,
      declaration.position,
      'duplicate-id',
      `duplicate id "${declaration.id}": the ${first.kind} at ${first.file}:${first.position.line}:${first.position.column} already uses it; ` +
        'ids must be unique across the course, so rename one of them',
    );
    return false;
  }

  get(id: string): IdDeclaration | undefined {
    return this.#declarations.get(id);
  }

  idsOfKind(...kinds: IdKind[]): string[] {
    return [...this.#declarations.values()].filter((entry) => kinds.includes(entry.kind)).map((entry) => entry.id);
  }
}
