/**
 * Composing a one-off event: pick an effect type, fill in its fields, add it to the list; the
 * list is applied at once. The engine checks the effects as strictly as a scenario's, and its
 * refusal is shown; here the form only offers what the scenario has.
 */
import { useId, useState } from 'preact/hooks';
import type { Effect } from '../../scenario/schema';
import { usePrefs } from '../context';
import { delegationName, flashpointName, measureTitle } from '../names';
import { rejectionText } from '../rejection-text';
import type { ClassroomSession } from './classroom-session';
import { EFFECT_TYPES, effectText } from './effect-text';

type EffectType = (typeof EFFECT_TYPES)[number];

interface Draft {
  type: EffectType;
  a: string;
  b: string;
  flashpoint: string;
  measure: string;
  delta: number;
  available: boolean;
  text: string;
}

function build(d: Draft): Effect | null {
  switch (d.type) {
    case 'trust': return d.a && d.b && d.a !== d.b ? { type: 'trust', a: d.a, b: d.b, delta: d.delta } : null;
    case 'trust-all': return d.a ? { type: 'trust-all', delegation: d.a, delta: d.delta } : null;
    case 'tension': return d.flashpoint ? { type: 'tension', flashpoint: d.flashpoint, delta: d.delta } : null;
    case 'influence': return d.a ? { type: 'influence', delegation: d.a, delta: Math.trunc(d.delta) } : { type: 'influence', delta: Math.trunc(d.delta) };
    case 'prestige': return d.a ? { type: 'prestige', delegation: d.a, delta: Math.trunc(d.delta) } : null;
    case 'measure-availability': return d.measure ? { type: 'measure-availability', measure: d.measure, available: d.available } : null;
    case 'energy-shock': return { type: 'energy-shock', delta: Math.max(1, Math.min(5, Math.trunc(d.delta))) };
    case 'message': return d.text.trim() ? { type: 'message', text: d.text.trim() } : null;
  }
}

export function EffectsEditor({ session, onResult }: { session: ClassroomSession; onResult(text: string, ok: boolean): void }) {
  const { t, lang } = usePrefs();
  const c = { scenario: session.scenario, lang, t };
  const ids = { type: useId(), a: useId(), b: useId(), fp: useId(), measure: useId(), delta: useId(), text: useId(), available: useId() };
  const [draft, setDraft] = useState<Draft>({ type: 'tension', a: '', b: '', flashpoint: session.scenario.flashpoints[0]?.id ?? '', measure: session.scenario.measures[0]?.id ?? '', delta: 10, available: true, text: '' });
  const [effects, setEffects] = useState<Effect[]>([]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const effect = build(draft);
  const needsA = ['trust', 'trust-all', 'influence', 'prestige'].includes(draft.type);
  const hasDelta = !['measure-availability', 'message'].includes(draft.type);
  const delegations = session.scenario.delegations;
  const pick = (id: string, label: string, value: string, onChange: (v: string) => void, optional = false) => (
    <label class="field" for={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{optional ? t('effect.every-delegation') : t('effect.choose')}</option>
        {delegations.map((d) => <option key={d.id} value={d.id}>{delegationName(c, d.id)}</option>)}
      </select>
    </label>
  );
  const apply = () => {
    const rejection = session.injectEffects(effects);
    if (rejection) onResult(t('console.inject.refused', { reason: rejectionText(t, rejection) }), false);
    else {
      onResult(t('console.effects.applied', { n: effects.length }), true);
      setEffects([]);
    }
  };
  return (
    <div class="effects-editor">
      <div class="effects-editor__form">
        <label class="field" for={ids.type}>
          <span>{t('effect.type')}</span>
          <select id={ids.type} value={draft.type} onChange={(e) => set({ type: (e.currentTarget as HTMLSelectElement).value as EffectType })}>
            {EFFECT_TYPES.map((x) => <option key={x} value={x}>{t(`effect.${x}`)}</option>)}
          </select>
        </label>
        {needsA && pick(ids.a, draft.type === 'trust' ? t('effect.between') : t('effect.delegation'), draft.a, (a) => set({ a }), draft.type === 'influence')}
        {draft.type === 'trust' && pick(ids.b, t('effect.and'), draft.b, (b) => set({ b }))}
        {draft.type === 'tension' && (
          <label class="field" for={ids.fp}>
            <span>{t('effect.flashpoint')}</span>
            <select id={ids.fp} value={draft.flashpoint} onChange={(e) => set({ flashpoint: (e.currentTarget as HTMLSelectElement).value })}>
              {session.scenario.flashpoints.map((f) => <option key={f.id} value={f.id}>{flashpointName(c, f.id)}</option>)}
            </select>
          </label>
        )}
        {draft.type === 'measure-availability' && (
          <>
            <label class="field" for={ids.measure}>
              <span>{t('effect.measure')}</span>
              <select id={ids.measure} value={draft.measure} onChange={(e) => set({ measure: (e.currentTarget as HTMLSelectElement).value })}>
                {session.scenario.measures.map((m) => <option key={m.id} value={m.id}>{measureTitle(c, m.id)}</option>)}
              </select>
            </label>
            <p class="field field--inline">
              <input id={ids.available} type="checkbox" checked={draft.available} onChange={(e) => set({ available: (e.currentTarget as HTMLInputElement).checked })} />
              <label for={ids.available}>{t('effect.available')}</label>
            </p>
          </>
        )}
        {hasDelta && (
          <label class="field" for={ids.delta}>
            <span>{t(draft.type === 'energy-shock' ? 'effect.severity' : 'effect.delta')}</span>
            <input id={ids.delta} type="number" class="input input--short" value={draft.delta} onChange={(e) => set({ delta: Number((e.currentTarget as HTMLInputElement).value) || 0 })} />
          </label>
        )}
        {draft.type === 'message' && (
          <label class="field" for={ids.text}>
            <span>{t('effect.message-text')}</span>
            <textarea id={ids.text} class="input" rows={2} maxLength={500} value={draft.text} onInput={(e) => set({ text: (e.currentTarget as HTMLTextAreaElement).value })} />
          </label>
        )}
        <button type="button" class="button" disabled={!effect} onClick={() => effect && setEffects([...effects, effect])}>{t('effect.add')}</button>
      </div>
      {effects.length > 0 && (
        <>
          <ul class="plain-list effects-editor__list" aria-label={t('effect.list')}>
            {effects.map((e, i) => (
              <li key={i}>
                {effectText(c, e)}{' '}
                <button type="button" class="link" aria-label={t('effect.remove', { effect: effectText(c, e) })} onClick={() => setEffects(effects.filter((_, k) => k !== i))}>
                  {t('effect.remove-short')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="button button--primary" onClick={apply}>{t('console.effects.apply', { n: effects.length })}</button>
        </>
      )}
    </div>
  );
}
