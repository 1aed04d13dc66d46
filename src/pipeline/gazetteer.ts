import type { Passage, Span } from "../model/graph/schema";
import { passageContaining } from "./article";

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !WORD_CHAR.test(char);
}

/**
 * Where `form` occurs in `text` as whole words. A lower-case form also matches with a capital first
 * letter, so "talks" finds the sentence that opens "Talks ..."; forms with capitals ("UN", "IT") match
 * exactly, so "IT" never finds "it".
 */
export function findForm(text: string, form: string): [number, number][] {
  const variants = new Set([form]);
  const first = form.charAt(0);
  if (first !== first.toUpperCase()) variants.add(first.toUpperCase() + form.slice(1));
  const found: [number, number][] = [];
  for (const variant of variants) {
    for (let at = text.indexOf(variant); at !== -1; at = text.indexOf(variant, at + 1)) {
      const end = at + variant.length;
      if (isBoundary(text, at - 1) && isBoundary(text, end)) found.push([at, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

export interface LocatedForms {
  mentions: Span[];
  /** Forms that occur nowhere in the text. */
  unused: string[];
  /** Occurrences that straddle two sentences, which no passage could show. */
  straddling: string[];
}

/**
 * Every occurrence of any of an entry's forms, as spans. An occurrence inside a longer occurrence of
 * the same entry ("Kazakh" in "Kazakh-Slovenian") is one mention, not two.
 */
export function locateForms(
  text: string,
  passages: readonly Passage[],
  forms: readonly string[],
): LocatedForms {
  const unused: string[] = [];
  const ranges: [number, number][] = [];
  for (const form of forms) {
    const found = findForm(text, form);
    if (found.length === 0) unused.push(form);
    ranges.push(...found);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const mentions: Span[] = [];
  const straddling: string[] = [];
  let coveredUntil = -1;
  for (const [start, end] of ranges) {
    if (end <= coveredUntil) continue;
    coveredUntil = end;
    const exact = text.slice(start, end);
    const passage = passageContaining(passages, start, end);
    if (!passage) straddling.push(exact);
    else mentions.push({ start, end, exact, passage: passage.id });
  }
  return { mentions, unused, straddling };
}
