import { useEffect, useState } from "react";
import type { Graph } from "../../model/graph/schema";
import { DEFAULT_SEED, isPositioned, runLayout, withPositions } from "../../model/layout/layout";
import workerUrl from "./layout.worker.ts?worker&url";
import type { LayoutReply, LayoutRequest } from "./layoutMessages";
import { startWorker } from "./trustedWorker";

/**
 * Up to this many nodes a layout takes a few tens of milliseconds and runs in the page; past it, in
 * a worker, so that the page keeps answering while it runs.
 */
export const INLINE_LAYOUT_MAX_NODES = 60;

export type LaidOut =
  | { status: "ready"; graph: Graph }
  | { status: "running"; done: number; total: number }
  | { status: "failed"; message: string };

const inputOf = (graph: Graph) => ({
  nodes: graph.nodes.map(({ id, label, kind }) => ({ id, label, kind })),
  edges: graph.edges.map(({ source, target, type }) => ({ source, target, type })),
});

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Lays a small graph out in the page; the layout code is loaded only for a graph that needs it. */
async function layOutHere(graph: Graph): Promise<LaidOut> {
  const { forceLayout } = await import("../../model/layout/forceLayout");
  return { status: "ready", graph: withPositions(graph, runLayout(inputOf(graph), forceLayout)) };
}

/** Lays a graph out in a worker, telling how far it is; returns how to stop it. */
function layOutInWorker(graph: Graph, tell: (state: LaidOut) => void): () => void {
  const worker = startWorker(workerUrl);
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type === "progress")
      tell({ status: "running", done: reply.done, total: reply.total });
    else if (reply.type === "failed") tell({ status: "failed", message: reply.message });
    else {
      const positions = new Map(reply.positions.map(([id, x, y]) => [id, { x, y }]));
      tell({ status: "ready", graph: withPositions(graph, positions) });
    }
  };
  worker.onerror = (event) => {
    tell({ status: "failed", message: event.message });
  };
  const request: LayoutRequest = { input: inputOf(graph), seed: DEFAULT_SEED };
  worker.postMessage(request);
  return () => {
    worker.terminate();
  };
}

/** The graph with every node placed: as given, laid out here, or laid out in a worker with progress. */
export function useLaidOutGraph(graph: Graph): LaidOut {
  const positioned = isPositioned(graph);
  const [result, setResult] = useState<{ graph: Graph; state: LaidOut } | null>(null);

  useEffect(() => {
    if (positioned) return;
    const tell = (state: LaidOut) => {
      setResult({ graph, state });
    };
    if (graph.nodes.length > INLINE_LAYOUT_MAX_NODES) return layOutInWorker(graph, tell);
    let current = true;
    layOutHere(graph).then(
      (state) => {
        if (current) tell(state);
      },
      (error: unknown) => {
        if (current) tell({ status: "failed", message: message(error) });
      },
    );
    // Leaving (another graph, or the page) drops the answer.
    return () => {
      current = false;
    };
  }, [graph, positioned]);

  if (positioned) return { status: "ready", graph };
  if (result?.graph === graph) return result.state;
  return { status: "running", done: 0, total: 1 };
}
