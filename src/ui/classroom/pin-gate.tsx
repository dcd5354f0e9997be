/**
 * The facilitator's lock in the interface: `PinForm` asks for the PIN, and `PinGate` shows its
 * children only once the session is unlocked. Locked content is not rendered at all, so nothing
 * of it is in the page for a student to find.
 */
import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { usePrefs } from '../context';
import { useSession } from '../use-session';
import type { ClassroomSession } from './classroom-session';

/** Anything that can be unlocked with the facilitator's PIN. */
export interface Lockable {
  unlocked: boolean;
  unlock(pin: string): Promise<boolean>;
}

export function PinForm({ target, onOpen }: { target: Lockable; onOpen?(): void }) {
  const { t } = usePrefs();
  const ids = { pin: useId(), help: useId() };
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    const ok = await target.unlock(pin);
    setPin('');
    setWrong(!ok);
    if (ok) onOpen?.();
    else input.current?.focus();
  };
  return (
    <form class="pin-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${ids.pin}-h`}>
      <h3 id={`${ids.pin}-h`}>{t('lock.heading')}</h3>
      <p id={ids.help}>{t('lock.help')}</p>
      <p class="field field--inline">
        <label for={ids.pin}>{t('lock.pin')}</label>
        <input
          ref={input} id={ids.pin} type="password" inputMode="numeric" autoComplete="off" class="input input--short" maxLength={12}
          value={pin} onInput={(e) => setPin((e.currentTarget as HTMLInputElement).value)} aria-describedby={ids.help} aria-invalid={wrong}
        />
        <button type="submit" class="button button--primary">{t('lock.open')}</button>
      </p>
      <p role="alert" class="tone--bad">{wrong ? t('lock.wrong') : ''}</p>
    </form>
  );
}

/** The children when the session is unlocked, else the PIN form. */
export function PinGate({ session, children }: { session: ClassroomSession; children: ComponentChildren }) {
  useSession(session);
  return session.unlocked ? <>{children}</> : <PinForm target={session} />;
}
