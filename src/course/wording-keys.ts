/** Which interface strings name the action-plan questions and the principles: one place for the app and the facilitator guide. */
import type { ActionPlanField, PrincipleId, UiStringKey } from './types.js';

/** Each action-plan question's label and hint in strings.yaml. */
export const actionPlanWording: Readonly<Record<ActionPlanField, readonly [label: UiStringKey, hint: UiStringKey]>> = {
  area: ['actionPlanArea', 'actionPlanAreaHint'],
  purpose: ['actionPlanPurpose', 'actionPlanPurposeHint'],
  experiment: ['actionPlanExperiment', 'actionPlanExperimentHint'],
  measure: ['actionPlanMeasure', 'actionPlanMeasureHint'],
  involve: ['actionPlanInvolve', 'actionPlanInvolveHint'],
  followUp: ['actionPlanFollowUp', 'actionPlanFollowUpHint'],
};

export const principleWording: Readonly<Record<PrincipleId, UiStringKey>> = {
  purpose: 'principlePurpose',
  'marginal-gains': 'principleMarginalGains',
  'safe-to-fail': 'principleSafeToFail',
  'follow-through': 'principleFollowThrough',
  'sociotechnical-design': 'principleSociotechnicalDesign',
};
