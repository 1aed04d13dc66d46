import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { GraphSchema, type Graph } from "../graph/schema";
import { readFile } from "./detect";
import { exportFile, type DataFormat } from "./exportFiles";

const seed: Graph = GraphSchema.parse(graphJson);

/** What a round trip must keep: every node with its kind, every relation with its evidence. */
function essence(graph: Graph) {
  const passages = new Map(graph.passages.map((p) => [p.id, p]));
  const span = (s: { start: number; end: number; exact: string; passage: string }) =>
    `${passages.get(s.passage)?.source}:${s.start}-${s.end}:${s.exact}`;
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      role: n.role,
      date: n.date,
      mentions: n.mentions.map(span),
    })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      type: e.type,
      source: e.source,
      target: e.target,
      label: e.label,
      evidence: e.evidence.map(span),
    })),
  };
}

function reopen(graph: Graph, format: DataFormat) {
  const file = exportFile(graph, format);
  if (typeof file.content !== "string") throw new Error("a text format was expected");
  return { name: file.name, read: readFile(file.name, file.content) };
}

describe("round trips: export, open again, the same graph", () => {
  for (const format of ["gexf", "graphml", "cytoscape", "graph"] as const) {
    it(`${format} keeps nodes, kinds, relations and evidence`, () => {
      const { read } = reopen(seed, format);
      if (read.kind === "article") throw new Error("read as an article");
      expect(essence(read.graph)).toEqual(essence(seed));
      expect(read.notes).toEqual([]);
    });
  }

  it("GraphML and Cytoscape JSON carry the articles themselves", () => {
    for (const format of ["graphml", "cytoscape"] as const) {
      const { read } = reopen(seed, format);
      if (read.kind === "article") throw new Error("read as an article");
      expect(read.graph.sources).toEqual(seed.sources);
    }
  });

  it("GEXF, which cannot hold the article, rebuilds it so every quote reads at its offsets", () => {
    const { read } = reopen(seed, "gexf");
    if (read.kind === "article") throw new Error("read as an article");
    const [source] = read.graph.sources;
    for (const p of read.graph.passages) expect(source?.text.slice(p.start, p.end)).toBe(p.exact);
  });

  it("positions survive where the file has them", () => {
    const placed: Graph = {
      ...seed,
      nodes: seed.nodes.map((n, i) => ({ ...n, position: { x: i * 10, y: i + 0.5 } })),
    };
    for (const format of ["gexf", "graphml", "cytoscape", "graph"] as const) {
      const { read } = reopen(placed, format);
      if (read.kind === "article") throw new Error("read as an article");
      expect(read.graph.nodes.map((n) => n.position)).toEqual(placed.nodes.map((n) => n.position));
    }
  });

  it("hostile text in labels comes back as the same text", () => {
    const label = `<script>alert("x")</script> & "quotes" 'apos' \u202e`;
    const hostile: Graph = {
      ...seed,
      nodes: seed.nodes.map((n, i) => (i === 0 ? { ...n, label, aliases: [label] } : n)),
    };
    for (const format of ["gexf", "graphml", "cytoscape"] as const) {
      const { read } = reopen(hostile, format);
      if (read.kind === "article") throw new Error("read as an article");
      expect(read.graph.nodes[0]?.label).toBe(label);
    }
  });
});
