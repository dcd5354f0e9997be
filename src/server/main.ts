/**
 * `npm start`: the built game and the classroom server on one port. Prints the address students
 * open on the room's network. `PORT`, `HOST`, `DATA_DIR` and `DATABASE_URL` configure it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lanAddresses } from './lan';
import { startServer } from './server';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const dataDir = resolve(process.env.DATA_DIR ?? join(root, 'data'));
const dist = resolve(process.env.DIST_DIR ?? join(root, 'dist'));
const lan = lanAddresses();
const publicHost = process.env.PUBLIC_URL ? null : host === '0.0.0.0' || host === '::' ? (lan[0] ?? 'localhost') : host;

const server = await startServer({
  port, host, dataDir, databaseUrl: process.env.DATABASE_URL || undefined,
  distDir: existsSync(join(dist, 'index.html')) ? dist : null,
  scenariosDir: join(root, 'scenarios'),
  publicUrl: (p) => process.env.PUBLIC_URL ?? `http://${publicHost}:${p}/`,
});

// The signals are handled before the address is printed: whoever waits for it may signal at once.
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
// The benchmark asks for the server's memory (after a collection, when run with --expose-gc).
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.log(`memory ${JSON.stringify({ heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, rss: m.rss })}`);
});
process.on('SIGTERM', stop);

const url = process.env.PUBLIC_URL ?? `http://${publicHost}:${server.port}/`;
console.log(`CICA negotiation simulator: ${url}`);
console.log(`  students open ${url} on the room's network and type the join code`);
console.log(`  store: ${server.store.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${dataDir}`}`);
if (!existsSync(join(dist, 'index.html'))) console.log('  (no build in dist/: run `npm run build` to serve the game)');
