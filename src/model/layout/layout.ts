import type { NodeKind, RelationType } from "../graph/kinds";
import type { Graph } from "../graph/schema";

export interface Point {
  x: number;
  y: number;
}

export type Positions = ReadonlyMap<string, Point>;

/** What a layout looks at: the nodes (their labels take room) and who is tied to whom. */
export interface LayoutInput {
  nodes: readonly { id: string; label: string; kind: NodeKind }[];
  edges: readonly { source: string; target: string; type: RelationType }[];
}

/**
 * A layout being computed, a few steps at a time, so that whoever runs it can report progress,
 * yield to other work, or stop.
 */
export interface LayoutRun {
  /** How many steps the whole layout takes. */
  readonly total: number;
  /** Takes up to `steps` more steps; returns how many have been taken in all. */
  step(steps: number): number;
  /** Where every node is now, rounded to whole units. */
  positions(): Positions;
}

/** A way of placing a graph: force-directed, or one that tells a story. The same seed, the same picture. */
export interface LayoutStrategy {
  name: string;
  start(input: LayoutInput, seed: number): LayoutRun;
}

export const DEFAULT_SEED = 20230919;

/** Runs a layout to the end, at once: for the build, the benchmark and small graphs in the page. */
export function runLayout(
  input: LayoutInput,
  strategy: LayoutStrategy,
  seed = DEFAULT_SEED,
): Positions {
  const run = strategy.start(input, seed);
  run.step(run.total);
  return run.positions();
}

/** Whether every node of the graph already has its place. */
export function isPositioned(graph: Graph): boolean {
  return graph.nodes.every((n) => n.position !== undefined);
}

/** The graph with its nodes placed; a node the positions miss keeps what it had. */
export function withPositions(graph: Graph, positions: Positions): Graph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const position = positions.get(n.id);
      return position ? { ...n, position: { x: position.x, y: position.y } } : n;
    }),
  };
}

/**
 * Runs a layout to the end, reporting how far it is every `everyMs` (by the clock given), so a
 * worker can show progress without flooding the page with messages.
 */
export function runReporting(
  run: LayoutRun,
  report: (done: number, total: number) => void,
  now: () => number,
  everyMs = 100,
): Positions {
  let done = 0;
  let reported = now();
  while (done < run.total) {
    done = run.step(1);
    if (now() - reported >= everyMs) {
      report(done, run.total);
      reported = now();
    }
  }
  return run.positions();
}
