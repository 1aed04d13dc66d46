import { addTo } from "../../model/graph/multiMap";
import type { Span } from "../../model/graph/schema";
import type { Cue } from "./cues";
import { counterpartsOf } from "./counterparts";
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

// "your Prime Minister", "our minister": a third person or the host's own side; "my counterpart" is not
const SPEAKERS = new Set(["your", "our"]);

/**
 * Finds the meetings that took place, the host taking part in each: in every sentence with a meeting
 * word, the people named (besides the host and the host's own side) are counterparts; a sentence
 * naming the host's counterparts from several states is a summary of several meetings. A meeting
 * sentence whose subject is someone else, without the host, tells a meeting between third parties.
 */
export function readMeetings(
  sentences: readonly Sentence[],
  mentions: readonly PersonMention[][],
  cues: readonly Cue[],
  host: Person,
  reasons: Reason[],
): MeetingReading {
  const meetings = new Map<string, Meeting>();
  const openings = new Map<number, string>();
  const summaries = new Set<number>();
  const hostState = host.affiliation?.id;
  const byCue = new Map<number, Cue[]>();
  for (const cue of cues) addTo(byCue, cue.sentence, cue);

  const meetingOf = (key: string, label: string): Meeting => {
    let m = meetings.get(key);
    if (!m)
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
    return m;
  };

  for (const [index, sentenceCues] of byCue) {
    const sentence = sentences[index];
    if (!sentence) continue;
    const id = sentence.passage.id;
    const here = mentions[index] ?? [];
    const hostHere = here.some((m) => m.person === host);
    const others = here.filter(
      (m) =>
        m.person !== host &&
        !(m.titled?.owner !== undefined && SPEAKERS.has(m.titled.owner)) &&
        !(
          hostState !== undefined &&
          m.person.affiliation?.id === hostState &&
          m.person.affiliation.type === "state"
        ),
    );
    const found = new Map<
      string,
      { label: string; persons: Set<Person>; states: Map<string, string> }
    >();
    const usedCues: Cue[] = [];
    const hostMentions = here.filter((m) => m.person === host);
    for (const cue of sentenceCues) {
      const subjects = others.filter((m) => m.to <= cue.at);
      if (!hostHere && subjects.length > 0) {
        reasons.push({
          passage: id,
          verdict: "refused",
          rule: "a meeting between others: its subject is not the host",
          subject: subjects.map((m) => m.person.label).join(", "),
        });
        continue;
      }
      const {
        persons: counterparts,
        states,
        delegation,
      } = counterpartsOf(sentence, cue, others, hostMentions);
      if (
        (cue.needsObject && counterparts.length === 0 && states.length === 0) ||
        (cue.needsPerson && counterparts.length === 0)
      ) {
        reasons.push({
          passage: id,
          verdict: "refused",
          rule: `“${cue.word}” with nobody named after it: not a meeting`,
          subject: cue.word,
        });
        continue;
      }
      usedCues.push(cue);
      for (const m of counterparts) {
        const a =
          m.person.affiliation?.type === "state"
            ? m.person.affiliation
            : (delegation ?? m.person.affiliation);
        if (delegation && m.person.affiliation?.type !== "state") {
          // a member of "the U.S. delegation" is of that state, as this sentence says
          m.person.affiliation = { type: "state", id: delegation.id, label: delegation.label };
          m.person.affiliationFrom = index;
        }
        const key = a ? (a.id === "" ? `org:${a.label}` : a.id) : `person:${m.person.id}`;
        const entry = found.get(key) ?? {
          label: a?.label ?? m.person.label,
          persons: new Set(),
          states: new Map(),
        };
        entry.persons.add(m.person);
        found.set(key, entry);
      }
      for (const state of states) {
        if (state.id === hostState) continue;
        const entry = found.get(state.id) ?? {
          label: state.label,
          persons: new Set(),
          states: new Map(),
        };
        entry.states.set(state.id, state.label);
        found.set(state.id, entry);
      }
    }
    if (usedCues.length === 0) continue;
    if (found.size === 0) {
      reasons.push({
        passage: id,
        verdict: "account",
        rule: "a meeting word without a counterpart: part of the account it stands in",
        subject: usedCues.map((c) => c.word).join(", "),
      });
      continue;
    }
    const cueSpans = usedCues.map((c) => spanOf(sentence, c.at, c.at + 1));
    for (const [key, entry] of found) {
      const meeting = meetingOf(key, entry.label);
      for (const p of entry.persons)
        if (!meeting.counterparts.includes(p)) meeting.counterparts.push(p);
      for (const [stateId, label] of entry.states) {
        const s = meeting.states.get(stateId) ?? { label, evidence: new Set<number>() };
        s.evidence.add(index);
        meeting.states.set(stateId, s);
      }
      meeting.reports.add(index);
      meeting.cueSpans.push(...cueSpans);
      const who = [...entry.persons].map((p) => p.label).join(", ") || entry.label;
      reasons.push({
        passage: id,
        verdict: "counterpart",
        rule: `named with the meeting word “${usedCues[0]?.word ?? ""}” and not the host's side`,
        subject: who,
      });
    }
    if (found.size === 1) {
      const [key] = found.keys();
      if (key !== undefined) {
        openings.set(index, key);
        meetingOf(key, "").opening ??= index;
        reasons.push({
          passage: id,
          verdict: "meeting",
          rule: "a meeting word with one counterpart opens that meeting's account",
          subject: [...found.values()][0]?.label ?? key,
        });
      }
    } else {
      summaries.add(index);
      reasons.push({
        passage: id,
        verdict: "meeting",
        rule: `one sentence for ${found.size} meetings: a summary, part of no one account`,
        subject: [...found.values()].map((e) => e.label).join(", "),
      });
    }
  }
  // "talks with Somalia and South Sudan Presidents ... the discussions with President Mohamed Mohamud
  // centred on the security situation in Somalia": a counterpart of no known state, in a sentence that
  // names one state a summary listed, is that state's
  for (const m of [...meetings.values()]) {
    const [person] = m.counterparts;
    if (!m.key.startsWith("person:") || m.counterparts.length !== 1 || !person) continue;
    const named = new Set(
      [...m.reports].flatMap((i) =>
        (sentences[i]?.entities ?? [])
          .filter((e) => e.type === "state" && e.id !== hostState)
          .map((e) => e.id),
      ),
    );
    const stubs = [...named].filter((id) => meetings.get(id)?.counterparts.length === 0);
    const [stateId] = stubs;
    const stub = stateId === undefined ? undefined : meetings.get(stateId);
    if (stubs.length !== 1 || !stub || stateId === undefined) continue;
    stub.counterparts.push(person);
    for (const i of m.reports) stub.reports.add(i);
    stub.cueSpans.push(...m.cueSpans);
    if (m.opening !== undefined && (stub.opening === undefined || m.opening < stub.opening))
      stub.opening = m.opening;
    for (const [i, key] of openings) if (key === m.key) openings.set(i, stateId);
    person.affiliation = { type: "state", id: stateId, label: stub.keyLabel };
    person.affiliationFrom = Math.min(...m.reports);
    meetings.delete(m.key);
    reasons.push({
      passage: sentences[person.affiliationFrom]?.passage.id ?? "",
      verdict: "counterpart",
      rule: "of no known state, in a sentence naming one state a summary listed: that state's",
      subject: person.label,
    });
  }
  return { meetings: [...meetings.values()], openings, summaries };
}

/**
 * Each meeting's account: from the sentence that opens it to the next opening, summaries left out.
 * Sentences before the first opening are the preamble, which frames every meeting.
 */
export function accountsOf(
  sentences: readonly Sentence[],
  reading: MeetingReading,
): { accountOf: (string | undefined)[]; preamble: number[] } {
  const accountOf: (string | undefined)[] = [];
  const preamble: number[] = [];
  let current: string | undefined;
  for (const sentence of sentences) {
    const opens = reading.openings.get(sentence.index);
    if (opens !== undefined) current = opens;
    if (current === undefined) preamble.push(sentence.index);
    accountOf.push(reading.summaries.has(sentence.index) ? undefined : current);
  }
  return { accountOf, preamble };
}
