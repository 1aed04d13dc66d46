import { editDistance } from "../../model/text/editDistance";

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
  return allowed > 0 && editDistance(a, b, allowed) <= allowed;
}
