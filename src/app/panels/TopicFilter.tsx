import { useId, useMemo } from "react";
import { eventsPerTopic } from "../../model/explore/filter";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { useExplorer } from "../state/useExplorer";
import { FacetSwitch } from "./FacetSwitch";

/** The topics, each with how many meetings raise it; with two or more chosen, how they combine. */
export function TopicFilter({ index }: { index: GraphIndex }) {
  const topics = useExplorer((s) => s.topics);
  const match = useExplorer((s) => s.topicMatch);
  const toggleTopic = useExplorer((s) => s.toggleTopic);
  const matchTopics = useExplorer((s) => s.matchTopics);
  const { graph } = index;
  const topicNodes = useMemo(() => graph.nodes.filter((n) => n.kind === "topic"), [graph]);
  const meetingCounts = useMemo(() => eventsPerTopic(graph), [graph]);
  const matchName = useId();

  return (
    <fieldset>
      <legend>Topics</legend>
      {topics.length > 1 ? (
        <div className="topic-match" role="radiogroup" aria-label="Show meetings that raise">
          <span>Meetings that raise</span>
          {(["any", "all"] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={matchName}
                checked={match === m}
                onChange={() => {
                  matchTopics(m);
                }}
              />
              {m === "any" ? "any of them" : "all of them"}
            </label>
          ))}
        </div>
      ) : null}
      <ul className="facet-list">
        {topicNodes.map((topic) => {
          const count = meetingCounts.get(topic.id) ?? 0;
          return (
            <FacetSwitch
              key={topic.id}
              id={`topic-count-${topic.id}`}
              checked={topics.includes(topic.id)}
              onToggle={() => {
                toggleTopic(topic.id);
              }}
              label={topic.label}
              count={count}
              counted={count === 1 ? "meeting" : "meetings"}
            />
          );
        })}
      </ul>
    </fieldset>
  );
}
