import { NOT_NAME_HEADS, NOT_NAME_STARTS } from "../lexicon/notNames";
import { CAPITALS } from "../lexicon/states";
import { HONORIFICS, NAME_PARTICLES } from "../lexicon/titles";
import type { EntityHit } from "./entities";
import { nameEnd, nameStart, nameWord } from "./names";
import { SUBJECT_VERBS } from "../lexicon/grammar";
import { organisationAfter } from "./organisations";
import { spanOf, type Sentence } from "./sentence";
import { phraseKey, APOSTROPHES } from "./tokens";

/** A name the text gives without a title, and what tells it is a person's. */
export interface UntitledName {
  from: number;
  to: number;
  /** After "Mr.", "Her Majesty", "H.E."; after a state or its people ("her Sri Lankan Mahinda
   * Rajapaksa", "Kazakhstan Mukhtar Tleuberdi"); or a run of two or more name words alone. */
  how: "honorific" | "state" | "bare";
  /** What the name is of: a state before or after it, an organisation after it. */
  of?: NameOf;
}

/** What an untitled name is of. */
export interface NameOf {
  type: "state" | "body" | "organization";
  id: string;
  label: string;
  /** An organisation's tokens, for its mention. */
  from?: number;
  to?: number;
}

/** Words before a run that make it a place: "in Kuala Lumpur", "at Camp David". */
const PLACE_BEFORE = new Set([
  "in",
  "at",
  "near",
  "across",
  "into",
  "toward",
  "towards",
  "via",
  "the",
]);
const CAPITAL_KEYS = new Set([...CAPITALS.keys()].map(phraseKey));

/** The words of a name that count: not particles ("bin", "von der"). */
const nameWords = (s: Sentence, from: number, to: number) =>
  s.tokens
    .slice(from, to)
    .filter((t) => t.isWord && !NAME_PARTICLES.has(t.key) && t.text.length > 1);

/** A run of name words alone that is a person's name, not a place's or an organisation's. */
function bareName(s: Sentence, from: number, to: number): boolean {
  const words = nameWords(s, from, to);
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((t) => NOT_NAME_STARTS.has(t.key))) return false;
  // "COVID-19", "G20": a number is in no one's name
  if (s.tokens.slice(from, to).some((t) => /\d/.test(t.text))) return false;
  const next = s.tokens[to];
  if (next?.capital && NOT_NAME_HEADS.has(next.key)) return false;
  if (PLACE_BEFORE.has(s.tokens[from - 1]?.key ?? "")) return false;
  const key = s.tokens
    .slice(from, to)
    .filter((t) => t.isWord)
    .map((t) => t.key)
    .join(" ");
  return !CAPITAL_KEYS.has(key);
}

/** "Bourita met with ...", "Bourita also discussed": one name word as a verb's subject. */
function subjectWord(s: Sentence, at: number): boolean {
  const t = s.tokens;
  if (!nameWord(t[at]) || t[at]?.upper || HONORIFICS.has(t[at]?.key ?? "")) return false;
  const before = t[at - 1];
  if (
    at > 0 &&
    !(before?.text === "," || before?.key === "and" || before?.text === "“" || before?.text === '"')
  )
    return false;
  // "Tokayev, Mirziyoyev discuss energy ties": names joined before the verb
  let next = at + 1;
  for (
    let k = 0;
    k < 3 && (t[next]?.text === "," || t[next]?.key === "and") && nameWord(t[next + 1]);
    k += 1
  )
    next += 2;
  const verb = ["also", "then", "later", "further"].includes(t[next]?.key ?? "")
    ? t[next + 1]
    : t[next];
  return (
    verb?.isWord === true &&
    !verb.capital &&
    SUBJECT_VERBS.has(verb.key) &&
    !CAPITAL_KEYS.has(t[at]?.key ?? "")
  );
}

/** The state right before token `at`: "Sri Lankan", "China’s", "Kazakhstan". */
function stateBefore(s: Sentence, at: number): EntityHit | undefined {
  const possessive = s.tokens[at - 1]?.key === "s" && APOSTROPHES.has(s.tokens[at - 2]?.text ?? "");
  const hit = s.entities.find((e) => e.to === (possessive ? at - 2 : at));
  // "European Council's Charles Michel": a body's, by its possessive only
  return hit?.type === "state" || (hit && possessive) ? hit : undefined;
}

/**
 * "Ms. Anna Berg of Sweden,", "Mr. Taro Yamada (Japan)", "Lena Ortiz of Andes Copper Corp,": a state or an organisation right after a name, ending its phrase; and where it ends.
 */
function ofAfter(s: Sentence, end: number): { of: NameOf; to: number } | undefined {
  const t = s.tokens;
  const bracket = t[end]?.text === "(";
  if (t[end]?.key !== "of" && !bracket) return undefined;
  const closes = (at: number) =>
    bracket ? t[at]?.text === ")" : t[at] === undefined || !t[at].isWord || t[at].key === "and";
  const hit = s.entities.find((e) => e.from === end + 1 && e.type === "state" && !e.demonym);
  if (hit) return closes(hit.to) ? { of: hit, to: hit.to } : undefined;
  const org =
    bracket || s.entityAt.has(end + 1) ? undefined : organisationAfter(t, end + 1, () => false);
  if (!org || !closes(org.to)) return undefined;
  const label = spanOf(s, end + 1, org.to).exact.replace(/\s+/g, " ");
  return { of: { type: "organization", id: "", label, from: end + 1, to: org.to }, to: org.to };
}

/**
 * Names without a title in one sentence: what `taken` marks (states, bodies, titles and the names
 * they introduce) is skipped. A bare run of name words is a candidate only; whether its bearer met
 * anyone is for the evidence around it to say.
 */
export function findUntitledNames(s: Sentence, taken: (i: number) => boolean): UntitledName[] {
  const found: UntitledName[] = [];
  if (s.furniture) return found;
  for (let i = 0; i < s.tokens.length; i += 1) {
    const t = s.tokens[i];
    if (!t?.isWord || !t.capital || taken(i)) continue;
    const start = nameStart(s.tokens, i);
    const end = nameEnd(s.tokens, i, taken);
    if (end === undefined) continue;
    if (HONORIFICS.has(s.tokens[start]?.key ?? "")) continue;
    const state = stateBefore(s, i);
    const honorific = start > i;
    const after = ofAfter(s, end);
    const of = after ? { of: after.of } : {};
    if (honorific && start < end) found.push({ from: start, to: end, how: "honorific", ...of });
    else if (state && nameWords(s, start, end).length >= 2)
      found.push({ from: start, to: end, how: "state", of: state });
    else if (bareName(s, start, end)) found.push({ from: start, to: end, how: "bare", ...of });
    else if (end === i + 1 && subjectWord(s, i)) found.push({ from: i, to: end, how: "bare" });
    else continue;
    // the organisation after the name is no one's name
    i = (after && found.at(-1)?.of === after.of ? after.to : end) - 1;
  }
  return found;
}
