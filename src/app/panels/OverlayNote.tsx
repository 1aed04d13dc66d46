import type { GraphIndex } from "../../model/graph/graphIndex";
import { overlayFor } from "../state/derived";
import { useExplorer } from "../state/useExplorer";
import "./OverlayNote.css";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Says so when the picture shows more than the filters and the focus would: what is selected, and
 * its relations, are never hidden, and a reader should know why they are there.
 */
export function OverlayNote({ index }: { index: GraphIndex }) {
  const note = useExplorer((s) => {
    const extra = overlayFor(index, s);
    if (extra.nodes.size === 0 && extra.edges.size === 0) return "";
    const what = s.node
      ? index.labelOf(s.node)
      : s.edge
        ? "the selected relation"
        : "the connection";
    const parts = [
      extra.nodes.size > 0 ? plural(extra.nodes.size, "node", "nodes") : "",
      extra.edges.size > 0 ? plural(extra.edges.size, "relation", "relations") : "",
    ].filter(Boolean);
    return `Showing ${parts.join(" and ")} that the filters would hide, for ${what}.`;
  });
  if (!note) return null;
  return (
    <p className="overlay-note" role="note">
      {note}
    </p>
  );
}
