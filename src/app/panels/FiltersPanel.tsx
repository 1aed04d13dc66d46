import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { eventsPerTopic, visibleElements } from "../../model/explore/filter";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { KINDS, NODE_KINDS } from "../../model/graph/kinds";
import { useExplorer } from "../state/useExplorer";
import { KindSwatch } from "./KindSwatch";
import "./FiltersPanel.css";

/** Topic filters with how many meetings raise each; kind filters that double as the legend. */
export function FiltersPanel({ index }: { index: GraphIndex }) {
  const { topics, hiddenKinds, toggleTopic, toggleKind, clearFilters } = useExplorer(
    useShallow((s) => ({
      topics: s.topics,
      hiddenKinds: s.hiddenKinds,
      toggleTopic: s.toggleTopic,
      toggleKind: s.toggleKind,
      clearFilters: s.clearFilters,
    })),
  );
  const { graph } = index;
  const topicNodes = useMemo(() => graph.nodes.filter((n) => n.kind === "topic"), [graph]);
  const meetingCounts = useMemo(() => eventsPerTopic(graph), [graph]);
  // Kind counts follow the topic filter: what each kind holds in the current picture.
  const inTopics = useMemo(
    () => visibleElements(graph, { topics, hiddenKinds: [] }).nodes,
    [graph, topics],
  );
  const kindCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of graph.nodes) {
      if (inTopics.has(n.id)) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    }
    return counts;
  }, [graph, inTopics]);
  const kindCount = (kind: string) => kindCounts.get(kind) ?? 0;

  return (
    <section id="filters" tabIndex={-1} className="panel filters" aria-label="Filters">
      <fieldset>
        <legend>Topics</legend>
        <ul className="facet-list">
          {topicNodes.map((topic) => {
            const count = meetingCounts.get(topic.id) ?? 0;
            return (
              <li key={topic.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={topics.includes(topic.id)}
                    onChange={() => {
                      toggleTopic(topic.id);
                    }}
                    aria-describedby={`topic-count-${topic.id}`}
                  />
                  {topic.label}
                </label>
                <span className="count" id={`topic-count-${topic.id}`}>
                  {count}
                  <span className="visually-hidden"> {count === 1 ? "meeting" : "meetings"}</span>
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Kinds</legend>
        <ul className="facet-list">
          {NODE_KINDS.map((kind) => (
            <li key={kind}>
              <label>
                <input
                  type="checkbox"
                  checked={!hiddenKinds.includes(kind)}
                  onChange={() => {
                    toggleKind(kind);
                  }}
                  aria-describedby={`kind-count-${kind}`}
                />
                <KindSwatch kind={kind} />
                {KINDS[kind].plural}
              </label>
              <span className="count" id={`kind-count-${kind}`}>
                {kindCount(kind)}
                <span className="visually-hidden"> shown</span>
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <button
        type="button"
        onClick={clearFilters}
        disabled={topics.length === 0 && hiddenKinds.length === 0}
      >
        Clear filters
      </button>
    </section>
  );
}
