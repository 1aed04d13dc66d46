import type { GraphIndex } from "../../model/graph/graphIndex";
import { KINDS, NODE_KINDS } from "../../model/graph/kinds";
import { shownFor } from "../state/derived";
import { useExplorer } from "../state/useExplorer";
import { FacetSwitch } from "./FacetSwitch";
import { KindSwatch } from "./KindSwatch";

/**
 * The kinds, each a switch that doubles as the legend, with how many of it are on screen now (the
 * filters, the focus and what the selection brings along, all counted).
 */
export function KindFilter({ index }: { index: GraphIndex }) {
  const hiddenKinds = useExplorer((s) => s.hiddenKinds);
  const toggleKind = useExplorer((s) => s.toggleKind);
  // A string, so that a change that moves no count re-renders nothing.
  const counts = useExplorer((s) => {
    const shown = shownFor(index, s);
    const byKind = new Map<string, number>();
    for (const id of shown.nodes) {
      const kind = index.node(id)?.kind;
      if (kind) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    return NODE_KINDS.map((k) => byKind.get(k) ?? 0).join(",");
  });
  const countOf = (i: number) => Number(counts.split(",")[i] ?? 0);

  return (
    <fieldset>
      <legend>Kinds</legend>
      <ul className="facet-list">
        {NODE_KINDS.map((kind, i) => (
          <FacetSwitch
            key={kind}
            id={`kind-count-${kind}`}
            checked={!hiddenKinds.includes(kind)}
            onToggle={() => {
              toggleKind(kind);
            }}
            swatch={<KindSwatch kind={kind} />}
            label={KINDS[kind].plural}
            count={countOf(i)}
            counted="shown"
          />
        ))}
      </ul>
    </fieldset>
  );
}
