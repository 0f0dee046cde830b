/**
 * Validates an `imsmanifest.xml` the way schemas/README.md describes, with xmllint-wasm (libxml2
 * compiled to WebAssembly, so no system xmllint is needed and nothing is fetched):
 * 1. XSD: the wrapper root schema from `schemas/validation/`, which imports every namespace a
 *    manifest may use, with the official schemas (the ones the package ships, plus the LOM
 *    schemas the 2004 wrapper imports) given to xmllint as preloaded files;
 * 2. Schematron: the project's `*_rules.sch` for what an XSD cannot check (identifierref targets,
 *    leaf items, schema/schemaversion values, a missing scormtype/scormType).
 * xmllint-wasm has no option for Schematron, but its libxml2 build includes it, so the
 * `--schema` argument is swapped for `--schematron`.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import type { ScormStandard } from './manifest.js';
import { schemaFileNames, schemasDir } from './schema-files.js';

const rootSchemaName: Readonly<Record<ScormStandard, string>> = {
  scorm12: 'scorm12_root.xsd',
  scorm2004: 'scorm2004_4th_root.xsd',
};

const rulesName: Readonly<Record<ScormStandard, string>> = {
  scorm12: 'scorm12_rules.sch',
  scorm2004: 'scorm2004_4th_rules.sch',
};

export interface CheckResult {
  readonly valid: boolean;
  /** xmllint's messages about this document, empty when valid. */
  readonly messages: readonly string[];
}

export interface ManifestValidation {
  readonly valid: boolean;
  readonly xsd: CheckResult;
  readonly schematron: CheckResult;
  /** The messages of both checks. */
  readonly messages: readonly string[];
}

/**
 * Every schema file xmllint needs for one standard, by the name it has in xmllint's in-memory file
 * system: all in one folder, as in a package, so relative `schemaLocation`s resolve. A file in
 * `validation/<standard>/` replaces a shipped one of the same name (see schemas/README.md).
 */
export async function validationFiles(standard: ScormStandard, dir: string = schemasDir): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of schemaFileNames[standard]) files.set(name, await readFile(path.join(dir, standard, name), 'utf8'));
  const validationDir = path.join(dir, 'validation', standard);
  for (const relative of await listTree(validationDir)) files.set(relative, await readFile(path.join(validationDir, ...relative.split('/')), 'utf8'));
  return files;
}

export async function validateManifest(standard: ScormStandard, manifestXml: string, dir: string = schemasDir): Promise<ManifestValidation> {
  const results = await validateManifests(standard, [manifestXml], dir);
  return results[0]!;
}

/**
 * Validates several manifests of one standard with one xmllint run per check (starting
 * xmllint-wasm costs about 0.3 s a run). Results are in the order of the input. Rejects if a
 * document is not well-formed XML or a schema does not compile.
 */
export async function validateManifests(standard: ScormStandard, manifests: readonly string[], dir: string = schemasDir): Promise<ManifestValidation[]> {
  if (manifests.length === 0) return [];
  const files = await validationFiles(standard, dir);
  const names = manifests.map((_xml, index) => `manifest-${index}.xml`);
  const xml: XMLFileInfo[] = manifests.map((contents, index) => ({ fileName: names[index]!, contents }));
  const fileInfo = (name: string): XMLFileInfo => ({ fileName: name, contents: files.get(name) ?? missing(name) });

  const root = rootSchemaName[standard];
  const xsd = await validateXML({
    xml,
    schema: fileInfo(root),
    preload: [...files.keys()].filter((name) => name !== root && !name.endsWith('.sch')).map(fileInfo),
  });
  const schematron = await validateXML({
    xml,
    schema: fileInfo(rulesName[standard]),
    modifyArguments: (args) => args.map((arg) => (arg === '--schema' ? '--schematron' : arg)),
  });
  const xsdResults = resultsByFile(xsd.rawOutput, names);
  const schematronResults = resultsByFile(schematron.rawOutput, names);
  return names.map((name) => {
    const xsdResult = xsdResults.get(name)!;
    const schematronResult = schematronResults.get(name)!;
    return {
      valid: xsdResult.valid && schematronResult.valid,
      xsd: xsdResult,
      schematron: schematronResult,
      messages: [...xsdResult.messages, ...schematronResult.messages],
    };
  });
}

/**
 * Splits xmllint's output by document: it checks the files in turn, printing each one's messages
 * and then `<file> validates` or `<file> fails to validate`. A file without such a line failed.
 */
function resultsByFile(output: string, names: readonly string[]): Map<string, CheckResult> {
  const results = new Map<string, CheckResult>();
  let pending: string[] = [];
  for (const line of output.split('\n')) {
    const status = /^(\S+) (validates|fails to validate)$/.exec(line);
    if (status && names.includes(status[1]!) && !results.has(status[1]!)) {
      results.set(status[1]!, { valid: status[2] === 'validates', messages: status[2] === 'validates' ? [] : pending });
      pending = [];
    } else if (line.trim() !== '') {
      pending.push(line);
    }
  }
  for (const name of names) {
    if (!results.has(name)) results.set(name, { valid: false, messages: [...pending, `${name}: xmllint gave no result`] });
  }
  return results;
}

function missing(name: string): never {
  throw new Error(`schema file ${name} is missing from schemas/`);
}

async function listTree(root: string, relative = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listTree(root, child)));
    else found.push(child);
  }
  return found.sort();
}
