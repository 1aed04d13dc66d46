import type { GraphIndex } from "../../model/graph/graphIndex";
import { useExplorer } from "../state/useExplorer";
import type { ExplorerView } from "../view/parameters";
import "./FocusBar.css";

/** While focused: what is shown, a way to widen it, and a way out. */
export function FocusBar({ index }: { index: GraphIndex }) {
  const focus = useExplorer((s) => s.focus);
  const depth = useExplorer((s) => s.depth);
  const setDepth = useExplorer((s) => s.setDepth);
  const leaveFocus = useExplorer((s) => s.leaveFocus);
  if (!focus) return null;
  const label = index.node(focus)?.label ?? focus;

  return (
    <div className="focus-bar" role="group" aria-label="Focus">
      <span>
        Showing {depth === 1 ? "1 step" : "2 steps"} around <strong>{label}</strong>
      </span>
      {([1, 2] as const satisfies readonly ExplorerView["depth"][]).map((d) => (
        <button
          key={d}
          type="button"
          aria-pressed={depth === d}
          onClick={() => {
            setDepth(d);
          }}
        >
          {d === 1 ? "1 step" : "2 steps"}
        </button>
      ))}
      <button type="button" onClick={leaveFocus}>
        Show everything
      </button>
    </div>
  );
}
