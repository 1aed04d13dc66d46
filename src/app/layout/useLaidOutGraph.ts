import { useEffect, useMemo, useState } from "react";
import type { Graph } from "../../model/graph/schema";
import { forceLayout } from "../../model/layout/forceLayout";
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

/** The graph with every node placed: as given, laid out here, or laid out in a worker with progress. */
export function useLaidOutGraph(graph: Graph): LaidOut {
  const immediate = useMemo((): LaidOut | null => {
    if (isPositioned(graph)) return { status: "ready", graph };
    if (graph.nodes.length > INLINE_LAYOUT_MAX_NODES) return null;
    return { status: "ready", graph: withPositions(graph, runLayout(inputOf(graph), forceLayout)) };
  }, [graph]);
  const [fromWorker, setFromWorker] = useState<{ graph: Graph; state: LaidOut } | null>(null);

  useEffect(() => {
    if (immediate) return;
    const worker = startWorker(workerUrl);
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      const state: LaidOut =
        reply.type === "done"
          ? {
              status: "ready",
              graph: withPositions(
                graph,
                new Map(reply.positions.map(([id, x, y]) => [id, { x, y }])),
              ),
            }
          : reply.type === "progress"
            ? { status: "running", done: reply.done, total: reply.total }
            : { status: "failed", message: reply.message };
      setFromWorker({ graph, state });
    };
    worker.onerror = (event) => {
      setFromWorker({ graph, state: { status: "failed", message: event.message } });
    };
    const request: LayoutRequest = { input: inputOf(graph), seed: DEFAULT_SEED };
    worker.postMessage(request);
    // Leaving (another graph, or the page) stops the work at once.
    return () => {
      worker.terminate();
    };
  }, [graph, immediate]);

  if (immediate) return immediate;
  if (fromWorker?.graph === graph) return fromWorker.state;
  return { status: "running", done: 0, total: 1 };
}
