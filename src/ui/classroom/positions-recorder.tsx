/**
 * Every member's position on the item, where the facilitator records the positions of delegations
 * played by people from the keyboard: in a person's row, S supports, W and P state a reservation
 * (weakened or phased in), A abstains and O objects; the focus then moves to the next person still
 * to speak. Arrow keys move between rows. The reasons of AI delegations are shown as they stated them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { indexScenario, type Amendment, type Proposal, type Stance } from '../../engine';
import { useGame } from '../context';
import { delegationName } from '../names';
import { reasonText, TEAM_SAID } from '../reason-text';
import type { ClassroomSession } from './classroom-session';

const KEYS: Record<string, { stance: Stance; amendment?: Amendment }> = {
  s: { stance: 'support' }, w: { stance: 'reservation', amendment: 'weaken' }, p: { stance: 'reservation', amendment: 'phase-in' },
  a: { stance: 'abstain' }, o: { stance: 'objection' },
};
const SYMBOL: Record<Stance | 'pending', string> = { support: '✓', reservation: '≈', objection: '✗', abstain: '○', pending: '…' };

export function PositionsRecorder({ session, proposal }: { session: ClassroomSession; proposal: Proposal }) {
  const g = useGame();
  const { t, lang, game, scenario } = g;
  const body = useRef<HTMLTableSectionElement>(null);
  const humans = session.humans();
  const voters = [...indexScenario(scenario).voters].sort((a, b) =>
    Number(humans.includes(b)) - Number(humans.includes(a)) || (humans.indexOf(a) - humans.indexOf(b)) || delegationName(g, a).localeCompare(delegationName(g, b), lang));
  const open = game.plenary?.step === 'positions' && !session.aiBusy;
  // A team's reason in its own words, typed before its position is recorded.
  const [said, setSaid] = useState<Record<string, string>>({});

  const focusRow = (from: string | null, step: 1 | -1, pendingOnly: boolean) => {
    const rows = [...(body.current?.querySelectorAll<HTMLElement>('tr[data-record]') ?? [])]
      .filter((r) => !pendingOnly || r.querySelector('button'));
    if (!rows.length) return;
    const at = from ? rows.findIndex((r) => r.dataset.record === from) : -1;
    const next = rows[(at + step + rows.length) % rows.length] ?? rows[0]!;
    next.querySelector<HTMLElement>('button')?.focus();
  };

  const record = (d: string, key: string) => {
    const k = KEYS[key];
    if (!k) return;
    const text = k.stance === 'support' ? '' : (said[d] ?? '').trim().slice(0, 200);
    g.act({
      type: 'plenary.position', by: d, proposal: proposal.id, stance: k.stance, ...(k.amendment ? { amendment: k.amendment } : {}),
      ...(text ? { reason: { code: TEAM_SAID, params: { text } } } : {}),
    });
    setSaid((m) => ({ ...m, [d]: '' }));
    requestAnimationFrame(() => focusRow(d, 1, true));
  };

  // A new item: the keyboard user starts again at the first person still to speak.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || body.current?.contains(active)) requestAnimationFrame(() => focusRow(null, 1, true));
  }, [proposal.id]);

  const onKey = (e: KeyboardEvent) => {
    // Typing a reason is typing, not recording a position.
    if ((e.target as HTMLElement).tagName === 'INPUT') return;
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-record]');
    const d = row?.dataset.record;
    if (!d || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key in KEYS && row.querySelector('button')) {
      e.preventDefault();
      record(d, key);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(d, e.key === 'ArrowDown' ? 1 : -1, false);
    }
  };

  return (
    <section class="section" aria-labelledby="rec-heading">
      <h3 id="rec-heading">{t('positions.heading')}</h3>
      {humans.length > 0 && <p class="hint" id="rec-keys">{t('projector.keys')}</p>}
      <div class="table-wrap table-wrap--tall">
        <table class="table positions">
          <caption class="visually-hidden">{t('positions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.delegation')}</th>
              <th scope="col">{t('col.position')}</th>
              <th scope="col">{t('col.reason')}</th>
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={onKey}>
            {voters.map((v) => {
              const p = proposal.positions[v];
              const stance = p?.stance ?? 'pending';
              const human = humans.includes(v);
              const student = session.names[v]?.trim();
              const name = delegationName(g, v);
              return (
                <tr key={v} data-record={human ? v : undefined} class={human ? 'row--human' : ''}>
                  <th scope="row">{name}{human && student ? <span class="hint"> ({student})</span> : null}</th>
                  {human && !p && open ? (
                    <td colSpan={2}>
                      <div role="group" aria-label={t('projector.record-for', { name })} aria-describedby="rec-keys" class="recorder">
                        {Object.entries(KEYS).map(([key, k]) => (
                          <span key={key} class="recorder__item">
                            <button
                              type="button" class="button recorder__button" aria-keyshortcuts={key.toUpperCase()} onClick={() => record(v, key)}
                              aria-label={k.amendment ? t('action.position.reservation', { amendment: t(`amendment.${k.amendment}`) }) : undefined}
                            >
                              <span class="recorder__label">{k.amendment ? t(`amendment.${k.amendment}`) : t(`action.position.${k.stance as 'support'}`)}</span>
                            </button>
                            <kbd aria-hidden="true">{key.toUpperCase()}</kbd>
                          </span>
                        ))}
                        <input
                          type="text" class="input recorder__reason" maxLength={200} value={said[v] ?? ''} aria-label={t('record.reason', { name })}
                          title={t('record.reason.help')} onInput={(e) => { const value = (e.currentTarget as HTMLInputElement).value; setSaid((m) => ({ ...m, [v]: value })); }}
                        />
                      </div>
                    </td>
                  ) : (
                    <>
                      <td class={`stance stance--${stance}`}>
                        <span aria-hidden="true">{SYMBOL[stance]} </span>{t(`stance.${stance}`)}
                        {p?.amendment && <span class="stance__amend"> ({t(`amendment.${p.amendment}`)})</span>}
                      </td>
                      <td class="reason">{reasonText(g, game, p?.reason) ?? ''}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
