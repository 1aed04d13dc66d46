import { OCCASION_CUES, OCCASION_HEADS, REPORTER_HEADS, REPORTING_VERBS } from "../lexicon/cues";
import { CAPITALS } from "../lexicon/states";
import { phraseKey, type Token, APOSTROPHES } from "./tokens";
import { spanOf, type Sentence } from "./sentence";
import { slugOf } from "./slug";
import type { Span } from "../../model/graph/schema";

/** Something that frames a meeting: where it was held, on the sidelines of what, who reported it. */
export interface FrameFact {
  id: string;
  label: string;
  sentence: number;
  span: Span;
}

/** The words of a sentence from token `from` up to `to`, as a fact of the frame. */
function factAt(sentence: Sentence, from: number, to: number): FrameFact {
  const span = spanOf(sentence, from, to);
  return {
    id: slugOf(span.exact),
    label: span.exact.replace(/\s+/g, " "),
    sentence: sentence.index,
    span,
  };
}

const cuePhrases = OCCASION_CUES.map((c) => ({
  words: phraseKey(c).split(" "),
  loose: !/^on |^in |^within|^as part/.test(c),
}));
const reporterHeads = REPORTER_HEADS.map((h) => phraseKey(h).split(" "));
const OCCASION_STOPS = new Set([
  "on",
  "in",
  "at",
  "where",
  "which",
  "who",
  "held",
  "reported",
  "said",
  "with",
  "to",
  "from",
  "between",
  "and",
  "that",
  "for",
]);
const NOT_PLACES = new Set([
  "the",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "addition",
  "particular",
  "general",
  "turn",
  "order",
  "fact",
  "total",
]);

/** Words of a name that make it a region or a sea, not a meeting's place. */
const NOT_SITES = new Set([
  "sea",
  "ocean",
  "region",
  "basin",
  "gulf",
  "europe",
  "asia",
  "africa",
  "america",
  "east",
  "west",
]);
const AREA_NOUNS = new Set([
  "region",
  "area",
  "sector",
  "market",
  "markets",
  "economy",
  "basin",
  "zone",
  "direction",
  "format",
  "issue",
  "issues",
  "crisis",
  "conflict",
  "settlement",
  "affairs",
  "politics",
]);

function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[at + k]?.key === w);
}

/** The capitalised words from `at` on, as a body or entity hit would be skipped whole. */
function capitalRun(sentence: Sentence, at: number, max: number): number {
  let end = at;
  while (end < sentence.tokens.length && end - at < max) {
    const t = sentence.tokens[end];
    // "Cholpon-Ata": a hyphen glued on both sides joins a place's name
    const joins =
      t?.text === "-" && t.glued && sentence.tokens[end + 1]?.glued === true && end > at;
    if (joins) {
      end += 1;
      continue;
    }
    if (!t?.isWord || (!t.capital && !(end > at && sentence.tokens[end - 1]?.text === "-"))) break;
    end += 1;
  }
  return end;
}

/** "on the sidelines of the 78th session of the United Nations (UN) General Assembly": the occasion. */
export function findOccasions(sentence: Sentence): FrameFact[] {
  const facts: FrameFact[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i += 1) {
    const cue = cuePhrases.find((c) => wordsAt(tokens, i, c.words));
    if (!cue) continue;
    let from = i + cue.words.length;
    if (tokens[from]?.key === "the") from += 1;
    let to = from;
    let heads = 0;
    while (to < tokens.length && to - from < 16) {
      const entity = sentence.entityAt.get(to);
      if (entity) {
        to = entity.to;
        heads += 1;
        continue;
      }
      const t = tokens[to];
      if (!t) break;
      if (!t.isWord && !["-", "‑", "(", ")", "’", "'"].includes(t.text)) break;
      if (t.isWord && OCCASION_STOPS.has(t.key) && to > from) break;
      if (
        t.isWord &&
        OCCASION_HEADS.has(t.key) &&
        !(cue.loose && ["meeting", "talks"].includes(t.key))
      )
        heads += 1;
      if (t.isWord && cue.loose && ["meeting", "talks", "meetings"].includes(t.key)) {
        heads = 0;
        break;
      }
      to += 1;
    }
    while (to > from && !tokens[to - 1]?.isWord && tokens[to - 1]?.text !== ")") to -= 1;
    if (heads === 0 || to <= from) continue;
    facts.push(factAt(sentence, from, to));
    i = to - 1;
  }
  return facts;
}

/** "in New York", "in Turkey's Antalya", "at the Akorda": where a meeting sentence puts it. */
export function findPlaces(sentence: Sentence, blocked: (i: number) => boolean): FrameFact[] {
  const facts: FrameFact[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]?.key !== "in" && tokens[i]?.key !== "at") continue;
    let at = i + 1;
    if (tokens[at]?.key === "the") at += 1;
    const state = sentence.entityAt.get(at);
    // "in Turkey’s Antalya": the place after its state
    if (
      state?.type === "state" &&
      APOSTROPHES.has(tokens[state.to]?.text ?? "") &&
      tokens[state.to + 1]?.key === "s"
    )
      at = state.to + 2;
    const first = tokens[at];
    if (!first?.capital || NOT_PLACES.has(first.key) || blocked(at) || sentence.entityOver.has(at))
      continue;
    const end = capitalRun(sentence, at, 4);
    if (tokens.slice(at, end).some((t) => OCCASION_HEADS.has(t.key) || NOT_SITES.has(t.key)))
      continue;
    // "in the Caspian Sea region": a region a sentence speaks of, not where the meeting was
    const next = tokens[end];
    if (next?.isWord && !next.capital && AREA_NOUNS.has(next.key)) continue;
    facts.push(factAt(sentence, at, end));
  }
  return facts;
}

const CAPITAL_BY_SLUG = new Map([...CAPITALS.keys()].map((c) => [slugOf(c), c]));

/** "ASTANA –", "ALMATY, Sept. 22 –", "BEIJING (Xinhua) --": the city a report is filed from. */
export function findDateline(sentence: Sentence): FrameFact | undefined {
  const { tokens } = sentence;
  let end = 0;
  while (tokens[end]?.isWord && tokens[end]?.upper && (tokens[end]?.text.length ?? 0) > 1) end += 1;
  if (end === 0 || end > 4) return undefined;
  const next = tokens[end]?.text ?? "";
  if (!["–", "-", "—", ",", "("].includes(next)) return undefined;
  const span = spanOf(sentence, 0, end);
  const label = span.exact.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  const capital = CAPITAL_BY_SLUG.get(slugOf(label));
  return { id: slugOf(label), label: capital ?? label, sentence: sentence.index, span };
}

/**
 * Who reports the meetings: "reported the Akorda press service", "the Kremlin press office said",
 * an agency's tag after the dateline "(Xinhua)", "Trend reports".
 */
export function findReporter(sentence: Sentence, first: boolean): FrameFact | undefined {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i += 1) {
    const head = reporterHeads.find((h) => wordsAt(tokens, i, h));
    if (!head) continue;
    let from = i;
    // "the presidential press service"
    if (/(?:al|ial)$/.test(tokens[from - 1]?.key ?? "") && tokens[from - 1]?.isWord) from -= 1;
    while (
      from > 0 &&
      tokens[from - 1]?.isWord &&
      tokens[from - 1]?.capital &&
      !REPORTING_VERBS.has(tokens[from - 1]?.key ?? "")
    )
      from -= 1;
    let to = i + head.length;
    if (tokens[to]?.key === "of") {
      let at = to + 1;
      if (tokens[at]?.key === "the") at += 1;
      const end = capitalRun(sentence, at, 6);
      const entity = sentence.entities.find((e) => e.from >= at && e.from <= end);
      const stop = entity && entity.to > end ? entity.to : end;
      if (stop > at)
        to =
          tokens[stop]?.key === "of" && sentence.entityAt.has(stop + 1)
            ? (sentence.entityAt.get(stop + 1)?.to ?? stop)
            : stop;
    }
    if (from === i && to === i + head.length) continue;
    return factAt(sentence, from, to);
  }
  // "(Xinhua)", "(AZERTAC)" right after a dateline
  if (first) {
    for (let i = 1; i < Math.min(tokens.length, 16); i += 1) {
      if (tokens[i]?.text !== "(") continue;
      const end = capitalRun(sentence, i + 1, 3);
      if (end > i + 1 && tokens[end]?.text === ")" && !sentence.entityAt.has(i + 1)) {
        return factAt(sentence, i + 1, end);
      }
    }
  }
  // ", Trend reports." at the end of a sentence
  const words = tokens.filter((t) => t.isWord);
  const last = words.at(-1);
  if (last && (last.key === "reports" || last.key === "reported")) {
    const at = tokens.indexOf(last);
    let from = at;
    while (from > 0 && tokens[from - 1]?.isWord && tokens[from - 1]?.capital) from -= 1;
    if (from < at && tokens[from - 1]?.text === ",") {
      return factAt(sentence, from, at);
    }
  }
  return undefined;
}
