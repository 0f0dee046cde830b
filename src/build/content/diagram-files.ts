import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DisplayPath } from './content-files.js';
import { diagramReferencesOf, type DiagramReference } from './lesson-walk.js';
import { renderMarkdown } from './markdown-render.js';
import { textOfHtml, wordsOf } from './plain-text.js';
import type { ProblemList } from './problems.js';
import { checkSvg, diagramTexts, type CheckedSvg } from './svg-checks.js';
import { positionInText, type XmlElement } from './svg-xml.js';
import { asText } from './value-access.js';
import { valuePosition, type YamlFile } from './yaml-file.js';

/** Checked diagrams by the `file` their blocks name, ready for the compiler to render. */
export type DiagramLibrary = ReadonlyMap<string, XmlElement>;

type LoadedSvg =
  | { readonly found: false }
  | { readonly found: true; readonly shown: string; readonly text: string; readonly checked: CheckedSvg };

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function loadSvg(contentDir: string, file: string, display: DisplayPath): Promise<LoadedSvg> {
  const absolute = path.join(contentDir, file);
  let text: string;
  try {
    text = (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return { found: false };
  }
  return { found: true, shown: display(absolute), text, checked: checkSvg(text) };
}

function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/**
 * Text in a diagram must also be in its `alt` or `description`, so someone who cannot see the
 * picture still gets every word of it.
 */
function checkTextDescribed(
  lessonFile: YamlFile,
  reference: DiagramReference,
  root: XmlElement,
  svg: { shown: string; text: string },
  problems: ProblemList,
): void {
  const { block, path: blockPath } = reference.visit;
  const alt = asText(block['alt']) ?? '';
  const description = asText(block['description']);
  const described = new Set(
    wordsOf(`${alt} ${description === undefined ? '' : textOfHtml(renderMarkdown(description))}`).map(normaliseWord),
  );
  const missing = diagramTexts(root).filter(({ text }) =>
    wordsOf(text).some((word) => !described.has(normaliseWord(word))),
  );
  if (missing.length === 0) return;
  const listed = missing
    .map(({ text, offset }) => {
      const { line, column } = positionInText(svg.text, offset);
      return `"${text}" (${svg.shown}:${line}:${column})`;
    })
    .join(', ');
  const field = description === undefined ? 'alt' : 'description';
  problems.add(
    lessonFile.displayPath,
    valuePosition(lessonFile, [...blockPath, field]),
    'diagram-text-not-described',
    `text in the diagram is not in its "alt" or "description": ${listed}: add it to "description", so people who cannot see the diagram can read it too`,
  );
}

/**
 * Reads and checks every SVG file that a diagram block names, reporting each file's problems once
 * at their line and column in the SVG, and a missing file at the block's `file`. Returns the
 * checked diagrams for the compiler.
 */
export async function loadDiagrams(
  contentDir: string,
  lessonFiles: readonly YamlFile[],
  display: DisplayPath,
  problems: ProblemList,
): Promise<DiagramLibrary> {
  const loaded = new Map<string, LoadedSvg>();
  const library = new Map<string, XmlElement>();
  for (const lessonFile of lessonFiles) {
    for (const reference of diagramReferencesOf(lessonFile.value)) {
      const filePosition = valuePosition(lessonFile, [...reference.visit.path, 'file']);
      let svg = loaded.get(reference.file);
      const firstUse = svg === undefined;
      if (svg === undefined) {
        svg = await loadSvg(contentDir, reference.file, display);
        loaded.set(reference.file, svg);
      }
      if (!svg.found) {
        const inFolder = `diagrams/${reference.file}`;
        const guess =
          !reference.file.startsWith('diagrams/') && (await exists(path.join(contentDir, inFolder)))
            ? ` (did you mean "${inFolder}"?)`
            : '';
        problems.add(
          lessonFile.displayPath,
          filePosition,
          'missing-diagram',
          `diagram file "${reference.file}" was not found in the content folder${guess}: add the file or correct the path (it is relative to the content folder, e.g. diagrams/purpose-cycle.svg)`,
        );
        continue;
      }
      for (const finding of svg.checked.findings) {
        if (finding.offset === undefined) {
          problems.add(lessonFile.displayPath, filePosition, finding.code, `${reference.file}: ${finding.message}`);
        } else if (firstUse) {
          problems.add(svg.shown, positionInText(svg.text, finding.offset), finding.code, finding.message);
        }
      }
      const { root } = svg.checked;
      if (!root) continue;
      library.set(reference.file, root);
      checkTextDescribed(lessonFile, reference, root, svg, problems);
    }
  }
  return library;
}
