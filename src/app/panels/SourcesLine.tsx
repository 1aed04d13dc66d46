import type { GraphIndex } from "../../model/graph/graphIndex";
import type { Span } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";

interface SourcesLineProps {
  index: GraphIndex;
  /** "Stated", "Mentioned": what the sources do. */
  verb: string;
  /** The element's spans (evidence or mentions) and, for an event, its account. */
  spans: readonly Span[];
  account?: readonly string[];
}

/**
 * How many of the graph's sources state a fact, and which: each a button that opens the article panel
 * on that source, at its first sentence about the fact. Said only when the graph has several sources.
 */
export function SourcesLine({ index, verb, spans, account = [] }: SourcesLineProps) {
  const readPassage = useExplorer((s) => s.readPassage);
  const all = index.graph.sources.length;
  if (all < 2) return null;
  const firstIn = new Map<string, string>();
  for (const passageId of [...spans.map((s) => s.passage), ...account]) {
    const source = index.passage(passageId)?.source;
    if (source !== undefined && !firstIn.has(source)) firstIn.set(source, passageId);
  }
  const stating = index.graph.sources.filter((s) => firstIn.has(s.id));
  return (
    <div className="sources-line">
      <p>
        {verb} by <strong>{stating.length}</strong> of {all} sources:
      </p>
      <ul>
        {stating.map((source) => (
          <li key={source.id}>
            <button
              type="button"
              className="source-chip"
              title={source.title}
              onClick={() => {
                const passage = firstIn.get(source.id);
                if (passage) readPassage(passage);
              }}
            >
              {source.publisher ?? source.title}
              {source.date ? <span className="source-chip-date"> · {source.date}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
