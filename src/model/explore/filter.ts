import { familyOf, topicRoleOf, type NodeKind, type RelationFamily } from "../graph/kinds";
import type { Graph } from "../graph/schema";
import { isOpenRange, outsideDates, type DateRange } from "./dateFilter";
import { narrowsBySource, statedBySources, type SourceFilter } from "./sourceFilter";

export type TopicMatch = "any" | "all";

export interface GraphFilter extends SourceFilter {
  /** Topic ids; empty means every topic. */
  topics: readonly string[];
  /** With several topics: what is tied to any of them, or the events that raise all of them. */
  topicMatch?: TopicMatch;
  /** Kinds the reader has switched off. */
  hiddenKinds: readonly NodeKind[];
  /** Families of relations the reader has switched off; their nodes stay. */
  hiddenRelations?: readonly RelationFamily[];
  /** Events dated outside it go, with what only they tie in. */
  dates?: DateRange;
}

export interface VisibleSet {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * What stays in view under a filter. Choosing topics keeps what is tied to any of them: the topics,
 * the events that raise them, those events' participants and whom they represent, and anything
 * related to a chosen topic directly; with the relations that tie them. Matching all of them keeps
 * only the events that raise every one, and those tied to such events. What each relation type
 * means here is its topic role in the vocabulary (kinds.ts). Hidden kinds then drop their nodes and
 * every relation that touches one; hidden families of relations drop only those relations. Sources
 * and dates narrow last: what too few of the counted sources state goes (sourceFilter.ts), and so do
 * events dated outside the range with what only they tie in (dateFilter.ts).
 */
export function visibleElements(graph: Graph, filter: GraphFilter): VisibleSet {
  const hidden = new Set(filter.hiddenKinds);
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const shown = (id: string) => {
    const kind = kindOf.get(id);
    return kind !== undefined && !hidden.has(kind);
  };

  let nodes = new Set(graph.nodes.map((n) => n.id));
  let edges = new Set(graph.edges.map((e) => e.id));
  if (filter.topics.length > 0) {
    ({ nodes, edges } = tiedToTopics(graph, new Set(filter.topics), filter.topicMatch ?? "any"));
  }

  const bySources = narrowsBySource(filter) ? statedBySources(graph, filter) : undefined;
  const outside =
    filter.dates && !isOpenRange(filter.dates) ? outsideDates(graph, filter.dates) : undefined;
  const keptNodes = new Set(
    [...nodes].filter((id) => shown(id) && (!bySources || bySources.node(id)) && !outside?.has(id)),
  );
  const hiddenFamilies = new Set(filter.hiddenRelations ?? []);
  const keptEdges = new Set(
    graph.edges
      .filter(
        (e) =>
          edges.has(e.id) &&
          keptNodes.has(e.source) &&
          keptNodes.has(e.target) &&
          !hiddenFamilies.has(familyOf(e.type)) &&
          (!bySources || bySources.edge(e.id)),
      )
      .map((e) => e.id),
  );
  return { nodes: keptNodes, edges: keptEdges };
}

function tiedToTopics(graph: Graph, topics: ReadonlySet<string>, match: TopicMatch) {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const keep = (edge: { id: string; source: string; target: string }) => {
    edges.add(edge.id);
    nodes.add(edge.source);
    nodes.add(edge.target);
  };
  for (const id of topics) if (graph.nodes.some((n) => n.id === id)) nodes.add(id);

  const raised = new Map<string, Set<string>>();
  for (const edge of graph.edges) {
    if (topicRoleOf(edge.type) === "raises" && topics.has(edge.target)) {
      raised.set(edge.source, (raised.get(edge.source) ?? new Set()).add(edge.target));
    }
  }
  const events = new Set(
    [...raised]
      .filter(([, raises]) => match === "any" || raises.size === topics.size)
      .map(([e]) => e),
  );
  for (const edge of graph.edges) {
    if (!topics.has(edge.target) && !topics.has(edge.source)) continue;
    const event = topicRoleOf(edge.type) === "raises" ? edge.source : undefined;
    if (match === "any" || event === undefined || events.has(event)) keep(edge);
  }
  const attendees = new Set<string>();
  for (const edge of graph.edges) {
    if (topicRoleOf(edge.type) === "attends" && events.has(edge.target)) {
      keep(edge);
      attendees.add(edge.source);
    }
  }
  for (const edge of graph.edges) {
    if (topicRoleOf(edge.type) === "represents" && attendees.has(edge.source)) keep(edge);
  }
  return { nodes, edges };
}

/** For each topic, how many events raise it. */
export function eventsPerTopic(graph: Graph): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const edge of graph.edges) {
    if (topicRoleOf(edge.type) === "raises") {
      counts.set(edge.target, (counts.get(edge.target) ?? 0) + 1);
    }
  }
  return counts;
}
