/** The facilitator's clock in words and digits: "7:05" left, "+1:20" over time. */

/** Seconds as m:ss (or h:mm:ss); negative seconds (over time) get a plus sign, as in "+1:20". */
export function clockDigits(seconds: number): string {
  const over = seconds < 0;
  const s = Math.abs(Math.trunc(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  return over ? `+${body}` : body;
}

/** Minutes and seconds for screen readers, which read "7:05" badly: { minutes: 7, seconds: 5 }. */
export function clockParts(seconds: number): { minutes: number; seconds: number } {
  const s = Math.abs(Math.trunc(seconds));
  return { minutes: Math.floor(s / 60), seconds: s % 60 };
}
