import { fold } from "../../model/text/fold";

/** A word, an initialism ("U.S.") or one punctuation mark, with where it lies in the source text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Accent- and case-free, without the dots of an initialism: "Niinistö" → "niinisto", "U.S." → "us". */
  key: string;
  isWord: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Every letter a capital ("UN", "ASTANA"). */
  upper: boolean;
  /** Only whitespace-free joining to the previous token ("Kassym-Jomart": "-" and "Jomart" are glued). */
  glued: boolean;
}

/**
 * Folded keys of the words seen so far: readouts repeat their words, and folding (NFD, marks) is the
 * costliest step of reading. Bounded, so a long run over many texts keeps its memory.
 */
const keys = new Map<string, string>();
function keyOf(raw: string): string {
  let key = keys.get(raw);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    key = fold(raw).replace(/\./g, "");
    keys.set(raw, key);
  }
  return key;
}

// An initialism first, so "U.S." stays one token; then a run of letters, marks and digits; else one mark.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The tokens of `text`, their offsets shifted by `base` (where `text` starts in the source). */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = base + match.index;
    const first = raw.charAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(first);
    const letters = raw.replace(/[^\p{L}]/gu, "");
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      key: keyOf(raw),
      isWord,
      capital: isWord && first !== first.toLowerCase(),
      upper:
        letters.length > 0 &&
        letters === letters.toUpperCase() &&
        letters !== letters.toLowerCase(),
      glued: start === previousEnd,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** Marks a possessive's "s" follows: "Slovenia’s", "Russia's", "Russian Federation`s". */
export const APOSTROPHES: ReadonlySet<string> = new Set(["’", "'", "`", "‘"]);

/** Joins a phrase's words into the key an index is built on: "Guinea-Bissau" → "guinea bissau". */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .filter((t) => t.isWord)
    .map((t) => t.key)
    .join(" ");
}
