/**
 * The compiled course: what the build emits from `content/` and the runtime reads.
 * Every string is plain text unless its name ends in `Html`, which is HTML rendered from
 * Markdown and sanitised at build time. Ids are stable: saved progress and the LMS use them.
 */

export interface Course {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly language: string;
  readonly audience: string;
  /** What the course is about, shown on the contents page. */
  readonly descriptionHtml: string;
  /** Sum of the lessons' computed estimates. */
  readonly estimatedMinutes: number;
  /** `free`: any page at any time. `sequential`: visited pages and the next unvisited one. */
  readonly navigation: NavigationRule;
  /** Percentage, 0–100. */
  readonly passMark: number;
  readonly objectives: readonly LearningObjective[];
  readonly credits: readonly Credit[];
  readonly branding: Branding;
  readonly lessons: readonly Lesson[];
  readonly strings: UiStrings;
}

export type NavigationRule = 'free' | 'sequential';

export interface LearningObjective {
  readonly id: string;
  readonly text: string;
}

export interface Credit {
  readonly title: string;
  readonly author?: string;
  readonly role?: string;
  readonly organisation?: string;
  readonly publisher?: string;
  /** ISO date, yyyy-mm-dd. */
  readonly date?: string;
  readonly url?: string;
  readonly note?: string;
}

export interface Branding {
  readonly name: string;
  /** A `data:image/svg+xml;base64,…` URL, inlined at build so nothing is fetched. */
  readonly logoDataUrl?: string;
  readonly logoAlt: string;
  readonly colours: BrandColours;
}

export interface BrandColours {
  readonly primary: string;
  readonly primaryText: string;
  readonly accent: string;
  readonly background: string;
  readonly text: string;
}

export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Ids of the course objectives this lesson teaches. */
  readonly objectiveIds: readonly string[];
  /** Computed at build from words and activities. */
  readonly estimatedMinutes: number;
  readonly pages: readonly Page[];
}

export interface Page {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export type Block =
  | ProseBlock
  | QuoteBlock
  | CalloutBlock
  | KeyPointsBlock
  | ReflectionBlock
  | KnowledgeCheckBlock
  | FacilitatorNotesBlock;

export interface ProseBlock {
  readonly type: 'prose';
  readonly html: string;
}

export interface QuoteBlock {
  readonly type: 'quote';
  readonly textHtml: string;
  /** Who said it, e.g. "Theodore Levitt, economist". */
  readonly attribution: string;
  /** Where the course found it, e.g. "quoted by Gwilym Ellis, techUK, 2022". */
  readonly source?: string;
}

export type CalloutVariant = 'note' | 'tip' | 'example' | 'warning';

export interface CalloutBlock {
  readonly type: 'callout';
  readonly variant: CalloutVariant;
  readonly title: string;
  readonly html: string;
}

export interface KeyPointsBlock {
  readonly type: 'key-points';
  readonly title: string;
  readonly pointsHtml: readonly string[];
}

export interface ReflectionBlock {
  readonly type: 'reflection';
  readonly id: string;
  readonly promptHtml: string;
}

export type QuestionKind = 'single' | 'multiple' | 'true-false';

export interface KnowledgeCheckBlock {
  readonly type: 'knowledge-check';
  readonly id: string;
  readonly kind: QuestionKind;
  readonly questionHtml: string;
  readonly objectiveIds: readonly string[];
  /** How many submissions the learner may make; 1 means no retry. */
  readonly maxAttempts: number;
  readonly options: readonly QuestionOption[];
}

export interface QuestionOption {
  readonly id: string;
  readonly textHtml: string;
  readonly correct: boolean;
  readonly feedbackHtml: string;
}

export interface FacilitatorNotesBlock {
  readonly type: 'facilitator-notes';
  readonly minutes?: number;
  readonly html: string;
}

/** Every piece of interface wording, from `content/strings.yaml`. `{name}` marks a placeholder. */
export type UiStrings = Readonly<Record<UiStringKey, string>>;

export const uiStringKeys = [
  'skipToContent',
  'contentsHeading',
  'contentsToggle',
  'progressLabel',
  'lessonNotStarted',
  'lessonInProgress',
  'lessonComplete',
  'minutesEstimate',
  'pageOfPages',
  'next',
  'back',
  'finish',
  'submitAnswer',
  'tryAgain',
  'chooseOne',
  'chooseAll',
  'trueLabel',
  'falseLabel',
  'answerCorrect',
  'answerIncorrect',
  'answerPartlyCorrect',
  'attemptsLeft',
  'noAttemptsLeft',
  'selectAnAnswer',
  'yourAnswer',
  'reflectionLabel',
  'reflectionSavedLocal',
  'facilitatorNotesHeading',
  'facilitatorMinutes',
  'quoteSource',
  'completionHeading',
  'completionBody',
  'completionIncompleteHeading',
  'completionIncompleteBody',
  'completionReview',
  'resumeHeading',
  'resumeBody',
  'resumeContinue',
  'resumeStartAgain',
  'noticeCorruptProgress',
  'noticeStorageUnavailable',
  'dismiss',
  'creditsHeading',
  'pageAnnouncement',
] as const;

export type UiStringKey = (typeof uiStringKeys)[number];
