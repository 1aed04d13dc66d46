import { RELATION_FAMILIES, type RelationFamily } from "../../model/graph/kinds";
import { relationColour } from "../theme/tokens";

const DASHES = { solid: undefined, dotted: "1.5 3", dashed: "6 3", double: undefined } as const;

/** A family's line as the canvas draws it (colour, dots or dashes, a double line), for the legend. */
export function RelationSwatch({ family }: { family: RelationFamily }) {
  const { line } = RELATION_FAMILIES[family];
  const stroke = relationColour(family);
  return (
    <svg className="swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">
      {line === "double" ? (
        <>
          <line x1="1" y1="4" x2="23" y2="4" style={{ stroke }} strokeWidth="1.6" />
          <line x1="1" y1="8" x2="23" y2="8" style={{ stroke }} strokeWidth="1.6" />
        </>
      ) : (
        <line
          x1="1"
          y1="6"
          x2="23"
          y2="6"
          style={{ stroke }}
          strokeWidth="2.2"
          strokeDasharray={DASHES[line]}
          strokeLinecap="round"
        />
      )}
    </svg>
  );
}
