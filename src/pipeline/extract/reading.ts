import { CAPITALS } from "../lexicon/states";
import { addTo } from "../../model/graph/multiMap";
import type { Passage } from "../../model/graph/schema";
import { findCues, type Cue } from "./cues";
import { findDates, isoDate, weekdayDate } from "./dates";
import type { Reason } from "./explain";
import { findDateline, findOccasions, findPlaces, findReporter, type FrameFact } from "./frame";
import { findHost, resolveRoles } from "./host";
import { accountsOf, readMeetings, type Meeting } from "./meetings";
import { gatherPersons, type Person, type PersonMention } from "./persons";
import { readSentences, type Sentence } from "./sentence";
import { splitSentences } from "./sentences";

/** Everything the extractor reads in one article, before it becomes a graph. */
export interface Reading {
  passages: Passage[];
  sentences: Sentence[];
  persons: Person[];
  mentions: PersonMention[][];
  host?: Person;
  meetings: Meeting[];
  /** sentence index -> key of the meeting whose account holds it */
  accountOf: (string | undefined)[];
  preamble: number[];
  /** Occasions, places and dates: framing every meeting (key "*", from the preamble) or one. */
  occasions: Map<string, FrameFact[]>;
  places: Map<string, FrameFact[]>;
  dates: Map<string, { date: string; sentence: number }>;
  reporter?: FrameFact;
  dateline?: FrameFact;
  /** The article's date: given, else the dateline's. */
  date?: string;
  reasons: Reason[];
}

const ALL = "*";

/** A year the text gives, for dates written without one: the article's date, else the first year written. */
function referenceDate(text: string, given?: string): string | undefined {
  if (given) return given;
  const year = /\b(?:19|20)\d{2}\b/.exec(text)?.[0];
  return year;
}

export function readArticle(text: string, sourceId: string, givenDate?: string): Reading {
  const reasons: Reason[] = [];
  const passages = splitSentences(text, sourceId);
  const sentences = readSentences(passages);
  const { persons, mentions } = gatherPersons(sentences);
  const cues: Cue[] = sentences.flatMap((s) => findCues(s, reasons));
  const host = findHost(sentences, mentions, cues, reasons);
  resolveRoles(sentences, mentions, host, persons);
  const reading: Reading = {
    passages,
    sentences,
    persons,
    mentions,
    meetings: [],
    accountOf: sentences.map(() => undefined),
    preamble: sentences.map((s) => s.index),
    occasions: new Map(),
    places: new Map(),
    dates: new Map(),
    reasons,
  };
  const early = sentences.slice(0, 4);
  for (const s of early) {
    reading.dateline ??= findDateline(s);
    reading.reporter ??= findReporter(s, true);
  }
  for (const s of sentences) reading.reporter ??= findReporter(s, false);
  const datelineDate = reading.dateline
    ? findDates(sentences[reading.dateline.sentence]?.passage.exact ?? "").find(
        (d) => d.year !== undefined,
      )
    : undefined;
  const date = givenDate ?? (datelineDate ? isoDate(datelineDate) : undefined);
  if (date) reading.date = date;
  if (!host) {
    reasons.push({
      passage: passages[0]?.id ?? "",
      verdict: "refused",
      rule: "no leader is named in a sentence that reports a meeting: no host, no meetings",
      subject: "host",
    });
    return reading;
  }
  reading.host = host;
  // "The Head of State received ..." filed from ASTANA: the host is of the dateline's state
  if (!host.affiliation && host.words.length === 0 && reading.dateline) {
    const state = CAPITALS.get(reading.dateline.label);
    if (state) host.affiliation = { type: "state", id: state.id, label: state.name };
  }
  const meetingsRead = readMeetings(sentences, mentions, cues, host, reasons);
  reading.meetings = meetingsRead.meetings;
  const { accountOf, preamble } = accountsOf(sentences, meetingsRead);
  reading.accountOf = accountOf;
  reading.preamble = preamble;

  // What frames the meetings: in the preamble, all of them; in a meeting's own sentences, that one.
  const reference = referenceDate(text, date);
  const personTokens = (s: Sentence) => (i: number) =>
    (mentions[s.index] ?? []).some((m) => i >= m.from && i < m.to);
  const inPreamble = new Set(preamble);
  const reporting = new Set(reading.meetings.flatMap((m) => [...m.reports]));
  for (const s of sentences) {
    const key = inPreamble.has(s.index) ? ALL : meetingsRead.openings.get(s.index);
    const scope = key ?? accountOf[s.index];
    if (scope === undefined) continue;
    // what frames a meeting is said where it is reported: the preamble, its opening, its summaries
    const reports = key !== undefined || reporting.has(s.index);
    if (!reports) continue;
    const framed = [
      ["occasion", reading.occasions, findOccasions(s)],
      ["place", reading.places, findPlaces(s, personTokens(s))],
    ] as const;
    for (const [what, found, facts] of framed) {
      for (const fact of facts) {
        addTo(found, scope, fact);
        reasons.push({
          passage: s.passage.id,
          verdict: "frame",
          rule: `${what} of ${scope === ALL ? "every meeting (preamble)" : `the meeting with ${scope}`}`,
          subject: fact.label,
        });
      }
    }
    const found =
      findDates(s.passage.exact)
        .map((d) => isoDate(d, reference))
        .find((d) => d !== undefined) ?? weekdayDate(s.passage.exact, date);
    if (found && !reading.dates.has(scope))
      reading.dates.set(scope, { date: found, sentence: s.index });
  }
  return reading;
}

export { ALL };
