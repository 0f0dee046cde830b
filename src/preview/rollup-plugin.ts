/**
 * Build side of the preview LMS: writes dist/preview/index.html around the bundled script, with
 * a hashed stylesheet and a strict Content-Security-Policy (no eval, no inline script or style,
 * no connections; frames only from this origin, for the course). Used by rollup.config.mjs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputChunk, Plugin } from 'rollup';

const here = dirname(fileURLToPath(import.meta.url));
const stylesheetPath = join(here, 'preview.css');

/** The preview's policy: like the course's, plus `frame-src 'self'` for the course it runs. */
export function previewContentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'none'",
    "frame-src 'self'",
    "child-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PreviewPageParts {
  readonly script: string;
  readonly stylesheet: string;
}

export function renderPreviewPage(parts: PreviewPageParts): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(previewContentSecurityPolicy())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="description" content="Preview LMS for Leading Innovation: runs the SCORM package with scorm-again and shows every API call and the learner record.">
<title>Leading Innovation: preview LMS</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeAttribute(parts.stylesheet)}">
<script type="module" src="${escapeAttribute(parts.script)}"></script>
</head>
<body>
<div id="preview-root"></div>
<noscript><p>The preview LMS needs JavaScript.</p></noscript>
</body>
</html>
`;
}

export function previewPagePlugin(): Plugin {
  return {
    name: 'leading-innovation:preview-page',
    buildStart() {
      this.addWatchFile(stylesheetPath);
    },
    generateBundle(_outputOptions, bundle) {
      const entry = Object.values(bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.isEntry);
      if (!entry) this.error('no entry chunk to put in the preview page');
      const css = readFileSync(stylesheetPath, 'utf8');
      const stylesheet = `assets/preview-${contentHash(css)}.css`;
      this.emitFile({ type: 'asset', fileName: stylesheet, source: css });
      // scorm-again is MIT licensed and its bundle carries no notice of its own: ship the licence beside it.
      // Its package.json is not exported; its main file is dist/scorm-again.js, two levels down.
      const packageDir = dirname(dirname(createRequire(import.meta.url).resolve('scorm-again')));
      const licence = readFileSync(join(packageDir, 'LICENSE'), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'assets/scorm-again-LICENSE.txt', source: licence });
      this.emitFile({ type: 'asset', fileName: 'index.html', source: renderPreviewPage({ script: entry.fileName, stylesheet }) });
    },
  };
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
