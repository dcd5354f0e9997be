/**
 * The facilitator's side of a networked session: the commands (pause, end the phase, inject an
 * event, seats to AI and back, undo, the idle-to-AI setting, export), the status table (who is
 * connected, who has acted this phase, who is idle), and the automatic switch of an idle,
 * empty seat to the AI.
 */
import { createActor } from 'xstate';
import type { Action, DelegationId } from '../engine';
import { sessionMachine } from '../flow/session.machine';
import type { Ack, FacilitatorCommand, FacilitatorStatus, SeatStatus } from '../net/protocol';
import { checkRecord } from '../session/check';
import { SESSION_KIND, SESSION_VERSION, type ClockSnapshot, type SessionRecord } from '../session/record';
import type { Hub } from './hub';
import type { Room } from './room';
import { newJoinCode } from './secrets';
import { CODE_LIFETIME_MS } from './sessions';
import type { SessionMeta } from './store/store';
import { roomOf } from './views';

/** How often (in ticks of a second) a process counts the devices of every process again. */
const RECOUNT_TICKS = 10;

type Result = Ack<Record<string, unknown>>;
const fail = (code: 'rejected' | 'bad-message' | 'damaged', message: string): Result => ({ ok: false, error: { code, message } });

export class Facilitation {
  private pending = new Map<string, { recount: boolean }>();
  /** Sessions whose clock has asked for the end of the phase and not yet heard back. */
  private ending = new Set<string>();
  /** The seats each session's devices were last sent. */
  private seatsSent = new Map<string, string>();

  constructor(private readonly hub: Hub) {}

  async command(room: Room, c: FacilitatorCommand): Promise<Result> {
    switch (c.cmd) {
      case 'pause':
      case 'resume': {
        const paused = c.cmd === 'pause';
        await room.update((m) => {
          if (m.clock.paused === paused) return m;
          const now = Date.now();
          const clock = paused ? { ...m.clock, paused, pausedAt: now } : { ...m.clock, paused, pausedAt: null, pausedMs: m.clock.pausedMs + (m.clock.pausedAt ? now - m.clock.pausedAt : 0) };
          return { ...m, clock };
        });
        return { ok: true };
      }
      case 'end-phase':
        return this.act(room, { type: 'facilitator.end-phase', by: 'facilitator' });
      case 'inject':
        if (!room.scenario?.events.some((e) => e.id === c.event)) return fail('bad-message', `The scenario has no event "${c.event}".`);
        return this.act(room, { type: 'facilitator.inject', by: 'facilitator', event: c.event });
      case 'seat':
        if (!(c.seat in room.meta.seats)) return fail('bad-message', `There is no seat ${c.seat} in this session.`);
        await room.update((m) => ({
          ...m, seats: { ...m.seats, [c.seat]: c.to }, autoAi: m.autoAi.filter((d) => d !== c.seat),
          ...(c.to === 'human' && !studentsHeld(m, c.seat) ? { studentSeats: [...(m.studentSeats ?? []), c.seat] } : {}),
        }));
        room.lastSeen[c.seat] = Date.now();
        return { ok: true };
      case 'idle-ai':
        await room.update((m) => ({ ...m, idleAiSeconds: c.seconds }));
        return { ok: true };
      case 'undo': {
        const undone = await room.undo();
        return undone ? { ok: true, undone: undone.type, action: undone } : fail('rejected', 'There is no action of a person or of the facilitator to take back.');
      }
      case 'auto-end':
        await room.update((m) => (Boolean(m.autoEnd) === c.on ? m : { ...m, autoEnd: c.on }));
        return { ok: true };
      case 'new-code': {
        for (let attempt = 0; attempt < 5; attempt++) {
          const code = newJoinCode();
          if ((await room.update((m) => ({ ...m, code, expiresAt: Date.now() + CODE_LIFETIME_MS }))) === 'ok') return { ok: true, code };
        }
        return fail('rejected', 'No new join code could be drawn; try again.');
      }
      case 'export': {
        // Every action acknowledged by any process is in the file, not only those this one has seen.
        await room.catchUp();
        const record = exportRecord(room);
        if (!record) return fail('damaged', `This session cannot be exported: ${room.damaged}`);
        return { ok: true, record };
      }
    }
  }

  private async act(room: Room, action: Action): Promise<Result> {
    const r = await room.act(action, true);
    return r.ok ? { ok: true } : { ok: false, error: { code: r.code, message: r.message, ...(r.rejection && { rejection: r.rejection }) } };
  }

  /** A person came back to a seat that went to the AI by itself: the seat is theirs again. */
  async personReturned(room: Room, seat: DelegationId): Promise<void> {
    room.lastSeen[seat] = Date.now();
    if (room.meta.autoAi.includes(seat)) await room.update((m) => ({ ...m, seats: { ...m.seats, [seat]: 'human' }, autoAi: m.autoAi.filter((d) => d !== seat) }));
  }

  status(room: Room): FacilitatorStatus {
    const now = Date.now();
    const awaiting = new Set(room.awaiting());
    const seats: SeatStatus[] = this.hub.seatsOf(room).map((s) => {
      const acted = room.lastActed[s.id];
      const since = Math.max(acted?.at ?? room.meta.clock.startedAt, room.meta.clock.startedAt);
      return {
        ...s, awaited: awaiting.has(s.id), auto: room.meta.autoAi.includes(s.id), students: studentsHeld(room.meta, s.id),
        actedThisPhase: acted?.phaseKey === room.phaseKey, idleSeconds: Math.max(0, Math.round((now - since) / 1000)),
      };
    });
    const observers = this.hub.presence.of(room.meta.id).observers;
    return {
      seats, observers, idleAiSeconds: room.meta.idleAiSeconds, autoEnd: Boolean(room.meta.autoEnd), code: room.meta.code,
      codeExpired: now > room.meta.expiresAt, joinUrl: this.hub.options.joinUrl(), damaged: room.damaged,
    };
  }

  /**
   * Sends the status and seats soon (many changes in a burst make one message). `recount`: a
   * device of this process came or went, so the devices are counted again over every process,
   * and the others are told to count again too (false when this is their telling).
   */
  presenceChanged(room: Room, recount: boolean | 'quiet' = false): void {
    const id = room.meta.id;
    const p = this.pending.get(id);
    if (p) {
      p.recount ||= recount !== false;
      return;
    }
    const entry = { recount: recount !== false };
    this.pending.set(id, entry);
    const tell = recount === true;
    setTimeout(() => {
      void (async () => {
        this.pending.delete(id);
        if (entry.recount) await this.hub.presence.refresh(id);
        if (tell && this.hub.options.cluster) this.hub.io.serverSideEmit('session:presence', id);
        const counts = this.hub.presence.of(id);
        for (const seat of Object.keys(room.meta.seats)) if (counts.seats[seat]) room.lastSeen[seat] = Date.now();
        const rooms = this.hub.io.of('/').adapter.rooms;
        if (rooms.get(roomOf.facilitator(id))?.size) this.hub.io.local.to(roomOf.facilitator(id)).emit('status', this.status(room));
        // The seats go to every device only when they changed (not after every action).
        const seats = this.hub.seatsOf(room);
        const text = JSON.stringify(seats);
        if (this.seatsSent.get(id) !== text) {
          this.seatsSent.set(id, text);
          this.hub.io.local.to(roomOf.all(id)).emit('seats', seats);
        }
      })().catch((e: unknown) => console.error('[classroom] presence failed:', e));
    }, 100);
  }

  changed(room: Room): void {
    this.presenceChanged(room);
  }

  /** Once a second: the end of the phase at time-up, idle empty seats to the AI, a recount now and then. */
  async tick(room: Room): Promise<void> {
    if (room.damaged || !room.game) return;
    // Devices of a process that stopped are counted out at the next recount (only where counts are read).
    const reads = room.meta.idleAiSeconds !== null || this.hub.io.of('/').adapter.rooms.get(roomOf.facilitator(room.meta.id))?.size;
    if (this.hub.options.cluster && reads && Math.floor(Date.now() / 1000) % RECOUNT_TICKS === 0) this.presenceChanged(room, 'quiet');
    await Promise.all([this.timeUp(room), this.idleToAi(room)]);
  }

  /**
   * The phase ends by itself at time-up when the facilitator asked for it. The clock is stored
   * wall-clock time, so a restarted server ends a phase whose time ran out while it was down;
   * the end names its phase, so two processes ending it at once end it once.
   */
  private async timeUp(room: Room): Promise<void> {
    const id = room.meta.id;
    const left = room.remaining();
    if (!room.meta.autoEnd || room.meta.clock.paused || left === null || left > 0 || this.ending.has(id)) return;
    // The clock of a phase this process has just taken in from another may not be stored yet.
    if (room.meta.clock.phaseKey !== room.phaseKey) return;
    this.ending.add(id);
    try {
      await room.act({ type: 'facilitator.end-phase', by: 'facilitator' }, true, room.phaseKey);
    } finally {
      this.ending.delete(id);
    }
  }

  /** Seats that idled while awaited with no device connected go to the AI. */
  private async idleToAi(room: Room): Promise<void> {
    const limit = room.meta.idleAiSeconds;
    if (!limit || room.meta.clock.paused) return;
    const now = Date.now();
    const idle = room.awaiting().filter((d) => {
      if (room.meta.seats[d] !== 'human' || this.hub.presence.devices(room.meta.id, d)) return false;
      const last = Math.max(room.lastSeen[d] ?? 0, room.lastActed[d]?.at ?? 0, room.meta.clock.startedAt);
      return now - last >= limit * 1000;
    });
    if (idle.length) await room.update((m) => ({ ...m, seats: { ...m.seats, ...Object.fromEntries(idle.map((d) => [d, 'ai'] as const)) }, autoAi: [...new Set([...m.autoAi, ...idle])] }));
  }
}

/** The session as a file the local classroom imports (the same record its own saves use). */
/** Whether students have held the seat (a session from before `studentSeats` tells by a team name or the seat itself). */
function studentsHeld(meta: SessionMeta, seat: DelegationId): boolean {
  return meta.studentSeats ? meta.studentSeats.includes(seat) : meta.seats[seat] === 'human' || meta.names[seat] !== undefined || meta.autoAi.includes(seat);
}

export function exportRecord(room: Room): SessionRecord | null {
  if (!room.game || !room.scenario || room.damaged) return null;
  const phaseKey = `${room.game.round}:${room.game.phase}`;
  const actor = createActor(sessionMachine, { input: { durations: room.meta.durations, phase: room.game.phase, phaseKey } }).start();
  const clock = actor.getPersistedSnapshot() as unknown as ClockSnapshot;
  actor.stop();
  const record: SessionRecord = {
    kind: SESSION_KIND, version: SESSION_VERSION, id: room.meta.id, savedAt: new Date().toISOString(), mode: 'projector',
    scenario: room.meta.scenario, seed: room.meta.seed, difficulty: room.meta.difficulty,
    // The local classroom has no idle switch: a seat the AI holds for now is exported as a person's.
    seats: Object.fromEntries(Object.entries(room.meta.seats).map(([d, s]) => [d, room.meta.autoAi.includes(d) ? 'human' : s])),
    names: room.meta.names, turn: null, actions: room.log, clock,
    ...(room.meta.name ? { name: room.meta.name } : {}), ...(room.meta.lock ? { lock: room.meta.lock } : {}),
    ...(room.meta.readingMinutes !== undefined ? { readingMinutes: room.meta.readingMinutes } : {}),
  };
  const scenario = room.scenario;
  return checkRecord(record, () => ({ ok: true, scenario, warnings: [] })).ok ? record : null;
}
