/** The bundled scenarios (and an opened file) as a group of radio buttons with their summaries. */
import type { Scenario } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';

export interface ScenarioOption {
  /** 'bundled:<id>' or 'file'. */
  key: string;
  scenario: Scenario;
  fileName?: string;
}

interface Props {
  options: readonly ScenarioOption[];
  value: string;
  onChange(key: string): void;
}

export function ScenarioChoice({ options, value, onChange }: Props) {
  const { t, lang } = usePrefs();
  return (
    <fieldset class="choice-list">
      <legend>{t('start.scenario.legend')}</legend>
      {options.map((o) => {
        const s = o.scenario;
        const players = s.delegations.filter((d) => d.player ?? d.role === 'member').length;
        return (
          <label key={o.key} class={`choice${value === o.key ? ' choice--checked' : ''}`}>
            <input type="radio" name="scenario" value={o.key} checked={value === o.key} onChange={() => onChange(o.key)} />
            <span class="choice__body">
              <strong class="choice__title">{localize(s.meta.title, lang)}</strong>
              {o.fileName && <span class="badge">{t('start.scenario.from-file', { file: o.fileName })}</span>}
              <span class="choice__meta">
                {t('start.scenario.meta', { minutes: s.meta.durationMinutes, rounds: s.calendar.rounds, players })}
              </span>
              <span class="choice__text">{localize(s.meta.summary, lang)}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
