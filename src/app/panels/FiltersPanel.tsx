import type { GraphIndex } from "../../model/graph/graphIndex";
import { useExplorer } from "../state/useExplorer";
import { KindFilter } from "./KindFilter";
import { RelationFilter } from "./RelationFilter";
import { TopicFilter } from "./TopicFilter";
import "./FiltersPanel.css";

/** Topic filters with how many meetings raise each; kind and relation filters that double as the legend. */
export function FiltersPanel({ index }: { index: GraphIndex }) {
  const filtering = useExplorer(
    (s) => s.topics.length > 0 || s.hiddenKinds.length > 0 || s.hiddenRelations.length > 0,
  );
  const clearFilters = useExplorer((s) => s.clearFilters);
  return (
    <section id="filters" tabIndex={-1} className="panel filters" aria-label="Filters">
      <TopicFilter index={index} />
      <KindFilter index={index} />
      <RelationFilter index={index} />
      <button type="button" onClick={clearFilters} disabled={!filtering}>
        Clear filters
      </button>
    </section>
  );
}
