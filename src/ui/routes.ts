/**
 * The addresses (hashes) that open the screens other than the game: the classroom and the
 * networked classroom's pages. Kept apart from those screens, so that the app can tell which
 * one to open without loading their code (they are chunks of their own, see lazy-screen.tsx).
 */

export const CLASSROOM_HASH = '#classroom';
export const FACILITATOR_HASH = '#net/facilitator=';
export const PROJECTOR_HASH = '#net/projector=';
export const JOIN_HASH = '#join';

export type NetRoute = { kind: 'join'; code: string } | { kind: 'projector'; code: string } | { kind: 'facilitator'; session: string };

export function netRoute(hash: string): NetRoute | null {
  if (hash === JOIN_HASH || hash.startsWith(`${JOIN_HASH}=`)) return { kind: 'join', code: decodeURIComponent(hash.slice(JOIN_HASH.length + 1)).toUpperCase() };
  if (hash.startsWith(PROJECTOR_HASH)) return { kind: 'projector', code: decodeURIComponent(hash.slice(PROJECTOR_HASH.length)).toUpperCase() };
  if (hash.startsWith(FACILITATOR_HASH)) return { kind: 'facilitator', session: decodeURIComponent(hash.slice(FACILITATOR_HASH.length)) };
  return null;
}
