/**
 * Rollup plugin for the hosted build: once the hosted files are written (dist/web), makes a
 * SCORM 1.2 and a SCORM 2004 4th Edition package from them. For each standard it writes an
 * unpacked folder (`<distDir>/scorm12/`, `<distDir>/scorm2004/`: the hosted files with
 * `index.html` pinned to the standard, the schema files and `imsmanifest.xml` at the root) and
 * a deterministic zip of that folder (`<distDir>/leading-innovation-scorm12.zip`, …).
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'rollup';
import type { Course } from '../../course/types.js';
import { launchFileName, type ScormStandard } from './manifest.js';
import { packagedPage } from './packaged-page.js';
import { readSchemaFiles } from './schema-files.js';
import { scormPackageFiles } from './scorm-package.js';
import { sortPaths } from './xml.js';
import { createZip } from './zip.js';

export interface ScormPackagesPluginOptions {
  readonly course: Promise<Course>;
  /** The build's output root; the hosted build writes to `<distDir>/web`. */
  readonly distDir: string;
  /** Default: both. */
  readonly standards?: readonly ScormStandard[];
  /** Zip name before `-<standard>.zip`. Default `leading-innovation`. */
  readonly zipBaseName?: string;
}

export const scormStandards: readonly ScormStandard[] = ['scorm12', 'scorm2004'];

export function scormPackageZipName(standard: ScormStandard, baseName = 'leading-innovation'): string {
  return `${baseName}-${standard}.zip`;
}

export function scormPackagesPlugin(options: ScormPackagesPluginOptions): Plugin {
  return {
    name: 'leading-innovation:scorm-packages',
    writeBundle: {
      // After every other plugin's writeBundle, so files they add to the output are packaged too.
      order: 'post',
      sequential: true,
      async handler(outputOptions, bundle) {
        const course = await options.course;
        const hostedDir = outputOptions.dir;
        if (!hostedDir) this.error('the hosted build must write to a folder (output.dir)');

        const hostedFiles = await readTree(hostedDir);
        const hostedIndex = hostedFiles.get(launchFileName);
        if (!hostedIndex) this.error(`the hosted build wrote no ${launchFileName}`);

        for (const standard of options.standards ?? scormStandards) {
          let indexHtml: string;
          try {
            indexHtml = packagedPage(course, bundle, Buffer.from(hostedIndex).toString('utf8'), standard);
          } catch (error) {
            this.error(error instanceof Error ? error.message : String(error));
          }
          const courseFiles = new Map(hostedFiles);
          courseFiles.set(launchFileName, Buffer.from(indexHtml, 'utf8'));
          const files = scormPackageFiles({ standard, course, courseFiles, schemaFiles: await readSchemaFiles(standard) });

          const folder = path.join(options.distDir, standard);
          await rm(folder, { recursive: true, force: true });
          for (const [filePath, data] of files) {
            const target = path.join(folder, ...filePath.split('/'));
            await mkdir(path.dirname(target), { recursive: true });
            await writeFile(target, data);
          }
          const zipPath = path.join(options.distDir, scormPackageZipName(standard, options.zipBaseName));
          const zip = createZip(files);
          await writeFile(zipPath, zip);
          this.info(`${zipPath}: ${files.size} files, ${(zip.length / 1024).toFixed(1)} KiB`);
        }
      },
    },
  };
}

/** Every file under a folder, by `/`-separated relative path, in path order. */
async function readTree(root: string): Promise<Map<string, Uint8Array>> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.push(child);
      else throw new Error(`${path.join(root, child)} is neither a file nor a folder; it cannot go in a SCORM package`);
    }
  }
  await walk('');
  const files = new Map<string, Uint8Array>();
  for (const file of sortPaths(found)) files.set(file, await readFile(path.join(root, ...file.split('/'))));
  return files;
}
