/**
 * The web harness (development and tests only, never packaged): serves the built renderer and the
 * same API handlers over HTTP on 127.0.0.1, guarded by a random token, with events as SSE.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { ApiEventName, ApiEvents } from '../../models/api/contract';
import { ApiSession, createHandlers, dispatch, freePath } from '../services/api/handlers';
import type { ApiHost } from '../services/api/host';
import { scenarioWorkerFactory } from '../services/simulation/tsxScenarioWorker';
import { territoryWorkerFactory } from '../services/territory/tsxTerritoryWorker';
import { CONTENT_SECURITY_POLICY } from '../services/security';

export interface HarnessOptions {
  /** Folder of the built renderer (dist-web). */
  readonly distDir: string;
  /** Folder holding app data and projects for this harness. */
  readonly dataDir: string;
  readonly port?: number;
  readonly token?: string;
}

export interface Harness {
  readonly url: string;
  readonly token: string;
  readonly session: ApiSession;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const MAX_BODY_BYTES = 64 * 1024 * 1024;

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(18).toString('hex');
  const clients = new Set<ServerResponse>();
  const projectsDir = join(options.dataDir, 'Projets Ilot');
  const host: ApiHost = {
    kind: 'web-harness',
    version: '0.1.0',
    appDataDir: join(options.dataDir, 'app-data'),
    projectsDir,
    chooseSavePath: (suggested) => Promise.resolve(freePath(projectsDir, suggested)),
    chooseOpenPath: () => Promise.resolve(null),
    scenarioWorkerFactory: scenarioWorkerFactory(),
    territoryWorkerFactory: territoryWorkerFactory(),
    emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]) {
      const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const client of clients) client.write(data);
    },
  };
  const session = new ApiSession(host);
  const handlers = createHandlers(session);
  const distDir = resolve(options.distDir);

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (url.pathname.startsWith('/api/')) {
        const given = String(req.headers['x-ilot-token'] ?? url.searchParams.get('token') ?? '');
        if (!sameToken(given, token)) {
          res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden: bad or missing token');
          return;
        }
        if (url.pathname === '/api/events' && req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
          res.write(': connected\n\n');
          clients.add(res);
          req.on('close', () => clients.delete(res));
          return;
        }
        const match = /^\/api\/call\/([\w.]+)$/.exec(url.pathname);
        if (!match || req.method !== 'POST') {
          res.writeHead(404).end();
          return;
        }
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch (error) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: { code: 'validation', message: `Unreadable request body: ${(error as Error).message}` } }));
          return;
        }
        const result = await dispatch(handlers, match[1], input);
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(result));
        return;
      }
      // Static files of the built renderer; anything outside distDir is refused.
      const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      let file = resolve(distDir, relative || 'index.html');
      if (!file.startsWith(distDir)) {
        res.writeHead(403).end();
        return;
      }
      if (!existsSync(file) || statSync(file).isDirectory()) file = join(distDir, 'index.html');
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'cache-control': 'no-store',
      });
      res.end(readFileSync(file));
    })().catch((error: unknown) => {
      console.error('[harness]', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    session,
    async close() {
      for (const client of clients) client.end();
      await session.shutdown();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
