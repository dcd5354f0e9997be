/** The networked classroom's pages, chosen by the address: join (students), projector, facilitator. */
import { useMemo } from 'preact/hooks';
import { FACILITATOR_HASH, JOIN_HASH, PROJECTOR_HASH } from './create-session';
import { FacilitatorApp } from './facilitator-app';
import { NetClient } from './net-client';
import { PublicBoard } from './public-board';
import { StudentApp } from './student-app';
import './network.css';

export type NetRoute = { kind: 'join'; code: string } | { kind: 'projector'; code: string } | { kind: 'facilitator'; session: string };

export function netRoute(hash: string): NetRoute | null {
  if (hash === JOIN_HASH || hash.startsWith(`${JOIN_HASH}=`)) return { kind: 'join', code: decodeURIComponent(hash.slice(JOIN_HASH.length + 1)).toUpperCase() };
  if (hash.startsWith(PROJECTOR_HASH)) return { kind: 'projector', code: decodeURIComponent(hash.slice(PROJECTOR_HASH.length)).toUpperCase() };
  if (hash.startsWith(FACILITATOR_HASH)) return { kind: 'facilitator', session: decodeURIComponent(hash.slice(FACILITATOR_HASH.length)) };
  return null;
}

function Projector({ code }: { code: string }) {
  const client = useMemo(() => new NetClient({ role: 'projector', code }), [code]);
  return <PublicBoard client={client} projector />;
}

export function NetworkApp({ route, onExit }: { route: NetRoute; onExit(): void }) {
  switch (route.kind) {
    case 'join': return <StudentApp code={route.code} onExit={onExit} />;
    case 'projector': return <Projector key={route.code} code={route.code} />;
    case 'facilitator': return <FacilitatorApp key={route.session} session={route.session} onExit={onExit} />;
  }
}
