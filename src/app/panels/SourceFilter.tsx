import { useId, useMemo } from "react";
import { provenanceOf, type Publisher } from "../../model/explore/provenance";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { Source } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";
import { FacetSwitch } from "./FacetSwitch";
import { MOST_SOURCES_DRAWN } from "../canvas/corroboration";

/** How many relations each source states, and each publisher's articles together. */
function relationsStated(index: GraphIndex) {
  const { edgeSources, publisherOf } = provenanceOf(index.graph);
  const bySource = new Map<string, number>();
  const byPublisher = new Map<string, number>();
  for (const sources of edgeSources.values()) {
    const publishers = new Set<string>();
    for (const id of sources) {
      bySource.set(id, (bySource.get(id) ?? 0) + 1);
      const publisher = publisherOf(id);
      if (publisher !== undefined) publishers.add(publisher);
    }
    for (const p of publishers) byPublisher.set(p, (byPublisher.get(p) ?? 0) + 1);
  }
  return { bySource, byPublisher };
}

const relations = (n: number) => (n === 1 ? "relation stated" : "relations stated");

/**
 * The Sources facet of a graph of several articles: keep only what at least N sources state, and
 * switch off a publisher or one article, each with how many relations it states. The wider lines on
 * the canvas are explained here, as this is where their number is chosen.
 */
export function SourceFilter({ index }: { index: GraphIndex }) {
  const minSources = useExplorer((s) => s.minSources);
  const hiddenSources = useExplorer((s) => s.hiddenSources);
  const hiddenPublishers = useExplorer((s) => s.hiddenPublishers);
  const requireSources = useExplorer((s) => s.requireSources);
  const toggleSource = useExplorer((s) => s.toggleSource);
  const togglePublisher = useExplorer((s) => s.togglePublisher);
  const counts = useMemo(() => relationsStated(index), [index]);
  const { publishers } = provenanceOf(index.graph);
  const leastId = useId();
  const sources = index.graph.sources;
  if (sources.length < 2) return null;
  const unpublished = sources.filter((s) => !s.publisher);

  const articleSwitch = (source: Source, publisherHidden: boolean) => (
    <FacetSwitch
      key={source.id}
      id={`source-count-${source.id}`}
      checked={!publisherHidden && !hiddenSources.includes(source.id)}
      disabled={publisherHidden}
      onToggle={() => {
        toggleSource(source.id);
      }}
      label={
        <span className="source-title" title={source.title}>
          {source.title}
        </span>
      }
      count={counts.bySource.get(source.id) ?? 0}
      counted={relations(counts.bySource.get(source.id) ?? 0)}
    />
  );
  const publisherRows = (publisher: Publisher) => {
    const hidden = hiddenPublishers.includes(publisher.id);
    const count = counts.byPublisher.get(publisher.id) ?? 0;
    return (
      <li key={publisher.id} className="publisher">
        <ul className="facet-list">
          <FacetSwitch
            id={`publisher-count-${publisher.id}`}
            checked={!hidden}
            onToggle={() => {
              togglePublisher(publisher.id);
            }}
            label={<strong>{publisher.name}</strong>}
            count={count}
            counted={relations(count)}
          />
        </ul>
        <details className="publisher-articles">
          <summary>
            {publisher.sources.length === 1 ? "1 article" : `${publisher.sources.length} articles`}
          </summary>
          <ul className="facet-list">{publisher.sources.map((s) => articleSwitch(s, hidden))}</ul>
        </details>
      </li>
    );
  };

  return (
    <fieldset className="source-filter">
      <legend>Sources</legend>
      <p className="least-sources">
        <label htmlFor={leastId}>Stated by at least</label>{" "}
        <select
          id={leastId}
          value={minSources}
          onChange={(event) => {
            requireSources(Number(event.target.value));
          }}
        >
          {Array.from({ length: Math.min(sources.length, 9) }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>{" "}
        {minSources === 1 ? "source" : "sources"}
      </p>
      <p className="facet-hint">
        A line is wider for each source that states it (up to {MOST_SOURCES_DRAWN}).
      </p>
      <ul className="facet-list publishers">
        {publishers.map(publisherRows)}
        {unpublished.map((s) => articleSwitch(s, false))}
      </ul>
    </fieldset>
  );
}
