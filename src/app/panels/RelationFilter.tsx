import type { GraphIndex } from "../../model/graph/graphIndex";
import { familyOf, RELATION_FAMILIES, RELATION_FAMILY_NAMES } from "../../model/graph/kinds";
import { shownFor } from "../state/derived";
import { useExplorer } from "../state/useExplorer";
import { FacetSwitch } from "./FacetSwitch";
import { RelationSwatch } from "./RelationSwatch";

/**
 * The families of relations, each a switch drawn as the canvas draws its lines (so it is the
 * legend too), with how many of it are on screen now. Only families the graph has are listed.
 */
export function RelationFilter({ index }: { index: GraphIndex }) {
  const hidden = useExplorer((s) => s.hiddenRelations);
  const toggle = useExplorer((s) => s.toggleRelationFamily);
  // A string, so that a change that moves no count re-renders nothing.
  const counts = useExplorer((s) => {
    const byFamily = new Map<string, number>();
    for (const id of shownFor(index, s).edges) {
      const edge = index.edge(id);
      if (edge) byFamily.set(familyOf(edge.type), (byFamily.get(familyOf(edge.type)) ?? 0) + 1);
    }
    return RELATION_FAMILY_NAMES.map((f) => byFamily.get(f) ?? 0).join(",");
  });
  const present = new Set(index.graph.edges.map((e) => familyOf(e.type)));
  const countOf = (i: number) => Number(counts.split(",")[i] ?? 0);

  return (
    <fieldset>
      <legend>Relations</legend>
      <ul className="facet-list">
        {RELATION_FAMILY_NAMES.map((family, i) =>
          present.has(family) || hidden.includes(family) ? (
            <FacetSwitch
              key={family}
              id={`relation-count-${family}`}
              checked={!hidden.includes(family)}
              onToggle={() => {
                toggle(family);
              }}
              swatch={<RelationSwatch family={family} />}
              label={RELATION_FAMILIES[family].label}
              count={countOf(i)}
              counted="shown"
            />
          ) : null,
        )}
      </ul>
    </fieldset>
  );
}
