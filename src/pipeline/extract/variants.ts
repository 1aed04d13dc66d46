/**
 * Spellings of one name across a text or across outlets: "Rajapaksha" and "Rajapaksa", "Busaidy"
 * and "Busaidi", "Zurabishvili" and "Zourabichvili". Folded words; the first letter must agree and
 * the edit distance stay small for the length (one edit from five letters, two from eight).
 */
export function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  // "Ebrahim" and "Ibrahim": a first vowel spelt otherwise; other first letters must agree
  const vowel = (c: string | undefined) => c !== undefined && "aeiou".includes(c);
  if (a[0] !== b[0] && !(vowel(a[0]) && vowel(b[0]))) return false;
  const shorter = Math.min(a.length, b.length);
  const allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  return editDistance(a, b, allowed) <= allowed;
}

/** Levenshtein distance, stopping once it exceeds `limit` (returns limit + 1 then). */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
}
