/**
 * American spellings that the UK English dictionary accepts, because they are also right in some
 * UK uses ("a computer program"), but which UK writing otherwise spells differently.
 *
 * Most American spellings need no list: dictionary-en-gb rejects "color", "center", "behavior",
 * "organization" and the -ize forms ("organize", "realize"), so they are spelling errors with the
 * UK form suggested. The course follows the -ise house style. These few are only warnings, since
 * the writer may mean the accepted sense.
 */
const ukPreferred: ReadonlyMap<string, string> = new Map(Object.entries({
  program: 'UK English writes "programme" (keep "program" only for computer software)',
  programs: 'UK English writes "programmes" (keep "programs" only for computer software)',
  toward: 'UK English writes "towards"',
  gotten: 'UK English writes "got"',
  percent: 'UK English writes "per cent"',
  dialog: 'UK English writes "dialogue" (keep "dialog" only for a dialog box on screen)',
}));

/** Advice for a word written the American way, or undefined. */
export function usSpellingAdvice(word: string): string | undefined {
  const advice = ukPreferred.get(word.toLowerCase());
  return advice === undefined ? undefined : `"${word}" is the American spelling: ${advice}`;
}
