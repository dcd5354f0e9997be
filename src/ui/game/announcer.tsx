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
    // The same words again (a second "Done: Support.") replace their earlier toast rather than stack.
    // Two at most: a third stacked so high it covered the left panel's controls at 1280 x 720.
    setMessages((m) => [...m.filter((x) => x.text !== text).slice(-1), { id, text }]);
    // The toast clears itself; the chronicle keeps the lasting record.
    setTimeout(() => setMessages((m) => m.filter((x) => x.id !== id)), TOAST_MS);
  }, []);
  return { messages, announce };
}

/**
 * The recent announcements, newest last. Several often come at once (a decision, then "Your
 * turn."): each stays until its own toast clears, so none is replaced before it is seen, and a
 * screen reader reads each new line as it is added, not the whole stack again.
 */
export function Announcer({ messages }: { messages: readonly Announcement[] }) {
  return (
    <div class="announcer" role="status" aria-live="polite" aria-atomic="false" aria-relevant="additions text">
      {messages.map((m) => <p key={m.id} class="announcer__toast">{m.text}</p>)}
    </div>
  );
}
