/**
 * The wizard's class fields: the session's name (class and date, which the list of saves shows)
 * and the facilitator's PIN, which locks the console, the debrief's reveal, replay as a
 * delegation, undo, seat switching and injection. The PIN is typed twice; only its hash is kept.
 */
import { useId } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { validPin } from '../../session/pin';
import type { ClassroomMode } from '../../session/record';
import { usePrefs } from '../context';

export interface ClassFields {
  name: string;
  pin: string;
  pinAgain: string;
}

/** The default session name: "Class of 1 December 2026". */
export function defaultClassName(t: Translate, lang: string, now = new Date()): string {
  return t('setup.class.default', { date: now.toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' }) });
}

/** What is wrong with the PIN fields, in words, or ''. An empty PIN is allowed (no lock). */
export function pinProblem(t: Translate, f: ClassFields): string {
  if (!f.pin && !f.pinAgain) return '';
  if (!validPin(f.pin)) return t('setup.pin.invalid');
  return f.pin === f.pinAgain ? '' : t('setup.pin.mismatch');
}

export function ClassStep({ fields, mode, onChange }: { fields: ClassFields; mode: ClassroomMode | 'devices'; onChange(f: ClassFields): void }) {
  const { t } = usePrefs();
  const ids = { name: useId(), pin: useId(), again: useId(), hint: useId() };
  const set = (k: keyof ClassFields) => (e: Event) => onChange({ ...fields, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <fieldset class="class-fields">
      <legend>{t('setup.class.legend')}</legend>
      <p class="field">
        <label for={ids.name}>{t('setup.class.name')}</label>
        <input id={ids.name} type="text" class="input" maxLength={80} value={fields.name} onInput={set('name')} />
      </p>
      <p id={ids.hint} class="hint">{t(mode === 'hot-seat' ? 'setup.pin.help.hot-seat' : mode === 'devices' ? 'setup.pin.help.devices' : 'setup.pin.help')}</p>
      <p class="field field--inline">
        <label for={ids.pin}>{t('setup.pin')}</label>
        <input id={ids.pin} type="password" inputMode="numeric" autoComplete="new-password" class="input input--short" maxLength={12} value={fields.pin} onInput={set('pin')} aria-describedby={ids.hint} />
        <label for={ids.again}>{t('setup.pin.again')}</label>
        <input id={ids.again} type="password" inputMode="numeric" autoComplete="new-password" class="input input--short" maxLength={12} value={fields.pinAgain} onInput={set('pinAgain')} />
      </p>
    </fieldset>
  );
}
