import type { ReactNode } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphEdge } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";

interface EdgeButtonProps {
  edge: GraphEdge;
  index: GraphIndex;
  /** What the button says; by default the relation read out, source to target. */
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
      {children ?? (
        <>
          <strong>{index.labelOf(edge.source)}</strong> {edge.label}{" "}
          <strong>{index.labelOf(edge.target)}</strong>
        </>
      )}
    </button>
  );
}
