import type { Core } from "cytoscape";

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
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHandle;
  }
}

export function attachTestHandle(cy: Core): () => void {
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
  };
  window.__explorer = handle;
  return () => {
    if (window.__explorer === handle) delete window.__explorer;
  };
}
