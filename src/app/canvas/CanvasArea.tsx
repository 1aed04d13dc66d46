import type { Core } from "cytoscape";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { LayoutProgress } from "../layout/LayoutProgress";
import { useLayout } from "../layout/useLayout";
import { shownCounts } from "../state/derived";
import { useExplorer } from "../state/useExplorer";
import { CanvasControls } from "./CanvasControls";
import { GraphCanvas } from "./GraphCanvas";
import "./GraphCanvas.css";

interface CanvasAreaProps {
  index: GraphIndex;
  onCy: (cy: Core | null) => void;
}

/**
 * The picture's region, named for assistive technology by what it shows right now: the canvas once
 * its nodes have places, how far the layout is, the controls.
 */
export function CanvasArea({ index, onCy }: CanvasAreaProps) {
  const choice = useExplorer((s) => s.layout);
  // A string, so that a selection that changes nothing shown re-renders nothing here.
  const label = useExplorer((s) => {
    const shown = shownCounts(index, s);
    return `Graph: ${shown.nodes} nodes, ${shown.edges} relations shown`;
  });
  const { placement, shown } = useLayout(index.graph, choice);
  return (
    <section className="canvas-region" aria-label={label}>
      {shown ? <GraphCanvas index={index} positions={shown} onCy={onCy} /> : null}
      <LayoutProgress placement={placement} nodes={index.graph.nodes.length} />
      {shown ? <CanvasControls /> : null}
    </section>
  );
}
