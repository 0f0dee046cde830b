const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of rendered HTML as a reader sees it: tags become spaces, entities characters. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? entity;
    });
}

const wordPattern = /[\p{L}\p{N}]+(?:['’‑-][\p{L}\p{N}]+)*/gu;

/** Words as a reader counts them: "don't" and "well-being" are one word each. */
export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}
