/**
 * The HTTP side: the built game (`dist/`) as static files, and the classroom's small API:
 * creating a session from the setup wizard, the server's join address, and the join QR code.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import QRCode from 'qrcode';
import { MAX_SCENARIO_BYTES } from './scenarios';
import type { Sessions } from './sessions';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
  '.yaml': 'text/yaml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

/** A request body may hold a scenario file and a little more. */
const MAX_BODY = MAX_SCENARIO_BYTES + 64 * 1024;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((ok) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the limit the rest is read and dropped, so the client still hears why (413).
      if (size > MAX_BODY) {
        chunks.length = 0;
        ok(null);
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => ok(null));
  });
}

export interface HttpOptions {
  sessions: Sessions;
  distDir: string | null;
  joinUrl: () => string;
}

export function httpHandler(o: HttpOptions) {
  const root = o.distDir ? resolve(o.distDir) : null;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if ((url.pathname === '/api/sessions' || url.pathname === '/api/console') && req.method === 'POST') {
        const text = await readBody(req);
        if (text === null) {
          res.setHeader('connection', 'close');
          return send(res, 413, { ok: false, message: 'The request is too large.' });
        }
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          return send(res, 400, { ok: false, message: 'The request is not JSON.' });
        }
        if (url.pathname === '/api/console') {
          const c = await o.sessions.openConsole(body);
          return send(res, c.ok ? 200 : c.status, c);
        }
        const r = await o.sessions.create(body);
        return send(res, r.ok ? 201 : r.status, r);
      }
      if (url.pathname === '/api/info') return send(res, 200, { joinUrl: o.joinUrl(), scenarios: o.sessions.library.ids() });
      if (url.pathname === '/api/qr.svg') {
        const code = (url.searchParams.get('code') ?? '').toUpperCase();
        if (!/^[A-Z0-9]{4,8}$/.test(code)) return send(res, 400, { ok: false, message: 'A QR code is drawn for a join code.' });
        const svg = await QRCode.toString(`${o.joinUrl()}#join=${code}`, { type: 'svg', margin: 1 });
        res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
        return void res.end(svg);
      }
      if (url.pathname.startsWith('/api/')) return send(res, 404, { ok: false, message: 'No such request.' });
      if (!root) return send(res, 404, { ok: false, message: 'This server does not serve the game (no build).' });
      serveStatic(root, url.pathname, res);
    } catch (e) {
      console.error('[classroom] request failed:', e);
      if (!res.headersSent) send(res, 500, { ok: false, message: 'The server could not answer this request.' });
    }
  };
}

function serveStatic(root: string, pathname: string, res: ServerResponse): void {
  let file = normalize(join(root, decodeURIComponent(pathname)));
  if (!file.startsWith(root)) return send(res, 403, { ok: false, message: 'Forbidden.' });
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${join(root, 'assets')}`);
  res.writeHead(200, { 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  createReadStream(file).pipe(res);
}
