import { addTo } from "../../model/graph/multiMap";
import type { Graph, GraphNode, Span } from "../../model/graph/schema";
import { isMeeting, withinADay } from "./meetings";
import { isPerson, personKey, samePerson, type PersonFacts } from "./persons";

/** One node of one input graph, with what matching needs to know of it. */
export interface Member extends PersonFacts {
  graph: number;
  /** The sources its mentions come from. */
  sources: string[];
  /** For a meeting: the date it is matched by (its own, else its source's), if any. */
  when?: string;
}

/** Nodes of several graphs that are one thing: merged into one node. */
export interface Cluster {
  sort: "person" | "meeting" | "other";
  members: Member[];
  graphs: Set<number>;
  /**
   * What a newcomer is compared with: each distinct way the members are named and placed (a
   * person) or dated (a meeting), so a leader in 500 readouts costs a handful of comparisons.
   */
  forms: Map<string, Member>;
}

/** What makes two members of a cluster differ for matching. */
const formKey = (sort: Cluster["sort"], m: Member) =>
  sort === "person"
    ? `${m.node.id} ${m.node.label} ${[...m.states].sort().join(" ")}`
    : sort === "meeting"
      ? (m.when ?? "")
      : "";

const STATE_TIES = new Set(["heads", "represents", "national_of"]);

/**
 * Which nodes of the graphs are one: people by their name however spelt (`samePerson`); meetings
 * by who takes part (after people are matched) and their dates, at most a day apart; everything
 * else (states, bodies, places, topics, other events) by its id, which the gazetteer and the
 * lexicon make the same in every article. No two nodes of one input graph are ever merged: that
 * graph already told them apart. Each node is compared only with those that share its surname's
 * spelling family or its participants, so the work grows with the corpus, not with its square.
 */
export function clusterNodes(
  graphs: readonly Graph[],
  sourcesOf: (spans: readonly Span[]) => string[],
  sourceDate: ReadonlyMap<string, string>,
): { clusters: Cluster[]; clusterOf: Map<string, Cluster>[] } {
  const clusters: Cluster[] = [];
  const clusterOf = graphs.map(() => new Map<string, Cluster>());
  const start = (sort: Cluster["sort"], member: Member) => {
    const cluster: Cluster = {
      sort,
      members: [member],
      graphs: new Set([member.graph]),
      forms: new Map([[formKey(sort, member), member]]),
    };
    clusters.push(cluster);
    return cluster;
  };
  const join = (cluster: Cluster, member: Member) => {
    cluster.members.push(member);
    cluster.graphs.add(member.graph);
    const key = formKey(cluster.sort, member);
    if (!cluster.forms.has(key)) cluster.forms.set(key, member);
  };
  const forms = (c: Cluster) => [...c.forms.values()];

  const facts = graphs.map((graph, g) => {
    const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
    const states = new Map<string, Set<string>>();
    const participants = new Map<string, string[]>();
    for (const e of graph.edges) {
      if (STATE_TIES.has(e.type) && kindOf.get(e.target) === "state") {
        const set = states.get(e.source) ?? new Set<string>();
        set.add(e.target);
        states.set(e.source, set);
      }
      if (e.type === "participates_in") addTo(participants, e.target, e.source);
    }
    const member = (node: GraphNode): Member => ({
      graph: g,
      node,
      sources: sourcesOf(node.mentions),
      states: states.get(node.id) ?? new Set(),
    });
    return { member, participants };
  });

  // People first: meetings are matched by who takes part.
  const byKey = new Map<string, Cluster[]>();
  graphs.forEach((graph, g) => {
    for (const node of graph.nodes) {
      if (!isPerson(node)) continue;
      const member = facts[g]?.member(node);
      if (!member) continue;
      const key = personKey(node);
      const found = byKey
        .get(key)
        ?.find((c) => !c.graphs.has(g) && forms(c).every((m) => samePerson(m, member)));
      const cluster = found ?? start("person", member);
      if (found) join(found, member);
      else addTo(byKey, key, cluster);
      clusterOf[g]?.set(node.id, cluster);
    }
  });

  const byId = new Map<string, Cluster>();
  const meetings = new Map<string, Cluster[]>();
  const pending: { g: number; member: Member; who: string[] }[] = [];
  graphs.forEach((graph, g) => {
    for (const node of graph.nodes) {
      if (isPerson(node)) continue;
      const member = facts[g]?.member(node);
      if (!member) continue;
      const who = facts[g]?.participants.get(node.id) ?? [];
      if (isMeeting(node, who.length)) {
        pending.push({ g, member, who });
        continue;
      }
      const known = byId.get(node.id);
      const cluster = known ?? start("other", member);
      if (known) join(known, member);
      else byId.set(node.id, cluster);
      clusterOf[g]?.set(node.id, cluster);
    }
  });

  // Meetings last, when every participant has its cluster.
  const index = new Map(clusters.map((c, i) => [c, i]));
  for (const { g, member, who } of pending) {
    const { node } = member;
    const when = node.date ?? member.sources.map((s) => sourceDate.get(s)).find(Boolean);
    if (when) member.when = when;
    const key = [
      ...new Set(
        who.map((id) => {
          const c = clusterOf[g]?.get(id);
          return c ? `#${index.get(c) ?? 0}` : id;
        }),
      ),
    ]
      .sort()
      .join(" ");
    const candidates = (meetings.get(key) ?? []).filter((c) => !c.graphs.has(g));
    // A meeting no one dates joins the one meeting of the same people, if there is only one.
    let cluster = when
      ? candidates.find((c) => forms(c).every((m) => !m.when || withinADay(m.when, when)))
      : candidates.length === 1
        ? candidates[0]
        : undefined;
    if (cluster) join(cluster, member);
    else {
      cluster = start("meeting", member);
      addTo(meetings, key, cluster);
    }
    clusterOf[g]?.set(node.id, cluster);
  }
  return { clusters, clusterOf };
}
