/**
 * `npm run lint:content [--quiet] [content-dir]`: checks the writing of the course.
 *
 * Prints `file:line:column: severity rule: message` for each finding, grouped by file, then the
 * reading measures of each lesson, each scenario and the assessment bank, and a count. Errors
 * (spelling; a lesson's, scenario's or the bank's average sentence over 20 words, or its Flesch
 * reading ease under 50) exit 1; warnings (passive voice, simpler words, inclusive language,
 * repeated words, long sentences, American spellings) are listed but pass.
 * `--quiet` leaves warnings out of the listing.
 */
import path from 'node:path';
import { formatReport } from './findings.js';
import { lintContent } from './lint-prose.js';

function folderLabel(contentDir: string): string {
  const relative = path.relative(process.cwd(), path.resolve(contentDir)).split(path.sep).join('/');
  return `${relative || '.'}/`;
}

const usage = 'usage: lint-content [--quiet] [content-dir]\n';

async function main(args: readonly string[]): Promise<number> {
  const quiet = args.includes('--quiet');
  const rest = args.filter((arg) => arg !== '--quiet');
  if (rest.some((arg) => arg.startsWith('-')) || rest.length > 1) {
    process.stderr.write(usage);
    return 2;
  }
  const contentDir = rest[0] ?? 'content';
  const result = await lintContent({ contentDir });
  process.stdout.write(formatReport(result, { contentLabel: folderLabel(contentDir), quiet }));
  return result.findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`lint-content failed unexpectedly: ${detail}\n`);
    process.exitCode = 2;
  },
);
