/**
 * A policy chooses one action for one delegation from what it may legally do. Policies see only
 * the delegation's player view and must be deterministic given their inputs.
 */
import type { Action, DelegationId, GameState, LegalListing, PlayerView } from '../engine';
import type { Scenario } from '../scenario/schema';

export interface PolicyInput {
  scenario: Scenario;
  view: PlayerView;
  by: DelegationId;
  legal: Action[];
  /**
   * The same legal actions as a lazy listing, when the caller has one (the headless runner): a
   * policy that looks for particular actions checks only those. `legal` is then built on first read.
   */
  listing?: LegalListing;
  /** A number in [0, 1) drawn for this decision from the simulation's own generator. */
  random: () => number;
}

export type Policy = (input: PolicyInput) => Action;

/** The baseline: picks at random among legal actions, weighted toward finishing the phase. */
export const randomPolicy: Policy = ({ legal, random, view, by }) => {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const of = (type: Action['type']) => legal.filter((a) => a.type === type);
  if (view.phase === 'plenary') {
    const decide = of('plenary.decide');
    if (decide.length) return random() < 0.85 ? decide[0]! : pick(legal);
    const r = random();
    const stance = r < 0.6 ? 'support' : r < 0.75 ? 'reservation' : r < 0.85 ? 'abstain' : 'objection';
    return pick(legal.filter((a) => a.type === 'plenary.position' && a.stance === stance)) ?? pick(legal);
  }
  const ready = legal.find((a) => a.type === 'ready');
  const others = legal.filter((a) => a.type !== 'ready');
  if (!others.length || (ready && random() < 0.3)) return ready ?? pick(legal);
  void by;
  return pick(others);
};

/** Whether the state shown to a policy is a real player view (guards against leaking the full state). */
export function isView(state: GameState | PlayerView): state is PlayerView {
  return 'viewer' in state;
}

/**
 * The action that closes a delegation's phase when it has acted enough: ready, or first an
 * answer still owed (declining an offer, refusing consent), so that every game ends.
 */
export function closingAction(legal: readonly Action[]): Action | null {
  return legal.find((a) => a.type === 'ready')
    ?? legal.find((a) => a.type === 'consult.answer' && !a.accept)
    ?? legal.find((a) => a.type === 'diplomacy.consent' && !a.accept)
    ?? null;
}

/**
 * A passive delegation, the baseline of the agency figure: it supports everything, tables
 * nothing, makes no offers and declines those made to it, consents to missions, and implements
 * nothing. Whatever it ends with, others gave it.
 */
export const passivePolicy: Policy = ({ legal, view }) => {
  const find = (test: (a: Action) => boolean) => legal.find(test);
  const action = view.phase === 'plenary'
    ? find((a) => a.type === 'plenary.position' && a.stance === 'support') ?? find((a) => a.type === 'plenary.decide')
    : find((a) => a.type === 'consult.answer' && !a.accept)
      ?? find((a) => a.type === 'diplomacy.consent' && a.accept)
      ?? find((a) => a.type === 'proposal.pass')
      ?? find((a) => a.type === 'ready');
  return action ?? legal[0]!;
};

const MEDIATION_TOOLS: ReadonlySet<Action['type']> = new Set(['diplomacy.good-offices', 'diplomacy.fact-finding', 'diplomacy.early-warning', 'diplomacy.hotline']);

/**
 * A mediator: whenever it may put a tool of preventive diplomacy to work on a dispute it is not
 * party to, it does (the tensest dispute first); otherwise it plays as `fallback` would. The
 * balance report seats it to check that mediating well is rewarded.
 */
export function mediatorPolicy(fallback: Policy): Policy {
  return (input) => {
    const { legal, view } = input;
    const tension = (a: Action) => ('flashpoint' in a ? view.flashpoints[a.flashpoint]?.tension ?? 0 : 0);
    const tools = legal.filter((a) => MEDIATION_TOOLS.has(a.type)).sort((a, b) => tension(b) - tension(a));
    return tools[0] ?? fallback(input);
  };
}
