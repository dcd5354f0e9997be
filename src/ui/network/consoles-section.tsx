/**
 * The classroom start page's networked consoles: those this device holds (a console left is
 * opened again from here), and opening one on this device with the session's join code and the
 * facilitator PIN (the laptop that created the session is not the one at the front).
 */
import { useId, useState } from 'preact/hooks';
import { usePrefs } from '../context';
import { FACILITATOR_HASH } from '../routes';
import { forgetConsole, listConsoles, type ConsoleEntry } from './consoles';
import { openConsoleWithPin } from './create-session';

export function ConsolesSection() {
  const { t, lang } = usePrefs();
  const ids = { code: useId(), pin: useId(), help: useId() };
  const [consoles, setConsoles] = useState<ConsoleEntry[]>(() => listConsoles());
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  // Forgetting drops the key: the console then opens here only with the PIN, so it is asked first.
  const [forgetting, setForgetting] = useState<string | null>(null);
  const open = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem('');
    const p = await openConsoleWithPin(code, pin, t);
    setBusy(false);
    if (p) setProblem(p);
  };
  return (
    <section class="start__column" aria-labelledby="cls-consoles">
      <h2 id="cls-consoles">{t('net.consoles')}</h2>
      {consoles.length === 0 ? <p>{t('net.consoles.none')}</p> : (
        <ul class="save-list">
          {consoles.map((c) => {
            const name = c.name || t('classroom.class.unnamed');
            return (
              <li key={c.id} class="card" data-console={c.id}>
                <p class="card__title">{name}</p>
                <p class="card__meta">{[c.title, c.code && t('net.consoles.code', { code: c.code }), new Date(c.at).toLocaleString(lang)].filter(Boolean).join(' · ')}</p>
                <div class="button-row">
                  <a class="button" href={`${FACILITATOR_HASH}${c.id}`}>{t('net.consoles.open', { name })}</a>
                  <button type="button" class="button button--quiet" aria-expanded={forgetting === c.id} onClick={() => setForgetting(c.id)}>{t('net.consoles.forget', { name })}</button>
                </div>
                {forgetting === c.id && (
                  <div class="notice notice--bad" role="group" aria-label={t('net.consoles.forget', { name })}>
                    <p>{t('net.consoles.forget.confirm', { name })}</p>
                    <div class="button-row">
                      <button type="button" class="button button--danger" onClick={() => { forgetConsole(c.id); setForgetting(null); setConsoles(listConsoles()); }}>{t('net.consoles.forget.yes')}</button>
                      <button type="button" class="button" onClick={() => setForgetting(null)}>{t('net.consoles.forget.keep')}</button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('net.consoles.pin.heading')}</h3>
      <p id={ids.help} class="hint">{t('net.consoles.pin.help')}</p>
      <form class="field-group" onSubmit={(e) => void open(e)} aria-describedby={ids.help}>
        <p class="field field--inline">
          <label for={ids.code}>{t('net.consoles.pin.code')}</label>
          <input id={ids.code} class="input input--short" type="text" autoComplete="off" autoCapitalize="characters" maxLength={8} required value={code} onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)} />
          <label for={ids.pin}>{t('setup.pin')}</label>
          <input id={ids.pin} class="input input--short" type="password" inputMode="numeric" autoComplete="off" maxLength={12} required value={pin} onInput={(e) => setPin((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="button" disabled={busy}>{t('net.consoles.pin.go')}</button>
        </p>
        {problem && <p role="alert" class="notice notice--bad">{problem}</p>}
      </form>
    </section>
  );
}
