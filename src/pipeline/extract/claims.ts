import { POSSESSIVE_PRONOUNS, WHEN_WORDS } from "../lexicon/grammar";
import { APOSTROPHES, type Token } from "./tokens";
import { NOT_NAME_HEADS } from "../lexicon/notNames";
import { MEETING_WORDS, type MeetingWord } from "../lexicon/meetingWords";
import { REPORTING } from "../lexicon/refusals";
import {
  covered,
  partiesIn,
  runFrom,
  subjectsBefore,
  type Party,
  type Range,
  type View,
} from "./parties";
import { PhraseIndex } from "./phraseIndex";
import { refusalOf, type Refusal } from "./refusal";

/**
 * What one meeting word says: who did it (its subjects) and with whom (its objects), and, when it
 * reports no meeting that took place, why. Whether the host is among them is decided later.
 */
export interface Claim {
  sentence: number;
  at: number;
  to: number;
  word: MeetingWord;
  text: string;
  subjects: Party[];
  objects: Party[];
  refusal?: Refusal;
  /** Read from a headline: it speaks from either side. */
  headline: boolean;
  /** Its parties follow "between": both sides are named after it. */
  between: boolean;
}

const INDEX = new PhraseIndex<MeetingWord>();
for (const w of MEETING_WORDS) INDEX.add(w.phrase, w);

/** The words that bring a meeting word's parties: "talks with", "a meeting between", "talking to". */
function linksOf(word: MeetingWord): readonly string[] {
  if (word.frame === "guest")
    return word.phrase.startsWith("courtesy") ? ["on", "from", "with"] : ["to", "on"];
  if (
    word.phrase.startsWith("talk") ||
    word.phrase.startsWith("spo") ||
    word.phrase.startsWith("speak")
  )
    return ["with", "to"];
  if (word.phrase === "audience") return ["with", "to"];
  return word.noun ? ["with", "between", "of"] : ["with", "between"];
}

/** Where a link word brings the parties, within a few words (or the clause, for `far`). */
function linkAfter(
  view: View,
  to: number,
  links: readonly string[],
  far: boolean,
): number | undefined {
  const t = view.sentence.tokens;
  const limit = Math.min(t.length, to + (far ? 30 : 12));
  for (let i = to; i < limit; i += 1) {
    const k = t[i];
    if (!k || k.text === "." || k.text === ";") return undefined;
    if (!far && i > to + 6 && k.text === ",") return undefined;
    // "the meeting of A with B": "of" brings a party only right after the noun
    if (k.key === "of" && i > to) continue;
    // "the summit and the exchange of letters between A and B": another noun's parties
    if (!far && k.key === "and" && t[i + 1]?.key === "the") return undefined;
    if (k.isWord && links.includes(k.key) && !covered(view, i)) return i + 1;
  }
  return undefined;
}

/** "met Thursday with", "received Wednesday the Ambassador": a verb's object past a date. */
function pastWhen(view: View, at: number): number {
  const t = view.sentence.tokens;
  let i = at;
  for (;;) {
    while (
      t[i] &&
      (WHEN_WORDS.has(t[i]?.key ?? "") || /^\d/.test(t[i]?.text ?? "") || t[i]?.text === "/")
    )
      i += 1;
    // "received at Al Alam Palace on Wednesday King Philippe": a place before the object
    const place =
      t[i]?.key === "at" || t[i]?.key === "in" ? i + (t[i + 1]?.key === "the" ? 2 : 1) : i;
    let end = place;
    while (place > i && t[end]?.capital && !covered(view, end) && end - place < 5) end += 1;
    const isPlace = end > place && NOT_NAME_HEADS.has(t[end - 1]?.key ?? "");
    if (!isPlace) return i;
    i = end;
  }
}

/**
 * "received the credentials of the newly appointed Ambassador of Japan, Mr. Yasushi Misawa":
 * where those who present their credentials are named.
 */
function pastCredentials(t: readonly Token[], at: number): number {
  let i = t[at]?.key === "the" || t[at]?.key === "a" ? at + 1 : at;
  if (["copy", "copies"].includes(t[i]?.key ?? "") && t[i + 1]?.key === "of") i += 2;
  if (["letter", "letters"].includes(t[i]?.key ?? "") && t[i + 1]?.key === "of") i += 2;
  if (!["credentials", "credence"].includes(t[i]?.key ?? "")) return at;
  return ["of", "from"].includes(t[i + 1]?.key ?? "") ? i + 2 : at;
}

const PASSIVE = new Set(["was", "were", "been", "being", "be"]);
/** A past participle, which "was" before makes passive ("was received by"); "was talking" is not. */
const participle = (word: MeetingWord) => /(?:ed|met|held)$/.test(word.phrase);

/** The parties a meeting word names after it, by its frame. */
function objectsOf(
  view: View,
  at: number,
  to: number,
  word: MeetingWord,
): { parties: Party[]; runs: Range[] } {
  const t = view.sentence.tokens;
  const read = (from: number) => {
    const run = runFrom(view, from);
    return { parties: partiesIn(view, run), runs: [run] };
  };
  if (
    participle(word) &&
    (PASSIVE.has(t[at - 1]?.key ?? "") || PASSIVE.has(t[at - 2]?.key ?? ""))
  ) {
    const by = linkAfter(view, to, ["by", "between"], false);
    return by === undefined ? { parties: [], runs: [] } : read(by);
  }
  const verb =
    word.frame === "object" &&
    !(word.noun && ["a", "the", "his", "her", "their", "bilateral"].includes(t[at - 1]?.key ?? ""));
  if (verb || word.frame === "guest") {
    const start = pastCredentials(t, pastWhen(view, to));
    if (
      t[start]?.key === "with" ||
      (word.frame === "guest" && ["on", "to"].includes(t[start]?.key ?? ""))
    )
      return read(start + 1);
    const direct = read(start);
    if (direct.parties.length > 0 || word.frame === "guest") return direct;
  }
  const link = linkAfter(view, to, linksOf(word), verb);
  if (link !== undefined) return read(link);
  // "hosted a state dinner in honour of President X"
  const honour = t.findIndex(
    (k, i) => i > to && i < to + 8 && ["honour", "honor"].includes(k.key) && t[i - 1]?.key === "in",
  );
  return honour > 0 && t[honour + 1]?.key === "of" ? read(honour + 2) : { parties: [], runs: [] };
}

/** "his meeting", "Erdoğan’s meeting", "their talks": the possessive before a meeting noun. */
function possessor(view: View, at: number, all: readonly Party[]): Party[] {
  const t = view.sentence.tokens;
  const k = t[at - 1]?.key === "bilateral" || t[at - 1]?.key === "first" ? at - 2 : at - 1;
  if (POSSESSIVE_PRONOUNS.has(t[k]?.key ?? ""))
    return [{ kind: "pronoun", word: t[k]?.key ?? "", from: k, to: k + 1 }];
  if (t[k]?.key === "their") return [{ kind: "pair", from: k, to: k + 1 }];
  if (t[k]?.key === "s" && APOSTROPHES.has(t[k - 1]?.text ?? "")) {
    const owner = all.find((p) => p.to === k - 1);
    return owner ? [owner] : [];
  }
  return [];
}

/** The meeting words of a sentence, longest phrase first, outside names (a "Meeting" inside "Ministers Meeting"). */
function cuesIn(view: View, headline: boolean): { at: number; to: number; word: MeetingWord }[] {
  const t = view.sentence.tokens;
  const cues = [];
  for (let i = 0; i < t.length; i += 1) {
    const hit = INDEX.longestAt(t, i, () => true);
    const word = hit?.values[0];
    if (!hit || !word) continue;
    // "Foreign Ministers Meeting in Antalya" names an event; "held a Foreign Ministers’ Meeting with X" reports one
    const linked = ["with", "between"].includes(t[hit.to]?.key ?? "");
    const capitalised = t[i]?.capital === true && i > 0 && !headline && !linked;
    if (!capitalised && !covered(view, i)) cues.push({ at: hit.from, to: hit.to, word });
    i = hit.to - 1;
  }
  return cues;
}

/** "during a meeting", "at the talks": a meeting noun that frames what the sentence says of its people. */
const FRAMING = new Set(["during", "at", "after", "following", "upon"]);
/** "in the meeting", "in a meeting": a frame too, for these nouns ("in the negotiations" is not). */
const FRAMED_IN = new Set(["meeting", "talks", "meetings"]);

function framesSentence(view: View, at: number, word: MeetingWord): boolean {
  if (!word.noun) return false;
  const t = view.sentence.tokens;
  let i = at - 1;
  while (
    i >= 0 &&
    ["a", "the", "bilateral", "their", "his", "her", "its", "official", "private"].includes(
      t[i]?.key ?? "",
    )
  )
    i -= 1;
  const key = t[i]?.key ?? "";
  return FRAMING.has(key) || (key === "in" && FRAMED_IN.has(word.phrase));
}

/**
 * The sentence's parties besides the subjects: not one "of" someone ("greetings of King Salman"),
 * nor one who tells of it ("Szczerski said that during a meeting ...", "according to X").
 */
function othersInSentence(view: View, all: readonly Party[], subjects: readonly Party[]): Party[] {
  const t = view.sentence.tokens;
  const tells = (p: Party) =>
    REPORTING.has(t[p.to]?.key ?? "") ||
    (t[p.from - 1]?.key === "to" && t[p.from - 2]?.key === "according");
  return all.filter(
    (p) =>
      !subjects.some((s) => s.from === p.from) &&
      t[p.from - 1]?.key !== "of" &&
      p.kind !== "state" &&
      !tells(p),
  );
}

/** Every meeting word of one sentence, as a claim with its parties. */
export function claimsIn(view: View, headline: boolean): Claim[] {
  const claims: Claim[] = [];
  const read: Range[] = [];
  const all = partiesIn(view, { from: 0, to: view.sentence.tokens.length });
  for (const cue of cuesIn(view, headline)) {
    const found = objectsOf(view, cue.at, cue.to, cue.word);
    const owner = cue.word.noun ? possessor(view, cue.at, all) : [];
    const subjects = owner.length > 0 ? owner : subjectsBefore(view, cue.at, read);
    const { runs } = found;
    // "X delivered the message to Y during a meeting": those the sentence names took part in it
    const objects =
      found.parties.length === 0 && framesSentence(view, cue.at, cue.word)
        ? othersInSentence(view, all, subjects)
        : found.parties;
    read.push(...runs);
    const namesPerson = objects.some((p) => p.kind === "person" || p.kind === "role");
    const refusal = refusalOf(view.sentence, cue.at, cue.to, cue.word, namesPerson, headline);
    claims.push({
      sentence: view.sentence.index,
      at: cue.at,
      to: cue.to,
      word: cue.word,
      text: view.sentence.tokens
        .slice(cue.at, cue.to)
        .map((k) => k.text)
        .join(" "),
      subjects: subjects.filter((s) => !objects.some((o) => o.from === s.from)),
      objects,
      ...(refusal ? { refusal } : {}),
      between: runs.some((r) => view.sentence.tokens[r.from - 1]?.key === "between"),
      headline,
    });
  }
  return claims;
}
