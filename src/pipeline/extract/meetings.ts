import type { Span } from "../../model/graph/schema";
import type { Accepted, Counterpart } from "./counterparts";
import type { Reason } from "./explain";
import type { Person, PersonMention } from "./persons";
import { spanOf, type Sentence } from "./sentence";

/** A meeting that took place: the host and one counterpart (or several of one state or body). */
export interface Meeting {
  /** The counterpart's state, body or organisation, or the counterpart when none is known. */
  key: string;
  keyLabel: string;
  counterparts: Person[];
  /** A state whose leader the text says the host met, without naming them. */
  states: Map<string, { label: string; evidence: Set<number> }>;
  /** Sentences that report the meeting (its opening, and summaries that list it). */
  reports: Set<number>;
  /** The meeting words that refer to it. */
  cueSpans: Span[];
  /** The sentence where its account starts. */
  opening?: number;
}

/** What the sentences say about meetings: the meetings, and the sentence each account opens at. */
export interface MeetingReading {
  meetings: Meeting[];
  /** sentence index -> the key of the meeting whose account it opens */
  openings: Map<number, string>;
  /** Sentences that report several meetings at once (a summary): they belong to no one account. */
  summaries: Set<number>;
}

/** The key of a person's meeting: what they are of, unless others of it were met apart. */
function personKey(p: Person, apart: ReadonlySet<string>): string {
  const a = p.affiliation;
  const of = a ? (a.id === "" ? `org:${a.label}` : a.id) : undefined;
  return of !== undefined && !apart.has(of) ? of : `person:${p.id}`;
}

/** States and bodies two of whose people were met in different claims: each of them had a meeting of their own. */
function metApart(accepted: readonly Accepted[]): Set<string> {
  const byOf = new Map<string, { people: Set<Person>; together: boolean }>();
  for (const a of accepted) {
    const here = new Map<string, number>();
    for (const c of a.counterparts) {
      if (c.kind !== "person" || !c.person.affiliation) continue;
      const of = c.person.affiliation.id || `org:${c.person.affiliation.label}`;
      const entry = byOf.get(of) ?? { people: new Set(), together: false };
      entry.people.add(c.person);
      byOf.set(of, entry);
      here.set(of, (here.get(of) ?? 0) + 1);
    }
    for (const [of, n] of here) {
      const entry = byOf.get(of);
      if (entry && n > 1) entry.together = true;
    }
  }
  return new Set([...byOf].filter(([, e]) => e.people.size > 1 && !e.together).map(([of]) => of));
}

/**
 * The meetings the accepted claims report, one for each counterpart's state or body (several of
 * one delegation share it), and where each account opens: at the first sentence whose claims name
 * that meeting alone. A sentence naming several is a summary, part of no one account.
 */
export function groupMeetings(
  accepted: readonly Accepted[],
  sentences: readonly Sentence[],
  reasons: Reason[],
): MeetingReading {
  const meetings = new Map<string, Meeting>();
  const apart = metApart(accepted);
  const keyOf = (c: Counterpart) => (c.kind === "person" ? personKey(c.person, apart) : c.id);
  const bySentence = new Map<number, Set<string>>();
  for (const { claim, counterparts } of accepted) {
    const sentence = sentences[claim.sentence];
    if (!sentence) continue;
    for (const c of counterparts) {
      const key = keyOf(c);
      let m = meetings.get(key);
      if (!m) {
        const label =
          c.kind === "state" ? c.label : (c.person.affiliation?.label ?? c.person.label);
        meetings.set(
          key,
          (m = {
            key,
            keyLabel: label,
            counterparts: [],
            states: new Map(),
            reports: new Set(),
            cueSpans: [],
          }),
        );
      }
      if (c.kind === "person" && !m.counterparts.includes(c.person)) m.counterparts.push(c.person);
      if (c.kind === "state") {
        const s = m.states.get(c.id) ?? { label: c.label, evidence: new Set<number>() };
        s.evidence.add(claim.sentence);
        m.states.set(c.id, s);
      }
      m.reports.add(claim.sentence);
      m.cueSpans.push(spanOf(sentence, claim.at, claim.to));
      bySentence.set(claim.sentence, (bySentence.get(claim.sentence) ?? new Set()).add(key));
    }
  }
  const openings = new Map<number, string>();
  const summaries = new Set<number>();
  for (const [sentence, keys] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const [only] = keys;
    const passage = sentences[sentence]?.passage.id ?? "";
    const labels = [...keys].map((k) => meetings.get(k)?.keyLabel ?? k);
    if (keys.size === 1 && only !== undefined) {
      openings.set(sentence, only);
      const m = meetings.get(only);
      if (m) m.opening ??= sentence;
      const rule = "a meeting word with one counterpart opens that meeting's account";
      reasons.push({ passage, verdict: "meeting", rule, subject: labels.join(", ") });
    } else {
      summaries.add(sentence);
      const rule = `one sentence for ${keys.size} meetings: a summary, part of no one account`;
      reasons.push({ passage, verdict: "meeting", rule, subject: labels.join(", ") });
    }
  }
  return { meetings: [...meetings.values()], openings, summaries };
}

/**
 * The meeting a sentence without a meeting word turns to: the one whose counterpart it names, when
 * it names no other's ("With Seychelles President Wavel Ramkalawan, the Prime Minister reviewed
 * trade" after the meeting with Mauritius).
 */
function turnsTo(
  sentence: Sentence,
  reading: MeetingReading,
  mentions: readonly PersonMention[][],
): string | undefined {
  if (reading.summaries.has(sentence.index)) return undefined;
  const here = mentions[sentence.index] ?? [];
  const named = reading.meetings.filter((m) => here.some((x) => m.counterparts.includes(x.person)));
  return named.length === 1 ? named[0]?.key : undefined;
}

/**
 * Each meeting's account: from the sentence that opens it to the next opening, summaries left out;
 * a sentence that names another meeting's counterpart alone goes on with that meeting's account.
 * Sentences before the first opening are the preamble, which frames every meeting.
 */
export function accountsOf(
  sentences: readonly Sentence[],
  reading: MeetingReading,
  mentions: readonly PersonMention[][],
): { accountOf: (string | undefined)[]; preamble: number[] } {
  const accountOf: (string | undefined)[] = [];
  const preamble: number[] = [];
  let current: string | undefined;
  for (const sentence of sentences) {
    const opens =
      reading.openings.get(sentence.index) ??
      (current !== undefined ? turnsTo(sentence, reading, mentions) : undefined);
    if (opens !== undefined) current = opens;
    if (current === undefined) preamble.push(sentence.index);
    accountOf.push(reading.summaries.has(sentence.index) ? undefined : current);
  }
  return { accountOf, preamble };
}
