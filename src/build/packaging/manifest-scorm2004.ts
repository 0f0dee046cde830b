/**
 * `imsmanifest.xml` for SCORM 2004 4th Edition (IMS Content Packaging 1.1.4 with the ADL
 * `adlcp_v1p3` extensions and IMS Simple Sequencing).
 */
import { checkManifestInput, formatDecimal, launchFileName, manifestIds, type ManifestInput } from './manifest.js';
import { escapeXmlAttribute as attr, escapeXmlText as text, packageHref } from './xml.js';
import { scormIdentifier } from '../../tracking/scorm-formats.js';

export const scorm2004Namespaces = {
  imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/**
 * `objectiveID` of the SCO's primary objective: satisfied when the normalised score reaches the
 * pass mark. Upper case, so it cannot clash with a course objective id (those are kebab-case);
 * a clash is still refused below.
 */
export const primaryObjectiveId = 'PRIMARY';

export function scorm2004Manifest(input: ManifestInput): string {
  const { course, courseFiles, schemaFiles } = checkManifestInput(input);
  if (course.objectives.some((objective) => objective.id === primaryObjectiveId)) {
    throw new Error(`a learning objective has the id ${primaryObjectiveId}, which the manifest uses for the primary objective`);
  }
  const ids = manifestIds(course);
  const title = text(course.title);
  const fileLines = (files: readonly string[]) => files.map((file) => `      <file href="${attr(packageHref(file))}"/>`);
  const ns = scorm2004Namespaces;

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${attr(ids.manifest)}" version="${attr(course.version)}"`,
    `          xmlns="${ns.imscp}"`,
    `          xmlns:adlcp="${ns.adlcp}"`,
    `          xmlns:adlseq="${ns.adlseq}"`,
    `          xmlns:adlnav="${ns.adlnav}"`,
    `          xmlns:imsss="${ns.imsss}"`,
    `          xmlns:xsi="${ns.xsi}"`,
    `          xsi:schemaLocation="${ns.imscp} imscp_v1p1.xsd ${ns.adlcp} adlcp_v1p3.xsd ${ns.adlseq} adlseq_v1p3.xsd ${ns.adlnav} adlnav_v1p3.xsd ${ns.imsss} imsss_v1p0.xsd">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>2004 4th Edition</schemaversion>',
    '  </metadata>',
    `  <organizations default="${attr(ids.organization)}">`,
    `    <organization identifier="${attr(ids.organization)}">`,
    `      <title>${title}</title>`,
    `      <item identifier="${attr(ids.item)}" identifierref="${attr(ids.scoResource)}">`,
    `        <title>${title}</title>`,
    '        <imsss:sequencing>',
    '          <imsss:objectives>',
    `            <imsss:primaryObjective objectiveID="${attr(primaryObjectiveId)}" satisfiedByMeasure="true">`,
    `              <imsss:minNormalizedMeasure>${formatDecimal(course.passMark / 100)}</imsss:minNormalizedMeasure>`,
    '            </imsss:primaryObjective>',
    // The same identifier the runtime reports as cmi.objectives.n.id (letters, digits, _ and . only).
    ...course.objectives.map((objective) => `            <imsss:objective objectiveID="${attr(scormIdentifier(objective.id))}"/>`),
    '          </imsss:objectives>',
    // The course reports its own completion and success; the LMS must not assume them on exit.
    '          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
    '        </imsss:sequencing>',
    '      </item>',
    // Flow lets the LMS start the one SCO straight away instead of showing a menu first.
    '      <imsss:sequencing>',
    '        <imsss:controlMode choice="true" flow="true"/>',
    '      </imsss:sequencing>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${attr(ids.scoResource)}" type="webcontent" adlcp:scormType="sco" href="${attr(packageHref(launchFileName))}">`,
    ...fileLines(courseFiles),
    '    </resource>',
    ...(schemaFiles.length > 0
      ? [`    <resource identifier="${attr(ids.schemaResource)}" type="webcontent" adlcp:scormType="asset">`, ...fileLines(schemaFiles), '    </resource>']
      : []),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
