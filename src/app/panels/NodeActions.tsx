import { useId, useState } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphNode } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";

/** What a reader can do from a node: look at its neighbourhood, or ask how it connects. */
export function NodeActions({ node, index }: { node: GraphNode; index: GraphIndex }) {
  const focus = useExplorer((s) => s.focus);
  const focusOn = useExplorer((s) => s.focusOn);
  const showPath = useExplorer((s) => s.showPath);
  const selectId = useId();
  // The list of every other node is built when the reader goes to the menu, not on every selection.
  const [wanted, setWanted] = useState(false);
  const others = wanted
    ? index.graph.nodes
        .filter((n) => n.id !== node.id)
        .sort((a, b) => a.label.localeCompare(b.label, "en"))
    : [];

  return (
    <div className="node-actions">
      <button
        type="button"
        disabled={focus === node.id}
        onClick={() => {
          focusOn(node.id);
        }}
      >
        Focus on its neighbours
      </button>
      <label htmlFor={selectId}>How is it connected to</label>
      <select
        id={selectId}
        value=""
        onFocus={() => {
          setWanted(true);
        }}
        onPointerDown={() => {
          setWanted(true);
        }}
        onChange={(event) => {
          if (event.target.value) showPath(node.id, event.target.value);
        }}
      >
        <option value="">choose a node…</option>
        {others.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
    </div>
  );
}
