/**
 * Who is connected to a session, over every server process: devices per seat and observers.
 * Each process keeps the counts it last gathered; it gathers them again (through the adapter's
 * `fetchSockets`, which asks every process) when a device of its own comes or goes, and tells
 * the other processes to do the same, so the facilitator's table counts every device whichever
 * process it reached. Actions do not touch the counts: an update costs no round trip.
 */
import type { Server } from 'socket.io';
import type { DelegationId } from '../engine';
import type { Role } from '../net/protocol';
import { roomOf } from './views';

export interface Counts {
  seats: Record<DelegationId, number>;
  observers: number;
}

interface Member {
  data: unknown;
}

function count(members: Iterable<Member>): Counts {
  const c: Counts = { seats: {}, observers: 0 };
  for (const m of members) {
    const d = m.data as { role?: Role; seat?: DelegationId | null };
    if (d.seat && (d.role === 'student' || d.role === 'observer')) c.seats[d.seat] = (c.seats[d.seat] ?? 0) + 1;
    else if (d.role === 'student' || d.role === 'observer') c.observers++;
  }
  return c;
}

export class Presence {
  private counts = new Map<string, Counts>();

  constructor(private readonly io: Server, private readonly cluster: boolean) {}

  /** This process's own devices of the session. */
  local(id: string): Counts {
    const ids = this.io.of('/').adapter.rooms.get(roomOf.all(id)) ?? new Set<string>();
    const sockets = this.io.of('/').sockets;
    return count([...ids].flatMap((sid) => sockets.get(sid) ?? []));
  }

  /** The counts over every process as last gathered (this process's own until then). */
  of(id: string): Counts {
    return this.counts.get(id) ?? this.local(id);
  }

  devices(id: string, seat: DelegationId): number {
    return this.of(id).seats[seat] ?? 0;
  }

  /** Gathers the counts again, from every process when there are several. */
  async refresh(id: string): Promise<Counts> {
    let c: Counts;
    if (!this.cluster) c = this.local(id);
    else {
      try {
        c = count(await this.io.in(roomOf.all(id)).timeout(3000).fetchSockets());
      } catch {
        // A process that stopped answering: count what this process knows for sure.
        c = this.local(id);
      }
    }
    this.counts.set(id, c);
    return c;
  }

  forget(id: string): void {
    this.counts.delete(id);
  }
}
