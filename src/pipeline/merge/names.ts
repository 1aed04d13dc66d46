import { editDistance } from "../../model/text/editDistance";
import { fold } from "../../model/text/fold";

/** The words of a name or label as people type them: no accents, no case, hyphens as spaces. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/**
 * Two folded words that are one name transliterated two ways ("tokayev" and "tokaev", "ebrahim" and
 * "ibrahim"): equal, or one letter apart when both are long enough that one letter is a spelling,
 * not another name ("Li" and "Xi" are two people), unless it is a feminine ending.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // "Aliyev" and "Aliyeva", "Novak" and "Novakova": a surname's feminine form is another person.
  if (a === `${b}a` || b === `${a}a`) return false;
  return Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1;
}

/**
 * Two labels that say the same in other letters or another order: accents, case, hyphens and
 * transliteration ("Kassym-Jomart Tokaev", "Kassym-Jomart Tokayev"; "Tokayev–Raisi meeting",
 * "Raisi–Tokayev meeting"). Such forms are one version; only a real difference is recorded as one.
 */
export function sameForm(a: string, b: string): boolean {
  if (a === b) return true;
  const x = foldedWords(a).sort();
  const y = foldedWords(b).sort();
  if (x.join(" ") === y.join(" ")) return true;
  return x.length === y.length && x.every((w, i) => sameWord(w, y[i] ?? ""));
}
