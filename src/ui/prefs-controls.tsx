/** The language switch, the large-text option and the help button, shown on every screen. */
import { useId, useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../scenario/text';
import { usePrefs } from './context';
import { HelpDialog } from './help/help-dialog';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

export function PrefsControls() {
  const { t, lang, setLang, largeText, setLargeText } = usePrefs();
  const langId = useId();
  const [help, setHelp] = useState(false);
  return (
    <div class="prefs">
      <label for={langId} class="prefs__label">{t('prefs.language')}</label>
      <select id={langId} value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as Language)}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
      </select>
      <button type="button" class="button button--quiet" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
        {t('prefs.large-text')}
      </button>
      <button type="button" class="button button--quiet" aria-haspopup="dialog" onClick={() => setHelp(true)}>{t('help.button')}</button>
      {help && <HelpDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
