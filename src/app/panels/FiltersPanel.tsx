import { lazy, Suspense } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { useExplorer } from "../state/useExplorer";
import { filtersOn } from "../state/filterSlice";
import { DateFilter } from "./DateFilter";
import { KindFilter } from "./KindFilter";
import { RelationFilter } from "./RelationFilter";
import { TopicFilter } from "./TopicFilter";
import "./FiltersPanel.css";

// A graph of one article has no Sources facet, so it is loaded for a corpus only.
const SourceFilter = lazy(() =>
  import("./SourceFilter").then((m) => ({ default: m.SourceFilter })),
);

/**
 * Topic filters with how many meetings raise each; kind and relation filters that double as the
 * legend; for a corpus, meetings by date and the sources.
 */
export function FiltersPanel({ index }: { index: GraphIndex }) {
  const filtering = useExplorer(filtersOn);
  const clearFilters = useExplorer((s) => s.clearFilters);
  return (
    <section id="filters" tabIndex={-1} className="panel filters" aria-label="Filters">
      <TopicFilter index={index} />
      <KindFilter index={index} />
      <RelationFilter index={index} />
      <DateFilter index={index} />
      {index.graph.sources.length > 1 ? (
        <Suspense fallback={null}>
          <SourceFilter index={index} />
        </Suspense>
      ) : null}
      <button type="button" onClick={clearFilters} disabled={!filtering}>
        Clear filters
      </button>
    </section>
  );
}
