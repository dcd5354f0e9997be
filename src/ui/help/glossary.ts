/** The game's terms that get a short explanation where they appear and in the rules' glossary. */
import type { MessageKey } from '../../i18n';

export const TERMS = [
  'consensus', 'cohesion', 'influence', 'prestige', 'graduality', 'red-line', 'package',
  'sensitive', 'reservation', 'abstain', 'objection',
] as const;

export type TermId = (typeof TERMS)[number];

export function termLabel(id: TermId): MessageKey {
  return `term.${id}` as MessageKey;
}

export function termDefinition(id: TermId): MessageKey {
  return `term.${id}.def` as MessageKey;
}
