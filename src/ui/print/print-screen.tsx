/**
 * The printable material: a briefing packet per delegation (all, or only those played by people)
 * and the facilitator's guide. The toolbar does not print; each packet starts on a new page, so
 * "Print" (or print to PDF) gives one packet per delegation to hand out.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Seat } from '../../flow/conductor';
import type { TimedPhase } from '../../flow/session.machine';
import type { Scenario } from '../../scenario/schema';
import { usePrefs } from '../context';
import { PrefsControls } from '../prefs-controls';
import { playerDelegations } from '../start/delegation-choice';
import { BriefingPacket } from './briefing-packet';
import { ObjectivesKey, PhaseSheet } from './class-sheets';
import { FacilitatorGuide } from './facilitator-guide';
import { useMapAsset } from './use-map-asset';
import './print.css';

interface Props {
  scenario: Scenario;
  names: Record<string, string>;
  seats: Record<string, Seat>;
  durations: Record<TimedPhase, number>;
  /** Minutes to read the packets before the first round, in the guide's timing plan. */
  readingMinutes?: number;
  onBack(): void;
}

type Which = 'people' | 'all' | 'guide';

export function PrintScreen({ scenario, names, seats, durations, readingMinutes = 0, onBack }: Props) {
  const { t, lang } = usePrefs();
  const whichId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const asset = useMapAsset();
  const people = playerDelegations(scenario, lang).filter((d) => seats[d.id] === 'human');
  const [which, setWhich] = useState<Which>(people.length ? 'people' : 'all');
  const [guide, setGuide] = useState(true);
  const [copies, setCopies] = useState(1);
  const copiesId = useId();
  useEffect(() => heading.current?.focus(), []);
  const packets = which === 'guide' ? [] : which === 'people' ? people : playerDelegations(scenario, lang);
  return (
    <div class="print-screen" data-map={asset.kind}>
      <header class="print-toolbar">
        <h1 ref={heading} tabIndex={-1}>{t('print.title')}</h1>
        <label class="field field--inline" for={whichId}>
          <span>{t('print.which')}</span>
          <select id={whichId} value={which} onChange={(e) => setWhich((e.currentTarget as HTMLSelectElement).value as Which)}>
            <option value="people" disabled={!people.length}>{t('print.which.people', { n: people.length })}</option>
            <option value="all">{t('print.which.all')}</option>
            <option value="guide">{t('print.which.guide')}</option>
          </select>
        </label>
        <label class="toggle">
          <input type="checkbox" checked={guide || which === 'guide'} disabled={which === 'guide'} onChange={(e) => setGuide((e.currentTarget as HTMLInputElement).checked)} />
          {t('print.with-guide')}
        </label>
        <label class="field field--inline" for={copiesId}>
          <span>{t('print.copies')}</span>
          <input
            id={copiesId} type="number" min={1} max={12} class="input input--short" value={copies}
            onChange={(e) => { const n = Number((e.currentTarget as HTMLInputElement).value); if (Number.isInteger(n) && n >= 1 && n <= 12) setCopies(n); }}
          />
        </label>
        <button type="button" class="button button--primary" onClick={() => window.print()}>{t('print.print')}</button>
        <button type="button" class="button button--quiet" onClick={onBack}>{t('print.back')}</button>
        <PrefsControls />
        {asset.kind === 'failed' && <p role="alert" class="warning">{t('print.map.failed', { reason: asset.reason })}</p>}
      </header>
      <main id="main" class="print-sheets">
        {(guide || which === 'guide') && (
          <>
            <FacilitatorGuide scenario={scenario} names={names} seats={seats} durations={durations} readingMinutes={readingMinutes} />
            <ObjectivesKey scenario={scenario} delegations={(people.length ? people : playerDelegations(scenario, lang)).map((d) => d.id)} names={names} />
          </>
        )}
        {packets.flatMap((d) => Array.from({ length: copies }, (_, copy) => (
          <div key={`${d.id}:${copy}`} class="print-copy" data-copy={copy + 1}>
            <BriefingPacket scenario={scenario} delegation={d.id} student={names[d.id]?.trim() || undefined} asset={asset.kind === 'ready' ? asset.asset : null} copy={copies > 1 ? { n: copy + 1, total: copies } : undefined} />
            <PhaseSheet scenario={scenario} team={names[d.id]?.trim() || undefined} />
          </div>
        )))}
      </main>
    </div>
  );
}
