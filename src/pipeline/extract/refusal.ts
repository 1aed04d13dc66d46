import { ATTENDING, CLAUSE_BREAKS } from "../lexicon/grammar";
import type { MeetingWord } from "../lexicon/meetingWords";
import {
  INFINITIVE_VERBS,
  REFUSED_ADJACENT,
  REFUSED_AFTER,
  REFUSED_BEFORE,
  REFUSED_ONLY_BEFORE_TO,
  REPORTING,
  type RefusalKind,
} from "../lexicon/refusals";
import type { Sentence } from "./sentence";

/** Why a meeting word reports no meeting that took place. */
export interface Refusal {
  kind: RefusalKind | "purpose" | "body" | "attending";
  rule: string;
}

/** "looking forward to meeting": "forward" plans only after a look ("put forward" proposes). */
const LOOKING = new Set(["look", "looks", "looking", "looked"]);

/** Words before a meeting word that stand for two at once: "a meeting of the two presidents". */
const PAIRS_AFTER_OF = new Set([
  "two",
  "both",
  "presidents",
  "leaders",
  "heads",
  "sides",
  "delegations",
]);
/** Words that make a "will" later in a sentence a plan for the noun before it: "the meeting ... will". */
const NOUN_FUTURE = new Set([
  "will",
  "would",
  "shall",
  "expected",
  "scheduled",
  "itinerary",
  "envisaged",
  "plans",
]);

/** Up to `count` words on one side of tokens `[from, to)`, within their clause. */
function wordsAround(
  s: Sentence,
  from: number,
  to: number,
  count: number,
  step: -1 | 1,
  headline = false,
): string[] {
  const found: string[] = [];
  for (
    let i = step < 0 ? from - 1 : to;
    i >= 0 && i < s.tokens.length && found.length < count;
    i += step
  ) {
    const t = s.tokens[i];
    if (!t || CLAUSE_BREAKS.has(t.text) || t.text === ".") break;
    // "on May 3", "Will Smith": capitals mid-sentence are names and months, not "may" and "will"
    if (t.isWord && (!t.capital || i === 0 || headline)) found.push(t.key);
  }
  return found;
}

function describe(kind: RefusalKind, word: string, where: string): Refusal {
  const what = {
    planned: "not (yet) taken place",
    earlier: "an earlier meeting",
    negated: "no meeting",
    call: "a call, not a meeting",
  }[kind];
  return { kind, rule: `${what}: “${word}” ${where} the meeting word` };
}

/** "to meet", "to hold talks": a purpose or a plan. */
function purpose(before: readonly string[], word: MeetingWord): Refusal | undefined {
  // "to meet", "Biden and Starmer to Discuss Global Issues": a verb after "to" is a purpose
  const talking =
    word.phrase.startsWith("talk") || word.phrase.startsWith("sp") || word.frame === "guest";
  if (before[0] === "to" && !word.noun && !talking)
    return { kind: "purpose", rule: `a purpose or a plan: “to ${word.phrase}”` };
  const k = before.findIndex((w, i) => INFINITIVE_VERBS.has(w) && before[i + 1] === "to");
  if (k !== -1 && k < 7)
    return { kind: "purpose", rule: `a purpose or a plan: “to ${before[k] ?? ""}”` };
  if (
    before.some(
      (w, i) => w === "to" && ["set", "is", "are", "was", "were"].includes(before[i + 1] ?? ""),
    )
  )
    return { kind: "planned", rule: "not (yet) taken place: “to” after “set”, “is” or “are”" };
  return undefined;
}

/** "the meeting ... will be held": a future further back in a sentence, back to a reporting verb. */
function nounFuture(s: Sentence, at: number): Refusal | undefined {
  for (let i = at - 1; i >= 0; i -= 1) {
    const t = s.tokens[i];
    // a quotation before the meeting word speaks of something else: "“... will ...,” X said during talks"
    if (!t || REPORTING.has(t.key) || ["”", "“", '"'].includes(t.text)) break;
    if (NOUN_FUTURE.has(t.key) && !t.capital)
      return describe("planned", t.text, "earlier in the sentence than");
  }
  return undefined;
}

/** "a meeting of the Council": a body's meeting, not one between leaders. */
function ofBody(
  s: Sentence,
  to: number,
  word: MeetingWord,
  namesPerson: boolean,
): Refusal | undefined {
  if (!word.noun || s.tokens[to]?.key !== "of" || namesPerson) return undefined;
  const after = wordsAround(s, to + 1, to + 1, 4, 1);
  if (after.some((w) => PAIRS_AFTER_OF.has(w))) return undefined;
  return { kind: "body", rule: "a meeting of a body, not between leaders (“meeting of”)" };
}

/** Words right after a meeting noun that make it a plan: "a summit scheduled for", "talks planned". */
const PLANNED_AFTER_NOUN = new Set(["scheduled", "planned", "slated", "expected", "due"]);

/** A meeting noun's own refusal: "the next meeting", "talks will be held", "a summit scheduled". */
function nounRefusal(
  s: Sentence,
  at: number,
  to: number,
  before: readonly string[],
): Refusal | undefined {
  for (const w of before.slice(0, 2)) {
    const kind = REFUSED_ADJACENT.get(w);
    if (kind) return describe(kind, w, "right before");
  }
  const future = nounFuture(s, at);
  if (future) return future;
  // "a summit scheduled between Lee and Suzuki on Sunday"
  const next = s.tokens[to]?.key ?? "";
  return PLANNED_AFTER_NOUN.has(next) ? describe("planned", next, "right after") : undefined;
}

/**
 * Why the meeting word at tokens `[at, to)` reports no meeting that took place, if it does not:
 * planned or hoped for ("will hold talks", "looking forward to meeting"), an earlier meeting
 * ("their previous talks"), negated, a call ("telephone talks", "discussed ... in a call"), or a
 * body's meeting ("a meeting of the Council"). `namesPerson`: a person is named right after "of".
 */
export function refusalOf(
  s: Sentence,
  at: number,
  to: number,
  word: MeetingWord,
  namesPerson: boolean,
  headline = false,
): Refusal | undefined {
  const before = wordsAround(s, at, to, 5, -1, headline);
  // "During the telephone conversation, Isakov and Aripov also discussed": a weak word in a
  // sentence that tells a call anywhere is the call's
  const call = word.weak ? s.tokens.find((t) => REFUSED_BEFORE.get(t.key) === "call") : undefined;
  if (call) return describe("call", call.text, "in the sentence of");
  // "is set to have his first in-person meeting with": a purpose a few words further back
  const further = wordsAround(s, at, to, 8, -1, headline);
  // "Also attending the meeting were ...", "present at the talks": who attended, not whom the host met
  const attending = before.slice(0, 3).find((w) => ATTENDING.has(w));
  if (word.noun && attending !== undefined)
    return {
      kind: "attending",
      rule: `those “${attending}” a meeting attend it: not whom the host met`,
    };
  // "who was joined by Fiji's Deputy Prime Minister at a later lunch": one who comes along
  if (s.tokens[at]?.key === "joined" && s.tokens[to]?.key === "by")
    return {
      kind: "attending",
      rule: "those one is “joined by” come along: not whom the host met",
    };
  const found = purpose(further, word);
  if (found) return found;
  // "Xi, who had earlier visited Pyongyang for a meeting with Kim": a meeting before the one reported
  if (before.includes("had") && before.includes("earlier"))
    return describe("earlier", "had ... earlier", "before");
  for (const [k, w] of before.entries()) {
    const kind =
      REFUSED_BEFORE.get(w) ??
      (LOOKING.has(before[k + 1] ?? "") && w === "forward" ? "planned" : undefined);
    // "plans to meet", "scheduled for Monday": not "the action plan discussed at the meeting"
    const next = k === 0 ? "" : (before[k - 1] ?? "");
    if (kind && (!REFUSED_ONLY_BEFORE_TO.has(w) || next === "to" || next === "for"))
      return describe(kind, w, "before");
  }
  const ofNoun = word.noun ? nounRefusal(s, at, to, before) : undefined;
  if (ofNoun) return ofNoun;
  // after it: a call anywhere in its clause ("discussed ... in a call"); a plan only close after
  // a noun ("the talks will be held"): "met X and said he would" reports a meeting all the same
  const reach = { call: 12, planned: word.noun ? 5 : 0, negated: 8, earlier: 4 };
  const after = wordsAround(s, at, to, 12, 1, headline);
  for (const [k, w] of after.entries()) {
    const kind = REFUSED_AFTER.get(w);
    const next = after[k + 1] ?? "";
    const fits = !REFUSED_ONLY_BEFORE_TO.has(w) || next === "to" || next === "for";
    if (kind && k < reach[kind] && fits) return describe(kind, w, "after");
  }
  return ofBody(s, to, word, namesPerson);
}
