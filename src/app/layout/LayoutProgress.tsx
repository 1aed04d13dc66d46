import { count } from "../../model/text/quote";
import type { Placement } from "./useLayout";

/** How far laying out the graph has come, or why it could not be done. */
export function LayoutProgress({ placement, nodes }: { placement: Placement; nodes: number }) {
  if (placement.status === "placed") return null;
  if (placement.status === "failed") {
    return (
      <div className="layout-progress failure" role="alert">
        The graph could not be laid out: {placement.message}
      </div>
    );
  }
  const percent = Math.floor((100 * placement.done) / placement.total);
  return (
    <div className="layout-progress" role="status">
      <label>
        Laying out {count(nodes)} nodes… {percent}%{" "}
        <progress value={placement.done} max={placement.total} />
      </label>
    </div>
  );
}
