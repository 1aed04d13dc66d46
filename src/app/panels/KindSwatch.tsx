import { KINDS, type KindInfo, type NodeKind } from "../../model/graph/kinds";
import { kindColour } from "../theme/tokens";

const SHAPES: Record<KindInfo["shape"], string> = {
  ellipse: "M8 1a7 7 0 1 0 0.01 0Z",
  pentagon: "M8 1L15 6L12.5 15H3.5L1 6Z",
  "round-rectangle": "M4 2H12A3 3 0 0 1 15 5V11A3 3 0 0 1 12 14H4A3 3 0 0 1 1 11V5A3 3 0 0 1 4 2Z",
  hexagon: "M4.5 2H11.5L15 8L11.5 14H4.5L1 8Z",
  diamond: "M8 1L15 8L8 15L1 8Z",
  "round-triangle": "M8 2L15 14H1Z",
  barrel: "M3 2H13Q16 8 13 14H3Q0 8 3 2Z",
  "round-tag": "M1 3H11L15 8L11 13H1Z",
};

/** The kind's shape and colour, as on the canvas, so the legend matches what is drawn. */
export function KindSwatch({ kind }: { kind: NodeKind }) {
  return (
    <svg className="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        d={SHAPES[KINDS[kind].shape]}
        style={{ fill: kindColour(kind) }}
        strokeLinejoin="round"
      />
    </svg>
  );
}
