/**
 * `content/allowed-words.txt`: names and terms the UK English dictionary does not know, which the
 * spelling check accepts. One word per line; `#` starts a comment (a whole line or the end of one);
 * blank lines are ignored.
 *
 * A word matches as written, and also with a capital first letter (at the start of a sentence)
 * when written in lower case; its possessive (`DVLA's`) is accepted too. Other forms, such as a
 * plural, go on lines of their own, so the list says exactly what it accepts.
 */
import { readFile } from 'node:fs/promises';
import type { LintFinding } from './findings.js';

export const allowedWordsFileName = 'allowed-words.txt';

export interface AllowedWords {
  readonly words: readonly string[];
  readonly findings: readonly LintFinding[];
}

/** Parses the list; a line holding more than one word is reported (spaces would never match). */
export function parseAllowedWords(displayPath: string, text: string): AllowedWords {
  const words: string[] = [];
  const findings: LintFinding[] = [];
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/^\uFEFF/, '');
    const hash = line.indexOf('#');
    const word = (hash < 0 ? line : line.slice(0, hash)).trim();
    if (word === '') return;
    const column = line.indexOf(word) + 1;
    if (/\s/.test(word)) {
      findings.push({
        file: displayPath,
        line: index + 1,
        column,
        severity: 'error',
        rule: 'allowed-words',
        message: `"${word}" is more than one word: put each word on its own line`,
      });
      return;
    }
    if (word.startsWith('*') || word.includes('/')) {
      findings.push({
        file: displayPath,
        line: index + 1,
        column,
        severity: 'error',
        rule: 'allowed-words',
        message: `"${word}" is not a word: write the word alone, without "*" or "/"`,
      });
      return;
    }
    words.push(word.replace(/’/g, "'"));
  });
  return { words, findings };
}

/** Reads the list from the content folder; a missing file means no extra words. */
export async function loadAllowedWords(absolutePath: string, displayPath: string): Promise<AllowedWords> {
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ENOENT') return { words: [], findings: [] };
    throw error;
  }
  return parseAllowedWords(displayPath, text);
}

/** The words in nspell's personal-dictionary form: each word and its possessive. */
export function personalDictionary(words: readonly string[]): string {
  return words.flatMap((word) => (word.endsWith("'s") ? [word] : [word, `${word}'s`])).join('\n');
}
