import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProblemList } from './problems.js';
import { asFields, asText } from './value-access.js';
import { valuePosition, type YamlFile } from './yaml-file.js';

const colourPattern = /^#[0-9a-fA-F]{6}$/;
const minimumContrast = 4.5;

function channel(hex: string, start: number): number {
  const value = parseInt(hex.slice(start, start + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2 contrast ratio between two #rrggbb colours. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Text must stay readable in the course's own colours (WCAG 2.2 AA, 1.4.3). */
export function checkColourContrast(file: YamlFile, problems: ProblemList): void {
  const colours = asFields(asFields(asFields(file.value)?.['branding'])?.['colours']);
  if (!colours) return;
  const pairs = [
    ['primaryText', 'primary'],
    ['text', 'background'],
  ] as const;
  for (const [foreground, background] of pairs) {
    const front = asText(colours[foreground]);
    const back = asText(colours[background]);
    if (!front || !back || !colourPattern.test(front) || !colourPattern.test(back)) continue;
    const ratio = contrastRatio(front, back);
    if (ratio >= minimumContrast) continue;
    problems.add(
      file.displayPath,
      valuePosition(file, ['branding', 'colours', foreground]),
      'low-contrast',
      `"${foreground}" ${front} on "${background}" ${back} has a contrast ratio of ${ratio.toFixed(2)}:1, below the 4.5:1 that keeps text readable: darken or lighten one of them`,
    );
  }
}

const mediaTypes: Readonly<Record<string, string>> = { '.svg': 'image/svg+xml', '.png': 'image/png' };
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function looksLike(extension: string, bytes: Buffer): boolean {
  if (extension === '.png') return bytes.subarray(0, pngSignature.length).equals(pngSignature);
  return /<svg[\s>]/.test(bytes.toString('utf8'));
}

/** The logo's path inside content/, if course.yaml names one. */
export function logoPathOf(course: unknown): string | undefined {
  return asText(asFields(asFields(course)?.['branding'])?.['logo']);
}

/**
 * Reads the logo named in course.yaml and returns it as a data URL, so the course never fetches
 * it; reports a missing or unreadable file at the `logo` field.
 */
export async function loadLogo(
  file: YamlFile,
  contentDir: string,
  problems: ProblemList,
): Promise<string | undefined> {
  const logo = logoPathOf(file.value);
  if (logo === undefined) return undefined;
  const extension = path.extname(logo).toLowerCase();
  const mediaType = mediaTypes[extension];
  if (!mediaType) return undefined; // the schema has already reported the extension
  const position = valuePosition(file, ['branding', 'logo']);
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(contentDir, logo));
  } catch {
    problems.add(
      file.displayPath,
      position,
      'missing-logo',
      `logo file "${logo}" was not found in the content folder: add the file or correct the path (it is relative to the content folder)`,
    );
    return undefined;
  }
  if (!looksLike(extension, bytes)) {
    problems.add(
      file.displayPath,
      position,
      'invalid-logo',
      `logo file "${logo}" is not a valid ${extension === '.png' ? 'PNG' : 'SVG'} image: export it again from your design tool`,
    );
    return undefined;
  }
  return `data:${mediaType};base64,${bytes.toString('base64')}`;
}
