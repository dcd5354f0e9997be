/**
 * The Socket.IO side of the classroom: who a connection is (checked at the handshake), the
 * messages it may send (each checked, sized and rate-limited), and the views sent after every
 * change. With several processes, a notice through the adapter tells the others a session
 * changed; each process then catches up from the store and sends its own connections their views.
 */
import type { Server, Socket } from 'socket.io';
import { FACILITATOR, PUBLIC, type Action, type DelegationId, type GameState } from '../engine';
import { ActSchema, AuthSchema, ClaimSchema, FacilitatorCommandSchema, MAX_MESSAGE_BYTES, type Ack, type Auth, type ErrorCode, type Role, type SeatInfo, type ServerError, type Welcome } from '../net/protocol';
import { AiSeats } from './ai-seats';
import { Facilitation } from './facilitation';
import { Presence } from './presence';
import { RateLimit } from './rate-limit';
import type { ChangeNotice, Room } from './room';
import { hashKey, sameSecret } from './secrets';
import { Sessions } from './sessions';
import type { ScenarioLibrary } from './scenarios';
import type { Store } from './store/store';
import { fullView, patchFor, roomOf, updateOf, viewOf, type Update } from './views';

export interface SocketData {
  role: Role;
  session: string;
  seat: DelegationId | null;
}

type Reply = (ack: Ack<Record<string, unknown>>) => void;

const err = (code: ErrorCode, message: string, rejection?: string): { ok: false; error: ServerError } => ({ ok: false, error: { code, message, ...(rejection && { rejection }) } });

export interface HubOptions {
  joinUrl: () => string | null;
  /** Several processes share the store through the adapter. */
  cluster?: boolean;
}

export class Hub {
  readonly sessions: Sessions;
  // Seats waiting to close are news for the students' top bar once the AI's pass is over.
  readonly ai = new AiSeats((room) => this.facilitation.changed(room));
  readonly facilitation: Facilitation;
  readonly presence: Presence;
  private published = new Map<string, string>();
  /** The join code each session's devices were last told. */
  private codes = new Map<string, string>();
  private outbox: ChangeNotice[] = [];

  constructor(readonly io: Server, store: Store, library: ScenarioLibrary, readonly options: HubOptions) {
    this.sessions = new Sessions(store, library, (room, before, local, appended) => this.changed(room, before, local, appended));
    this.presence = new Presence(io, Boolean(options.cluster));
    this.facilitation = new Facilitation(this);
    io.use((socket, next) => {
      this.admit(socket).then(() => next(), (e: unknown) => next(toConnectError(e)));
    });
    io.on('connection', (socket) => this.connected(socket));
    // Another process changed sessions: take them in and tell this process's connections.
    io.on('session:changed', (list: unknown) => {
      if (!Array.isArray(list)) return;
      for (const n of list) {
        const notice = n as ChangeNotice;
        if (!notice || typeof notice.id !== 'string' || typeof notice.length !== 'number' || typeof notice.epoch !== 'number') continue;
        void this.sessions.loaded(notice.id)?.then((room) => room?.takeNotice(notice)).catch((e: unknown) => console.error('[classroom] catching up failed:', e));
      }
    });
    // Devices came or went on another process: count again for this process's facilitator.
    io.on('session:presence', (id: unknown) => {
      if (typeof id !== 'string') return;
      void this.sessions.loaded(id)?.then((room) => room && this.facilitation.presenceChanged(room, false));
    });
  }

  /**
   * Tells the other processes of a change. The notices of one turn of the event loop travel
   * together: under load one NOTIFY carries many, instead of one transaction for each.
   */
  private notify(n: ChangeNotice): void {
    this.outbox.push(n);
    if (this.outbox.length > 1) return;
    setImmediate(() => {
      // One NOTIFY holds at most 8,000 bytes (beyond that the adapter stores an attachment first).
      let batch: ChangeNotice[] = [];
      let size = 0;
      for (const x of this.outbox.splice(0)) {
        const bytes = (x.action?.length ?? 0) + 120;
        if (batch.length && size + bytes > 6000) {
          this.io.serverSideEmit('session:changed', batch);
          batch = [];
          size = 0;
        }
        batch.push(x);
        size += bytes;
      }
      this.io.serverSideEmit('session:changed', batch);
    });
  }

  /** Sessions this process has open. */
  openIds(): string[] {
    return this.sessions.openIds();
  }

  /** The handshake: a join code, a seat token, or the facilitator key. */
  private async admit(socket: Socket): Promise<void> {
    const parsed = AuthSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) throw refusal('bad-message', 'The connection did not say who it is.');
    const auth: Auth = parsed.data;
    const data = socket.data as SocketData;
    if (auth.role === 'facilitator') {
      const room = await this.sessions.get(auth.session);
      const hash = hashKey(auth.key);
      if (!room || ![room.meta.facilitatorKeyHash, ...(room.meta.consoleKeyHashes ?? [])].some((h) => sameSecret(hash, h))) throw refusal('bad-key', 'This facilitator key does not open this session.');
      Object.assign(data, { role: 'facilitator', session: room.meta.id, seat: null });
      return;
    }
    // A device with a seat token names its session: it keeps its seat after the code changes.
    const room = auth.role === 'student' && auth.token && auth.session ? await this.sessions.get(auth.session) : await this.sessions.byCode(auth.code);
    if (!room && auth.role === 'student' && auth.token && auth.session) throw refusal('bad-token', 'This device\'s seat is no longer valid: join again with the code.');
    if (!room) throw refusal('bad-code', 'No session has this join code. Check the code on the projector.');
    const seat = auth.role === 'student' && auth.token ? Object.entries(room.meta.seatTokens).find(([, t]) => sameSecret(t, auth.token!))?.[0] : undefined;
    if (auth.role === 'student' && auth.token && !seat) throw refusal('bad-token', 'This device\'s seat is no longer valid: join again with the code.');
    if (!seat && Date.now() > room.meta.expiresAt) throw refusal('expired-code', 'This join code has expired. Ask the facilitator for the session\'s new code.');
    Object.assign(data, { role: auth.role === 'projector' ? 'projector' : 'student', session: room.meta.id, seat: seat ?? null });
  }

  private async connected(socket: Socket): Promise<void> {
    const data = socket.data as SocketData;
    const room = await this.sessions.get(data.session);
    if (!room) return void socket.disconnect(true);
    const limit = new RateLimit();
    socket.use((packet, next) => {
      if (!limit.take()) {
        const ack = packet[packet.length - 1];
        if (typeof ack === 'function') (ack as Reply)(err('rate-limited', 'Too many messages: wait a moment.'));
        else socket.emit('server-error', err('rate-limited', 'Too many messages: wait a moment.').error);
        if (limit.exhausted) socket.disconnect(true);
        return;
      }
      next();
    });
    socket.on('error', () => undefined);
    void socket.join(roomOf.all(room.meta.id));
    // A session just created, or restored after a restart, waits for no action of anyone's: its AI seats start as soon as a device is there.
    this.ai.run(room);
    this.seatSocket(socket, room, data.seat, data.role === 'projector' ? 'projector' : data.seat ? 'student' : 'observer');
    this.on(socket, 'claim', async (body) => {
      if (data.role !== 'student' && data.role !== 'observer') return err('bad-message', 'Only a student can take a seat.');
      const c = ClaimSchema.safeParse(body);
      if (!c.success) return err('bad-message', 'Name a seat (a three-letter delegation code) or "observer".');
      if (c.data.seat === 'observer') {
        this.seatSocket(socket, room, null, 'observer');
        return { ok: true, seat: null, token: null };
      }
      const token = room.meta.seatTokens[c.data.seat];
      if (!token) return err('seat-unknown', `There is no seat ${c.data.seat} in this session.`);
      if (data.seat && data.seat !== c.data.seat) return err('not-your-seat', 'This device already holds a seat.');
      this.seatSocket(socket, room, c.data.seat, 'student');
      await this.facilitation.personReturned(room, c.data.seat);
      return { ok: true, seat: c.data.seat, token };
    });
    this.on(socket, 'act', async (body) => {
      const a = ActSchema.safeParse(body);
      if (!a.success) return err('bad-message', 'An action is an object with a type and who takes it.');
      const action = a.data.action as unknown as Action;
      const seat = data.role === 'facilitator' ? FACILITATOR : data.seat;
      if (!seat) return err('no-seat', 'Take a seat before you act.');
      if (action.by !== seat) return err('not-your-seat', `This device holds ${seat === FACILITATOR ? 'the facilitator\'s console' : `the seat of ${seat}`}, not ${String(action.by)}.`);
      if (seat !== FACILITATOR && room.meta.seats[seat] === 'ai') return err('not-your-seat', 'The facilitator has given this seat to the AI for now.');
      const r = await room.act(action, seat === FACILITATOR);
      if (!r.ok) return err(r.code, r.message, r.rejection);
      return { ok: true, v: room.version };
    });
    this.on(socket, 'resync', async () => {
      this.sendFull(socket, room);
      return { ok: true };
    });
    this.on(socket, 'fac', async (body) => {
      if (data.role !== 'facilitator') return err('bad-key', 'Only the facilitator\'s console can do this.');
      const c = FacilitatorCommandSchema.safeParse(body);
      if (!c.success) return err('bad-message', 'This is not a facilitator command.');
      return this.facilitation.command(room, c.data);
    });
    socket.on('disconnect', () => this.facilitation.presenceChanged(room, true));
  }

  /** Registers a handler that answers through the ack, whatever it is sent and whatever goes wrong. */
  private on(socket: Socket, event: string, handler: (body: unknown) => Promise<Ack<Record<string, unknown>>>): void {
    socket.on(event, (body: unknown, ack: unknown) => {
      const reply: Reply = typeof ack === 'function' ? (ack as Reply) : (a) => { if (!a.ok) socket.emit('server-error', a.error); };
      let size: number;
      try {
        size = JSON.stringify(body ?? null).length;
      } catch {
        return reply(err('bad-message', 'The message could not be read.'));
      }
      if (size > MAX_MESSAGE_BYTES) return reply(err('too-large', `The message is larger than ${MAX_MESSAGE_BYTES / 1024} kB.`));
      handler(body).then(reply, (e: unknown) => {
        console.error(`[classroom] ${event} failed:`, e);
        reply(err('internal', 'The server could not do this; the session is unharmed. Try again.'));
      });
    });
  }

  /** Puts a connection in the rooms of what it may see and sends it where it stands. */
  private seatSocket(socket: Socket, room: Room, seat: DelegationId | null, role: Role): void {
    const data = socket.data as SocketData;
    const id = room.meta.id;
    if (!this.published.has(id)) this.published.set(id, room.version);
    if (!this.codes.has(id)) this.codes.set(id, room.meta.code);
    for (const r of socket.rooms) if (r.startsWith('d:') || r.startsWith('p:') || r.startsWith('f:')) void socket.leave(r);
    data.seat = seat;
    if (data.role === 'student' || data.role === 'observer') data.role = role;
    void socket.join(data.role === 'facilitator' ? roomOf.facilitator(id) : seat ? roomOf.seat(id, seat) : roomOf.public(id));
    if (seat) room.lastSeen[seat] = Date.now();
    const welcome: Welcome = {
      role: data.role, sessionId: id, seat, token: seat ? room.meta.seatTokens[seat] ?? null : null,
      code: data.role === 'facilitator' || data.role === 'projector' ? room.meta.code : null,
      joinUrl: this.options.joinUrl(), seats: this.seatsOf(room),
      name: room.meta.name ?? null, readingMinutes: data.role === 'facilitator' ? room.meta.readingMinutes ?? null : null, durations: room.meta.durations,
    };
    socket.emit('welcome', welcome);
    this.sendFull(socket, room);
    this.facilitation.presenceChanged(room, true);
  }

  /** The seats with their devices over every process (as last counted). */
  seatsOf(room: Room): SeatInfo[] {
    const counts = this.presence.of(room.meta.id);
    const closing = new Set(this.ai.closingAfter(room));
    return Object.entries(room.meta.seats).map(([id, seat]) => ({
      id, seat, name: room.meta.names[id] ?? '', devices: counts.seats[id] ?? 0, ...(closing.has(id) && { closing: true as const }),
    }));
  }

  viewerOf(socket: Socket): string {
    const d = socket.data as SocketData;
    return d.role === 'facilitator' ? FACILITATOR : d.seat ?? PUBLIC;
  }

  sendFull(socket: Socket, room: Room): void {
    const full = fullView(room, this.viewerOf(socket));
    if (full) socket.emit('full', full);
    else socket.emit('server-error', err('damaged', `This session cannot be played: ${room.damaged}`).error);
  }

  /** After any change: views to this process's connections, a notice to the other processes. */
  private changed(room: Room, before: GameState | null, local: boolean, appended?: string): void {
    const id = room.meta.id;
    const from = this.published.get(id);
    // The other processes first: their devices should not wait for this process's sending.
    if (local && this.options.cluster) {
      const notice: ChangeNotice = { id, epoch: room.meta.epoch, length: room.log.length, ...(appended !== undefined && { action: appended }) };
      this.notify(notice);
    }
    const code = this.codes.get(id);
    if (code !== room.meta.code) {
      if (code !== undefined) this.io.local.to(roomOf.all(id)).emit('code', { code: room.meta.code });
      this.codes.set(id, room.meta.code);
    }
    this.published.set(id, room.version);
    const here = this.io.local;
    const rooms = this.io.of('/').adapter.rooms;
    // The end of the game reveals the secret objectives (the final scores count them): they come with a whole view.
    const ended = before?.phase !== 'concluded' && room.game?.phase === 'concluded';
    if (!before || !from || room.damaged || ended) {
      for (const sid of rooms.get(roomOf.all(id)) ?? []) {
        const s = this.io.of('/').sockets.get(sid);
        if (s) this.sendFull(s, room);
      }
    } else {
      // A round just ended: each device first gets the game as it ended, before the opening that followed, for the round's summary.
      const end = room.lastRoundEnd;
      if (end && room.game && end.round === before.round && room.game.round > before.round) {
        const sendEnd = (name: string, viewer: string) => {
          if (rooms.get(name)?.size) here.to(name).emit('round-end', { round: end.round, game: viewOf(end, viewer) });
        };
        sendEnd(roomOf.public(id), PUBLIC);
        sendEnd(roomOf.facilitator(id), FACILITATOR);
        for (const seat of room.game.players) sendEnd(roomOf.seat(id, seat), seat);
      }
      const u: Update = updateOf(room, before, from);
      const send = (name: string, viewer: string) => {
        if (rooms.get(name)?.size) here.to(name).emit('patch', patchFor(room, u, viewer));
      };
      send(roomOf.public(id), PUBLIC);
      send(roomOf.facilitator(id), FACILITATOR);
      for (const seat of room.game!.players) send(roomOf.seat(id, seat), seat);
    }
    this.facilitation.changed(room);
    this.ai.run(room);
  }
}

class Refusal extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}
const refusal = (code: ErrorCode, message: string) => new Refusal(code, message);

function toConnectError(e: unknown): Error & { data?: ServerError } {
  const out = new Error(e instanceof Refusal ? e.message : 'The server could not admit this connection.') as Error & { data?: ServerError };
  out.data = { code: e instanceof Refusal ? e.code : 'internal', message: out.message };
  if (!(e instanceof Refusal)) console.error('[classroom] admission failed:', e);
  return out;
}
