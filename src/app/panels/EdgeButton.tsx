import type { ReactNode } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphEdge } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";
import { RelationSentence } from "./RelationSentence";

interface EdgeButtonProps {
  edge: GraphEdge;
  index: GraphIndex;
  /** What the button says; by default the relation read out as a sentence. */
  children?: ReactNode;
}

/** A relation as a button that selects it. */
export function EdgeButton({ edge, index, children }: EdgeButtonProps) {
  const selectEdge = useExplorer((s) => s.selectEdge);
  return (
    <button
      type="button"
      className="relation-button"
      onClick={() => {
        selectEdge(edge.id);
      }}
    >
      {children ?? <RelationSentence edge={edge} index={index} />}
    </button>
  );
}
