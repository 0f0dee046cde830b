/**
 * `npm start`'s server: serves dist/ on localhost so the course can be taken in a browser.
 * Port from `--port N` or `PORT` (default 8000). Only files under dist/ are served.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.zip': 'application/zip',
};

export interface StaticServerOptions {
  readonly rootDir: string;
  readonly port: number;
  /** Where `/` redirects to. */
  readonly homePath: string;
}

export function startStaticServer(options: StaticServerOptions): Promise<Server> {
  const root = resolve(options.rootDir);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(302, { location: options.homePath }).end();
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolvePromise(server));
  });
}

function portFromArguments(argv: readonly string[]): number {
  const flag = argv.indexOf('--port');
  const raw = flag >= 0 ? argv[flag + 1] : process.env['PORT'];
  const port = Number(raw ?? 8000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Port must be a whole number from 0 to 65535, not "${raw}".`);
  return port;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = portFromArguments(process.argv);
  startStaticServer({ rootDir: 'dist', port, homePath: '/preview/' }).then(
    (server) => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const base = `http://localhost:${actualPort}`;
      console.log(`Leading Innovation is running at ${base}/ (the preview LMS)`);
      console.log(`  preview LMS, SCORM 2004: ${base}/preview/`);
      console.log(`  preview LMS, SCORM 1.2:  ${base}/preview/?standard=scorm12`);
      console.log(`  course (hosted build):   ${base}/web/`);
      console.log(`  standalone file:         ${base}/leading-innovation.html`);
      console.log(`  live session (trainer):  ${base}/web/index.html?mode=facilitator`);
      console.log(`  facilitator guide:       ${base}/facilitator-guide.html`);
      console.log('Press Ctrl+C to stop.');
    },
    (error: unknown) => {
      console.error(`Could not start the server: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
