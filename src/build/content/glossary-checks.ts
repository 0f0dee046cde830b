import type { IdRegistry } from './id-registry.js';
import { checkMarkdownFields, type InternalLink } from './markdown-checks.js';
import { glossaryMarkdownFields } from './markdown-fields.js';
import type { ProblemList, SourcePosition } from './problems.js';
import { asFields, asList, asText } from './value-access.js';
import { valuePosition, type ValuePath, type YamlFile } from './yaml-file.js';

/** A glossary term as the usage check needs it, read leniently. */
export interface GlossaryEntry {
  readonly id: string;
  readonly term: string;
  /** The term and its aliases: every form that counts as a use of the term. */
  readonly forms: readonly string[];
  readonly position: SourcePosition;
}

/** Terms compare as a learner reads them: case and spacing do not make two terms different. */
export function normaliseTerm(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Checks glossary.yaml beyond its schema: term ids join the course's id namespace, no term or alias
 * is written twice (ignoring case), and definitions are safe Markdown. Returns the terms for the
 * usage check and the definitions' `#id` links for the cross-reference pass.
 */
export function checkGlossaryFile(
  file: YamlFile,
  registry: IdRegistry,
  problems: ProblemList,
): { entries: GlossaryEntry[]; links: InternalLink[] } {
  const entries: GlossaryEntry[] = [];
  const firstForm = new Map<string, { term: string; path: ValuePath }>();
  asList(asFields(file.value)?.['terms']).forEach((value, index) => {
    const fields = asFields(value);
    const id = asText(fields?.['id']);
    const term = asText(fields?.['term']);
    const declared =
      id !== undefined &&
      registry.declare(
        { id, kind: 'glossary term', file: file.displayPath, position: valuePosition(file, ['terms', index, 'id']) },
        problems,
      );
    if (term === undefined) return;
    const forms: { text: string; path: ValuePath }[] = [{ text: term, path: ['terms', index, 'term'] }];
    asList(fields?.['aliases']).forEach((alias, aliasIndex) => {
      if (typeof alias === 'string') forms.push({ text: alias, path: ['terms', index, 'aliases', aliasIndex] });
    });
    // Only forms that are this term's alone count as uses of it; a repeated term is not checked at all.
    const ownForms: string[] = [];
    for (const form of forms) {
      const key = normaliseTerm(form.text);
      const first = firstForm.get(key);
      if (!first) {
        firstForm.set(key, { term, path: form.path });
        ownForms.push(form.text);
        continue;
      }
      const where = `line ${valuePosition(file, first.path).line}`;
      const message =
        first.term === term
          ? `"${form.text}" is listed twice for term "${term}" (first on ${where}): remove one`
          : `"${form.text}" is already the term or an alias of "${first.term}" (${where}), so a use of it could mean either: ` +
            'merge the two terms, or remove it from one of them';
      problems.add(file.displayPath, valuePosition(file, form.path), 'duplicate-term', message);
    }
    if (declared && ownForms[0] === term) {
      entries.push({ id, term, forms: ownForms, position: valuePosition(file, ['terms', index, 'term']) });
    }
  });
  return { entries, links: checkMarkdownFields(file, glossaryMarkdownFields(file.value), problems) };
}
