import cytoscape, { type Core } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { Positions } from "../../model/layout/layout";
import { storyCore, storyHub } from "../../model/layout/storyRoles";
import { useExplorerStore } from "../state/useExplorer";
import { currentScheme, useColourScheme } from "../theme/colourScheme";
import { prefersReducedMotion } from "../theme/motion";
import { pointsByTouch } from "../theme/pointer";
import type { CanvasDeps } from "./controllers/canvasDeps";
import { attachHoverController } from "./controllers/hoverController";
import { attachKeyboardController } from "./controllers/keyboardController";
import { attachNamingController } from "./controllers/namingController";
import { attachPathController } from "./controllers/pathController";
import { attachResizeController } from "./controllers/resizeController";
import { attachSelectionController } from "./controllers/selectionController";
import { attachTapController } from "./controllers/tapController";
import { attachTestHandle } from "./controllers/testHandle";
import { attachTouchController } from "./controllers/touchController";
import { attachVisibilityController } from "./controllers/visibilityController";
import { moveTo } from "./moveTo";
import { toElements } from "./elements";
import { isLarge } from "./graphSize";
import { createSpotlight } from "./spotlight";
import { drawsByDetail } from "./levelOfDetail";
import { keepEveryElement } from "./presence";
import { attachDetailController } from "./controllers/detailController";
import { spotlightStylesheet, stylesheetFor } from "./stylesheet";
import { PALETTES, type ColourScheme } from "../theme/tokens";

interface GraphCanvasProps {
  index: GraphIndex;
  /** Where every node is drawn; new positions move the nodes there. */
  positions: Positions;
  /** Hears of the Cytoscape instance when it is made, and null when it is gone; must be stable. */
  onCy: (cy: Core | null) => void;
}

/**
 * The canvas: one effect creates the Cytoscape instance and its controllers and destroys them on
 * cleanup (StrictMode runs it twice, which this keeps honest). Everything drawn after that is driven
 * by the controllers from the store; another layout moves the nodes, it does not rebuild them.
 */
export function GraphCanvas({ index, positions, onCy }: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const store = useExplorerStore();
  // The positions the canvas is made with; later ones are moves (below), not a new canvas.
  const [initial] = useState(positions);
  const [cy, setCy] = useState<Core | null>(null);
  const scheme = useColourScheme();
  // The scheme the picture is drawn in, so that only a change of scheme restyles it.
  const drawnIn = useRef<ColourScheme | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    performance.mark("canvas-creating");
    const large = isLarge(index.graph.nodes.length);
    const byDetail = drawsByDetail(index.graph.nodes.length);
    drawnIn.current = currentScheme();
    const elements = toElements(index.graph, initial, {
      core: storyCore(index.graph),
      hub: storyHub(index.graph),
    });
    const instance = cytoscape({
      container,
      elements,
      style: stylesheetFor(index.graph.nodes.length, PALETTES[drawnIn.current]),
      // A large picture pans and zooms as a cached image, its edges drawn again when it settles.
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      // The visibility controller frames the picture at once; fitting here too would measure every
      // element's box (seconds at 5,000 nodes) for nothing.
      layout: { name: "preset", fit: !large },
      autounselectify: true,
      // A grabbed node goes to a drag layer, which sorts every element by depth again when it is
      // let go: 21 ms of each click at 5,000 nodes. A large graph's nodes stay where they are.
      autoungrabify: large,
      boxSelectionEnabled: false,
      minZoom: 0.1,
      maxZoom: 4,
    });
    // A large graph's picture holds only what it draws (presence.ts); by level of detail, the
    // overview starts without relations.
    if (large) keepEveryElement(instance, byDetail);
    performance.mark("canvas-created");
    const deps: CanvasDeps = { cy: instance, store, index, reducedMotion: prefersReducedMotion };
    const spotlight = large
      ? createSpotlight(instance, container, () => spotlightStylesheet(PALETTES[currentScheme()]))
      : undefined;
    const detach = [
      attachTapController(deps),
      attachHoverController(deps),
      // Visibility first: a selection's neighbours must be shown before the camera frames them.
      attachVisibilityController(deps),
      attachSelectionController(deps, spotlight),
      attachPathController(deps),
      // A large graph's stylesheet names nodes by zoom itself (min-zoomed-font-size), without
      // restyling thousands of nodes at once.
      ...(large ? [] : [attachNamingController(deps)]),
      attachResizeController(deps, container),
      attachKeyboardController(deps, container),
      attachTestHandle(instance, spotlight),
      ...(byDetail ? [attachDetailController(instance)] : []),
      ...(pointsByTouch() ? [attachTouchController(deps, container)] : []),
    ];
    instance.one("render", () => {
      container.dataset.ready = "true";
      performance.mark("graph-drawn");
    });
    setCy(instance);
    onCy(instance);
    return () => {
      onCy(null);
      setCy(null);
      for (const off of detach) off();
      spotlight?.destroy();
      delete container.dataset.ready;
      instance.destroy();
    };
  }, [index, store, onCy, initial]);

  // Another scheme restyles the same elements (their classes, and so what they show, stay); the
  // scheme it was made in does not, which would restyle a large graph once more at start-up.
  useEffect(() => {
    if (!cy || drawnIn.current === scheme) return;
    drawnIn.current = scheme;
    cy.style(stylesheetFor(index.graph.nodes.length, PALETTES[scheme]));
  }, [cy, scheme, index]);

  useEffect(() => {
    if (cy && positions !== initial) moveTo(cy, positions, prefersReducedMotion());
  }, [cy, positions, initial]);

  return (
    <>
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
      {/* Read out with the canvas; shown while the keyboard is on the canvas (GraphCanvas.css). */}
      <p id="canvas-keys" className="canvas-keys visually-hidden">
        <span>
          <kbd>←</kbd> <kbd>↑</kbd> <kbd>→</kbd> <kbd>↓</kbd> move between nodes,{" "}
        </span>
        <span>
          <kbd>R</kbd> goes through a node’s relations, <kbd>Enter</kbd> selects,{" "}
        </span>
        <span>
          <kbd>Esc</kbd> clears, <kbd>+</kbd> <kbd>−</kbd> zoom, <kbd>0</kbd> fits the picture.
        </span>
        <span className="visually-hidden">
          {" "}
          On a touch screen, tap to select and move the picture with two fingers. The same graph is
          listed as text in “The graph as a list”.
        </span>
      </p>
    </>
  );
}
