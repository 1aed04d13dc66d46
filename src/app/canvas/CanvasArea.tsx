import type { Core } from "cytoscape";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { LayoutProgress } from "../layout/LayoutProgress";
import { useLayout } from "../layout/useLayout";
import { useExplorer } from "../state/useExplorer";
import { CanvasControls } from "./CanvasControls";
import { GraphCanvas } from "./GraphCanvas";
import "./GraphCanvas.css";

interface CanvasAreaProps {
  index: GraphIndex;
  /** Names the region for assistive technology: what it shows right now. */
  label: string;
  onCy: (cy: Core | null) => void;
}

/** The picture's region: the canvas once its nodes have places, how far the layout is, the controls. */
export function CanvasArea({ index, label, onCy }: CanvasAreaProps) {
  const choice = useExplorer((s) => s.layout);
  const { placement, shown } = useLayout(index.graph, choice);
  return (
    <section className="canvas-region" aria-label={label}>
      {shown ? <GraphCanvas index={index} positions={shown} onCy={onCy} /> : null}
      <LayoutProgress placement={placement} nodes={index.graph.nodes.length} />
      {shown ? <CanvasControls /> : null}
    </section>
  );
}
