/**
 * A student's device: the join code, the choice of a seat (or watching as an observer), then
 * the game screen for that seat. The seat token stays in this browser, so a reload, a closed
 * laptop or a lost Wi-Fi comes back to the same seat. On a phone the map is a tab of its own.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { usePrefs } from '../context';
import { GameScreen } from '../game/game-screen';
import { delegationName } from '../names';
import { NetClient, readSeatPass, tokenKey } from './net-client';
import { NetSession } from './net-session';
import { NetStatus } from './net-status';
import { PublicBoard } from './public-board';
import { useClient } from './use-client';

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

function JoinForm({ code, problem, onJoin }: { code: string; problem: string | null; onJoin(code: string): void }) {
  const { t } = usePrefs();
  const [value, setValue] = useState(code);
  return (
    <main id="main" class="classroom-page net-join">
      <h1>{t('net.join.title')}</h1>
      <form onSubmit={(e) => { e.preventDefault(); onJoin(value.trim().toUpperCase()); }}>
        <label for="join-code">{t('net.join.code')}</label>
        <input id="join-code" class="input net-join__code" value={value} autocomplete="off" autocapitalize="characters" inputMode="text" maxLength={8} aria-describedby="join-help" onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
        <p id="join-help" class="hint">{t('net.join.code-help')}</p>
        <button type="submit" class="button button--primary button--large">{t('net.join.go')}</button>
      </form>
      {problem && <p role="alert" class="notice notice--bad">{problem}</p>}
    </main>
  );
}

function SeatPicker({ client, code, onObserve }: { client: NetClient; code: string; onObserve(): void }) {
  const { t, lang } = usePrefs();
  const scenario = client.view?.scenario;
  const [problem, setProblem] = useState<string | null>(null);
  if (!scenario) return <main id="main" class="classroom-page"><NetStatus client={client} seat={null} /></main>;
  const names = { scenario, lang, t };
  const claim = async (seat: string) => {
    const r = await client.claim(seat);
    if (!r.ok) setProblem(r.error.message);
    else if (r.token) storage()?.setItem(tokenKey(code), JSON.stringify({ token: r.token, session: client.welcome?.sessionId }));
  };
  return (
    <main id="main" class="classroom-page net-join">
      <h1>{t('net.join.pick')}</h1>
      <NetStatus client={client} seat={null} />
      <ul class="net-seats">
        {client.seats.map((s) => (
          <li key={s.id}>
            <button type="button" class="button net-seats__seat" onClick={() => void claim(s.id)}>
              {s.name ? t('net.join.seat-team', { name: delegationName(names, s.id), team: s.name }) : t('net.join.seat', { name: delegationName(names, s.id) })}
            </button>
            <span class="hint"> {t('net.join.devices', { n: s.devices })}{s.seat === 'ai' ? ` · ${t('net.join.ai')}` : ''}</span>
          </li>
        ))}
      </ul>
      <button type="button" class="button button--quiet" onClick={onObserve}>{t('net.join.observe')}</button>
      {problem && <p role="alert" class="notice notice--bad">{problem}</p>}
    </main>
  );
}

function SeatScreen({ client, seat, onLeave }: { client: NetClient; seat: string; onLeave(): void }) {
  const { t } = usePrefs();
  useClient(client, true);
  const session = useMemo(() => new NetSession(client, seat), [client, seat]);
  const [tab, setTab] = useState<'game' | 'map'>('game');
  useEffect(() => () => session.stop(), [session]);
  if (!client.view) return <main id="main" class="classroom-page"><NetStatus client={client} seat={seat} /></main>;
  return (
    <div class="net-seat" data-seat={seat} data-view={tab} data-version={client.view.v} data-state={client.state}>
      <NetStatus client={client} seat={seat} problem={session.problem} />
      <nav class="net-phone-tabs" aria-label={t('net.tab.game')}>
        <button type="button" class="button" aria-pressed={tab === 'game'} onClick={() => setTab('game')}>{t('net.tab.game')}</button>
        <button type="button" class="button" aria-pressed={tab === 'map'} onClick={() => setTab('map')}>{t('net.tab.map')}</button>
      </nav>
      <GameScreen session={session} onLeave={onLeave} />
    </div>
  );
}

export function StudentApp({ code: initial, onExit }: { code: string; onExit(): void }) {
  const { t } = usePrefs();
  const [code, setCode] = useState(initial);
  const [client, setClient] = useState<NetClient | null>(null);
  const [observing, setObserving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useClient(client);

  useEffect(() => {
    if (!code) return;
    const pass = readSeatPass(storage()?.getItem(tokenKey(code)));
    const c = new NetClient({ role: 'student', code, ...(pass ?? {}) });
    setClient(c);
    history.replaceState(null, '', `${location.pathname}${location.search}#join=${code}`);
    return () => c.close();
  }, [code]);

  useEffect(() => {
    if (client?.state !== 'refused') return;
    // A token the session no longer knows is dropped, so the next try joins afresh.
    if (client.error?.code === 'bad-token') storage()?.removeItem(tokenKey(code));
    setProblem(t('net.state.refused', { reason: client.error?.message ?? '' }));
    setClient(null);
    setCode('');
  }, [client?.state]);

  if (!client || !code) return <JoinForm code={code} problem={problem} onJoin={(c) => { setProblem(null); setCode(c); }} />;
  const seat = client.welcome?.seat ?? null;
  const leave = () => {
    storage()?.removeItem(tokenKey(code));
    client.close();
    onExit();
  };
  if (seat) return <SeatScreen client={client} seat={seat} onLeave={leave} />;
  if (observing) return <PublicBoard client={client} projector={false} onLeave={leave} />;
  return <SeatPicker client={client} code={code} onObserve={() => { void client.claim('observer'); setObserving(true); }} />;
}
