/** Who plays each delegation: a person (with a student or team name) or the AI; switchable at any time. */
import { usePrefs } from '../context';
import { delegationName } from '../names';
import type { ClassroomSession } from './classroom-session';

export function SeatTable({ session }: { session: ClassroomSession }) {
  const { t, lang } = usePrefs();
  const names = { scenario: session.scenario, lang, t };
  const seats = session.snapshot.seats;
  return (
    <section class="console__section" aria-labelledby="console-seats">
      <h3 id="console-seats">{t('console.seats')}</h3>
      <p class="hint">{t('console.seats-help')}</p>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t('console.seats')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.delegation')}</th>
              <th scope="col">{t('console.played-by')}</th>
              <th scope="col">{t('console.student')}</th>
              <th scope="col"><span class="visually-hidden">{t('console.switch')}</span></th>
            </tr>
          </thead>
          <tbody>
            {session.game.players.map((d) => {
              const human = seats[d] === 'human';
              const name = delegationName(names, d);
              return (
                <tr key={d} class={session.me === d ? 'row--me' : ''}>
                  <th scope="row">{name}</th>
                  <td>{human ? t('seat.human') : t('seat.ai')}</td>
                  <td>
                    <input
                      type="text" class="input" maxLength={60} value={session.names[d] ?? ''}
                      aria-label={t('console.student-for', { name })}
                      onChange={(e) => session.rename(d, (e.currentTarget as HTMLInputElement).value)}
                    />
                  </td>
                  <td>
                    <button type="button" class="button" onClick={() => session.setSeat(d, human ? 'ai' : 'human')}>
                      {t(human ? 'console.to-ai' : 'console.to-human', { name })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
