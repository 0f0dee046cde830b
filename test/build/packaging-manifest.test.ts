import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutputBundle } from 'rollup';
import { contentSecurityPolicy } from '../../src/build/content-security-policy.js';
import { renderHtmlPage } from '../../src/build/html-page.js';
import { pageStylesheet } from '../../src/build/page-stylesheet.js';
import { formatDecimal, manifestIds, type ManifestCourse, type ManifestInput } from '../../src/build/packaging/manifest.js';
import { scorm12Manifest } from '../../src/build/packaging/manifest-scorm12.js';
import { primaryObjectiveId, scorm2004Manifest } from '../../src/build/packaging/manifest-scorm2004.js';
import { packagedPage } from '../../src/build/packaging/packaged-page.js';
import { schemaFileNames } from '../../src/build/packaging/schema-files.js';
import { scormPackageFiles } from '../../src/build/packaging/scorm-package.js';
import { escapeXmlAttribute, escapeXmlText, packageHref, pathFromHref, xmlId } from '../../src/build/packaging/xml.js';
import type { Course } from '../../src/course/types.js';

const course: ManifestCourse = {
  id: 'leading-innovation',
  title: 'R&D <for> "leaders" & \'teams\'',
  version: '1.2.3',
  passMark: 72,
  objectives: [
    { id: 'purpose-explain', text: 'Explain why' },
    { id: 'gains-plan', text: 'Plan small gains' },
  ],
};

const input: ManifestInput = {
  course,
  courseFiles: ['index.html', 'assets/course-abc123.js', 'assets/course-def456.css', 'assets/img/logo one.svg'],
  schemaFiles: [...schemaFileNames.scorm12],
};

const writers = { scorm12: scorm12Manifest, scorm2004: scorm2004Manifest } as const;

/** `href`s of every `<file>`, decoded to paths. */
function listedFiles(manifest: string): string[] {
  return [...manifest.matchAll(/<file href="([^"]*)"\/>/g)].map((match) => pathFromHref(unescapeAttribute(match[1]!)));
}

function unescapeAttribute(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('XML helpers', () => {
  it('escape text and attribute values', () => {
    assert.equal(escapeXmlText('a & b < c > d "e"'), 'a &amp; b &lt; c &gt; d "e"');
    assert.equal(escapeXmlAttribute('a & "b"\tc\nd'), 'a &amp; &quot;b&quot;&#9;c&#10;d');
  });

  it('refuse characters XML cannot hold', () => {
    assert.throws(() => escapeXmlText('bell\u0007'), /U\+0007/);
    assert.throws(() => escapeXmlText('lone \uD800 surrogate'), /U\+D800/);
    assert.equal(escapeXmlText('emoji 🎉 is fine'), 'emoji 🎉 is fine');
  });

  it('make xs:IDs from any text', () => {
    assert.equal(xmlId('leading-innovation'), 'leading-innovation');
    assert.equal(xmlId('1st course'), 'ID-1st_course');
    assert.equal(xmlId('-x'), 'ID--x');
    assert.equal(xmlId('a:b/c'), 'a_b_c');
  });

  it('percent-encode file paths as hrefs, and decode them back', () => {
    assert.equal(packageHref('assets/course-abc.js'), 'assets/course-abc.js');
    assert.equal(packageHref('assets/a b#c?d&e.js'), 'assets/a%20b%23c%3Fd&e.js');
    assert.equal(packageHref('café/ü.png'), 'caf%C3%A9/%C3%BC.png');
    for (const filePath of ['assets/a b#c?d&e.js', 'café/ü.png', "x/(1)!;=+,$@'.txt"]) assert.equal(pathFromHref(packageHref(filePath)), filePath);
    for (const bad of ['', '/abs.js', '../up.js', 'a//b.js', 'a/./b.js', 'a\\b.js']) assert.throws(() => packageHref(bad), /not a relative package path/);
  });

  it('format pass marks as plain decimals', () => {
    assert.equal(formatDecimal(80), '80');
    assert.equal(formatDecimal(80 / 100), '0.8');
    assert.equal(formatDecimal(57 / 100), '0.57');
    assert.equal(formatDecimal(100 / 100), '1');
    assert.equal(formatDecimal(0), '0');
    assert.equal(formatDecimal(72.5 / 100), '0.725');
    assert.equal(formatDecimal(1 / 3), '0.3333333');
  });
});

for (const standard of ['scorm12', 'scorm2004'] as const) {
  const write = writers[standard];
  const scormTypeAttribute = standard === 'scorm12' ? 'adlcp:scormtype' : 'adlcp:scormType';

  describe(`${standard} manifest`, () => {
    const manifest = write(input);
    const ids = manifestIds(course);

    it('has the SCORM metadata', () => {
      const version = standard === 'scorm12' ? '1.2' : '2004 4th Edition';
      assert.match(manifest, new RegExp(`<metadata>\\s*<schema>ADL SCORM</schema>\\s*<schemaversion>${version}</schemaversion>\\s*</metadata>`));
      assert.match(manifest, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<manifest identifier="leading-innovation" version="1\.2\.3"/);
    });

    it('escapes the course title wherever it appears', () => {
      const titles = [...manifest.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]);
      assert.deepEqual(titles, ['R&amp;D &lt;for&gt; "leaders" &amp; \'teams\'', 'R&amp;D &lt;for&gt; "leaders" &amp; \'teams\'']);
      assert.ok(!manifest.includes('R&D'), 'no raw ampersand');
    });

    it('has one organisation with one item launching the SCO resource, index.html', () => {
      assert.match(manifest, new RegExp(`<organizations default="${ids.organization}">\\s*<organization identifier="${ids.organization}">`));
      assert.equal(manifest.match(/<item /g)?.length, 1);
      assert.match(manifest, new RegExp(`<item identifier="${ids.item}" identifierref="${ids.scoResource}"`));
      assert.match(manifest, new RegExp(`<resource identifier="${ids.scoResource}" type="webcontent" ${scormTypeAttribute}="sco" href="index.html">`));
      assert.match(manifest, new RegExp(`<resource identifier="${ids.schemaResource}" type="webcontent" ${scormTypeAttribute}="asset">`));
      assert.equal(manifest.match(/<resource /g)?.length, 2);
    });

    it('lists every file exactly once, sorted, and never itself', () => {
      const listed = listedFiles(manifest);
      assert.deepEqual([...listed].sort(), [...input.courseFiles, ...input.schemaFiles].sort());
      assert.equal(new Set(listed).size, listed.length);
      assert.ok(!listed.includes('imsmanifest.xml'));
      assert.ok(manifest.includes('<file href="assets/img/logo%20one.svg"/>'));
      const scoBlock = manifest.slice(manifest.indexOf(`identifier="${ids.scoResource}"`), manifest.indexOf(`identifier="${ids.schemaResource}"`));
      assert.deepEqual(listedFiles(scoBlock), ['assets/course-abc123.js', 'assets/course-def456.css', 'assets/img/logo one.svg', 'index.html']);
    });

    it('is deterministic: the same files in any order give the same text', () => {
      const shuffled: ManifestInput = { course, courseFiles: [...input.courseFiles].reverse(), schemaFiles: [...input.schemaFiles].reverse() };
      assert.equal(write(shuffled), manifest);
      assert.equal(write(input), manifest);
    });

    it('escapes file names', () => {
      const tricky = write({ ...input, courseFiles: [...input.courseFiles, 'assets/R&D "x".js'] });
      assert.ok(tricky.includes('<file href="assets/R&amp;D%20%22x%22.js"/>'), tricky);
      assert.ok(listedFiles(tricky).includes('assets/R&D "x".js'));
    });

    it('refuses inputs that would make a wrong package', () => {
      assert.throws(() => write({ ...input, courseFiles: ['assets/a.js'] }), /no index\.html/);
      assert.throws(() => write({ ...input, courseFiles: [...input.courseFiles, 'imsmanifest.xml'] }), /imsmanifest\.xml is written by the packager/);
      assert.throws(() => write({ ...input, courseFiles: [...input.courseFiles, 'index.html'] }), /listed twice/);
      assert.throws(() => write({ ...input, schemaFiles: ['index.html'] }), /listed twice/);
      assert.throws(() => write({ ...input, courseFiles: [...input.courseFiles, '../secret.txt'] }), /not a relative package path/);
      assert.throws(() => write({ ...input, course: { ...course, passMark: 101 } }), /passMark/);
      assert.throws(() => write({ ...input, course: { ...course, passMark: Number.NaN } }), /passMark/);
      const twice = [{ id: 'a', text: 'A' }, { id: 'a', text: 'again' }];
      assert.throws(() => write({ ...input, course: { ...course, objectives: twice } }), /used twice/);
      assert.throws(() => write({ ...input, course: { ...course, title: 'bad\u0001title' } }), /U\+0001/);
    });
  });
}

describe('scorm12 manifest: mastery score', () => {
  it('is the pass mark, on the item', () => {
    for (const passMark of [0, 72, 80, 100]) {
      const manifest = scorm12Manifest({ ...input, course: { ...course, passMark } });
      assert.match(manifest, new RegExp(`<title>[^<]*</title>\\s*<adlcp:masteryscore>${passMark}</adlcp:masteryscore>\\s*</item>`));
    }
  });

  it('refuses what the SCORM 1.2 schema would reject', () => {
    assert.throws(() => scorm12Manifest({ ...input, course: { ...course, version: '1.0.0-really.long.prerelease' } }), /20 characters/);
    assert.throws(() => scorm12Manifest({ ...input, course: { ...course, title: 'x'.repeat(201) } }), /200 characters/);
  });
});

describe('scorm2004 manifest: sequencing objectives', () => {
  const manifest = scorm2004Manifest(input);

  it('has a primary objective satisfied by measure at passMark / 100', () => {
    assert.match(
      manifest,
      new RegExp(
        `<imsss:primaryObjective objectiveID="${primaryObjectiveId}" satisfiedByMeasure="true">\\s*<imsss:minNormalizedMeasure>0\\.72</imsss:minNormalizedMeasure>\\s*</imsss:primaryObjective>`,
      ),
    );
    for (const [passMark, measure] of [[80, '0.8'], [100, '1'], [0, '0'], [5, '0.05']] as const) {
      const other = scorm2004Manifest({ ...input, course: { ...course, passMark } });
      assert.ok(other.includes(`<imsss:minNormalizedMeasure>${measure}</imsss:minNormalizedMeasure>`), `passMark ${passMark}`);
    }
  });

  it('has one objective per learning objective, in course order, after the primary one', () => {
    const objectiveIds = [...manifest.matchAll(/<imsss:objective objectiveID="([^"]*)"\/>/g)].map((match) => match[1]);
    // As the runtime reports them in cmi.objectives.n.id: letters, digits, _ and . only.
    assert.deepEqual(objectiveIds, ['purpose_explain', 'gains_plan']);
    assert.ok(manifest.indexOf('<imsss:primaryObjective') < manifest.indexOf('<imsss:objective '));
    const escaped = scorm2004Manifest({ ...input, course: { ...course, objectives: [{ id: 'a&b', text: 'x' }] } });
    assert.ok(escaped.includes('<imsss:objective objectiveID="a_b"/>'));
  });

  it('lets the content set completion and success', () => {
    assert.match(manifest, /<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"\/>/);
  });

  it('refuses a learning objective that takes the primary objective id', () => {
    assert.throws(() => scorm2004Manifest({ ...input, course: { ...course, objectives: [{ id: primaryObjectiveId, text: 'x' }] } }), /primary objective/);
  });
});

describe('package files', () => {
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  const courseFiles = new Map([
    ['index.html', bytes('<!doctype html>')],
    ['assets/course-a.js', bytes('js')],
  ]);
  const schemaFiles = new Map([['ims_xml.xsd', bytes('<xsd/>')]]);

  it('are the course files, the schema files and the manifest, in path order', () => {
    const files = scormPackageFiles({ standard: 'scorm12', course, courseFiles, schemaFiles });
    assert.deepEqual([...files.keys()], ['assets/course-a.js', 'ims_xml.xsd', 'imsmanifest.xml', 'index.html']);
    const manifest = Buffer.from(files.get('imsmanifest.xml')!).toString('utf8');
    assert.deepEqual(listedFiles(manifest).sort(), [...files.keys()].filter((file) => file !== 'imsmanifest.xml').sort());
  });

  it('refuse a course file that would overwrite a schema file', () => {
    const clash = new Map([...courseFiles, ['ims_xml.xsd', bytes('mine')]]);
    assert.throws(() => scormPackageFiles({ standard: 'scorm2004', course, courseFiles: clash, schemaFiles }), /both a course file and a schema file/);
  });
});

describe('packaged index.html', () => {
  // Only the fields renderHtmlPage and pageStylesheet read.
  const pageCourse = {
    title: 'Leading <Innovation>',
    version: '0.1.0',
    language: 'en-GB',
    audience: 'Leaders',
    branding: { name: 'LI', logoAlt: '', colours: { primary: '#1d4f91', primaryText: '#ffffff', accent: '#f2a900', background: '#ffffff', text: '#1a1a1a' } },
  } as unknown as Course;
  const css = pageStylesheet(pageCourse.branding.colours);
  const bundle = {
    'assets/course-X.js': { type: 'chunk', isEntry: true, fileName: 'assets/course-X.js', code: '' },
    'assets/other.css': { type: 'asset', fileName: 'assets/other.css', source: 'body{}' },
    'assets/course-1.css': { type: 'asset', fileName: 'assets/course-1.css', source: css },
  } as unknown as OutputBundle;
  const hosted = renderHtmlPage({
    course: pageCourse,
    contentSecurityPolicy: contentSecurityPolicy({}),
    script: { src: 'assets/course-X.js' },
    style: { href: 'assets/course-1.css' },
  });

  it('is the hosted page with the LMS standard pinned, and nothing else changed', () => {
    for (const standard of ['scorm12', 'scorm2004'] as const) {
      const page = packagedPage(pageCourse, bundle, hosted, standard);
      const meta = `<meta name="leading-innovation:lms" content="${standard}">`;
      assert.ok(page.includes(meta));
      assert.equal(page.replace(`${meta}\n`, ''), hosted);
    }
  });

  it('refuses a hosted page that renderHtmlPage would not give for the bundle', () => {
    assert.throws(() => packagedPage(pageCourse, bundle, hosted.replace('<body>', '<body class="x">'), 'scorm12'), /html-page-plugin/);
  });
});
