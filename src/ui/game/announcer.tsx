/**
 * Announcements for screen readers (and a visible toast for everyone): the result of the
 * player's actions, refusals with their reason, and whose turn it is.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Announcement {
  id: number;
  text: string;
}

let counter = 0;
const TOAST_MS = 6000;

/** `lang`: a change of language drops what was said in the other one, so no toast lingers untranslated. */
export function useAnnouncer(lang: string): { messages: Announcement[]; announce(text: string): void } {
  const [messages, setMessages] = useState<Announcement[]>([]);
  useEffect(() => setMessages([]), [lang]);
  const announce = useCallback((text: string) => {
    counter += 1;
    const id = counter;
    setMessages((m) => [...m.slice(-2), { id, text }]);
    // The toast clears itself; the chronicle keeps the lasting record.
    setTimeout(() => setMessages((m) => m.filter((x) => x.id !== id)), TOAST_MS);
  }, []);
  return { messages, announce };
}

export function Announcer({ messages }: { messages: readonly Announcement[] }) {
  const last = messages[messages.length - 1];
  return (
    <div class="announcer" role="status" aria-live="polite" aria-atomic="true">
      {last && <p key={last.id} class="announcer__toast">{last.text}</p>}
    </div>
  );
}
