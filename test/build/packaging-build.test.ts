/**
 * The real packages, from the real build. Runs the Rollup build twice, at once, into two
 * temporary folders (`LI_DIST_DIR`, which rollup.config.mjs honours), so the test never depends
 * on a stale `dist/` and the two builds can be compared byte for byte.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { lmsStandardMetaName } from '../../src/build/html-page.js';
import type { ScormStandard } from '../../src/build/packaging/manifest.js';
import { readZip, type ZipEntry } from '../../src/build/packaging/read-zip.js';
import { schemaFileNames, schemasDir } from '../../src/build/packaging/schema-files.js';
import { scormPackageZipName } from '../../src/build/packaging/scorm-packages-plugin.js';
import { validateManifests, type ManifestValidation } from '../../src/build/packaging/validate-manifest.js';
import { pathFromHref } from '../../src/build/packaging/xml.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const standards = ['scorm12', 'scorm2004'] as const;
const run = promisify(execFile);

async function build(distDir: string): Promise<void> {
  try {
    await run(process.execPath, ['--import', 'tsx', 'node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.mjs'], {
      cwd: projectRoot,
      env: { ...process.env, LI_DIST_DIR: distDir },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`the build into ${distDir} failed:\n${stderr ?? ''}\n${stdout ?? ''}`);
  }
}

async function readTree(root: string, relative = ''): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [name, data] of await readTree(root, child)) files.set(name, data);
    else files.set(child, await readFile(path.join(root, child)));
  }
  return files;
}

function unescapeAttribute(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The paths of every `<file href>` in a manifest. */
function manifestFiles(manifest: string): string[] {
  return [...manifest.matchAll(/<file\s+href="([^"]*)"\s*\/>/g)].map((match) => pathFromHref(unescapeAttribute(match[1]!)));
}

interface BuiltPackage {
  readonly zip: Buffer;
  readonly secondZip: Buffer;
  readonly entries: ZipEntry[];
  readonly byPath: Map<string, Buffer>;
  readonly manifest: string;
  readonly validation: ManifestValidation;
}

describe('the built SCORM packages', () => {
  const folders: string[] = [];
  let first = '';
  const packages = {} as Record<ScormStandard, BuiltPackage>;
  let hosted: Map<string, Buffer>;

  before(async () => {
    first = await mkdtemp(path.join(tmpdir(), 'li-packaging-a-'));
    const second = await mkdtemp(path.join(tmpdir(), 'li-packaging-b-'));
    folders.push(first, second);
    await Promise.all([build(first), build(second)]);
    hosted = await readTree(path.join(first, 'web'));
    for (const standard of standards) {
      const zip = await readFile(path.join(first, scormPackageZipName(standard)));
      const entries = readZip(zip);
      const byPath = new Map(entries.map((entry) => [entry.path, entry.data]));
      const manifest = byPath.get('imsmanifest.xml')?.toString('utf8') ?? assert.fail(`${standard}: no imsmanifest.xml in the zip`);
      const secondZip = await readFile(path.join(second, scormPackageZipName(standard)));
      packages[standard] = { zip, secondZip, entries, byPath, manifest, validation: undefined as unknown as ManifestValidation };
    }
    for (const standard of standards) {
      const [validation] = await validateManifests(standard, [packages[standard].manifest]);
      packages[standard] = { ...packages[standard], validation: validation! };
    }
  });

  after(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  for (const standard of standards) {
    describe(standard, () => {
      it('two builds give identical zip bytes', () => {
        const { zip, secondZip } = packages[standard];
        assert.ok(zip.length > 0);
        assert.ok(zip.equals(secondZip), 'the zips differ between two builds of the same sources');
      });

      it('has its entries sorted by path, imsmanifest.xml at the root', () => {
        const paths = packages[standard].entries.map((entry) => entry.path);
        assert.deepEqual(paths, [...paths].sort());
        assert.equal(new Set(paths).size, paths.length);
        assert.ok(paths.includes('imsmanifest.xml'));
      });

      it('lists every file in the zip in the manifest, and every listed file is in the zip', () => {
        const { entries, manifest } = packages[standard];
        const inZip = entries.map((entry) => entry.path).filter((entryPath) => entryPath !== 'imsmanifest.xml').sort();
        const listed = manifestFiles(manifest);
        assert.equal(new Set(listed).size, listed.length, 'no file is listed twice');
        assert.deepEqual([...listed].sort(), inZip);
        const launch = /<resource [^>]*href="([^"]*)"/.exec(manifest);
        assert.equal(launch?.[1], 'index.html');
      });

      it('validates against the official schemas and the rules', () => {
        const { validation } = packages[standard];
        assert.ok(validation.valid, validation.messages.join('\n'));
      });

      it('has an index.html pinned to its standard, otherwise the hosted page', () => {
        const page = packages[standard].byPath.get('index.html')!.toString('utf8');
        const meta = `<meta name="${lmsStandardMetaName}" content="${standard}">`;
        assert.equal(page.split(meta).length, 2, 'the meta appears once');
        assert.equal(page.split(`name="${lmsStandardMetaName}"`).length, 2, 'and no other LMS meta');
        const hostedPage = hosted.get('index.html')!.toString('utf8');
        assert.ok(!hostedPage.includes(lmsStandardMetaName), 'the hosted page stays unpinned');
        assert.equal(page.replace(`${meta}\n`, ''), hostedPage);
      });

      it('holds every hosted file unchanged, and the official schema files', async () => {
        const { byPath } = packages[standard];
        for (const [name, data] of hosted) {
          if (name === 'index.html') continue;
          assert.ok(byPath.get(name)?.equals(data), `${name} is in the package unchanged`);
        }
        for (const name of schemaFileNames[standard]) {
          assert.ok(byPath.get(name)?.equals(await readFile(path.join(schemasDir, standard, name))), `${name} is in the package unchanged`);
        }
        assert.equal(byPath.size, hosted.size + schemaFileNames[standard].length + 1, 'nothing else');
      });

      it('writes the unpacked folder with exactly the files of the zip', async () => {
        const unpacked = await readTree(path.join(first, standard));
        assert.deepEqual([...unpacked.keys()].sort(), packages[standard].entries.map((entry) => entry.path));
        for (const [name, data] of unpacked) assert.ok(packages[standard].byPath.get(name)?.equals(data), name);
      });
    });
  }
});
