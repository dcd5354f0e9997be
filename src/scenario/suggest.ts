/** "Did you mean ...?" for misspelt field names and ids. */

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("titel" is one away
 * from "title"), case-insensitive: authors mistype case as often as letters.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    const row = d[i]!;
    const up = d[i - 1]!;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The closest candidate, if it is close enough to be a plausible typo: one edit for short words
 * such as country codes, otherwise up to a third of the word, so "titel" finds "title" and
 * "KAX" finds "KAZ" but "budget" finds nothing among "id" and "name".
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length <= 4 ? 1 : Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance && d <= limit) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** "; did you mean X?" to append to a message, or an empty string when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hit = closest(word, candidates);
  return hit === undefined ? '' : `; did you mean ${hit}?`;
}

const words = (id: string) => id.toLowerCase().split('-').filter(Boolean);

/**
 * The closest id for a mistyped reference: a plausible typo (as `closest`), else an id with the
 * same words in another order ("pakistan-india" for "india-pakistan"), else the one id that
 * begins with the word or has it as one of its words ("fergana" for "fergana-valley").
 */
export function closestId(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const typo = closest(word, list);
  if (typo !== undefined) return typo;
  const mine = words(word);
  const key = [...mine].sort().join('-');
  const reordered = list.find((c) => words(c).sort().join('-') === key);
  if (reordered !== undefined) return reordered;
  if (word.length < 4) return undefined;
  const lower = word.toLowerCase();
  const partial = list.filter((c) => {
    const theirs = words(c);
    return c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase()) || theirs.includes(lower) || mine.every((w) => w.length >= 4 && theirs.includes(w));
  });
  return partial.length === 1 ? partial[0] : undefined;
}
