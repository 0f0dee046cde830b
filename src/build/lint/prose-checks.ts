/**
 * Runs the retext tools over one piece of plain text and measures its sentences.
 *
 * One processor is built and reused for every field, because loading the dictionary is the slow
 * part. At the `spelling` level only the spelling findings are kept.
 */
import dictionaryEnGb from 'dictionary-en-gb';
import type { Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextPassive from 'retext-passive';
import retextRepeatedWords from 'retext-repeated-words';
import retextSimplify from 'retext-simplify';
import retextSpell from 'retext-spell';
import { syllable } from 'syllable';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { personalDictionary } from './allowed-words.js';
import type { Severity } from './findings.js';
import type { CheckLevel } from './text-fields.js';
import { usSpellingAdvice } from './us-spellings.js';

/** A finding inside one piece of plain text, by offset. */
type VFileMessage = VFile['messages'][number];

export interface TextIssue {
  readonly offset: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

export interface SentenceMeasure {
  /** Offset of the sentence's first character in the plain text. */
  readonly offset: number;
  readonly words: number;
  readonly syllables: number;
}

export interface TextCheck {
  readonly issues: TextIssue[];
  readonly sentences: SentenceMeasure[];
}

export interface ProseCheckerOptions {
  /** Words the dictionary should accept (from allowed-words.txt). */
  readonly allowedWords: readonly string[];
  /** Where to tell authors to add a word, as shown in reports. */
  readonly allowedWordsPath: string;
}

/** Suggestions are slow to compute: only this many misspellings in a run get them. */
const maxSpellingSuggestions = 25;

function spellingOnly(personal: string) {
  return unified()
    .use(retextEnglish)
    .use(retextSpell, {
      dictionary: dictionaryEnGb,
      personal,
      max: maxSpellingSuggestions,
      // Check a word even when it stands alone in quotes or brackets: the learner still reads it.
      ignoreLiteral: false,
    });
}

/**
 * retext-simplify phrases left out: "it is" is flagged wherever it appears ("It is a small change
 * that costs nothing"), which plain English uses freely; "expertise" is a key term of the course
 * (sociotechnical design) and the suggested "ability" does not mean the same.
 */
const simplifyIgnore = ['it is', 'expertise'];

function allChecks(personal: string) {
  return spellingOnly(personal)
    .use(retextPassive)
    .use(retextSimplify, { ignore: simplifyIgnore })
    .use(retextEquality)
    .use(retextRepeatedWords)
    .use(retextIndefiniteArticle);
}

function quoted(words: readonly string[]): string {
  const list = words.map((word) => `"${word}"`);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} or ${list[list.length - 1] ?? ''}`;
}

/** A retext message in the report's words: backticks become quotes, "Unexpected" goes. */
function cleanReason(reason: string): string {
  return reason
    .replace(/^Unexpected\s+/, '')
    .replace(/`/g, '"')
    .replace(/in somes cases/, 'in some cases');
}

function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function syllablesOf(word: Word): number {
  let count = 0;
  for (const child of word.children) {
    if (child.type !== 'TextNode' || !hasLetterOrDigit(child.value)) continue;
    // A number such as "10" is read as a word; count it as one syllable.
    count += /\p{L}/u.test(child.value) ? Math.max(1, syllable(child.value)) : 1;
  }
  return Math.max(1, count);
}

function measureSentences(tree: Root): SentenceMeasure[] {
  const sentences: SentenceMeasure[] = [];
  visit(tree, 'SentenceNode', (sentence: Sentence) => {
    let words = 0;
    let syllables = 0;
    for (const child of sentence.children) {
      if (child.type !== 'WordNode' || !hasLetterOrDigit(toString(child))) continue;
      words += 1;
      syllables += syllablesOf(child);
    }
    if (words > 0) sentences.push({ offset: sentence.position?.start.offset ?? 0, words, syllables });
    return 'skip';
  });
  return sentences;
}

export class ProseChecker {
  readonly #processor;
  readonly #allowedWordsPath: string;

  constructor(options: ProseCheckerOptions) {
    this.#processor = allChecks(personalDictionary(options.allowedWords)).freeze();
    this.#allowedWordsPath = options.allowedWordsPath;
  }

  /** Checks `text` at `level`; sentences are measured at both levels. */
  check(text: string, level: CheckLevel): TextCheck {
    const file = new VFile(text);
    const tree = this.#processor.parse(file);
    this.#processor.runSync(tree, file);
    const issues = file.messages
      .filter((message) => level === 'full' || message.source === 'retext-spell')
      .flatMap((message) => this.#issueOf(message));
    visit(tree, 'WordNode', (word: Word) => {
      const advice = usSpellingAdvice(toString(word));
      if (advice) {
        issues.push({
          offset: word.position?.start.offset ?? 0,
          severity: 'warning',
          rule: 'us-spelling',
          message: advice,
        });
      }
    });
    return { issues, sentences: measureSentences(tree) };
  }

  #issueOf(message: VFileMessage): TextIssue[] {
    const place = message.place;
    const offset = (place && 'start' in place ? place.start.offset : place?.offset) ?? 0;
    const actual = message.actual ?? '';
    const expected = message.expected ?? [];
    switch (message.source) {
      case 'retext-spell': {
        const suggestion = expected.length > 0 ? `; did you mean ${quoted(expected.slice(0, 3))}?` : '';
        return [
          {
            offset,
            severity: 'error',
            rule: 'spelling',
            message:
              `"${actual}" is not in the UK English dictionary${suggestion} ` +
              `(if it is a name or term spelt right, add it to ${this.#allowedWordsPath})`,
          },
        ];
      }
      case 'retext-passive':
        return [
          {
            offset,
            severity: 'warning',
            rule: 'passive',
            message: `"${actual}" may be passive voice: say who does what, e.g. "the team agreed" rather than "it was agreed"`,
          },
        ];
      case 'retext-simplify':
        return [{ offset, severity: 'warning', rule: 'simpler', message: `simpler wording: ${cleanReason(message.reason)}` }];
      case 'retext-equality':
        return [{ offset, severity: 'warning', rule: 'equality', message: cleanReason(message.reason) }];
      case 'retext-repeated-words':
        return [
          { offset, severity: 'warning', rule: 'repeated-word', message: `"${actual}": a word is repeated, remove one` },
        ];
      case 'retext-indefinite-article':
        return [{ offset, severity: 'warning', rule: 'indefinite-article', message: cleanReason(message.reason) }];
      default:
        return [{ offset, severity: 'warning', rule: message.source ?? 'retext', message: cleanReason(message.reason) }];
    }
  }
}
