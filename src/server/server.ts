/**
 * Starting the classroom server: one HTTP server on one port serving the built game, the API
 * and Socket.IO (WebSocket, with HTTP long-polling for networks that block WebSockets). The
 * store is a SQLite file in `dataDir`, or PostgreSQL when `databaseUrl` is set, in which case
 * Socket.IO's PostgreSQL adapter links the processes.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import { MAX_PACKET_BYTES } from '../net/protocol';
import { Hub } from './hub';
import { httpHandler } from './http';
import { scenarioLibrary } from './scenarios';
import { openPostgresStore, setUpSchema } from './store/postgres';
import { openSqliteStore } from './store/sqlite';
import type { Store } from './store/store';

export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  distDir: string | null;
  scenariosDir: string;
  /** The address students open, when it is known before listening (otherwise derived). */
  publicUrl?: (port: number) => string;
}

export interface RunningServer {
  http: HttpServer;
  io: Server;
  hub: Hub;
  store: Store;
  port: number;
  close(): Promise<void>;
}

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const pgStore = o.databaseUrl ? await openPostgresStore(o.databaseUrl) : null;
  const store: Store = pgStore ?? openSqliteStore(o.dataDir);
  const library = scenarioLibrary(o.scenariosDir);
  let port = o.port;
  const joinUrl = () => (o.publicUrl ? o.publicUrl(port) : `http://localhost:${port}/`);
  const http = createServer();
  const io = new Server(http, {
    maxHttpBufferSize: MAX_PACKET_BYTES,
    transports: ['polling', 'websocket'],
    serveClient: false,
    // Polling behind a load balancer needs sticky sessions; same-origin pages need no CORS.
    connectionStateRecovery: undefined,
  });
  // The adapter's notices are transient (a process that misses one catches up from the store),
  // so its own small pool commits them without waiting for the disk: every notice is a
  // transaction, and NOTIFYs commit one at a time, so a wait for the disk on each would queue
  // every update of every session behind the others.
  const notices = o.databaseUrl ? new pg.Pool({ connectionString: o.databaseUrl, max: 4, options: '-c synchronous_commit=off' }) : null;
  if (pgStore && notices) {
    await setUpSchema(notices, ['CREATE TABLE IF NOT EXISTS socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)']);
    io.adapter(createAdapter(notices, { tableName: 'socket_io_attachments', heartbeatInterval: 2000, heartbeatTimeout: 6000 }));
  }
  const hub = new Hub(io, store, library, { joinUrl, cluster: Boolean(pgStore) });
  const handler = httpHandler({ sessions: hub.sessions, distDir: o.distDir, joinUrl });
  http.on('request', (req, res) => {
    if (req.url?.startsWith('/socket.io/')) return;
    void handler(req, res);
  });
  await hub.sessions.openTimed();
  const ticker = setInterval(() => {
    for (const id of hub.openIds()) void hub.sessions.loaded(id)?.then((room) => room && hub.facilitation.tick(room)).catch(() => undefined);
  }, 1000);
  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(o.port, o.host, () => ok());
  });
  const addr = http.address();
  port = typeof addr === 'object' && addr ? addr.port : o.port;
  return {
    http, io, hub, store, port,
    async close() {
      clearInterval(ticker);
      io.close();
      await new Promise<void>((ok) => http.close(() => ok()));
      await store.close();
      await notices?.end();
    },
  };
}
