/**
 * The generated manifests against the official schemas (XSD, through the wrapper root schemas)
 * and the project's Schematron rules, both with xmllint-wasm. The standards kit's invalid
 * examples, and broken variants of our own manifests, must fail: that shows the validator
 * really checks what it claims to.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileCourse } from '../../src/build/content/compile-course.js';
import type { ScormStandard } from '../../src/build/packaging/manifest.js';
import { schemaFileNames, schemasDir } from '../../src/build/packaging/schema-files.js';
import { manifestWriters } from '../../src/build/packaging/scorm-package.js';
import { validateManifest, validateManifests, type ManifestValidation } from '../../src/build/packaging/validate-manifest.js';
import type { Course } from '../../src/course/types.js';

const fixturesDir = fileURLToPath(new URL('./packaging-fixtures/', import.meta.url));
const standards = ['scorm12', 'scorm2004'] as const;

/** A hosted build's files as the packager would list them (names as Rollup gives them). */
const syntheticCourseFiles = ['index.html', 'assets/course-Ab12Cd34.js', 'assets/course-0f1e2d3c.css', 'assets/images/logo mark.svg'];

async function fixture(name: string): Promise<string> {
  return readFile(path.join(fixturesDir, name), 'utf8');
}

function describeResult(result: ManifestValidation): string {
  return result.messages.join('\n') || '(no messages)';
}

/** sha256 prefixes of the shipped schema files, as recorded in schemas/README.md. */
const shippedHashes: Record<ScormStandard, Record<string, string>> = {
  scorm12: {
    'imscp_rootv1p1p2.xsd': 'e45606348d7f5178',
    'adlcp_rootv1p2.xsd': '166397a1f52585ca',
    'imsmd_rootv1p2p1.xsd': '83879be70d6bdff1',
    'ims_xml.xsd': '2a41783dae129a5a',
  },
  scorm2004: {
    'XMLSchema.dtd': 'c69f01c9bc174fef',
    'datatypes.dtd': '6946432ca7af2e95',
    'xml.xsd': '95907dad3dea7deb',
    'imscp_v1p1.xsd': 'a5333c5b9a392d4f',
    'adlcp_v1p3.xsd': '87cefec31b160a1e',
    'adlseq_v1p3.xsd': '162b5ca35a3fc431',
    'adlnav_v1p3.xsd': '1fc2678e9acaee07',
    'imsss_v1p0.xsd': '53565d8b23842d5b',
    'imsss_v1p0auxresource.xsd': 'c0dd16d707f37c4d',
    'imsss_v1p0control.xsd': 'c8564177ca7b1c24',
    'imsss_v1p0delivery.xsd': '58d4f343e3302e29',
    'imsss_v1p0limit.xsd': 'debda0a7fe2a1ce6',
    'imsss_v1p0objective.xsd': '776e091df47e9344',
    'imsss_v1p0random.xsd': '3442393c455d8a98',
    'imsss_v1p0rollup.xsd': '85100e4c7ba8eff7',
    'imsss_v1p0seqrule.xsd': 'b8fbd362e2408d31',
    'imsss_v1p0util.xsd': 'b7234f3f62ede3f8',
  },
};

describe('schemas/', () => {
  for (const standard of standards) {
    it(`${standard}: ships exactly the listed official files, unchanged since they were copied`, async () => {
      const onDisk = (await readdir(path.join(schemasDir, standard))).sort();
      assert.deepEqual(onDisk, [...schemaFileNames[standard]].sort());
      assert.deepEqual(Object.keys(shippedHashes[standard]).sort(), onDisk);
      for (const name of onDisk) {
        const hash = createHash('sha256').update(await readFile(path.join(schemasDir, standard, name))).digest('hex').slice(0, 16);
        assert.equal(hash, shippedHashes[standard][name], name);
      }
    });
  }

  it('the validation copy of imsmd_rootv1p2p1.xsd differs from the shipped one only in the grp.any wildcard', async () => {
    const shipped = (await readFile(path.join(schemasDir, 'scorm12', 'imsmd_rootv1p2p1.xsd'), 'utf8')).split('\n');
    const validation = (await readFile(path.join(schemasDir, 'validation', 'scorm12', 'imsmd_rootv1p2p1.xsd'), 'utf8')).split('\n');
    assert.equal(validation.length, shipped.length);
    const changed = shipped.flatMap((line, index) => (line === validation[index] ? [] : [index + 1]));
    assert.deepEqual(changed, [54]);
    assert.equal(shipped[53]!.replace('namespace="##any"', 'namespace="##other"'), validation[53]);
  });
});

// Each breaks a generated manifest in one way; it must fail in the named check.
const breakages: readonly { standard: ScormStandard; what: string; failsIn: 'xsd' | 'schematron'; edit: (xml: string) => string }[] = [
  { standard: 'scorm12', what: 'a mastery score over 100', failsIn: 'schematron', edit: (xml) => xml.replace(/<adlcp:masteryscore>\d+/, '<adlcp:masteryscore>150') },
  { standard: 'scorm12', what: 'a wrong schemaversion', failsIn: 'schematron', edit: (xml) => xml.replace('<schemaversion>1.2<', '<schemaversion>1.3<') },
  { standard: 'scorm12', what: 'a resource without adlcp:scormtype', failsIn: 'schematron', edit: (xml) => xml.replace(' adlcp:scormtype="sco"', '') },
  { standard: 'scorm12', what: 'a misspelt adlcp element', failsIn: 'xsd', edit: (xml) => xml.replace(/adlcp:masteryscore/g, 'adlcp:masteryScore') },
  { standard: 'scorm2004', what: 'a minNormalizedMeasure over 1', failsIn: 'xsd', edit: (xml) => xml.replace(/<imsss:minNormalizedMeasure>[^<]+/, '<imsss:minNormalizedMeasure>1.5') },
  { standard: 'scorm2004', what: 'satisfiedByMeasure that is not a boolean', failsIn: 'xsd', edit: (xml) => xml.replace('satisfiedByMeasure="true"', 'satisfiedByMeasure="yes"') },
  { standard: 'scorm2004', what: 'a wrong schemaversion', failsIn: 'schematron', edit: (xml) => xml.replace('<schemaversion>2004 4th Edition<', '<schemaversion>2004 3rd Edition<') },
  { standard: 'scorm2004', what: 'a dangling identifierref', failsIn: 'schematron', edit: (xml) => xml.replace(/identifierref="[^"]+"/, 'identifierref="nowhere"') },
  { standard: 'scorm2004', what: 'a duplicate identifier', failsIn: 'xsd', edit: (xml) => xml.replace(/<item identifier="[^"]+"/, '<item identifier="leading-innovation-sco"') },
];

const invalidExamples = [
  { file: 'scorm12-xsd-bad-scormtype.xml', standard: 'scorm12', failsIn: 'xsd', message: /scormtype.*'scoo'/ },
  { file: 'scorm2004-xsd-bad-scormType.xml', standard: 'scorm2004', failsIn: 'xsd', message: /scormType.*'SCO'/ },
  { file: 'scorm12-sch-missing-identifierref.xml', standard: 'scorm12', failsIn: 'schematron', message: /leaf item must have an identifierref/ },
  { file: 'scorm2004-sch-dangling-identifierref.xml', standard: 'scorm2004', failsIn: 'schematron', message: /identifierref must match a resource/ },
] as const;

describe('manifest validation', () => {
  let course: Course;
  const manifests = {} as Record<ScormStandard, string>;
  // Every document is validated up front, one xmllint run per standard and check, since each
  // run of xmllint-wasm costs about 0.3 s; the tests below look the results up by name.
  const results = new Map<string, ManifestValidation>();
  const result = (name: string): ManifestValidation => results.get(name) ?? assert.fail(`no result for ${name}`);

  before(async () => {
    const compiled = await compileCourse({ contentDir: fileURLToPath(new URL('../../content', import.meta.url)) });
    assert.ok(compiled.course, 'content/ compiles');
    course = compiled.course;
    const documents: { standard: ScormStandard; name: string; xml: string }[] = [];
    for (const standard of standards) {
      manifests[standard] = manifestWriters[standard]({ course, courseFiles: syntheticCourseFiles, schemaFiles: schemaFileNames[standard] });
      documents.push({ standard, name: `generated ${standard}`, xml: manifests[standard] });
      documents.push({ standard, name: `${standard}-valid-example.xml`, xml: await fixture(`${standard}-valid-example.xml`) });
    }
    for (const example of invalidExamples) documents.push({ standard: example.standard, name: example.file, xml: await fixture(example.file) });
    for (const breakage of breakages) {
      const broken = breakage.edit(manifests[breakage.standard]);
      assert.notEqual(broken, manifests[breakage.standard], `the edit for ${breakage.what} applies`);
      documents.push({ standard: breakage.standard, name: `${breakage.standard}: ${breakage.what}`, xml: broken });
    }
    for (const standard of standards) {
      const ofStandard = documents.filter((document) => document.standard === standard);
      const validated = await validateManifests(standard, ofStandard.map((document) => document.xml));
      ofStandard.forEach((document, index) => results.set(document.name, validated[index]!));
    }
  });

  describe('the validator, on the standards kit examples', () => {
    for (const standard of standards) {
      it(`${standard}: accepts the kit's valid example`, () => {
        const validation = result(`${standard}-valid-example.xml`);
        assert.ok(validation.valid, describeResult(validation));
      });
    }

    for (const example of invalidExamples) {
      it(`rejects ${example.file} in its ${example.failsIn} check`, () => {
        const validation = result(example.file);
        assert.equal(validation.valid, false);
        assert.equal(validation[example.failsIn].valid, false, 'the expected check fails');
        assert.equal(validation[example.failsIn === 'xsd' ? 'schematron' : 'xsd'].valid, true, 'the other check passes: the example is broken in one way only');
        assert.match(validation[example.failsIn].messages.join('\n'), example.message);
      });
    }

    it('gives the same verdict for a manifest validated on its own', async () => {
      const alone = await validateManifest('scorm12', await fixture('scorm12-sch-missing-identifierref.xml'));
      assert.deepEqual(alone.schematron, result('scorm12-sch-missing-identifierref.xml').schematron);
      assert.equal(alone.xsd.valid, true);
    });
  });

  describe('generated manifests for the real course (compiled content/, synthetic file list)', () => {
    for (const standard of standards) {
      it(`${standard}: validates against the official schemas and the rules`, () => {
        const validation = result(`generated ${standard}`);
        assert.ok(validation.xsd.valid, `XSD:\n${describeResult(validation)}`);
        assert.ok(validation.schematron.valid, `Schematron:\n${describeResult(validation)}`);
        assert.ok(manifests[standard].includes('<file href="assets/images/logo%20mark.svg"/>'));
        assert.ok(course.objectives.length > 0);
      });
    }

    for (const breakage of breakages) {
      it(`${breakage.standard}: fails the ${breakage.failsIn} check with ${breakage.what}`, () => {
        const validation = result(`${breakage.standard}: ${breakage.what}`);
        assert.equal(validation[breakage.failsIn].valid, false, `expected the ${breakage.failsIn} check to fail`);
        assert.ok(validation[breakage.failsIn].messages.length > 0, 'with a message');
      });
    }
  });
});
