/** Starts classroom servers on free ports with throwaway data folders, and connects clients to them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll } from 'vitest';
import { PUBLIC, scenarioView, type Action, type GameState } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import type { Ack, FacilitatorStatus, FullView, SeatInfo, ServerError, ViewPatch, Welcome } from '../../src/net/protocol';
import { patchState } from '../../src/net/state-diff';
import { startServer, type RunningServer } from '../../src/server/server';

export const ROOT = resolve(import.meta.dirname, '../..');

export async function testServer(o: { dataDir?: string; databaseUrl?: string } = {}): Promise<RunningServer & { dataDir: string; url: string; cleanup(): Promise<void> }> {
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'cica-server-'));
  const s = await startServer({ port: 0, host: '127.0.0.1', dataDir, databaseUrl: o.databaseUrl, distDir: null, scenariosDir: join(ROOT, 'scenarios') });
  const url = `http://127.0.0.1:${s.port}`;
  return {
    ...s, dataDir, url,
    async cleanup() {
      await s.close();
      if (!o.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createSession(url: string, body: Record<string, unknown>): Promise<{ id: string; code: string; key: string }> {
  const r = await fetch(`${url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const j = (await r.json()) as { ok: boolean; id: string; code: string; key: string; message?: string };
  if (!j.ok) throw new Error(`create failed: ${j.message}`);
  return j;
}

/** A client that keeps its view up to date from the server's full views and patches. */
export class TestClient {
  readonly socket: Socket;
  welcome: Welcome | null = null;
  view: FullView | null = null;
  game: GameState | null = null;
  errors: ServerError[] = [];
  /** The facilitator's table, as last sent. */
  status: FacilitatorStatus | null = null;
  /** The seats, as last sent (with the welcome, then whenever they change). */
  seats: SeatInfo[] = [];
  /** Join codes the server announced since connecting. */
  codes: string[] = [];
  /** Every frame's text as received, to look for secrets. */
  received: string[] = [];
  private waiters: Array<() => void> = [];

  constructor(url: string, auth: Record<string, unknown>, transports: string[] = ['websocket']) {
    this.socket = io(url, { auth, transports, reconnection: false, forceNew: true });
    this.socket.onAny((event: string, payload: unknown) => {
      this.received.push(JSON.stringify(payload));
      if (event === 'welcome') {
        this.welcome = payload as Welcome;
        this.seats = this.welcome.seats;
      }
      if (event === 'seats') this.seats = payload as SeatInfo[];
      if (event === 'full') {
        this.view = payload as FullView;
        this.game = this.view.game;
      }
      if (event === 'patch') {
        const p = payload as ViewPatch;
        if (!this.view || p.from !== this.view.v) {
          this.socket.emit('resync', {}, () => undefined);
        } else {
          this.game = { ...patchState(this.game!, p.ops), offers: p.offers };
          this.view = { ...this.view, v: p.v, game: this.game as FullView['game'], clock: p.clock };
        }
      }
      if (event === 'server-error') this.errors.push(payload as ServerError);
      if (event === 'status') this.status = payload as FacilitatorStatus;
      if (event === 'code') this.codes.push((payload as { code: string }).code);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  connected(): Promise<void> {
    return new Promise((ok, fail) => {
      if (this.socket.connected && this.view) return ok();
      this.socket.once('connect_error', (e: Error & { data?: ServerError }) => fail(Object.assign(new Error(e.message), { data: e.data })));
      const check = () => (this.view ? ok() : this.waiters.push(check));
      check();
    });
  }

  /** Waits until `pred` holds on the client's state. */
  until(pred: (c: TestClient) => boolean, ms = 10_000): Promise<void> {
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error('timed out waiting for the client')), ms);
      const check = () => {
        if (pred(this)) {
          clearTimeout(timer);
          ok();
        } else this.waiters.push(check);
      };
      check();
    });
  }

  call<T = Record<string, unknown>>(event: string, body: unknown): Promise<Ack<T>> {
    return new Promise((ok) => this.socket.emit(event, body, (a: Ack<T>) => ok(a)));
  }

  act(action: Action): Promise<Ack<{ v: string }>> {
    return this.call('act', { action });
  }

  close(): void {
    this.socket.close();
  }
}

/** Every confidential text of a delegation (brief, objectives, red lines): what no one else may receive. */
export function secretTexts(scenario: { delegations: Array<{ id: string; brief: unknown; objectives: unknown; profile: unknown }> }, id: string): string[] {
  const d = scenario.delegations.find((x) => x.id === id)!;
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length > 24) out.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk((d.brief as { confidential: unknown }).confidential);
  walk(d.objectives);
  walk((d.profile as { redLines?: unknown }).redLines);
  return out;
}

/**
 * The first confidential text of another delegation found in `haystack`, or null. A text the
 * viewer may read anyway (the same words in a public text or in its own brief) is not a leak.
 */
export function leakIn(haystack: string, scenario: Scenario, own: string | null): string | null {
  const allowed = JSON.stringify(scenarioView(scenario, own ?? PUBLIC));
  for (const d of scenario.delegations) {
    if (d.id === own) continue;
    for (const t of secretTexts(scenario, d.id)) {
      const needle = JSON.stringify(t).slice(1, -1);
      if (allowed.includes(needle)) continue;
      if (haystack.includes(needle) || haystack.includes(t)) return `${d.id}: ${t.slice(0, 60)}`;
    }
  }
  return null;
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

/** `npm start`'s server as its own process (so it can be killed), ready once it prints its address. */
export async function serverProcess(env: Record<string, string>): Promise<{ url: string; kill(signal?: NodeJS.Signals): Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const port = await freePort();
  // Node itself rather than the tsx wrapper, so a signal reaches the server and leaves no orphan.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}/`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server did not start: ${out}`)), 30_000);
    const read = (b: Buffer) => {
      out += b.toString();
      if (out.includes('CICA negotiation simulator:')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (c) => fail(new Error(`the server exited (${c}): ${out}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    kill: (signal = 'SIGKILL') => new Promise((ok) => {
      if (child.exitCode !== null) return ok();
      child.once('exit', () => ok());
      child.kill(signal);
    }),
  };
}

export type TestServer = Awaited<ReturnType<typeof testServer>>;

/**
 * One server for a whole test file, started before its tests and stopped after them with every
 * client the file connected.
 */
export function sharedServer(): { readonly server: TestServer; client(auth: Record<string, unknown>, transports?: string[]): TestClient } {
  let server: TestServer | undefined;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.cleanup();
  });
  return {
    get server() {
      if (!server) throw new Error('the shared server has not started yet');
      return server;
    },
    client(auth, transports) {
      const c = new TestClient(this.server.url, auth, transports);
      clients.push(c);
      return c;
    },
  };
}

/** The delegations that play Preventive Diplomacy, in scenario order. */
export const PREVENTIVE_PLAYERS = ['THA', 'KHM', 'MYS', 'KGZ', 'TJK', 'KAZ', 'UZB', 'CHN'];
