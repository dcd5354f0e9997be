/** Choosing how hard the AI delegations bargain and plan. */
import { DIFFICULTIES, type Difficulty } from '../../ai/difficulty';
import { usePrefs } from '../context';

export function DifficultyChoice({ legend, value, onChange }: { legend: string; value: Difficulty; onChange(d: Difficulty): void }) {
  const { t } = usePrefs();
  return (
    <fieldset class="choice-list">
      <legend>{legend}</legend>
      {DIFFICULTIES.map((d) => (
        <label key={d} class={`choice choice--compact${value === d ? ' choice--checked' : ''}`}>
          <input type="radio" name="difficulty" value={d} checked={value === d} onChange={() => onChange(d)} />
          <span class="choice__body">
            <strong class="choice__title">{t(`difficulty.${d}`)}</strong>
            <span class="choice__text">{t(`difficulty.${d}.help`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
