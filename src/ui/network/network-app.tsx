/** The networked classroom's pages, chosen by the address: join (students), projector, facilitator. */
import { useMemo } from 'preact/hooks';
import { netRoute, type NetRoute } from '../routes';
import { FacilitatorApp } from './facilitator-app';
import { NetClient } from './net-client';
import { PublicBoard } from './public-board';
import { StudentApp } from './student-app';
import './network.css';

export { netRoute, type NetRoute };

function Projector({ code }: { code: string }) {
  const client = useMemo(() => new NetClient({ role: 'projector', code }), [code]);
  return <PublicBoard client={client} projector />;
}

/** `onExit(true)` goes to the classroom's start page (where the facilitator's consoles are listed), `onExit(false)` to the solo one. */
export function NetworkApp({ route, onExit }: { route: NetRoute; onExit(toClassroom: boolean): void }) {
  switch (route.kind) {
    case 'join': return <StudentApp code={route.code} onExit={() => onExit(false)} />;
    case 'projector': return <Projector key={route.code} code={route.code} />;
    case 'facilitator': return <FacilitatorApp key={route.session} session={route.session} onExit={() => onExit(true)} />;
  }
}
