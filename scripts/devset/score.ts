/**
 * Scores what the extractor found in one readout against the gold written by hand for it: the
 * host, the counterparts (by name, or by state when the text names none), their states and the
 * topics the meetings discussed; and says of every miss what kind it is, so a table of misses
 * points at what to build next rather than at one article.
 */
import type { Gold, GoldPerson } from "./goldSchema";
import { sameName, sameState } from "./same";

/** What a party is of, as the graph says: a state, a body or an organisation. */
export interface Affiliation {
  id: string;
  label: string;
}

/** A party the graph holds: a person's label (or null for a state) and what they are of, states first. */
export interface FoundParty {
  name: string | null;
  of: Affiliation[];
}

export interface Found {
  host?: FoundParty;
  counterparts: FoundParty[];
  /** Every person the graph names, whether or not they took part in a meeting. */
  people: string[];
  /** Coarse topics the meetings discuss. */
  topics: string[];
  meetings: number;
  /** Spans whose `exact` is not the text they point at. */
  badSpans: number;
}

export interface Count {
  gold: number;
  found: number;
  right: number;
}

/** Each kind of miss, and what a reader of the table is told of it. */
export const MISS_KINDS = [
  ["noMeeting", "missed: no meeting found in the readout"],
  ["notMet", "missed: named, but not found to meet the host"],
  ["asState", "missed: found as a state, not by name"],
  ["unnamed", "missed: not found as a person"],
  ["negative", "wrong: a meeting in a readout that reports none"],
  ["host", "wrong: the host taken as a counterpart"],
  ["hostSide", "wrong: one of the host's side"],
  ["twice", "wrong: one counterpart counted twice"],
  ["other", "wrong: someone the gold does not list"],
  ["hostMissing", "host: none found"],
  ["hostWrong", "host: someone else"],
  ["stateWrong", "state: wrong or missing"],
] as const;

export type MissKind = (typeof MISS_KINDS)[number][0];

export interface Tally {
  readouts: number;
  hosts: Count;
  counterparts: Count;
  states: Count;
  topics: Count;
  /** Meetings found in readouts that report none (planned meetings, greetings, calls). */
  invented: number;
  badSpans: number;
  misses: Map<MissKind, number>;
}

const count = (): Count => ({ gold: 0, found: 0, right: 0 });

export const emptyTally = (): Tally => ({
  readouts: 0,
  hosts: count(),
  counterparts: count(),
  states: count(),
  topics: count(),
  invented: 0,
  badSpans: 0,
  misses: new Map(),
});

const miss = (tally: Tally, kind: MissKind, n = 1) =>
  tally.misses.set(kind, (tally.misses.get(kind) ?? 0) + n);

/** By name; by state only where the text names no one ("met the leaders of France"). */
function samePerson(gold: GoldPerson, found: FoundParty): boolean {
  if (gold.name === null) return gold.state !== null && sameState(gold.state, found.of);
  return found.name !== null && sameName(gold.name, found.name);
}

/** A readout that reports no meeting that took place: a call, a letter, a plan, others meeting. */
export const reportsNone = (gold: Gold) => gold.negative ?? gold.counterparts.length === 0;

/** The kind of a gold counterpart the extractor did not find. */
function missedKind(gold: GoldPerson, found: Found): MissKind {
  if (found.meetings === 0) return "noMeeting";
  if (gold.name !== null && found.people.some((p) => sameName(gold.name ?? "", p))) return "notMet";
  if (
    gold.state !== null &&
    found.counterparts.some((c) => c.name === null && sameState(gold.state ?? "", c.of))
  )
    return "asState";
  return "unnamed";
}

/** The kind of a counterpart the extractor found that the gold does not list. */
function wrongKind(gold: Gold, party: FoundParty): MissKind {
  if (reportsNone(gold) || gold.host === null) return "negative";
  if (samePerson(gold.host, party)) return "host";
  if (gold.host.state !== null && sameState(gold.host.state, party.of)) return "hostSide";
  if (gold.counterparts.some((g) => samePerson(g, party))) return "twice";
  return "other";
}

/** Compares one readout and adds it to `tally`; returns its own comparison, for a per-readout line. */
export function score(gold: Gold, found: Found, tally: Tally): Tally {
  const own = emptyTally();
  own.readouts = 1;
  own.badSpans = found.badSpans;
  // a host is scored where the text reports meetings; a negative's is whose meeting did not happen
  const host = reportsNone(gold) ? null : gold.host;
  if (host) own.hosts.gold += 1;
  if (found.host) own.hosts.found += 1;
  if (host && found.host && samePerson(host, found.host)) own.hosts.right += 1;
  else if (host) miss(own, found.host ? "hostWrong" : "hostMissing");
  if (reportsNone(gold)) own.invented += found.meetings;

  const unmatched = [...found.counterparts];
  own.counterparts.gold += gold.counterparts.length;
  own.counterparts.found += found.counterparts.length;
  own.states.found += found.counterparts.filter((c) => c.of.length > 0).length;
  for (const g of gold.counterparts) {
    if (g.state !== null) own.states.gold += 1;
    const at = unmatched.findIndex((f) => samePerson(g, f));
    if (at === -1) {
      miss(own, missedKind(g, found));
      continue;
    }
    const [f] = unmatched.splice(at, 1);
    own.counterparts.right += 1;
    if (g.state !== null && f && sameState(g.state, f.of)) own.states.right += 1;
    else if (g.state !== null) miss(own, "stateWrong");
  }
  for (const f of unmatched) miss(own, wrongKind(gold, f));

  own.topics.gold += gold.topics.length;
  own.topics.found += found.topics.length;
  own.topics.right += found.topics.filter((t) => gold.topics.includes(t)).length;

  addInto(tally, own);
  return own;
}

export function addInto(tally: Tally, own: Tally): void {
  tally.readouts += own.readouts;
  for (const key of ["hosts", "counterparts", "states", "topics"] as const) {
    tally[key].gold += own[key].gold;
    tally[key].found += own[key].found;
    tally[key].right += own[key].right;
  }
  tally.invented += own.invented;
  tally.badSpans += own.badSpans;
  for (const [kind, n] of own.misses) miss(tally, kind, n);
}
