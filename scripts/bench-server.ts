/**
 * The classroom server's figures (printed, never pass/fail): 25 sessions of 40 simulated clients
 * (1,000 Socket.IO connections, loopback only) at a classroom's pace (one action per client every
 * 5 s), then as fast as they can; latency from an action to every client of the session holding
 * the update (p50, p99), actions per second, and the server's memory per session. Then the same
 * with two processes on PostgreSQL (scripts/test-postgres.sh starts one).
 * Usage: npx tsx scripts/bench-server.ts [--json] [--sessions N] [--clients N] [--pace-s S] [--burst-s S] [--no-postgres]
 * (`npm run bench` runs it as one of its sections.)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { legalActions, type Action, type GameState, type PlayerView } from '../src/engine';
import type { FullView, ViewPatch } from '../src/net/protocol';
import { patchState } from '../src/net/state-diff';
import type { Scenario } from '../src/scenario/schema';

const ROOT = resolve(import.meta.dirname, '..');

export interface ServerBenchOptions {
  sessions: number;
  clients: number;
  paceSeconds: number;
  burstSeconds: number;
  postgres: boolean;
}

export interface LoadFigures {
  actions: number;
  actionsPerSecond: number;
  p50ms: number;
  p99ms: number;
}

/** One configuration's figures: at classroom pace (the goals), as fast as they can, memory. */
export interface RunFigures {
  pace: LoadFigures;
  burst: LoadFigures;
  /** Every server process's heap and buffers after a collection, growth over the run / sessions. */
  mbPerSession: number;
}

export interface ServerFigures extends RunFigures {
  sockets: number;
  /** Two processes, every class's devices spread over both (the hardest case: every update crosses). */
  postgres: RunFigures | null;
  /** Two processes, each class's devices on one of them (a load balancer hashing the class, or a school's one NAT address). */
  postgresByClass: RunFigures | null;
}

const freePort = () => new Promise<number>((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => ok(p));
  });
});

async function startProcess(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  // Node itself (not the tsx wrapper), so the memory signal reaches the server.
  // BENCH_CPU_PROF=<folder>: each server process writes a CPU profile there when it stops.
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, ['--expose-gc', ...prof, '--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}/`, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ok, fail) => {
    let out = '';
    const read = (b: Buffer) => {
      out += b.toString();
      if (out.includes('CICA negotiation simulator:')) ok();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', () => fail(new Error(`server exited: ${out}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** The server's heap and buffers in MB, after a collection (it runs with --expose-gc). */
function memoryMb(child: ChildProcess): Promise<number> {
  return new Promise((ok) => {
    const read = (b: Buffer) => {
      const m = /memory (\{.*\})/.exec(b.toString());
      if (!m) return;
      child.stdout!.off('data', read);
      const u = JSON.parse(m[1]!) as { heapUsed: number; external: number };
      ok((u.heapUsed + u.external) / 1024 / 1024);
    };
    child.stdout!.on('data', read);
    child.kill('SIGUSR2');
  });
}

interface Client {
  socket: Socket;
  seat: string;
  session: number;
  view: FullView | null;
}

function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** A harmless, varied action: anything legal but declaring ready or ending the game early. */
function choose(scenario: Scenario, game: GameState, seat: string): Action | null {
  const legal = legalActions(scenario, game, seat);
  if (!legal.length) return null;
  const open = legal.filter((a) => a.type !== 'ready');
  const pool = open.length && Math.random() < 0.95 ? open : legal;
  return pool[Math.floor(Math.random() * pool.length)]!;
}

/** Connects the clients of every session and runs one load phase. */
async function load(urls: string[], o: ServerBenchOptions, seconds: number, paceMs: number | null, clients: Client[]): Promise<LoadFigures> {
  void urls;
  // For each session: when each version was sent, and how many of its clients still lack it.
  const sent = new Map<string, { at: number; missing: number; worst: number }>();
  const latencies: number[] = [];
  const onVersion = (c: Client, v: string) => {
    const k = `${c.session}:${v}`;
    const s = sent.get(k);
    if (!s) return;
    s.worst = Math.max(s.worst, performance.now() - s.at);
    if (--s.missing === 0) {
      latencies.push(s.worst);
      sent.delete(k);
    }
  };
  for (const c of clients) {
    c.socket.off('patch');
    c.socket.on('patch', (p: ViewPatch) => {
      if (!c.view || p.from !== c.view.v) return void c.socket.emit('resync', {}, () => undefined);
      c.view = { ...c.view, v: p.v, game: { ...patchState(c.view.game, p.ops), offers: p.offers } as PlayerView, clock: p.clock };
      onVersion(c, p.v);
    });
  }
  let actions = 0;
  const end = performance.now() + seconds * 1000;
  const perSession = new Map<number, number>();
  for (const c of clients) perSession.set(c.session, (perSession.get(c.session) ?? 0) + 1);
  const loop = async (c: Client) => {
    if (paceMs) await new Promise((r) => setTimeout(r, Math.random() * paceMs));
    while (performance.now() < end) {
      const started = performance.now();
      const action = c.view ? choose(c.view.scenario, c.view.game, c.seat) : null;
      if (action) {
        const ack = await new Promise<{ ok: boolean; v?: string }>((ok) => c.socket.timeout(10_000).emit('act', { action }, (e: unknown, a: { ok: boolean; v?: string }) => ok(e ? { ok: false } : a)));
        if (ack.ok && ack.v) {
          actions++;
          const k = `${c.session}:${ack.v}`;
          // The ack can arrive after some patches: count the clients that already hold it.
          const holding = clients.filter((x) => x.session === c.session && x.view?.v === ack.v).length;
          const missing = perSession.get(c.session)! - holding;
          if (missing > 0) sent.set(k, { at: started, missing, worst: holding ? performance.now() - started : 0 });
          else latencies.push(performance.now() - started);
        }
      }
      const wait = paceMs ? paceMs - (performance.now() - started) : 0;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      else await new Promise((r) => setImmediate(r));
    }
  };
  const t0 = performance.now();
  await Promise.all(clients.map(loop));
  const elapsed = (performance.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 500));
  return { actions, actionsPerSecond: Math.round(actions / elapsed), p50ms: round(percentile(latencies, 50)), p99ms: round(percentile(latencies, 99)) };
}

const round = (x: number) => Math.round(x * 10) / 10;

async function connectAll(urls: string[], o: ServerBenchOptions, split: boolean): Promise<{ clients: Client[]; connected: () => Promise<void> }> {
  const clients: Client[] = [];
  const scenario = { kind: 'bundled', id: 'road-to-the-charter' };
  for (let s = 0; s < o.sessions; s++) {
    const r = await fetch(`${urls[0]}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario, seed: 100 + s, seats: {} }) });
    const created = (await r.json()) as { id: string; code: string; key: string };
    const probe = await fetch(`${urls[0]}/api/info`);
    void probe;
    // Every player seat goes to people; devices share seats round-robin.
    const fac = io(urls[0]!, { auth: { role: 'facilitator', session: created.id, key: created.key }, transports: ['websocket'], forceNew: true });
    const players = await new Promise<string[]>((ok) => fac.once('full', (v: FullView) => ok(v.game.players)));
    for (const p of players) await new Promise((ok) => fac.emit('fac', { cmd: 'seat', seat: p, to: 'human' }, ok));
    fac.close();
    for (let i = 0; i < o.clients; i++) {
      const url = urls[(split ? i : s) % urls.length]!;
      const seat = players[i % players.length]!;
      const tokenless = io(url, { auth: { role: 'student', code: created.code }, transports: ['websocket'], forceNew: true, reconnection: false });
      const c: Client = { socket: tokenless, seat, session: s, view: null };
      tokenless.on('full', (v: FullView) => { c.view = v; });
      tokenless.once('connect', () => tokenless.emit('claim', { seat }, () => undefined));
      clients.push(c);
    }
  }
  return {
    clients,
    connected: async () => {
      const t = performance.now() + 60_000;
      while (clients.some((c) => c.view?.game.viewer !== c.seat) && performance.now() < t) await new Promise((r) => setTimeout(r, 200));
    },
  };
}

async function run(env: Record<string, string>[], o: ServerBenchOptions, split = true): Promise<RunFigures> {
  const procs = await Promise.all(env.map(startProcess));
  const memory = async () => (await Promise.all(procs.map((p) => memoryMb(p.child)))).reduce((a, b) => a + b, 0);
  try {
    const before = await memory();
    const { clients, connected } = await connectAll(procs.map((p) => p.url), o, split);
    await connected();
    const pace = await load([], o, o.paceSeconds, 5000, clients);
    // Each process holds every session some of its devices play (with two, every session twice).
    const mb = ((await memory()) - before) / o.sessions;
    const burst = await load([], o, o.burstSeconds, null, clients);
    for (const c of clients) c.socket.close();
    return { pace, burst, mbPerSession: round(mb) };
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
  }
}

export async function benchServer(o: ServerBenchOptions): Promise<ServerFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cica-bench-'));
  try {
    const one = await run([{ DATA_DIR: dataDir }], o);
    let postgres: ServerFigures['postgres'] = null;
    let postgresByClass: ServerFigures['postgresByClass'] = null;
    if (o.postgres) {
      const url = execFileSync('bash', [join(ROOT, 'scripts/test-postgres.sh')], { encoding: 'utf8' }).trim().split('\n').pop()!;
      postgres = await run([{ DATABASE_URL: url }, { DATABASE_URL: url }], o, true);
      postgresByClass = await run([{ DATABASE_URL: url }, { DATABASE_URL: url }], o, false);
    }
    return { sockets: o.sessions * o.clients, ...one, postgres, postgresByClass };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function runJson(r: RunFigures) {
  return {
    p50ms: r.pace.p50ms, p99ms: r.pace.p99ms, mbPerSession: r.mbPerSession, actions: r.pace.actions, actionsPerSecond: r.pace.actionsPerSecond,
    burst: { actions: r.burst.actions, actionsPerSecond: r.burst.actionsPerSecond, p50ms: r.burst.p50ms, p99ms: r.burst.p99ms },
  };
}

/**
 * The `server` section of `npm run bench -- --json`: `server.p50ms`, `server.p99ms` and
 * `server.mbPerSession` are one process at classroom pace; `server.postgres.*` the same for two
 * processes on PostgreSQL with each class's devices spread over both, `server.postgresByClass.*`
 * with each class on one process; `burst` as fast as they can.
 */
export function serverJson(f: ServerFigures) {
  return { sockets: f.sockets, ...runJson(f), postgres: f.postgres ? runJson(f.postgres) : null, postgresByClass: f.postgresByClass ? runJson(f.postgresByClass) : null };
}

export function formatServer(f: ServerFigures, o: ServerBenchOptions): string[] {
  const line = (name: string, l: LoadFigures) => `  ${name}: ${l.actions} actions, ${l.actionsPerSecond}/s, action to every client's update p50 ${l.p50ms} ms, p99 ${l.p99ms} ms`;
  return [
    `classroom server: ${o.sessions} sessions x ${o.clients} clients (${f.sockets} sockets, loopback), goals p99 < 100 ms at classroom pace, < 5 MB per session`,
    line(`one process, SQLite, classroom pace (1 action/client/5 s, ${o.paceSeconds} s)`, f.pace),
    line(`one process, SQLite, as fast as they can (${o.burstSeconds} s)`, f.burst),
    `  one process: ${f.mbPerSession} MB per session (server heap and buffers after a collection, growth / sessions, with their sockets)`,
    ...(f.postgres && f.postgresByClass ? [
      line('two processes, PostgreSQL, each class spread over both, classroom pace', f.postgres.pace),
      line('two processes, PostgreSQL, each class spread over both, as fast as they can', f.postgres.burst),
      `  two processes, spread: ${f.postgres.mbPerSession} MB per session (both processes' growth / sessions)`,
      line('two processes, PostgreSQL, each class on one process, classroom pace', f.postgresByClass.pace),
      line('two processes, PostgreSQL, each class on one process, as fast as they can', f.postgresByClass.burst),
      `  two processes, by class: ${f.postgresByClass.mbPerSession} MB per session`,
    ] : ['  PostgreSQL: skipped (--no-postgres)']),
  ];
}

export function parseServerArgs(argv: string[]): ServerBenchOptions & { json: boolean } {
  const num = (flag: string, d: number) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? Number(argv[i + 1]) : d;
  };
  return {
    sessions: num('--sessions', 25), clients: num('--clients', 40), paceSeconds: num('--pace-s', 20), burstSeconds: num('--burst-s', 10),
    postgres: !argv.includes('--no-postgres'), json: argv.includes('--json'),
  };
}

/** The section `npm run bench` prints (`--no-server` in its arguments leaves it out), with its JSON figures. */
export const serverSection = async (): Promise<{ lines: string[]; figures: ReturnType<typeof serverJson> | null }> => {
  if (process.argv.includes('--no-server')) return { lines: ['classroom server: skipped (--no-server)'], figures: null };
  const o = parseServerArgs(process.argv.slice(2));
  const f = await benchServer(o);
  return { lines: formatServer(f, o), figures: serverJson(f) };
};

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const o = parseServerArgs(process.argv.slice(2));
  const f = await benchServer(o);
  process.stdout.write(o.json ? `${JSON.stringify({ server: serverJson(f) }, null, 1)}\n` : `${formatServer(f, o).join('\n')}\n`);
  process.exit(0);
}
