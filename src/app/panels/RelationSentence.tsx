import type { ReactNode } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { relationSentence, type SentencePart } from "../../model/graph/relationSentence";
import type { GraphEdge } from "../../model/graph/schema";

interface RelationSentenceProps {
  edge: GraphEdge;
  index: GraphIndex;
  /** How an end is shown; by default in bold, except the node the reader is looking at. */
  renderEnd?: (part: Extract<SentencePart, { node: string }>) => ReactNode;
}

/** A relation as the English sentence it says: "Tokayev invites Novák to visit Kazakhstan". */
export function RelationSentence({ edge, index, renderEnd }: RelationSentenceProps) {
  return (
    <>
      {relationSentence(edge, index.node).map((part, i) =>
        "node" in part ? (
          <span key={i}>{renderEnd ? renderEnd(part) : <strong>{part.text}</strong>}</span>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
