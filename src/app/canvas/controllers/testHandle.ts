import type { Core } from "cytoscape";
import type { Spotlight } from "../spotlight";

/**
 * A deliberate, read-only handle for end-to-end tests and benchmarks: where things are drawn (in
 * pixels from the canvas's top-left corner) and what is shown. Tests click where a person would.
 */
export interface ExplorerTestHandle {
  nodePosition(id: string): { x: number; y: number } | null;
  edgeMidpoint(id: string): { x: number; y: number } | null;
  visibleNodes(): string[];
  visibleEdges(): string[];
  /** The classes an element is drawn with (selected, on-path, hidden, ...). */
  classes(id: string): string[];
  zoom(): number;
  pan(): { x: number; y: number };
  /** How many elements are dimmed, as outside what is being looked at. */
  fadedCount(): number;
  /** How many elements a large graph's spotlight draws above its veil. */
  spotlitCount(): number;
  /** How large a node's label is drawn, in CSS pixels; null when it is too small to be drawn. */
  labelPx(id: string): number | null;
  /** How a relation's line is drawn: its colour, style (solid, dotted…), arrowhead and width. */
  edgeLook(id: string): { colour: string; line: string; arrow: string; width: number } | null;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHandle;
  }
}

export function attachTestHandle(cy: Core, spotlight?: Spotlight): () => void {
  const handle: ExplorerTestHandle = {
    nodePosition: (id) => {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() ? node.renderedPosition() : null;
    },
    edgeMidpoint: (id) => {
      const edge = cy.getElementById(id);
      return edge.nonempty() && edge.isEdge() ? edge.renderedMidpoint() : null;
    },
    visibleNodes: () => cy.nodes(":visible").map((n) => n.id()),
    visibleEdges: () => cy.edges(":visible").map((e) => e.id()),
    classes: (id) => cy.getElementById(id).classes(),
    zoom: () => cy.zoom(),
    pan: () => cy.pan(),
    fadedCount: () => cy.$(".faded").length + (spotlight?.veiled() ?? 0),
    spotlitCount: () => spotlight?.spotlit() ?? 0,
    labelPx: (id) => {
      const node = cy.getElementById(id);
      if (node.empty() || !node.visible() || node.hasClass("unnamed")) return null;
      const px = parseFloat(String(node.renderedStyle("font-size")));
      const least = parseFloat(String(node.style("min-zoomed-font-size")));
      return px >= least ? px : null;
    },
    edgeLook: (id) => {
      const edge = cy.getElementById(id);
      if (edge.empty() || !edge.isEdge()) return null;
      return {
        colour: String(edge.style("line-color")),
        line: String(edge.style("line-style")),
        arrow: String(edge.style("target-arrow-shape")),
        width: parseFloat(String(edge.style("width"))),
      };
    },
  };
  window.__explorer = handle;
  return () => {
    if (window.__explorer === handle) delete window.__explorer;
  };
}
