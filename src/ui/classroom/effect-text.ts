/** A one-off effect the facilitator composed, in words, for the list before it is applied. */
import { signed } from '../../i18n';
import type { Effect } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { delegationName, flashpointName, measureTitle, type NameContext } from '../names';

export const EFFECT_TYPES = ['trust', 'trust-all', 'tension', 'influence', 'prestige', 'measure-availability', 'energy-shock', 'message'] as const satisfies readonly Effect['type'][];

export function effectText(c: NameContext, e: Effect): string {
  const { t, lang } = c;
  switch (e.type) {
    case 'trust': return t('effect.trust.text', { a: delegationName(c, e.a), b: delegationName(c, e.b), delta: signed(lang, e.delta) });
    case 'trust-all': return t('effect.trust-all.text', { name: delegationName(c, e.delegation), delta: signed(lang, e.delta) });
    case 'tension': return t('effect.tension.text', { flashpoint: flashpointName(c, e.flashpoint), delta: signed(lang, e.delta) });
    case 'influence': return e.delegation
      ? t('effect.influence.text', { name: delegationName(c, e.delegation), delta: signed(lang, e.delta) })
      : t('effect.influence.all', { delta: signed(lang, e.delta) });
    case 'prestige': return t('effect.prestige.text', { name: delegationName(c, e.delegation), delta: signed(lang, e.delta) });
    case 'measure-availability': return t(e.available ? 'effect.measure.on' : 'effect.measure.off', { measure: measureTitle(c, e.measure) });
    case 'energy-shock': return t('effect.energy-shock.text', { n: e.delta });
    case 'message': return t('effect.message.text', { text: localize(e.text, lang) });
  }
}
