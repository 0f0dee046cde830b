/** The files of one SCORM package: the course files, the shipped schema files and the manifest. */
import { manifestFileName, type ManifestCourse, type ScormStandard } from './manifest.js';
import { scorm12Manifest } from './manifest-scorm12.js';
import { scorm2004Manifest } from './manifest-scorm2004.js';
import { sortPaths } from './xml.js';

export const manifestWriters: Readonly<Record<ScormStandard, typeof scorm12Manifest>> = {
  scorm12: scorm12Manifest,
  scorm2004: scorm2004Manifest,
};

export interface ScormPackageInput {
  readonly standard: ScormStandard;
  readonly course: ManifestCourse;
  /** The course's files by package path, `index.html` (already pinned to the standard) among them. */
  readonly courseFiles: ReadonlyMap<string, Uint8Array>;
  /** The official schema files, placed at the package root. */
  readonly schemaFiles: ReadonlyMap<string, Uint8Array>;
}

/** Every file of the package by path, in path order, `imsmanifest.xml` included. */
export function scormPackageFiles(input: ScormPackageInput): Map<string, Uint8Array> {
  for (const name of input.schemaFiles.keys()) {
    if (input.courseFiles.has(name)) throw new Error(`${name} is both a course file and a schema file`);
  }
  const manifest = manifestWriters[input.standard]({
    course: input.course,
    courseFiles: [...input.courseFiles.keys()],
    schemaFiles: [...input.schemaFiles.keys()],
  });
  const all = new Map<string, Uint8Array>([...input.courseFiles, ...input.schemaFiles, [manifestFileName, Buffer.from(manifest, 'utf8')]]);
  return new Map(sortPaths(all.keys()).map((path) => [path, all.get(path)!]));
}
