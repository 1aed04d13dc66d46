import { NOT_NAME_HEADS } from "../lexicon/notNames";
import { PORTFOLIO } from "../lexicon/titles";

/** Honorifics of address that stand before a title, never in an organisation's name. */
const ROYAL = new Set([
  "his",
  "her",
  "royal",
  "highness",
  "majesty",
  "excellency",
  "hrh",
  "hh",
  "he",
  // "Mr President, we are friends": a form of address
  "mr",
  "mrs",
  "ms",
  "madam",
  "mister",
]);
import { NOT_NAMES } from "./names";
import { capitalStateAt } from "./sides";
import type { Token } from "./tokens";
import { APOSTROPHES } from "./tokens";

/** Words inside an organisation's name: "Bank of China", "Etihad Water & Electricity", "Party's". */
const INSIDE = new Set(["of", "and", "&", "for", "s"]);

const capitalised = (t: Token | undefined) =>
  t?.isWord === true && t.capital && !NOT_NAMES.has(t.key);

/**
 * An organisation named right before a title: "Goldman Sachs president", "TAQA Managing Director",
 * "General Electric CEO". Up to four capitalised words ending at `end` (exclusive), not a state,
 * body or title (`blocked`), and not a portfolio ("Trade Minister"), which the title keeps.
 */
export function organisationBefore(
  tokens: readonly Token[],
  end: number,
  blocked: (i: number) => boolean,
): { from: number; to: number } | undefined {
  let from = end;
  while (from > 0 && end - from < 5) {
    const t = tokens[from - 1];
    const joins =
      from < end && (t?.text === "&" || t?.key === "and") && capitalised(tokens[from - 2]);
    // "His Royal Highness Prince Radu": honorifics are no organisation ("General Electric" is one)
    if ((!capitalised(t) && !joins) || blocked(from - 1) || ROYAL.has(t?.key ?? "")) break;
    from -= 1;
  }
  if (from === end || end - from > 4) return undefined;
  // a run that goes on before is a longer name than this: a sentence's words, not an organisation
  if (capitalised(tokens[from - 1])) return undefined;
  const words = tokens.slice(from, end).filter((t) => t.isWord);
  if (words.every((t) => PORTFOLIO.has(t.key) || t.key === "and")) return undefined;
  return { from, to: end };
}

/**
 * An organisation named after "of": capitalised words and the small words of names, ending at its
 * last head word ("Chairman of the Supervisory Board of Siemens Energy Joe Kaeser" ends at
 * "Energy"), or the whole run when a comma closes it.
 */
export function organisationAfter(
  tokens: readonly Token[],
  at: number,
  blocked: (i: number) => boolean,
): { to: number; headed: boolean } | undefined {
  if (!capitalised(tokens[at])) return undefined;
  let to = at;
  while (to < tokens.length && to - at < 12) {
    const t = tokens[to];
    if (!t) break;
    const mark = APOSTROPHES.has(t.text) && tokens[to + 1]?.key === "s";
    if (mark) to += 1;
    else if (!(t.isWord && (capitalised(t) || INSIDE.has(t.key) || t.text === "&"))) break;
    else if (to > at && blocked(to) && !NOT_NAME_HEADS.has(t.key)) break;
    to += 1;
  }
  while (to > at && !capitalised(tokens[to - 1])) to -= 1;
  let head: number | undefined;
  for (let i = to - 1; i >= at; i -= 1) {
    if (NOT_NAME_HEADS.has(tokens[i]?.key ?? "")) {
      head = i + 1;
      break;
    }
  }
  // "the Republic of Karelia Ivan Petrov", "the City of London Alderman John Smith"
  if (
    head !== undefined &&
    tokens[head]?.key === "of" &&
    capitalised(tokens[head + 1]) &&
    head + 2 < to
  )
    // "the Executive Council of Abu Dhabi": a capital is named whole
    head += 1 + (capitalStateAt(tokens, head + 1, false)?.length ?? 1);
  if (head !== undefined && head < to) return { to: head, headed: true };
  if (tokens[to]?.text === "," && to > at && to - at <= 8)
    return { to, headed: head !== undefined };
  return head !== undefined ? { to: head, headed: true } : undefined;
}

/**
 * The organisation "its" refers back to in "a delegation of the China Railway Construction
 * Corporation (CRCC) led by its Chairman": the nearest run before `at` ending in a head word,
 * or a bracketed abbreviation.
 */
export function organisationEndingBefore(
  tokens: readonly Token[],
  at: number,
): { from: number; to: number } | undefined {
  for (let j = at - 1; j >= 0; j -= 1) {
    const t = tokens[j];
    if (t?.text === ")" && tokens[j - 1]?.upper && tokens[j - 2]?.text === "(") {
      const named = organisationEndingBefore(tokens, j - 2);
      return named && named.to === j - 2 ? named : { from: j - 1, to: j };
    }
    if (t?.isWord && t.capital && NOT_NAME_HEADS.has(t.key)) {
      let from = j;
      while (from > 0 && (capitalised(tokens[from - 1]) || INSIDE.has(tokens[from - 1]?.key ?? "")))
        from -= 1;
      while (from < j && !capitalised(tokens[from])) from += 1;
      return { from, to: j + 1 };
    }
  }
  return undefined;
}
