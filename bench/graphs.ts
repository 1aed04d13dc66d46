import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GraphSchema, type Graph } from "../src/model/graph/schema";
import { writeArticle } from "./articleText";
import { draftGraph } from "./draftGraph";
import { layoutDraft } from "./layout";
import { mulberry32 } from "../src/model/layout/random";

/** A graph the benchmark loads, written where the bench server serves it from. */
export interface BenchGraph {
  /** "article", or the node count of a generated graph. */
  name: string;
  graph: Graph;
  /** The topic whose filter is toggled: the one most meetings discuss. */
  topic: { id: string; label: string };
  /** Why GraphSchema refuses it, when it is larger than the schema's limits allow; else empty. */
  overLimits: string[];
}

const SEED = 20230919;

/**
 * A graph of `size` nodes in the article's proportions, the same for the same size every time,
 * checked with GraphSchema. One larger than the schema's size limits is kept (the app is expected
 * to refuse it, the bare page to draw it) with the limits it breaks, provided they are all it
 * breaks; zod then skips the integrity checks, which the same generator passes at smaller sizes.
 */
export function generateGraph(size: number): { graph: Graph; overLimits: string[] } {
  const draft = draftGraph(size, mulberry32(SEED + size));
  const article = writeArticle(draft);
  const positions = layoutDraft(draft);
  const graph: Graph = {
    schemaVersion: 2,
    title: `A generated corpus of ${size} nodes`,
    sources: article.sources,
    passages: article.passages,
    nodes: draft.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      aliases: [n.label],
      ...(n.role ? { role: n.role } : {}),
      ...(n.date ? { date: n.date } : {}),
      mentions: article.mentions.get(n) ?? [],
      position: positions.get(n.id),
    })),
    edges: draft.edges.map((e) => ({
      id: e.id,
      type: e.type,
      source: e.source.id,
      target: e.target.id,
      label: e.label,
      evidence: article.evidence.get(e) ?? [],
    })),
  };
  const checked = GraphSchema.safeParse(graph);
  if (checked.success) return { graph: checked.data, overLimits: [] };
  const { issues } = checked.error;
  if (issues.some((i) => i.code !== "too_big")) throw checked.error;
  return { graph, overLimits: issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}

/** The topic most meetings discuss (the first of them, in the graph's order, on a tie). */
export function mostDiscussedTopic(graph: Graph): { id: string; label: string } {
  const counts = new Map<string, number>();
  for (const e of graph.edges) {
    if (e.type === "discusses") counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
  }
  let best: { id: string; label: string } | undefined;
  let bestCount = -1;
  for (const n of graph.nodes) {
    const count = counts.get(n.id) ?? 0;
    if (n.kind === "topic" && count > bestCount) {
      best = { id: n.id, label: n.label };
      bestCount = count;
    }
  }
  if (!best) throw new Error("the graph has no topic to filter by");
  return best;
}

/** The article's graph and generated ones, validated and written to `dir` as `<name>.json`. */
export function prepareGraphs(
  articleFile: string,
  sizes: readonly number[],
  dir: string,
  withArticle: boolean,
): BenchGraph[] {
  mkdirSync(dir, { recursive: true });
  const graphs: BenchGraph[] = [];
  if (withArticle) {
    const graph = GraphSchema.parse(JSON.parse(readFileSync(articleFile, "utf8")));
    graphs.push({ name: "article", graph, topic: mostDiscussedTopic(graph), overLimits: [] });
  }
  for (const size of sizes) {
    const { graph, overLimits } = generateGraph(size);
    graphs.push({ name: String(size), graph, topic: mostDiscussedTopic(graph), overLimits });
  }
  for (const { name, graph } of graphs) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(graph));
  }
  return graphs;
}
