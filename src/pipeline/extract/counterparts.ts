import { TITLE_MODIFIERS } from "../lexicon/titles";
import type { Cue } from "./cues";
import type { EntityHit } from "./entities";
import type { PersonMention } from "./persons";
import type { Sentence } from "./sentence";

/** Meeting words that are verbs: what follows them is whom the host met. */
const VERB_CUES = new Set([
  "met",
  "meet",
  "meets",
  "received",
  "receives",
  "hosted",
  "hosts",
  "conferred",
]);
/** Small words a list of counterparts holds: "with his Mauritian counterpart X and the Prime Minister of Y". */
const LIST_WORDS = new Set([
  "s",
  "my",
  "from",
  "leaders",
  "leader",
  "presidents",
  "heads",
  "counterparts",
  "counterpart",
  "state",
  "states",
  "government",
  "governments",
  "prime",
  "ministers",
  "and",
  "the",
  "his",
  "her",
  "their",
  "its",
  "of",
  "to",
  "with",
  "visiting",
  "a",
  "an",
  "delegation",
  "led",
  "by",
  "consisting",
  "both",
  "respectively",
]);
// a full stop inside a sentence ends an abbreviation ("Dr.", "U.S.")
const LIST_MARKS = new Set([".", ",", "-", "‑", "’", "'", "(", ")"]);
const PASSIVE = new Set(["was", "were", "been", "being"]);

/** Tokens `[from, to)`: the list of whom a meeting word says the host met. */
export interface Run {
  from: number;
  to: number;
}

/**
 * Where the counterparts of a meeting word are listed: after "with" ("talks with X"), after a verb
 * ("met X", "received X"), or after "by" in the passive ("was received ... by X"). The list runs
 * over names, titles, states and small words, and stops at the first other word ("noted", "at").
 */
export function counterpartRun(
  sentence: Sentence,
  cue: Cue,
  covered: (i: number) => boolean,
): Run | undefined {
  const { tokens } = sentence;
  let from: number | undefined;
  if (PASSIVE.has(tokens[cue.at - 1]?.key ?? "")) {
    for (
      let i = cue.at + 1;
      i < Math.min(tokens.length, cue.at + 15) && from === undefined;
      i += 1
    ) {
      if (tokens[i]?.key === "by") from = i + 1;
    }
  } else {
    // "talks with", "a meeting on Aug. 19 with", "the meeting, ..., was with"
    for (let i = cue.at + 1; i <= cue.at + 12 && i < tokens.length && from === undefined; i += 1) {
      const key = tokens[i]?.key;
      const near = i <= cue.at + 6 || ["was", "were"].includes(tokens[i - 1]?.key ?? "");
      if (near && (key === "with" || key === "between")) from = i + 1;
      // "a courtesy call from X", "paid a courtesy call on X"
      if (
        tokens[cue.at]?.key === "courtesy" &&
        i === cue.at + 2 &&
        (key === "from" || key === "on")
      )
        from = i + 1;
    }
    if (from === undefined && VERB_CUES.has(tokens[cue.at]?.key ?? "")) from = cue.at + 1;
    // "Albanese joined US President Joe Biden for a meeting": whom the subject joined
    const forAt = [cue.at - 1, cue.at - 2].find((i) => tokens[i]?.key === "for");
    if (from === undefined && forAt !== undefined) {
      for (let i = forAt - 1; i >= Math.max(0, forAt - 12); i -= 1) {
        if (tokens[i]?.key === "joined") return { from: i + 1, to: forAt };
      }
    }
    // "Marcos meeting Sri Lankan leader Ranil Wickremesinghe": the gerund takes an object too
    if (from === undefined && tokens[cue.at]?.key === "meeting" && tokens[cue.at + 1]?.capital)
      from = cue.at + 1;
  }
  if (from === undefined) return undefined;
  let to = from;
  while (to < tokens.length && to - from < 40) {
    const t = tokens[to];
    if (!t) break;
    const listed = t.capital || covered(to) || LIST_WORDS.has(t.key) || TITLE_MODIFIERS.has(t.key);
    if (t.isWord ? listed : LIST_MARKS.has(t.text)) to += 1;
    else break;
  }
  return { from, to };
}

/** Is `m` joined to the host's mention `h` by "and" ("Tokayev and his Kyrgyz counterpart Zhaparov")? */
function joined(
  sentence: Sentence,
  h: PersonMention,
  m: PersonMention,
  covered: (i: number) => boolean,
): boolean {
  const [a, b] = h.to <= m.from ? [h, m] : [m, h];
  // "Anthony Albanese, and the Chinese President, Xi Jinping"
  const and = sentence.tokens[a.to]?.text === "," ? a.to + 1 : a.to;
  if (sentence.tokens[and]?.key !== "and" || b.from - and > 8) return false;
  for (let i = and + 1; i < b.from; i += 1) {
    const t = sentence.tokens[i];
    if (t?.isWord && !covered(i) && !LIST_WORDS.has(t.key) && !TITLE_MODIFIERS.has(t.key))
      return false;
  }
  return true;
}

/**
 * The people and states a meeting word says the host met: those listed after it; those joined to
 * the host before it ("Tokayev and Zhaparov held talks"); and, for "their meeting" with nothing
 * listed, the others named after it ("During their meeting, Kishida told Yoon ..."). A delegation of
 * a state led by someone ("a delegation of Turkmenistan led by X") is that state's.
 */
export function counterpartsOf(
  sentence: Sentence,
  cue: Cue,
  others: readonly PersonMention[],
  hostMentions: readonly PersonMention[],
): { persons: PersonMention[]; states: EntityHit[]; delegation?: EntityHit } {
  const within = (list: readonly { from: number; to: number }[], i: number) =>
    list.some((m) => i >= m.from && i < m.to);
  const titles = sentence.titles.map((t) => ({ from: t.titleFrom, to: t.titleTo }));
  const covered = (i: number) =>
    sentence.entityOver.has(i) || within(others, i) || within(hostMentions, i) || within(titles, i);
  const run = counterpartRun(sentence, cue, covered);
  const inRun = (i: number) => run !== undefined && i >= run.from && i < run.to;
  let persons = others.filter(
    (m) => inRun(m.from) || (m.titled !== undefined && inRun(m.titled.titleFrom)),
  );
  if (!run && hostMentions.length > 0 && sentence.tokens[cue.at - 1]?.key === "their") {
    persons = others.filter((m) => m.from > cue.at);
  }
  for (const h of hostMentions) {
    for (const m of others)
      if (m.to <= cue.at && !persons.includes(m) && joined(sentence, h, m, covered))
        persons.push(m);
  }
  const affiliated = new Set(persons.map((m) => m.person.affiliation?.id));
  // "a delegation of Turkmenistan led by X": X is of that state, whatever else the text says
  const delegation =
    run === undefined
      ? undefined
      : sentence.entities.find(
          (e) =>
            e.type === "state" &&
            inRun(e.from) &&
            // "a delegation of Turkmenistan", "the U.S. delegation"
            ((!e.demonym &&
              sentence.tokens[e.from - 1]?.key === "of" &&
              sentence.tokens[e.from - 2]?.key === "delegation") ||
              sentence.tokens[e.to]?.key === "delegation"),
        );

  // "meetings with Presidents of Estonia, Finland and Iran", "with the President of Kyrgyzstan";
  // not where someone serves ("Ambassador to Kazakhstan")
  // "a meeting between the leaders of South Korea and Japan" lists both sides: no state is the counterpart
  const between = run !== undefined && sentence.tokens[run.from - 1]?.key === "between";
  const states =
    run === undefined || between
      ? []
      : sentence.entities.filter(
          (e) =>
            e.type === "state" &&
            inRun(e.from) &&
            !affiliated.has(e.id) &&
            sentence.tokens[e.from - 1]?.key !== "to" &&
            (!e.demonym ||
              sentence.titles.some((t) => !t.name && t.affiliation?.id === e.id && t.title.leads)),
        );
  if (delegation) return { persons, states: [], delegation };
  return { persons, states };
}
