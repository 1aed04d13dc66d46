import cytoscape from "cytoscape";
import { useEffect, useRef } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { attachHoverController } from "./controllers/hoverController";
import { attachKeyboardController } from "./controllers/keyboardController";
import { attachPathController } from "./controllers/pathController";
import { attachResizeController } from "./controllers/resizeController";
import { attachSelectionController } from "./controllers/selectionController";
import { attachTapController } from "./controllers/tapController";
import { attachTestHandle } from "./controllers/testHandle";
import { attachVisibilityController } from "./controllers/visibilityController";
import { allPositioned, toElements } from "./elements";
import { isLarge } from "./graphSize";
import { stylesheetFor } from "./stylesheet";

interface GraphCanvasProps {
  index: GraphIndex;
  /** Names the canvas for assistive technology: what it shows right now. */
  label: string;
}

/**
 * The canvas: one effect creates the Cytoscape instance and its controllers and destroys them on
 * cleanup (StrictMode runs it twice, which this keeps honest). Everything drawn after that is driven
 * by the controllers from the store.
 */
export function GraphCanvas({ index, label }: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    performance.mark("canvas-creating");
    const large = isLarge(index.graph.nodes.length);
    const cy = cytoscape({
      container,
      elements: toElements(index.graph),
      style: stylesheetFor(index.graph.nodes.length),
      // A large picture pans and zooms as a cached image, its edges drawn again when it settles.
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      // Positions come with the graph, so no layout runs here; the fallback is deterministic.
      layout: allPositioned(index.graph) ? { name: "preset" } : { name: "concentric" },
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.1,
      maxZoom: 4,
    });
    performance.mark("canvas-created");
    const detach = [
      attachTapController(cy),
      attachHoverController(cy),
      attachSelectionController(cy),
      attachVisibilityController(cy, index),
      attachPathController(cy, index),
      attachResizeController(cy, container),
      attachKeyboardController(cy, container, index),
      attachTestHandle(cy),
    ];
    cy.one("render", () => {
      container.dataset.ready = "true";
      performance.mark("graph-drawn");
    });
    return () => {
      for (const off of detach) off();
      delete container.dataset.ready;
      cy.destroy();
    };
  }, [index]);

  return (
    <section className="canvas-region" aria-label={label}>
      <div
        ref={containerRef}
        id="graph-canvas"
        className="canvas"
        data-testid="graph-canvas"
        tabIndex={0}
        role="application"
        aria-label="Graph canvas"
        aria-describedby="canvas-keys"
      />
      <p id="canvas-keys" className="visually-hidden">
        Arrow keys move between nodes, Enter selects, Escape clears, plus and minus zoom, 0 fits the
        picture. The same graph is listed as text in “The graph as a list”.
      </p>
    </section>
  );
}
