/**
 * The built game served by `vite preview` on a free port. The build is reused when it is newer
 * than every source file; otherwise the app is built once into a temporary folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../../..');
const INPUTS = ['src', 'scenarios', 'assets', 'docs', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), s.mtimeMs);
}

function fresh(outDir: string): boolean {
  const index = join(outDir, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= Math.max(...INPUTS.map((i) => newest(join(ROOT, i))));
}

/** A built copy of the app that is not older than its sources, building one if needed. */
export async function builtApp(): Promise<string> {
  const dist = join(ROOT, 'dist');
  if (fresh(dist)) return dist;
  // One folder per checkout: another checkout's build may be newer than these sources and still not be theirs.
  const outDir = join(tmpdir(), `cica-e2e-dist-${createHash('sha1').update(ROOT).digest('hex').slice(0, 10)}`);
  if (fresh(outDir)) return outDir;
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves the built app; `close` stops the server. */
export async function serveApp(): Promise<Served> {
  return serveBuilt(await builtApp());
}

/** Serves a folder of built pages (the app's or a fixture's) with `vite preview`. */
export async function serveBuilt(outDir: string): Promise<Served> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
