import { Scalar, isScalar } from 'yaml';
import type { SourcePosition } from './problems.js';
import { lookupNode, positionAt, valuePosition, type ValuePath, type YamlFile } from './yaml-file.js';

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/**
 * Where the character at `valueOffset` of a text value was written in the file.
 *
 * Literal (`|`), folded (`>`) and plain scalars keep every non-blank character of the source in
 * order; only indentation and line breaks differ. Counting non-blank characters therefore maps a
 * value offset to its source offset exactly. Quoted scalars rewrite escapes, so for them the
 * scalar's own start is reported.
 */
export function positionInScalar(file: YamlFile, path: ValuePath, valueOffset: number): SourcePosition {
  const { node, complete } = lookupNode(file, path);
  if (!complete || !isScalar(node) || typeof node.value !== 'string' || !node.range) {
    return valuePosition(file, path);
  }
  const value = node.value;
  const [start, end] = node.range;
  let regionStart: number;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const headerEnd = file.text.indexOf('\n', start);
    if (headerEnd < 0) return positionAt(file, start);
    regionStart = headerEnd + 1;
  } else if (node.type === Scalar.PLAIN) {
    regionStart = start;
  } else {
    return positionAt(file, start);
  }
  let target = valueOffset;
  while (target < value.length && isBlank(value[target])) target += 1;
  if (target >= value.length) return positionAt(file, start);
  let nonBlankBefore = 0;
  for (let index = 0; index < target; index += 1) {
    if (!isBlank(value[index])) nonBlankBefore += 1;
  }
  let seen = 0;
  for (let offset = regionStart; offset < end; offset += 1) {
    if (isBlank(file.text[offset])) continue;
    if (seen === nonBlankBefore) return positionAt(file, offset);
    seen += 1;
  }
  return positionAt(file, start);
}
