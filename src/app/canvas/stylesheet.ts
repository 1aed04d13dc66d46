import type { StylesheetJson } from "cytoscape";
import {
  KINDS,
  NODE_KINDS,
  RELATION_FAMILIES,
  RELATION_FAMILY_NAMES,
  type RelationFamily,
} from "../../model/graph/kinds";
import type { Palette } from "../theme/tokens";
import { LABEL_FONT } from "../../model/layout/labelBox";
import { CORROBORATION_LEVELS } from "./corroboration";
import { isLarge } from "./graphSize";

/** How wide each family's line is: a double line needs the room to show two; the setting is quietest. */
const LINE_WIDTH: Record<RelationFamily, number> = {
  takes_part: 1.5,
  discusses: 1.5,
  heads: 1.5,
  invitation: 1.5,
  partnership: 3,
  setting: 1.2,
};

/** The picture's styles in a palette; a new scheme restyles the same elements. */
const base = ({ tokens: TOKENS, kinds, relations }: Palette): StylesheetJson => [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-family": "system-ui, sans-serif",
      "font-size": LABEL_FONT.rest,
      color: TOKENS.ink,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "140px",
      "text-background-color": TOKENS.surface,
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
      "text-background-shape": "roundrectangle",
      "min-zoomed-font-size": 6,
      "border-width": 2,
      "border-color": TOKENS.surface,
    },
  },
  {
    // The story's core (host, meetings, counterparts) is named larger, and at every size.
    selector: "node.core",
    style: {
      "font-size": LABEL_FONT.core,
      "text-max-width": `${Math.round((140 * LABEL_FONT.core) / LABEL_FONT.rest)}px`,
    },
  },
  // Named again as the reader zooms in (namingController).
  { selector: "node.unnamed", style: { label: "" } },
  ...NODE_KINDS.map((kind) => ({
    selector: `node.${kind}`,
    style: {
      shape: KINDS[kind].shape,
      "background-color": kinds[kind],
      width: KINDS[kind].size,
      height: KINDS[kind].size,
    },
  })),
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": TOKENS.edge,
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      "target-arrow-color": TOKENS.edge,
      "arrow-scale": 0.8,
      "font-size": 14,
      color: TOKENS.ink,
      "text-rotation": "autorotate",
      "text-background-color": TOKENS.surface,
      "text-background-opacity": 0.9,
      "text-background-padding": "2px",
    },
  },
  // Each family of relations its colour, line and arrow, so that no relation is told by colour alone.
  ...RELATION_FAMILY_NAMES.map((family) => ({
    selector: `edge.${family}`,
    style: {
      "line-color": relations[family],
      "target-arrow-color": relations[family],
      "line-style": RELATION_FAMILIES[family].line,
      "target-arrow-shape": RELATION_FAMILIES[family].arrow,
      width: LINE_WIDTH[family],
    },
  })),
  { selector: ".hidden", style: { display: "none" } },
  { selector: ".faded", style: { opacity: 0.22 } },
  { selector: ".dim", style: { opacity: 0.15 } },
  // A lit relation keeps its family's look, only stronger.
  { selector: "edge.lit, edge.neighbour", style: { width: 2.5 } },
  { selector: "edge.partnership.lit, edge.partnership.neighbour", style: { width: 4 } },
  // A relation several sources state is drawn wider, lit or not, by one step for each source.
  ...CORROBORATION_LEVELS.flatMap((n) => [
    { selector: `edge.corroborated-${n}`, style: { width: 1.5 + 1.5 * (n - 1) } },
    { selector: `edge.partnership.corroborated-${n}`, style: { width: 3 + 1.5 * (n - 1) } },
  ]),
  { selector: "edge.neighbour, edge.lit", style: { label: "data(label)", "z-index": 5 } },
  {
    // Not bold: Cytoscape measures labels once, and a bolder label would be clipped.
    selector: "node.selected",
    style: {
      "border-width": 5,
      "border-color": TOKENS.selection,
      "z-index": 10,
      "text-background-color": TOKENS.selectionSoft,
      "text-background-opacity": 1,
    },
  },
  {
    selector: "edge.selected",
    style: {
      width: 5,
      "line-color": TOKENS.selection,
      "target-arrow-color": TOKENS.selection,
      "line-style": "solid",
      label: "data(label)",
      "z-index": 10,
    },
  },
  { selector: "node.end", style: { "border-width": 4, "border-color": TOKENS.selection } },
  {
    selector: "node.keyboard",
    style: {
      "underlay-color": TOKENS.focusRing,
      "underlay-opacity": 0.5,
      "underlay-padding": 9,
      "underlay-shape": "ellipse",
    },
  },
  {
    selector: "edge.keyboard",
    style: {
      "underlay-color": TOKENS.focusRing,
      "underlay-opacity": 0.5,
      "underlay-padding": 6,
      label: "data(label)",
      "z-index": 12,
    },
  },
  { selector: ".off-path", style: { opacity: 0.2 } },
  {
    selector: "edge.on-path",
    style: {
      width: 4,
      "line-color": TOKENS.path,
      "target-arrow-color": TOKENS.path,
      label: "data(label)",
      "z-index": 8,
    },
  },
  { selector: "node.on-path", style: { "border-width": 4, "border-color": TOKENS.path } },
];

/** Leaner drawing for large graphs: the cost of each element is what a big picture multiplies. */
const lean: StylesheetJson = [
  {
    selector: "node",
    style: { "text-background-opacity": 0, "min-zoomed-font-size": 12, "border-width": 0 },
  },
  {
    selector: "edge",
    style: { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none" },
  },
];

/**
 * Under a large graph's veil, what is looked at is drawn again above it (spotlight.ts), so the
 * picture beneath keeps one depth for everything: a mark that raised an element (a selected node,
 * its relations) would have Cytoscape sort every element by depth again, 10 ms of a click at 5,000
 * nodes.
 */
const oneDepth: StylesheetJson = [{ selector: "node, edge", style: { "z-index": 0 } }];

interface Sheets {
  small?: StylesheetJson;
  large?: StylesheetJson;
  spotlight?: StylesheetJson;
}
const made = new WeakMap<Palette, Sheets>();

/** The same array each time for the same palette, so that a picture can tell it has it already. */
function sheetsOf(palette: Palette): Sheets {
  const sheets = made.get(palette) ?? {};
  made.set(palette, sheets);
  return sheets;
}

/** The stylesheet for a graph of this size in a palette. */
export function stylesheetFor(nodeCount: number, palette: Palette): StylesheetJson {
  const sheets = sheetsOf(palette);
  if (isLarge(nodeCount)) return (sheets.large ??= [...base(palette), ...lean, ...oneDepth]);
  return (sheets.small ??= base(palette));
}

/** The stylesheet of a large graph's spotlight: the large graph's, marks drawn above the rest. */
export function spotlightStylesheet(palette: Palette): StylesheetJson {
  return (sheetsOf(palette).spotlight ??= [...base(palette), ...lean]);
}
