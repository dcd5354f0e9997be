/**
 * The player's own confidential instructions: the confidential brief, red lines and
 * secret objectives with whether each is met now. Rendered only for the player's delegation.
 */
import { goalMet, indexScenario } from '../../engine';
import { INTEREST_KEYS } from '../../scenario/schema';
import type { DelegationDef, RedLine } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { useGame, type GameUi } from '../context';
import { flashpointName, measureTitle } from '../names';

function redLineText(g: GameUi, r: RedLine): string {
  switch (r.type) {
    case 'measure': return g.t(r.acceptsWeakened ? 'redline.measure.weakened' : 'redline.measure', { measure: measureTitle(g, r.measure) });
    case 'military-while-crisis': return g.t('redline.military-while-crisis');
    case 'fact-finding': return g.t('redline.fact-finding', { flashpoint: flashpointName(g, r.flashpoint) });
    case 'energy-bloc-under-cica': return g.t('redline.energy-bloc-under-cica');
  }
}

export function SecretsSection({ def }: { def: DelegationDef }) {
  const g = useGame();
  const { t, lang, game, scenario } = g;
  const idx = indexScenario(scenario);
  return (
    <section class="secrets" aria-labelledby="secrets-heading">
      <h3 id="secrets-heading">{t('secrets.heading')}</h3>
      <p class="prose">{localize(def.brief.confidential, lang)}</p>
      {def.profile.redLines.length > 0 && (
        <>
          <h4>{t('secrets.red-lines')}</h4>
          <ul class="plain-list">{def.profile.redLines.map((r, i) => <li key={i}>{redLineText(g, r)}</li>)}</ul>
        </>
      )}
      {def.objectives.length > 0 && (
        <>
          <h4>{t('secrets.objectives')}</h4>
          <ul class="plain-list objectives">
            {def.objectives.map((o) => {
              const met = goalMet(idx, game, def.id, o.goal);
              return (
                <li key={o.id} class={met ? 'tone--good' : ''}>
                  <span aria-hidden="true">{met ? '✓ ' : '○ '}</span>
                  {localize(o.text, lang)} <span class="badge">{t(met ? 'secrets.met' : game.phase === 'concluded' ? 'secrets.missed' : 'secrets.unmet')}</span>{' '}
                  <span class="hint">{t('secrets.points', { n: o.points })}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** A delegation's interests by dimension: public (any delegation may weigh another's), so shown in every dossier. */
export function InterestsList({ def }: { def: DelegationDef }) {
  const { t } = useGame();
  return (
    <>
      <h3>{t('dossier.interests')}</h3>
      <ul class="interest-list">
        {INTEREST_KEYS.map((k) => (
          <li key={k}>
            <span class="interest-list__name">{t(`interest.${k}`)}</span>
            <meter min={0} max={5} value={def.profile.interests[k]} aria-label={t(`interest.${k}`)} />
            <span class="num">{def.profile.interests[k]}/5</span>
          </li>
        ))}
      </ul>
    </>
  );
}
