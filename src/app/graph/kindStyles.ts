import type { NodeKind } from "../../model/graph/kinds";

export interface KindStyle {
  /** Plural, for the legend and the kind filters. */
  name: string;
  /** Cytoscape node shape; every kind has its own so colour is never the only cue. */
  shape:
    | "ellipse"
    | "pentagon"
    | "round-rectangle"
    | "hexagon"
    | "diamond"
    | "round-triangle"
    | "barrel"
    | "round-tag";
  /** At least 4.5:1 against white, so swatches and marks read for everyone. */
  colour: string;
  size: number;
}

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  leader: { name: "Leaders", shape: "ellipse", colour: "#1d4ed8", size: 34 },
  person: { name: "People", shape: "pentagon", colour: "#7e22ce", size: 28 },
  state: { name: "States", shape: "round-rectangle", colour: "#15803d", size: 30 },
  organization: { name: "Organisations", shape: "hexagon", colour: "#0f766e", size: 28 },
  event: { name: "Events and meetings", shape: "diamond", colour: "#c2410c", size: 32 },
  place: { name: "Places", shape: "round-triangle", colour: "#a16207", size: 28 },
  infrastructure: { name: "Infrastructure", shape: "barrel", colour: "#475569", size: 28 },
  topic: { name: "Topics", shape: "round-tag", colour: "#be185d", size: 24 },
};
