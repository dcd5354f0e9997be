/**
 * A delegation's reason in words: the reason code chooses the AI team's template
 * (src/ai/reason-messages.ts), and ids in its parameters become names in the player's language.
 */
import type { GameState, Reason } from '../engine';
import { format, isMessageKey, type Params } from '../i18n';
import { CONFLICT_REASON_MESSAGES, REASON_MESSAGES, type CrisisReasonCode } from '../ai/reason-messages';
import { isReasonCode } from '../ai/reasons';
import { clusterTitle, corridorName, delegationName, flashpointName, measureTitle, packageTitle, type NameContext } from './names';

/** The reason code of a reason a team gave in its own words. */
export const TEAM_SAID = 'team-said';

const DELEGATION_PARAMS = new Set(['proposer', 'with', 'from', 'to', 'requester']);
const PROPOSAL_PARAMS = new Set(['proposal', 'first']);

/** Parameters that name a fixed term of the game, translated through the catalogue. */
const LABEL_PREFIX: Record<string, string> = { dimension: 'dimension', amendment: 'amendment', profile: 'energy.profile', tool: 'tool' };

function label(c: NameContext, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? c.t(key) : value;
}

/** Replaces ids by names, by what each parameter is about. */
function nameParams(c: NameContext, game: GameState, params: Readonly<Record<string, string | number>>): Params {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'number') out[k] = v;
    // `with` names a delegation in talks but a proposal when a package is linked.
    else if (k === 'with' && game.proposals[v]) out[k] = packageTitle(c, game, v);
    else if (DELEGATION_PARAMS.has(k)) out[k] = delegationName(c, v);
    else if (PROPOSAL_PARAMS.has(k)) out[k] = game.proposals[v] ? packageTitle(c, game, v) : measureTitle(c, v);
    else if (k === 'measure') out[k] = measureTitle(c, v);
    else if (k === 'cluster') out[k] = clusterTitle(c, v);
    else if (k === 'flashpoint') out[k] = flashpointName(c, v);
    else if (k === 'corridor') out[k] = corridorName(c, v);
    else if (k in LABEL_PREFIX) out[k] = label(c, LABEL_PREFIX[k]!, v);
    else out[k] = v;
  }
  return out;
}

/** The armed-conflict wording of a crisis reason, when the flashpoint it names is in armed conflict now. */
function conflictTemplate(c: NameContext, game: GameState, reason: Reason): string | null {
  const variants: Record<string, string> = CONFLICT_REASON_MESSAGES[c.lang];
  const fid = reason.params?.flashpoint;
  if (!(reason.code in variants) || typeof fid !== 'string' || game.flashpoints[fid]?.stage !== 'conflict') return null;
  return variants[reason.code as CrisisReasonCode]!;
}

/** The reason as a sentence fragment ("objects: red line on ..."), or null when there is none. */
export function reasonText(c: NameContext, game: GameState, reason: Reason | undefined): string | null {
  if (!reason) return null;
  // A team's own words, typed by the facilitator on the projector (src/ui/classroom/positions-recorder.tsx).
  if (reason.code === TEAM_SAID) return c.t('reason.team-said', { text: String(reason.params?.text ?? '') });
  if (!isReasonCode(reason.code)) return c.t('reason.unknown', { code: reason.code });
  const template = conflictTemplate(c, game, reason) ?? REASON_MESSAGES[c.lang][reason.code];
  return format(c.lang, template, nameParams(c, game, reason.params ?? {}));
}

/**
 * A delegation's name and its reason joined the way the language joins them ("Israel objects: …",
 * «Израиль — возражение: …»), split around the name so the name can be shown in bold.
 */
export function reasonLineParts(c: NameContext, reason: string): { before: string; after: string } {
  const MARK = '\u0000';
  const [before = '', after = ''] = c.t('reason.line', { name: MARK, reason }).split(MARK);
  return { before, after };
}
