/**
 * What both manifest writers share: their input, its checks, and the identifiers they use.
 *
 * A package holds one SCO (the whole course, launched from `index.html`). Its `imsmanifest.xml`
 * lists every other file of the package exactly once: the course files under the SCO resource,
 * and the schema files the package ships at its root under a second resource, an asset that no
 * item launches.
 */
import type { Course } from '../../course/types.js';
import { checkPackagePath, sortPaths, xmlId } from './xml.js';

export type ScormStandard = 'scorm12' | 'scorm2004';

/** The manifest's file name, at the package root. It never lists itself. */
export const manifestFileName = 'imsmanifest.xml';

/** The SCO's launch file. */
export const launchFileName = 'index.html';

/** The parts of the course a manifest describes. */
export type ManifestCourse = Pick<Course, 'id' | 'title' | 'version' | 'passMark' | 'objectives'>;

export interface ManifestInput {
  readonly course: ManifestCourse;
  /** Package paths of the course's own files, `index.html` among them. Order does not matter. */
  readonly courseFiles: readonly string[];
  /** Package paths of the schema files shipped at the root. Order does not matter. */
  readonly schemaFiles: readonly string[];
}

/** The identifiers of one manifest, all `xs:ID`s made from the course id. */
export interface ManifestIds {
  readonly manifest: string;
  readonly organization: string;
  readonly item: string;
  readonly scoResource: string;
  readonly schemaResource: string;
}

export function manifestIds(course: ManifestCourse): ManifestIds {
  const base = xmlId(course.id);
  return {
    manifest: base,
    organization: `${base}-org`,
    item: `${base}-item`,
    scoResource: `${base}-sco`,
    schemaResource: `${base}-schemas`,
  };
}

/** The input with its file lists checked and sorted, so the same files always give the same manifest. */
export function checkManifestInput(input: ManifestInput): ManifestInput {
  const courseFiles = sortPaths(input.courseFiles.map(checkPackagePath));
  const schemaFiles = sortPaths(input.schemaFiles.map(checkPackagePath));
  const seen = new Set<string>();
  for (const file of [...courseFiles, ...schemaFiles]) {
    if (file === manifestFileName) throw new Error(`${manifestFileName} is written by the packager; it cannot be one of the listed files`);
    if (seen.has(file)) throw new Error(`${file} is listed twice`);
    seen.add(file);
  }
  if (!courseFiles.includes(launchFileName)) throw new Error(`the course files have no ${launchFileName} to launch`);
  const { passMark, objectives } = input.course;
  if (!Number.isFinite(passMark) || passMark < 0 || passMark > 100) throw new Error(`passMark must be a percentage from 0 to 100, not ${passMark}`);
  const objectiveIds = new Set<string>();
  for (const objective of objectives) {
    if (objective.id.trim() === '') throw new Error('a learning objective has an empty id');
    if (objectiveIds.has(objective.id)) throw new Error(`learning objective id ${objective.id} is used twice`);
    objectiveIds.add(objective.id);
  }
  return { course: input.course, courseFiles, schemaFiles };
}

/** A percentage as a short decimal string, e.g. 80 → `80`, 72.5 → `72.5` (never exponent notation). */
export function formatDecimal(value: number): string {
  const text = Number(value.toFixed(7)).toString();
  if (/e/i.test(text)) throw new Error(`cannot write ${value} as a plain decimal`);
  return text;
}

/** Checks a `maxLength` of the SCORM 1.2 schemas, which would otherwise only show up as an invalid manifest. */
export function checkLength(what: string, value: string, maxLength: number): string {
  if (value.length > maxLength) throw new Error(`${what} is longer than the ${maxLength} characters SCORM allows: ${JSON.stringify(value)}`);
  return value;
}
