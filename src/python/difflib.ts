/** Python difflib's get_close_matches (n=3), used by argparse's "maybe you meant" hint. */
export function closeMatches(word: string, candidates: readonly string[], cutoff = 0.8): string[] {
  const scored = candidates
    .map((candidate, index) => ({ candidate, index, score: ratio(candidate, word) }))
    .filter((entry) => entry.score >= cutoff);
  // difflib keeps the best three by score; on equal scores heapq.nlargest prefers the larger string.
  scored.sort((a, b) => b.score - a.score || (a.candidate < b.candidate ? 1 : a.candidate > b.candidate ? -1 : 0));
  return scored.slice(0, 3).map((entry) => entry.candidate);
}

/** SequenceMatcher(None, a, b).ratio() for short strings (no autojunk below 200 characters). */
export function ratio(a: string, b: string): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matchingCharacters(a, b)) / total;
}

function matchingCharacters(a: string, b: string): number {
  const best = longestMatch(a, b);
  if (best.size === 0) return 0;
  return (
    best.size +
    matchingCharacters(a.slice(0, best.i), b.slice(0, best.j)) +
    matchingCharacters(a.slice(best.i + best.size), b.slice(best.j + best.size))
  );
}

function longestMatch(a: string, b: string): { i: number; j: number; size: number } {
  let best = { i: 0, j: 0, size: 0 };
  let previous = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const current = new Map<number, number>();
    for (let j = 0; j < b.length; j++) {
      if (a[i] !== b[j]) continue;
      const size = (previous.get(j - 1) ?? 0) + 1;
      current.set(j, size);
      if (size > best.size) best = { i: i - size + 1, j: j - size + 1, size };
    }
    previous = current;
  }
  return best;
}
