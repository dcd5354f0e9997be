/** A red line in words, for printed confidential instructions. */
import type { RedLine } from '../../scenario/schema';
import { flashpointName, measureTitle, type NameContext } from '../names';

export function redLineText(c: NameContext, r: RedLine): string {
  switch (r.type) {
    case 'measure': return c.t(r.acceptsWeakened ? 'redline.measure.weakened' : 'redline.measure', { measure: measureTitle(c, r.measure) });
    case 'military-while-crisis': return c.t('redline.military-while-crisis');
    case 'fact-finding': return c.t('redline.fact-finding', { flashpoint: flashpointName(c, r.flashpoint) });
    case 'energy-bloc-under-cica': return c.t('redline.energy-bloc-under-cica');
  }
}
