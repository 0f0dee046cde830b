/** Rules for the action plan and the certificate details kept in progress. Pure. */
import { actionPlanFields, type ActionPlanField } from '../course/types.js';
import { capReflection } from './progress-update.js';
import type { Progress } from './progress.js';

export const MAX_NAME_LENGTH = 120;

export function isActionPlanField(field: unknown): field is ActionPlanField {
  return typeof field === 'string' && (actionPlanFields as readonly string[]).includes(field);
}

/** A real calendar day written `yyyy-mm-dd`. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export function recordActionPlan(progress: Progress, field: ActionPlanField, text: string): Progress {
  return { ...progress, actionPlan: { ...progress.actionPlan, [field]: capReflection(text) } };
}

export function recordLearnerName(progress: Progress, name: string): Progress {
  return { ...progress, learnerName: name.slice(0, MAX_NAME_LENGTH) };
}

/** The first completion day is kept; later ones change nothing. */
export function recordCompletedOn(progress: Progress, day: string): Progress {
  return progress.completedOn ? progress : { ...progress, completedOn: day };
}
