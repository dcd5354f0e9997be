/** The line that tells a device how its connection and its seat stand: offline, paused, given to the AI. */
import { clockDigits } from '../classroom/clock-text';
import { usePrefs } from '../context';
import type { NetClient } from './net-client';

export function ClockText({ client }: { client: NetClient }) {
  const { t } = usePrefs();
  const left = client.remaining();
  if (client.view?.clock.paused) return <span class="net-clock net-clock--paused">{t('net.clock.paused')}</span>;
  if (left === null) return null;
  return <span class="net-clock" role="timer">{t('net.clock', { time: clockDigits(left) })}</span>;
}

export function NetStatus({ client, seat, problem }: { client: NetClient; seat: string | null; problem?: string | null }) {
  const { t } = usePrefs();
  const lines: string[] = [];
  if (client.state === 'connecting') lines.push(t('net.state.connecting'));
  if (client.state === 'offline') lines.push(t('net.state.offline'));
  if (client.state === 'refused') lines.push(t('net.state.refused', { reason: client.error?.message ?? '' }));
  else if (client.error) lines.push(client.error.message);
  if (client.view?.clock.paused) lines.push(t('net.paused'));
  if (seat && client.seats.find((s) => s.id === seat)?.seat === 'ai') lines.push(t('net.seat-ai'));
  if (problem) lines.push(t('net.problem', { reason: problem }));
  return (
    <div class="net-status" data-state={client.state}>
      <ClockText client={client} />
      {lines.length > 0 && <p role="status" class="notice">{lines.join(' ')}</p>}
    </div>
  );
}
