/** The delegations a player may lead, with their public briefs, as radio buttons. */
import type { DelegationDef, Scenario } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';

interface Props {
  scenario: Scenario;
  value: string;
  onChange(id: string): void;
}

/** Delegations that take part as players, sorted by name in the current language. */
export function playerDelegations(scenario: Scenario, lang: 'en' | 'ru'): DelegationDef[] {
  return scenario.delegations
    .filter((d) => d.player ?? d.role === 'member')
    .sort((a, b) => localize(a.name, lang).localeCompare(localize(b.name, lang), lang));
}

export function DelegationChoice({ scenario, value, onChange }: Props) {
  const { t, lang } = usePrefs();
  const list = playerDelegations(scenario, lang);
  return (
    <fieldset class="choice-list choice-list--scroll">
      <legend>{t('start.delegation.legend')}</legend>
      {list.map((d) => (
        <label key={d.id} class={`choice choice--compact${value === d.id ? ' choice--checked' : ''}`}>
          <input type="radio" name="delegation" value={d.id} checked={value === d.id} onChange={() => onChange(d.id)} />
          <span class="choice__body">
            <strong class="choice__title">{localize(d.name, lang)}</strong>
            <span class="choice__meta">
              {t('start.delegation.meta', { role: t(`role.${d.role}`), weight: t(`weight.${d.weight}`), energy: t(`energy.profile.${d.energy}`) })}
            </span>
            <span class="choice__text choice__text--clamp">{localize(d.brief.public, lang)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
