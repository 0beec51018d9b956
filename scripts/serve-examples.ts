/**
 * A tiny static server for the example pages, on 127.0.0.1 only, sending the strict policy a
 * council's portal would: `default-src 'self'; script-src 'self'; style-src 'self'`.
 *
 *   npx tsx scripts/serve-examples.ts [port]     then open http://127.0.0.1:<port>/plain-form.html
 *
 * It serves `examples/` and the embeddable build (`packages/elements/dist/`) at `/`, `build/` at
 * `/build/`, and answers the example's native form post (`POST /submitted`) with the posted fields
 * as JSON (JSON field values parsed), so a test can check what the form sent.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const repository = fileURLToPath(new URL('..', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A URL prefix served from a folder. */
export interface StaticRoot {
  prefix: string;
  dir: string;
}

export const EXAMPLE_ROOTS: StaticRoot[] = [
  { prefix: '/build/', dir: join(repository, 'build') },
  { prefix: '/', dir: join(repository, 'examples') },
  { prefix: '/', dir: join(repository, 'packages/elements/dist') },
];

export interface ExampleServer {
  url: string;
  close(): Promise<void>;
}

async function findFile(roots: readonly StaticRoot[], pathname: string): Promise<string | undefined> {
  for (const root of roots) {
    if (!pathname.startsWith(root.prefix)) continue;
    const relative = pathname.slice(root.prefix.length) || 'index.html';
    const file = resolve(root.dir, relative);
    // Never serve anything outside the root (`..` in the URL).
    if (file !== root.dir && !file.startsWith(root.dir + sep)) continue;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
  }
  return undefined;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The posted fields, each JSON-parsed when it is JSON (a `<caf-form>` posts its answers as JSON). */
export function parsePostedFields(body: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    try {
      fields[name] = JSON.parse(value) as unknown;
    } catch {
      fields[name] = value;
    }
  }
  return fields;
}

interface ServeOptions {
  roots: readonly StaticRoot[];
  /** The Content-Security-Policy header, or null for none (the benchmark's JSON Forms peer compiles schemas). */
  csp: string | null;
}

function headers(options: ServeOptions, type: string): Record<string, string> {
  const result: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-store' };
  if (options.csp) result['Content-Security-Policy'] = options.csp;
  return result;
}

async function handle(options: ServeOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const send = (status: number, type: string, body: string) => {
    response.writeHead(status, headers(options, type));
    response.end(body);
  };
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (request.method === 'POST' && pathname === '/submitted') {
    const fields = parsePostedFields(await readBody(request));
    return send(200, CONTENT_TYPES['.json']!, JSON.stringify(fields, null, 2));
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'text/plain', 'Method not allowed');
  const file = await findFile(options.roots, decodeURIComponent(pathname));
  if (!file) return send(404, 'text/plain', `Not found: ${pathname}`);
  response.writeHead(200, headers(options, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'));
  createReadStream(file).pipe(response);
}

export function startExampleServer(options: { port?: number; roots?: readonly StaticRoot[]; csp?: string | null } = {}): Promise<ExampleServer> {
  const serve: ServeOptions = { roots: options.roots ?? EXAMPLE_ROOTS, csp: options.csp === undefined ? STRICT_CSP : options.csp };
  const server: Server = createServer((request, response) => {
    handle(serve, request, response).catch((error: unknown) => {
      response.writeHead(500, headers(serve, 'text/plain'));
      response.end(String(error));
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const { url } = await startExampleServer({ port });
  console.log(`Serving the examples at ${url}/plain-form.html (strict CSP). Build first: npm run build -w @caf-forms/elements`);
}
