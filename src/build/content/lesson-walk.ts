import { isInsideContent } from './schemas/schema-parts.js';
import { asFields, asList, asText, type FieldMap } from './value-access.js';
import type { ValuePath } from './yaml-file.js';

/** One block of a lesson, found even when other parts of the file are malformed. */
export interface BlockVisit {
  readonly pageIndex: number;
  readonly pageId: string | undefined;
  readonly blockIndex: number;
  /** Path of the block inside the lesson file. */
  readonly path: ValuePath;
  readonly block: FieldMap;
}

/** Every block of a lesson, in page and block order. */
export function blocksOf(lesson: unknown): BlockVisit[] {
  return asList(asFields(lesson)?.['pages']).flatMap((page, pageIndex) => {
    const pageId = asText(asFields(page)?.['id']);
    return asList(asFields(page)?.['blocks']).flatMap((value, blockIndex) => {
      const block = asFields(value);
      return block ? [{ pageIndex, pageId, blockIndex, path: ['pages', pageIndex, 'blocks', blockIndex], block }] : [];
    });
  });
}

/** A diagram block's `file`, when it is a usable path (the schema reports any other). */
export interface DiagramReference {
  readonly visit: BlockVisit;
  /** Relative to the content folder, as written. */
  readonly file: string;
}

export function diagramReferencesOf(lesson: unknown): DiagramReference[] {
  return blocksOf(lesson).flatMap((visit) => {
    const file = asText(visit.block['file']);
    if (visit.block['type'] !== 'diagram' || file === undefined) return [];
    return /\.svg$/i.test(file) && isInsideContent(file) ? [{ visit, file }] : [];
  });
}
