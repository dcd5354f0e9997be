/** The language switch and the large-text option, shown on every screen. */
import { useId } from 'preact/hooks';
import { LANGUAGES, type Language } from '../scenario/text';
import { usePrefs } from './context';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

export function PrefsControls() {
  const { t, lang, setLang, largeText, setLargeText } = usePrefs();
  const langId = useId();
  return (
    <div class="prefs">
      <label for={langId} class="prefs__label">{t('prefs.language')}</label>
      <select id={langId} value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as Language)}>
        {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
      </select>
      <button type="button" class="button button--quiet" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
        {t('prefs.large-text')}
      </button>
    </div>
  );
}
