/**
 * The browser's connection to the classroom server: it says who this device is at the
 * handshake, keeps the latest view (a whole view, then patches), and reconnects by itself,
 * falling back to HTTP long-polling where WebSockets are blocked.
 */
import { io, type Socket } from 'socket.io-client';
import type { Action, PlayerView } from '../../engine';
import type { Ack, Auth, FacilitatorCommand, FacilitatorStatus, FullView, RoundEnd, SeatInfo, ServerError, ViewPatch, Welcome } from '../../net/protocol';
import { patchState } from '../../net/state-diff';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'refused';

type Listener = () => void;

export class NetClient {
  readonly socket: Socket;
  state: ConnectionState = 'connecting';
  welcome: Welcome | null = null;
  view: FullView | null = null;
  seats: SeatInfo[] = [];
  status: FacilitatorStatus | null = null;
  /** Why the server refused this connection or could not serve the session. */
  error: ServerError | null = null;
  /** The games as recent rounds ended, as the server sent them (see `RoundEnd`). */
  readonly roundEnds = new Map<number, PlayerView>();
  /** When the clock info arrived, to count down between messages. */
  clockAt = Date.now();
  private listeners = new Set<Listener>();

  constructor(auth: Auth, url = location.origin) {
    // `room` in every request's address lets a load balancer send a whole class (its join code)
    // to one server process (docs/server.md); the server itself reads only `auth`.
    const room = auth.role === 'facilitator' ? auth.session : auth.code;
    this.socket = io(url, { auth, query: { room }, transports: ['polling', 'websocket'], reconnectionDelayMax: 4000 });
    this.socket.on('connect', () => this.set({ state: 'online', error: null }));
    this.socket.on('disconnect', () => this.set({ state: 'offline' }));
    this.socket.on('connect_error', (e: Error & { data?: ServerError }) => {
      if (e.data) {
        // A refusal (wrong code, wrong key) will not change by retrying.
        this.socket.disconnect();
        this.set({ state: 'refused', error: e.data });
      } else this.set({ state: 'offline' });
    });
    this.socket.on('welcome', (w: Welcome) => this.set({ welcome: w, seats: w.seats }));
    this.socket.on('full', (v: FullView) => {
      this.clockAt = Date.now();
      this.set({ view: v, error: null });
    });
    this.socket.on('patch', (p: ViewPatch) => {
      if (!this.view || p.from !== this.view.v) {
        this.socket.emit('resync', {}, () => undefined);
        return;
      }
      const game = { ...patchState(this.view.game, p.ops), offers: p.offers } as PlayerView;
      this.clockAt = Date.now();
      this.set({ view: { ...this.view, v: p.v, game, clock: p.clock } });
    });
    this.socket.on('seats', (s: SeatInfo[]) => this.set({ seats: s }));
    this.socket.on('round-end', (e: RoundEnd) => {
      this.roundEnds.set(e.round, e.game);
      // A game of many rounds keeps the few a summary may still be asked for.
      for (const r of this.roundEnds.keys()) if (r < e.round - 3) this.roundEnds.delete(r);
    });
    // The facilitator drew a new join code: the projector shows it and reconnects with it.
    this.socket.on('code', (c: { code: string }) => {
      const auth = this.socket.auth as Record<string, unknown>;
      if (auth.role === 'projector') this.socket.auth = { ...auth, code: c.code };
      if (this.welcome?.code) this.set({ welcome: { ...this.welcome, code: c.code } });
    });
    this.socket.on('status', (s: FacilitatorStatus) => this.set({ status: s, seats: s.seats }));
    this.socket.on('server-error', (e: ServerError) => this.set({ error: e }));
  }

  private set(change: Partial<NetClient>): void {
    Object.assign(this, change);
    for (const l of this.listeners) l();
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  call<T = Record<string, unknown>>(event: string, body: unknown): Promise<Ack<T>> {
    return new Promise((ok) => {
      if (!this.socket.connected) return ok({ ok: false, error: { code: 'busy', message: 'Not connected to the classroom server.' } });
      this.socket.timeout(15_000).emit(event, body, (e: Error | null, a: Ack<T>) => ok(e ? { ok: false, error: { code: 'busy', message: 'The server did not answer in time.' } } : a));
    });
  }

  async claim(seat: string): Promise<Ack<{ seat: string | null; token: string | null }>> {
    const r = await this.call<{ seat: string | null; token: string | null }>('claim', { seat });
    // A reconnection (lost Wi-Fi) must come back to the seat, so it carries the seat's token and
    // names the session (the join code may have changed meanwhile).
    if (r.ok && r.token) this.socket.auth = { ...(this.socket.auth as Record<string, unknown>), token: r.token, ...(this.welcome && { session: this.welcome.sessionId }) };
    return r;
  }

  act(action: Action): Promise<Ack<{ v: string }>> {
    return this.call('act', { action });
  }

  command<T = Record<string, unknown>>(c: FacilitatorCommand): Promise<Ack<T>> {
    return this.call<T>('fac', c);
  }

  /** Seconds left in the phase now, counting down from the last message. */
  remaining(): number | null {
    const c = this.view?.clock;
    if (!c || c.remaining === null) return null;
    return c.paused ? c.remaining : c.remaining - Math.floor((Date.now() - this.clockAt) / 1000);
  }

  close(): void {
    this.socket.close();
    this.listeners.clear();
  }
}

/** Where a device keeps its seat token for a join code (this browser only, no account). */
export const tokenKey = (code: string) => `cica-seat-${code.toUpperCase()}`;

/** What a device keeps to come back to its seat: the seat token and its session. */
export interface SeatPass {
  token: string;
  session?: string;
}

export function readSeatPass(text: string | null | undefined): SeatPass | null {
  if (!text) return null;
  try {
    const p = JSON.parse(text) as Partial<SeatPass>;
    if (p && typeof p.token === 'string') return { token: p.token, ...(typeof p.session === 'string' && { session: p.session }) };
  } catch {
    // A token kept by an earlier version: the token alone.
  }
  return /^[A-Za-z0-9_-]{16,64}$/.test(text) ? { token: text } : null;
}
/** Where the facilitator's device keeps the key of a session it created. */
export const keyKey = (session: string) => `cica-facilitator-${session}`;
