import { addTo } from "../../model/graph/multiMap";
import { findDates, isoDate, weekdayDate } from "./dates";
import type { Reason } from "./explain";
import { findDateline, findOccasions, findPlaces, findReporter, type FrameFact } from "./frame";
import type { MeetingReading } from "./meetings";
import type { PersonMention } from "./persons";
import { ALL } from "./reading";
import type { Sentence } from "./sentence";

/** What frames the meetings of a readout: occasions, places and dates, and who reports them. */
export interface Framing {
  occasions: Map<string, FrameFact[]>;
  places: Map<string, FrameFact[]>;
  dates: Map<string, { date: string; sentence: number }>;
  reporter?: FrameFact;
  dateline?: FrameFact;
  date?: string;
}

/** A year the text gives, for dates written without one: the article's date, else the first year written. */
function referenceDate(text: string, given?: string): string | undefined {
  return given ?? /\b(?:19|20)\d{2}\b/.exec(text)?.[0];
}

/** The dateline, the reporter, and the article's date: given, else the dateline's. */
export function readFurniture(
  sentences: readonly Sentence[],
  givenDate?: string,
): Pick<Framing, "reporter" | "dateline" | "date"> {
  let dateline: FrameFact | undefined;
  let reporter: FrameFact | undefined;
  for (const s of sentences.slice(0, 4)) {
    dateline ??= findDateline(s);
    reporter ??= findReporter(s, true);
  }
  for (const s of sentences) reporter ??= findReporter(s, false);
  const written = dateline
    ? findDates(sentences[dateline.sentence]?.passage.exact ?? "").find((d) => d.year !== undefined)
    : undefined;
  const date = givenDate ?? (written ? isoDate(written) : undefined);
  return {
    ...(dateline ? { dateline } : {}),
    ...(reporter ? { reporter } : {}),
    ...(date ? { date } : {}),
  };
}

/**
 * Occasions, places and dates: said in the preamble, they frame every meeting; in a meeting's own
 * report (its opening, a summary that lists it), that one.
 */
export function frameMeetings(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly PersonMention[][],
  read: MeetingReading,
  accounts: { accountOf: readonly (string | undefined)[]; preamble: readonly number[] },
  date: string | undefined,
  reasons: Reason[],
): Pick<Framing, "occasions" | "places" | "dates"> {
  const framing = {
    occasions: new Map<string, FrameFact[]>(),
    places: new Map<string, FrameFact[]>(),
    dates: new Map<string, { date: string; sentence: number }>(),
  };
  const reference = referenceDate(text, date);
  const personTokens = (s: Sentence) => (i: number) =>
    (mentions[s.index] ?? []).some((m) => i >= m.from && i < m.to);
  const inPreamble = new Set(accounts.preamble);
  const reporting = new Set(read.meetings.flatMap((m) => [...m.reports]));
  for (const s of sentences) {
    const key = inPreamble.has(s.index) ? ALL : read.openings.get(s.index);
    const scope = key ?? accounts.accountOf[s.index];
    if (s.furniture || scope === undefined || (key === undefined && !reporting.has(s.index)))
      continue;
    const framed = [
      ["occasion", framing.occasions, findOccasions(s)],
      ["place", framing.places, findPlaces(s, personTokens(s))],
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
    if (found && !framing.dates.has(scope))
      framing.dates.set(scope, { date: found, sentence: s.index });
  }
  return framing;
}
