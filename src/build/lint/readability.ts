/**
 * Reading measures: average sentence length and Flesch reading ease, computed from sentence word
 * and syllable counts (syllables from the `syllable` package).
 *
 * Flesch reading ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words).
 * 60–70 is plain English; below 50 is fairly difficult (college level).
 */
import type { LessonMeasures } from './findings.js';
import type { SentenceMeasure } from './prose-checks.js';

export function fleschReadingEase(words: number, sentences: number, syllables: number): number | undefined {
  if (words === 0 || sentences === 0) return undefined;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

export function readingMeasures(file: string, sentences: readonly SentenceMeasure[]): LessonMeasures {
  const words = sentences.reduce((total, sentence) => total + sentence.words, 0);
  const syllables = sentences.reduce((total, sentence) => total + sentence.syllables, 0);
  return {
    file,
    words,
    sentences: sentences.length,
    syllables,
    averageSentenceLength: sentences.length === 0 ? 0 : words / sentences.length,
    fleschReadingEase: fleschReadingEase(words, sentences.length, syllables),
  };
}
