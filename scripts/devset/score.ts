/**
 * Scores what the extractor found in one readout against the gold written by hand for it: the
 * host, the counterparts (by name, or by state when the text names none), their states, and the
 * topics the meetings discussed (the article's set).
 */
import { fold } from "../../src/model/text/fold";
import type { Graph } from "../../src/model/graph/schema";

export interface GoldPerson {
  name: string | null;
  state: string | null;
}

export interface Gold {
  url: string;
  style: string;
  host: GoldPerson | null;
  counterparts: GoldPerson[];
  topics: string[];
}

export interface Found {
  host?: GoldPerson;
  counterparts: GoldPerson[];
  topics: string[];
  meetings: number;
}

const PARTICLES = new Set([
  "bin",
  "bint",
  "ibn",
  "al",
  "el",
  "de",
  "van",
  "von",
  "der",
  "king",
  "sheikh",
  "shaikh",
  "prince",
]);
const words = (name: string) =>
  fold(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !PARTICLES.has(w) && !/^(?:ii|iii|iv)$/.test(w));

/** The same person: the same surname, or one name's words all in the other ("Kishida Fumio"). */
export function sameName(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.at(-1) === y.at(-1)) return true;
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  return small.every((w) => large.includes(w));
}

function samePerson(gold: GoldPerson, found: GoldPerson): boolean {
  if (gold.name === null || found.name === null)
    return gold.state !== null && gold.state === found.state;
  return sameName(gold.name, found.name);
}

/** What the graph says: the host, the counterparts and their states, the topics discussed. */
export function foundIn(graph: Graph, host: string | undefined): Found {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const meetings = graph.nodes.filter((n) => n.role === "bilateral meeting").map((n) => n.id);
  const stateOf = (id: string) => {
    const n = node.get(id);
    if (n?.kind === "state") return id;
    const e = graph.edges.find(
      (e) =>
        e.source === id &&
        (e.type === "heads" || e.type === "represents") &&
        node.get(e.target)?.kind === "state",
    );
    return e?.target ?? null;
  };
  const participants = new Set(
    graph.edges
      .filter((e) => e.type === "participates_in" && meetings.includes(e.target))
      .map((e) => e.source),
  );
  participants.delete(host ?? "");
  const counterparts = [...participants].map((id) => {
    const n = node.get(id);
    return { name: n?.kind === "state" ? null : (n?.label ?? id), state: stateOf(id) };
  });
  const topics = [
    ...new Set(
      graph.edges
        .filter((e) => e.type === "discusses" && node.get(e.target)?.kind === "topic")
        .map((e) => e.target),
    ),
  ];
  const hostNode = host ? node.get(host) : undefined;
  return {
    ...(hostNode && meetings.length > 0
      ? { host: { name: hostNode.label, state: stateOf(hostNode.id) } }
      : {}),
    counterparts,
    topics,
    meetings: meetings.length,
  };
}

export interface Tally {
  hosts: { gold: number; found: number; right: number };
  counterparts: { gold: number; found: number; right: number };
  states: { gold: number; found: number; right: number };
  topics: { gold: number; found: number; right: number };
  /** Meetings found in readouts that report none (planned meetings, greetings, calls). */
  invented: number;
}

export const emptyTally = (): Tally => ({
  hosts: { gold: 0, found: 0, right: 0 },
  counterparts: { gold: 0, found: 0, right: 0 },
  states: { gold: 0, found: 0, right: 0 },
  topics: { gold: 0, found: 0, right: 0 },
  invented: 0,
});

/** Adds one readout's comparison to the tally; returns its own, for a per-readout line. */
export function score(gold: Gold, found: Found, tally: Tally): Tally {
  const own = emptyTally();
  if (gold.host) own.hosts.gold += 1;
  if (found.host) own.hosts.found += 1;
  if (gold.host && found.host && samePerson(gold.host, found.host)) own.hosts.right += 1;
  if (!gold.host) own.invented += found.meetings;

  const unmatched = [...found.counterparts];
  own.counterparts.gold += gold.counterparts.length;
  own.counterparts.found += found.counterparts.length;
  own.states.found += found.counterparts.filter((c) => c.state !== null).length;
  for (const g of gold.counterparts) {
    if (g.state !== null) own.states.gold += 1;
    const at = unmatched.findIndex((f) => samePerson(g, f));
    if (at === -1) continue;
    const [f] = unmatched.splice(at, 1);
    own.counterparts.right += 1;
    if (g.state !== null && f?.state === g.state) own.states.right += 1;
  }
  own.topics.gold += gold.topics.length;
  own.topics.found += found.topics.length;
  own.topics.right += found.topics.filter((t) => gold.topics.includes(t)).length;

  for (const key of ["hosts", "counterparts", "states", "topics"] as const) {
    tally[key].gold += own[key].gold;
    tally[key].found += own[key].found;
    tally[key].right += own[key].right;
  }
  tally.invented += own.invented;
  return own;
}
