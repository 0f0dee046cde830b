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
  /** How the course reports to an LMS. */
  readonly lms: LmsReporting;
  readonly objectives: readonly LearningObjective[];
  readonly credits: readonly Credit[];
  readonly branding: Branding;
  readonly lessons: readonly Lesson[];
  /** Terms defined in content/glossary.yaml, in alphabetical order. */
  readonly glossary: readonly GlossaryTerm[];
  /** Branching scenarios from content/scenarios/, in file-name order; placed on pages by `scenario` blocks. */
  readonly scenarios: readonly Scenario[];
  readonly strings: UiStrings;
  /** The final assessment, from content/assessment.yaml; absent when the course has none. */
  readonly assessment?: Assessment;
}

/** The final assessment: each attempt asks `drawCount` questions drawn from the bank, covering every objective. */
export interface Assessment {
  readonly drawCount: number;
  /** How many attempts a learner may make. */
  readonly maxAttempts: number;
  readonly opensWhen: 'lessons-complete' | 'always';
  /** The bank; each question allows one submission (`maxAttempts: 1`). */
  readonly questions: readonly KnowledgeCheckBlock[];
}

export interface GlossaryTerm {
  readonly id: string;
  readonly term: string;
  readonly definitionHtml: string;
}

export type NavigationRule = 'free' | 'sequential';

export interface LmsReporting {
  /** What a finished course below the pass mark reports: `failed`, or `incomplete` for LMSes that block retries after a fail. */
  readonly onFail: 'failed' | 'incomplete';
  /** Whether to report each learning objective (`cmi.objectives`); some LMSes reject them. */
  readonly reportObjectives: boolean;
}

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
  | FacilitatorNotesBlock
  | DiagramBlock
  | GlossaryBlock
  | ScenarioBlock
  | ActionPlanBlock
  | CertificateBlock
  | AssessmentBlock;

/** Where the final assessment (course.assessment) is taken: one page of the course has it. */
export interface AssessmentBlock {
  readonly type: 'assessment';
}

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

/**
 * `ordering`: the options are steps; the answer is all of them in the authored order.
 * `matching`: each option pairs a prompt (`textHtml`) with its match (`matchHtml`); the answer
 * gives, for each option in authored order, the id of the option whose match the learner chose.
 */
export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'ordering' | 'matching';

export interface KnowledgeCheckBlock {
  readonly type: 'knowledge-check';
  readonly id: string;
  readonly kind: QuestionKind;
  readonly questionHtml: string;
  readonly objectiveIds: readonly string[];
  /** How many submissions the learner may make; 1 means no retry. */
  readonly maxAttempts: number;
  /** In authored order: for `ordering` that is the right order. */
  readonly options: readonly QuestionOption[];
  /**
   * Option ids in the order the learner first sees them: authored order for choice questions; a
   * fixed shuffle (never the right order) for `ordering` steps and `matching` choices, made at
   * build time so every learner and every resume sees the same thing.
   */
  readonly displayOrder: readonly string[];
}

export interface QuestionOption {
  readonly id: string;
  readonly textHtml: string;
  /** For `ordering` and `matching` every option is part of the answer, so this is always true. */
  readonly correct: boolean;
  readonly feedbackHtml: string;
  /** `matching` only: the right-hand item this option's prompt pairs with. */
  readonly matchHtml?: string;
}

export interface FacilitatorNotesBlock {
  readonly type: 'facilitator-notes';
  readonly minutes?: number;
  readonly html: string;
}

/** A picture that explains: SVG written for the course, sanitised and themed at build time. */
export interface DiagramBlock {
  readonly type: 'diagram';
  /** `<svg role="img" aria-label=…>` markup; colours come from `li-*` classes styled by the theme. */
  readonly svg: string;
  /** The text alternative, also on the SVG as its accessible name. */
  readonly alt: string;
  readonly captionHtml?: string;
  /** A longer text description for anyone who cannot see the diagram. */
  readonly descriptionHtml?: string;
}

/** Lists every glossary term with its definition. */
export interface GlossaryBlock {
  readonly type: 'glossary';
}

/** The learner's innovation agenda for their own team: a form, saved with progress, printable and downloadable. */
export interface ActionPlanBlock {
  readonly type: 'action-plan';
}

/** The learner's certificate: their name, the course, the date they completed it and their score. */
export interface CertificateBlock {
  readonly type: 'certificate';
}

/** The questions of the action plan, in order. */
export const actionPlanFields = ['area', 'purpose', 'experiment', 'measure', 'involve', 'followUp'] as const;
export type ActionPlanField = (typeof actionPlanFields)[number];

/** The leadership principles the course teaches; scenario choices move a learner's profile on each. */
export const principleIds = ['purpose', 'marginal-gains', 'safe-to-fail', 'follow-through', 'sociotechnical-design'] as const;
export type PrincipleId = (typeof principleIds)[number];

/** Places a scenario on a page; the page counts as done when the scenario reaches an ending. */
export interface ScenarioBlock {
  readonly type: 'scenario';
  readonly scenarioId: string;
}

/**
 * A branching scenario, proven at build time: every node reachable, every path ends in an
 * ending, no dead ends and no cycles.
 */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly introHtml: string;
  /** Objectives the scenario practises (ids from course.yaml). */
  readonly objectiveIds: readonly string[];
  readonly startNodeId: string;
  readonly nodes: readonly ScenarioNode[];
  readonly endings: readonly ScenarioEnding[];
}

export interface ScenarioNode {
  readonly id: string;
  readonly title: string;
  /** Who is involved, where, and what is at stake. */
  readonly who: string;
  readonly where: string;
  readonly stakes: string;
  readonly situationHtml: string;
  /** For the debrief: what a strong leader would weigh at this decision. */
  readonly weighHtml: string;
  /** 2 to 4. */
  readonly choices: readonly ScenarioChoice[];
}

export interface ScenarioChoice {
  readonly id: string;
  readonly textHtml: string;
  readonly consequenceHtml: string;
  /** A node id or an ending id of the same scenario. */
  readonly next: string;
  /** How the choice reflects each principle, from -2 (works against it) to +2 (shows it strongly). */
  readonly effects: Readonly<Partial<Record<PrincipleId, number>>>;
}

export interface ScenarioEnding {
  readonly id: string;
  readonly title: string;
  readonly debriefHtml: string;
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
  'minutesEstimateOne',
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
  'orderingHint',
  'moveUp',
  'moveDown',
  'itemMoved',
  'positionLabel',
  'matchingHint',
  'matchingPlaceholder',
  'rightOrder',
  'rightMatch',
  'describeDiagram',
  'glossaryHeading',
  'glossaryClose',
  'noticeLmsUnavailable',
  'noticeLmsCorruptProgress',
  'saveStatusFailing',
  'reflectionSavedLms',
  'completionHeadingNamed',
  'saveAndExit',
  'exitedHeading',
  'exitedBody',
  'scenarioWho',
  'scenarioWhere',
  'scenarioStakes',
  'scenarioWhatHappened',
  'scenarioChoose',
  'scenarioDecision',
  'scenarioRestart',
  'scenarioDebriefHeading',
  'scenarioYourChoices',
  'scenarioYouChose',
  'scenarioWeigh',
  'scenarioProfileHeading',
  'scenarioProfileIntro',
  'scenarioProfilePrinciple',
  'scenarioProfileScore',
  'principlePurpose',
  'principleMarginalGains',
  'principleSafeToFail',
  'principleFollowThrough',
  'principleSociotechnicalDesign',
  'actionPlanIntro',
  'actionPlanArea',
  'actionPlanAreaHint',
  'actionPlanPurpose',
  'actionPlanPurposeHint',
  'actionPlanExperiment',
  'actionPlanExperimentHint',
  'actionPlanMeasure',
  'actionPlanMeasureHint',
  'actionPlanInvolve',
  'actionPlanInvolveHint',
  'actionPlanFollowUp',
  'actionPlanFollowUpHint',
  'actionPlanPrint',
  'actionPlanDownload',
  'actionPlanFileHeading',
  'certificateNameLabel',
  'certificateNameHint',
  'certificateHeading',
  'certificateStatement',
  'certificateCourse',
  'certificateDate',
  'certificateScore',
  'certificatePrint',
  'certificateNotYet',
  'assessmentLocked',
  'assessmentStillToFinish',
  'assessmentIntroHeading',
  'assessmentFacts',
  'assessmentAttemptOf',
  'assessmentStart',
  'assessmentRetry',
  'assessmentQuestionOf',
  'assessmentAnswered',
  'assessmentPrevious',
  'assessmentNext',
  'assessmentCheckAnswers',
  'assessmentCheckHeading',
  'assessmentAllAnswered',
  'assessmentUnanswered',
  'assessmentGoToQuestion',
  'assessmentSubmit',
  'assessmentPassedHeading',
  'assessmentNotPassedHeading',
  'assessmentScore',
  'assessmentAttemptsLeft',
  'assessmentNoAttemptsLeft',
  'assessmentPassedNext',
  'assessmentReviewHeading',
  'assessmentReviewQuestion',
  // Trainer mode (issue 6): facilitator and audience windows, class votes, presenter keys, timer.
  'audienceTitle',
  'facilitatorTitle',
  'audienceBlanked',
  'audienceWaiting',
  'audienceClosed',
  'sessionLengthNinety',
  'sessionLengthHalfDay',
  'presenterKeysHint',
  'voteHeadingQuestion',
  'voteHeadingDecision',
  'voteRevealAnswer',
  'voteTakeRoomChoice',
  'voteResults',
  'voteTotal',
  'voteTotalOne',
  'voteTotalNone',
  'voteCount',
  'voteCountOne',
  'votePercent',
  'voteRightAnswer',
  'voteAdd',
  'voteRemove',
  'voteAnnouncement',
  'voteAnnouncementOne',
  'voteShowResults',
  'voteClear',
  'keyHelpHeading',
  'keyHelpClose',
  'keyHelpOr',
  'keyRightArrow',
  'keyLeftArrow',
  'keyPageDown',
  'keyPageUp',
  'keyHelpNext',
  'keyHelpPrevious',
  'keyHelpBlank',
  'keyHelpTimer',
  'keyHelpHelp',
  'sessionHeading',
  'sessionLengthLabel',
  'sessionPlanHeading',
  'sessionMinutes',
  'sessionHandout',
  'sessionBreak',
  'sessionTotal',
  'sessionNow',
  'timerHeading',
  'timerOfTotal',
  'timerStart',
  'timerPause',
  'timerReset',
  'timerFinished',
  'audienceHeading',
  'audienceOpen',
  'audienceStatusOpen',
  'audienceStatusClosed',
  'audienceBlank',
  'keyHelpButton',
  'facilitatorLessonNotes',
  'audienceFullScreen',
  'certificateNotPassed',
  'sessionActivityQuestions',
  'sessionActivityQuestionOne',
  'sessionActivityReflection',
  'sessionActivityScenario',
  'sessionActivityActionPlan',
  'sessionActivityAssessment',
] as const;

export type UiStringKey = (typeof uiStringKeys)[number];
