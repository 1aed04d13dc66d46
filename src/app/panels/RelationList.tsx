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

/** Relations, each a sentence that selects it. */
export function RelationList({ edges, index, about }: RelationListProps) {
  return (
    <ul className="relation-list">
      {edges.map((edge) => (
        <li key={edge.id}>
          <EdgeButton edge={edge} index={index}>
            <RelationSentence
              edge={edge}
              index={index}
              renderEnd={(end) => (end.node === about ? end.text : <strong>{end.text}</strong>)}
            />
          </EdgeButton>
        </li>
      ))}
    </ul>
  );
}
