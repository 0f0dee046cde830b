import { uiStringKeys, type UiStrings } from '../../src/course/types.js';

/** Readable interface wording for component tests: the key, spaced out, with its placeholders. */
export const testStrings: UiStrings = Object.fromEntries(
  uiStringKeys.map((key) => [key, key.replace(/([A-Z])/g, ' $1').toLowerCase()]),
) as UiStrings;

export const strings: UiStrings = {
  ...testStrings,
  progressLabel: '{percent}% complete',
  minutesEstimate: 'About {minutes} minutes',
  minutesEstimateOne: 'About 1 minute',
  pageOfPages: 'Page {current} of {total}',
  attemptsLeft: '{count} attempts left',
  pageAnnouncement: 'Page: {title}',
  completionBody: 'You have completed {title}.',
  quoteSource: 'Source: {source}',
  facilitatorMinutes: 'Suggested time: {minutes} minutes',
  answerCorrect: 'Correct',
  answerIncorrect: 'Not quite',
  answerPartlyCorrect: 'Partly correct',
  submitAnswer: 'Submit answer',
  tryAgain: 'Try again',
  itemMoved: '{item} moved to position {position} of {total}',
  positionLabel: 'Position {position} of {total}',
  rightMatch: 'Right match: {match}',
  moveUp: 'Move up',
  moveDown: 'Move down',
  certificateCourse: 'has completed {title}',
  certificateDate: 'on {date}',
  certificateScore: 'Score: {score}%',
  actionPlanFileHeading: 'My agenda: {title}',
  next: 'Next',
  back: 'Back',
  finish: 'Finish',
};
