/**
 * The official schema files each package ships at its root, next to `imsmanifest.xml`, read from
 * the project's `schemas/` folder (provenance in schemas/README.md). The manifests have no inline
 * LOM metadata, so no LOM schemas are shipped.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormStandard } from './manifest.js';

/** The project's `schemas/` folder, found from this file so the build works from any working directory. */
export const schemasDir = fileURLToPath(new URL('../../../schemas/', import.meta.url));

export const schemaFileNames: Readonly<Record<ScormStandard, readonly string[]>> = {
  scorm12: ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  scorm2004: [
    'XMLSchema.dtd',
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'datatypes.dtd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
  ],
};

/** The schema files of one standard, by package path (the zip root), with their bytes unchanged. */
export async function readSchemaFiles(standard: ScormStandard, dir: string = schemasDir): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const name of schemaFileNames[standard]) {
    files.set(name, await readFile(path.join(dir, standard, name)));
  }
  return files;
}
