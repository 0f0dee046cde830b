/**
 * `imsmanifest.xml` for SCORM 1.2 (ADL SCORM 1.2 Content Aggregation Model; IMS Content
 * Packaging 1.1.2 with the `adlcp_rootv1p2` extensions).
 */
import { checkLength, checkManifestInput, formatDecimal, launchFileName, manifestIds, type ManifestInput } from './manifest.js';
import { escapeXmlAttribute as attr, escapeXmlText as text, packageHref } from './xml.js';

export const scorm12Namespaces = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

export function scorm12Manifest(input: ManifestInput): string {
  const { course, courseFiles, schemaFiles } = checkManifestInput(input);
  const ids = manifestIds(course);
  const title = text(checkLength('the course title', course.title, 200));
  const version = attr(checkLength('the course version', course.version, 20));
  const fileLines = (files: readonly string[]) => files.map((file) => `      <file href="${attr(checkLength('a file path', packageHref(file), 2000))}"/>`);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${attr(ids.manifest)}" version="${version}"`,
    `          xmlns="${scorm12Namespaces.imscp}"`,
    `          xmlns:adlcp="${scorm12Namespaces.adlcp}"`,
    `          xmlns:xsi="${scorm12Namespaces.xsi}"`,
    `          xsi:schemaLocation="${scorm12Namespaces.imscp} imscp_rootv1p1p2.xsd ${scorm12Namespaces.imsmd} imsmd_rootv1p2p1.xsd ${scorm12Namespaces.adlcp} adlcp_rootv1p2.xsd">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${attr(ids.organization)}">`,
    `    <organization identifier="${attr(ids.organization)}">`,
    `      <title>${title}</title>`,
    `      <item identifier="${attr(ids.item)}" identifierref="${attr(ids.scoResource)}" isvisible="true">`,
    `        <title>${title}</title>`,
    // The LMS sets cmi.core.lesson_status to passed or failed by comparing score.raw with this.
    `        <adlcp:masteryscore>${formatDecimal(course.passMark)}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${attr(ids.scoResource)}" type="webcontent" adlcp:scormtype="sco" href="${attr(packageHref(launchFileName))}">`,
    ...fileLines(courseFiles),
    '    </resource>',
    ...(schemaFiles.length > 0
      ? [`    <resource identifier="${attr(ids.schemaResource)}" type="webcontent" adlcp:scormtype="asset">`, ...fileLines(schemaFiles), '    </resource>']
      : []),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
