/**
 * Immer deep-freezes every state it produces, which catches accidental mutation of a snapshot
 * but costs a walk over everything new on every action. Freeze in development and tests; the
 * production build (Vite sets import.meta.env.PROD) skips it.
 */
import { setAutoFreeze } from 'immer';

const env = (import.meta as ImportMeta & { env?: { PROD?: boolean } }).env;
setAutoFreeze(env?.PROD !== true);
