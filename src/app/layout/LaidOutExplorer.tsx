import { graphTitle } from "../../model/graph/describe";
import { count } from "../../model/text/quote";
import type { Graph } from "../../model/graph/schema";
import { AppHeader } from "../AppHeader";
import { Explorer } from "../Explorer";
import { useLaidOutGraph } from "./useLaidOutGraph";

/** The explorer, once every node has its place; until then, how far the layout has come. */
export function LaidOutExplorer({ graph }: { graph: Graph }) {
  const laidOut = useLaidOutGraph(graph);
  if (laidOut.status === "ready") return <Explorer graph={laidOut.graph} />;
  const percent =
    laidOut.status === "running" ? Math.floor((100 * laidOut.done) / laidOut.total) : 0;
  return (
    <>
      <AppHeader title={graphTitle(graph)} />
      <main>
        {laidOut.status === "running" ? (
          <div className="load-state" role="status">
            <label>
              Laying out {count(graph.nodes.length)} nodes… {percent}%{" "}
              <progress value={laidOut.done} max={laidOut.total} />
            </label>
          </div>
        ) : (
          <div className="load-state failure" role="alert">
            <h2>The graph could not be laid out.</h2>
            <p>{laidOut.message}</p>
          </div>
        )}
      </main>
    </>
  );
}
