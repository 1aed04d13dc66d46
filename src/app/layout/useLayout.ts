import { useEffect, useMemo, useState } from "react";
import type { Graph } from "../../model/graph/schema";
import { DEFAULT_SEED, isPositioned, type Positions } from "../../model/layout/layout";
import type { LayoutName } from "../../model/layout/layoutNames";
import workerUrl from "./layout.worker.ts?worker&url";
import type { LayoutReply, LayoutRequest } from "./layoutMessages";
import { startWorker } from "./trustedWorker";

export type Placement =
  | { status: "placed"; positions: Positions }
  | { status: "running"; done: number; total: number }
  | { status: "failed"; message: string };

/** The layout a graph gets when the link names none: its file's own positions, else the story. */
export const DEFAULT_LAYOUT: LayoutName = "story";

const inputOf = (graph: Graph) => ({
  nodes: graph.nodes.map(({ id, label, kind }) => ({ id, label, kind })),
  edges: graph.edges.map(({ source, target, type }) => ({ source, target, type })),
});

/** Lays a graph out in a worker, telling how far it is; returns how to stop it. */
function layOutInWorker(graph: Graph, strategy: LayoutName, tell: (p: Placement) => void) {
  const worker = startWorker(workerUrl);
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type === "progress")
      tell({ status: "running", done: reply.done, total: reply.total });
    else if (reply.type === "failed") tell({ status: "failed", message: reply.message });
    else {
      const positions = new Map(reply.positions.map(([id, x, y]) => [id, { x, y }]));
      tell({ status: "placed", positions });
    }
  };
  worker.onerror = (event) => {
    tell({ status: "failed", message: event.message });
  };
  const request: LayoutRequest = { input: inputOf(graph), strategy, seed: DEFAULT_SEED };
  worker.postMessage(request);
  return () => {
    worker.terminate();
  };
}

/**
 * Where every node goes: the file's own positions when the link asks for no layout and the file has
 * them; otherwise the chosen layout, computed in a worker (the page keeps answering; progress is
 * reported), which a new choice or leaving stops at once. `shown` holds the latest positions known,
 * so the picture stays while another layout is computed.
 */
export function useLayout(
  graph: Graph,
  choice: LayoutName | null,
): { placement: Placement; shown: Positions | null } {
  const fromFile = useMemo((): Placement | null => {
    if (choice !== null || !isPositioned(graph)) return null;
    return { status: "placed", positions: positionsOf(graph) };
  }, [graph, choice]);
  const strategy = choice ?? DEFAULT_LAYOUT;
  const [computed, setComputed] = useState<{
    strategy: LayoutName;
    placement: Placement;
    placed: Positions | null;
  } | null>(null);

  useEffect(() => {
    if (fromFile) return;
    return layOutInWorker(graph, strategy, (placement) => {
      setComputed((previous) => ({
        strategy,
        placement,
        placed: placement.status === "placed" ? placement.positions : (previous?.placed ?? null),
      }));
    });
  }, [graph, strategy, fromFile]);

  const lastPlaced = computed?.placed ?? (isPositioned(graph) ? positionsOf(graph) : null);
  if (fromFile?.status === "placed") return { placement: fromFile, shown: fromFile.positions };
  const placement =
    computed?.strategy === strategy
      ? computed.placement
      : { status: "running" as const, done: 0, total: 1 };
  return {
    placement,
    shown: placement.status === "placed" ? placement.positions : lastPlaced,
  };
}

const positionsOf = (graph: Graph): Positions =>
  new Map(graph.nodes.flatMap((n) => (n.position ? [[n.id, n.position]] : [])));
