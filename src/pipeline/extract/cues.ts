import {
  FUTURE_IN_SENTENCE,
  MEETING_NOUNS,
  MEETING_WORDS,
  NEEDS_OBJECT,
  NEEDS_PERSON,
  CALL_WORDS,
  NOT_THIS,
  NOT_YET,
  NOT_YET_ADJECTIVES,
  REPORTING,
  WELCOME_WORDS,
  INFINITIVE_VERBS,
} from "../lexicon/cues";
import type { Reason } from "./explain";
import type { Sentence } from "./sentence";

/** A word that reports a meeting, at token `at` of a sentence. */
export interface Cue {
  sentence: number;
  at: number;
  word: string;
  /** Counts only with a named counterpart right after it ("received President X"). */
  needsObject: boolean;
  /** Counts only with a person named in its list ("discussed with President X"). */
  needsPerson: boolean;
}

const CLAUSE_BREAK = new Set([",", ";", ":", "(", ")", "“", "”", '"', "—", "–"]);
const PAIRS_AFTER_OF = new Set([
  "two",
  "both",
  "presidents",
  "leaders",
  "heads",
  "sides",
  "delegations",
]);
const NOT_YET_AFTER = new Set([
  "will",
  "would",
  "shall",
  "scheduled",
  "expected",
  "planned",
  "proposed",
  "due",
]);

/** Up to `count` words before token `at`, back to the start of its clause. */
function wordsBefore(sentence: Sentence, at: number, count: number): string[] {
  const words: string[] = [];
  for (let i = at - 1; i >= 0 && words.length < count; i -= 1) {
    const t = sentence.tokens[i];
    if (!t) break;
    if (!t.isWord) {
      if (CLAUSE_BREAK.has(t.text)) break;
      continue;
    }
    words.push(t.key);
  }
  return words;
}

/** Why a meeting word at token `at` reports no meeting that took place, if it does not. */
function refusal(sentence: Sentence, at: number): string | undefined {
  const word = sentence.tokens[at]?.key ?? "";
  const before = wordsBefore(sentence, at, 5);
  if (word === "meet" && before[0] === "to") return "not (yet) taken place: “to meet”";
  const call = sentence.tokens.find((t) => CALL_WORDS.has(t.key));
  if (call) return `a call, not a meeting: “${call.text}”`;
  const infinitive = before.findIndex((w, k) => INFINITIVE_VERBS.has(w) && before[k + 1] === "to");
  if (infinitive !== -1) return `a purpose or a plan: “to ${before[infinitive] ?? ""}”`;
  const setTo = before.findIndex((w, k) => w === "to" && before[k + 1] === "set");
  if (setTo !== -1) return "not (yet) taken place: “set to”";
  // "a courtesy call" is a visit; any other "courtesy" is none
  if (word === "courtesy" && sentence.tokens[at + 1]?.key !== "call")
    return "“courtesy” without “call”";
  const notYet = before.find((w) => NOT_YET.has(w));
  if (notYet !== undefined) return `not (yet) taken place: “${notYet}” before the meeting word`;
  const notThis = before.find((w) => NOT_THIS.has(w));
  if (notThis !== undefined) return `another or no meeting: “${notThis}” before the meeting word`;
  const noun = MEETING_NOUNS.has(word);
  const adjective = before.slice(0, 2).find((w) => NOT_YET_ADJECTIVES.has(w));
  if (noun && adjective !== undefined) return `another meeting: “${adjective} ${word}”`;
  if (noun) {
    // "... are expected to discuss ..., in their bilateral meeting": planned, back to a "said"
    for (let i = at - 1; i >= 0; i -= 1) {
      const t = sentence.tokens[i];
      if (!t || REPORTING.has(t.key)) break;
      if (FUTURE_IN_SENTENCE.has(t.key))
        return `not (yet) taken place: “${t.text}” earlier in the sentence`;
    }
  }
  if (NEEDS_OBJECT.has(word)) {
    const welcome = sentence.tokens.find((t) => WELCOME_WORDS.has(t.key));
    if (welcome) return `a welcome, not a meeting: “${welcome.text}”`;
  }
  const after: string[] = [];
  for (let i = at + 1; i < sentence.tokens.length && after.length < 12; i += 1) {
    const t = sentence.tokens[i];
    if (!t || CLAUSE_BREAK.has(t.text)) break;
    if (t.isWord) after.push(t.key);
  }
  const later = after.find((w) => NOT_YET_AFTER.has(w));
  if (later !== undefined) return `not (yet) taken place: “${later}” after the meeting word`;
  const of = after[0] === "of" ? after.slice(1, 5) : [];
  if (after[0] === "of" && !of.some((w) => PAIRS_AFTER_OF.has(w))) {
    return "a meeting of a body, not between leaders (“meeting of”)";
  }
  return undefined;
}

/**
 * The meeting words of a sentence that report a meeting that took place, and those that do not:
 * a planned, hoped-for or proposed meeting ("will hold talks", "looking forward to meeting"), an
 * earlier one ("their previous meeting"), or a meeting of a body ("a meeting of the Council").
 */
export function findCues(sentence: Sentence, reasons: Reason[]): Cue[] {
  const cues: Cue[] = [];
  sentence.tokens.forEach((token, at) => {
    if (!token.isWord || !MEETING_WORDS.has(token.key)) return;
    const rule = refusal(sentence, at);
    if (rule === undefined) {
      cues.push({
        sentence: sentence.index,
        at,
        word: token.text,
        needsObject: NEEDS_OBJECT.has(token.key),
        needsPerson: NEEDS_PERSON.has(token.key),
      });
    } else {
      reasons.push({
        passage: sentence.passage.id,
        verdict: "refused",
        rule,
        subject: `“${token.text}”`,
      });
    }
  });
  return cues;
}
