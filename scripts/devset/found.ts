/**
 * What an extracted graph says, in the terms the gold is written in: the host, each counterpart
 * of its bilateral meetings with what they are of, every person it names, the coarse topics the
 * meetings discuss, and how many of its spans do not read what they point at.
 */
import type { Graph, GraphNode, Span } from "../../src/model/graph/schema";
import type { Affiliation, Found, FoundParty } from "./score";
import { coarseTopics } from "./topics";

const PEOPLE = new Set(["leader", "person"]);

function affiliationsOf(graph: Graph, node: Map<string, GraphNode>, id: string): Affiliation[] {
  const self = node.get(id);
  if (self && !PEOPLE.has(self.kind)) return [{ id, label: self.label }];
  const targets = graph.edges
    .filter((e) => e.source === id && (e.type === "heads" || e.type === "represents"))
    .flatMap((e) => {
      const n = node.get(e.target);
      return n ? [n] : [];
    });
  // an organisation's state counts too ("Custodian of the Romanian Crown" is Romania's)
  const states = targets.flatMap((t) =>
    graph.edges
      .filter((e) => e.source === t.id && e.type === "belongs_to")
      .flatMap((e) => node.get(e.target) ?? []),
  );
  const all = [...targets, ...states];
  all.sort((a, b) => Number(b.kind === "state") - Number(a.kind === "state"));
  return all.map((n) => ({ id: n.id, label: n.label }));
}

function badSpans(graph: Graph): number {
  const text = new Map(graph.sources.map((s) => [s.id, s.text]));
  const passageSource = new Map(graph.passages.map((p) => [p.id, p.source]));
  const bad = (s: Span) =>
    text.get(passageSource.get(s.passage) ?? "")?.slice(s.start, s.end) !== s.exact;
  return (
    graph.nodes.flatMap((n) => n.mentions).filter(bad).length +
    graph.edges.flatMap((e) => e.evidence).filter(bad).length +
    graph.passages.filter((p) => text.get(p.source)?.slice(p.start, p.end) !== p.exact).length
  );
}

export function foundIn(graph: Graph, host: string | undefined): Found {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const meetings = new Set(
    graph.nodes.filter((n) => n.role === "bilateral meeting").map((n) => n.id),
  );
  const participants = new Set(
    graph.edges
      .filter((e) => e.type === "participates_in" && meetings.has(e.target))
      .map((e) => e.source),
  );
  participants.delete(host ?? "");
  const party = (id: string): FoundParty => {
    const n = node.get(id);
    return {
      name: n && PEOPLE.has(n.kind) ? n.label : null,
      of: affiliationsOf(graph, node, id),
    };
  };
  const discussed = graph.edges
    .filter((e) => e.type === "discusses" && meetings.has(e.source))
    .map((e) => e.target)
    .filter((id) => node.get(id)?.kind === "topic");
  return {
    ...(host && meetings.size > 0 ? { host: party(host) } : {}),
    counterparts: [...participants].map(party),
    people: graph.nodes.filter((n) => PEOPLE.has(n.kind)).flatMap((n) => [n.label, ...n.aliases]),
    topics: coarseTopics(discussed),
    meetings: meetings.size,
    badSpans: badSpans(graph),
  };
}
