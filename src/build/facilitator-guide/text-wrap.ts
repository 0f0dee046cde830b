/** Line breaking for SVG text, which does not wrap by itself. */

/** Words in lines of at most `maxCharacters`; a word longer than a line is split; the last line ends in "…" if cut. */
export function wrapWords(text: string, maxCharacters: number, maxLines: number): string[] {
  const width = Math.max(1, maxCharacters);
  const words = text
    .split(/\s+/)
    .filter((word) => word !== '')
    .flatMap((word) => chunks(word, width));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && [...last].length + 1 + [...word].length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const lastLine = [...(kept[maxLines - 1] ?? '')];
  kept[maxLines - 1] = `${lastLine.slice(0, Math.max(0, width - 1)).join('')}…`;
  return kept;
}

function chunks(word: string, width: number): string[] {
  const characters = [...word];
  const parts: string[] = [];
  for (let index = 0; index < characters.length; index += width) parts.push(characters.slice(index, index + width).join(''));
  return parts;
}
