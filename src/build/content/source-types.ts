/**
 * The shape of the YAML files once they have passed schema validation (see schemas/). These are
 * what authors write; the compiled `Course` in src/course/types.ts is what the runtime reads.
 */

import type {
  CalloutVariant,
  Credit,
  LearningObjective,
  NavigationRule,
  PrincipleId,
  QuestionKind,
} from '../../course/types.js';

/** Objectives and credits are written exactly as the runtime reads them. */
export type ObjectiveSource = LearningObjective;
export type CreditSource = Credit;

export interface BrandingSource {
  readonly name: string;
  readonly logo?: string;
  readonly logoAlt: string;
  readonly colours: {
    readonly primary: string;
    readonly primaryText: string;
    readonly accent: string;
    readonly background: string;
    readonly text: string;
  };
}

export interface CourseSource {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly language: string;
  readonly audience: string;
  readonly description: string;
  readonly navigation?: NavigationRule;
  readonly passMark?: number;
  readonly lms?: { readonly onFail?: 'failed' | 'incomplete'; readonly reportObjectives?: boolean };
  readonly objectives: readonly ObjectiveSource[];
  readonly credits?: readonly CreditSource[];
  readonly branding: BrandingSource;
  readonly themes?: readonly ThemeSource[];
  readonly lessons: readonly string[];
}

export interface ThemeSource {
  readonly id: string;
  readonly title: string;
}

export interface OptionSource {
  /** A boolean when the author wrote an unquoted `true` or `false`. */
  readonly id: string | boolean;
  readonly text?: string;
  /** Choice questions only; ordering and matching options are all part of the answer. */
  readonly correct?: boolean;
  /** Matching only. */
  readonly match?: string;
  readonly feedback: string;
}

/** The fields a knowledge check shares with a question of the final assessment. */
export interface QuestionSource {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly question: string;
  readonly objectives: readonly string[];
  readonly options: readonly OptionSource[];
}

/** content/assessment.yaml. */
export interface AssessmentSource {
  readonly drawCount: number;
  readonly attempts: number;
  readonly opensWhen: 'lessons-complete' | 'always';
  readonly questions: readonly QuestionSource[];
}

export type BlockSource =
  | { readonly type: 'prose'; readonly markdown: string }
  | { readonly type: 'quote'; readonly text: string; readonly attribution: string; readonly source?: string }
  | { readonly type: 'callout'; readonly variant: CalloutVariant; readonly title: string; readonly markdown: string }
  | { readonly type: 'key-points'; readonly title: string; readonly points: readonly string[] }
  | { readonly type: 'reflection'; readonly id: string; readonly prompt: string }
  | ({ readonly type: 'knowledge-check'; readonly attempts?: number } & QuestionSource)
  | { readonly type: 'facilitator-notes'; readonly markdown: string; readonly minutes?: number }
  | {
      readonly type: 'diagram';
      readonly file: string;
      readonly alt: string;
      readonly caption?: string;
      readonly description?: string;
    }
  | { readonly type: 'glossary' }
  | { readonly type: 'action-plan' }
  | { readonly type: 'certificate' }
  | { readonly type: 'assessment' }
  | { readonly type: 'scenario'; readonly scenario: string };

export interface PageSource {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly BlockSource[];
}

export interface LessonSource {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly theme?: string;
  readonly objectives?: readonly string[];
  readonly pages: readonly PageSource[];
}

export type StringsSource = Readonly<Record<string, string>>;

export interface GlossaryTermSource {
  readonly id: string;
  readonly term: string;
  readonly aliases?: readonly string[];
  readonly definition: string;
}

export interface GlossarySource {
  readonly terms: readonly GlossaryTermSource[];
}

export interface ScenarioChoiceSource {
  readonly id: string;
  readonly text: string;
  readonly consequence: string;
  readonly next: string;
  readonly effects?: Readonly<Partial<Record<PrincipleId, number>>>;
}

export interface ScenarioNodeSource {
  readonly id: string;
  readonly title: string;
  readonly who: string;
  readonly where: string;
  readonly stakes: string;
  readonly situation: string;
  readonly weigh: string;
  /** Required in practice: a node without choices is reported as a dead end. */
  readonly choices?: readonly ScenarioChoiceSource[];
}

export interface ScenarioEndingSource {
  readonly id: string;
  readonly title: string;
  readonly debrief: string;
}

export interface ScenarioSource {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly objectives?: readonly string[];
  readonly start: string;
  readonly nodes: readonly ScenarioNodeSource[];
  readonly endings: readonly ScenarioEndingSource[];
}
