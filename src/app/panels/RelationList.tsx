import { provenanceOf } from "../../model/explore/provenance";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphEdge } from "../../model/graph/schema";
import { EdgeButton } from "./EdgeButton";
import { RelationSentence } from "./RelationSentence";

interface RelationListProps {
  edges: readonly GraphEdge[];
  index: GraphIndex;
  /** The node whose relations these are: named plainly, the others in bold. */
  about?: string;
}

/**
 * Relations, each a sentence that selects it; in a graph of several sources, with how many state it,
 * so that what one outlet alone reports stands out.
 */
export function RelationList({ edges, index, about }: RelationListProps) {
  const sources = index.graph.sources.length > 1 ? provenanceOf(index.graph).edgeSources : null;
  return (
    <ul className="relation-list">
      {edges.map((edge) => {
        const stating = sources?.get(edge.id)?.length;
        return (
          <li key={edge.id}>
            <EdgeButton edge={edge} index={index}>
              <RelationSentence
                edge={edge}
                index={index}
                renderEnd={(end) => (end.node === about ? end.text : <strong>{end.text}</strong>)}
              />
              {stating === undefined ? null : (
                <span className="relation-sources">
                  {" "}
                  · {stating === 1 ? "1 source" : `${stating} sources`}
                </span>
              )}
            </EdgeButton>
          </li>
        );
      })}
    </ul>
  );
}
