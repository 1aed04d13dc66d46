import { readFileSync } from "node:fs";
import { GraphSchema } from "../src/model/graph/schema";
import { runLayout } from "../src/model/layout/layout";
import { storyLayout } from "../src/model/layout/storyLayout";
import { segmentsCross, shareEnd } from "../src/model/layout/crossings";
const seed = GraphSchema.parse(JSON.parse(readFileSync("data/graph.json", "utf8")));
const at = runLayout({nodes: seed.nodes, edges: seed.edges}, storyLayout);
const p = (id: string) => at.get(id)!;
const segs = seed.edges;
const per = new Map<string, number>();
let total = 0;
for (let i = 0; i < segs.length; i++) for (let j = i + 1; j < segs.length; j++) {
  const s = segs[i]!, t = segs[j]!;
  if (shareEnd(s, t)) continue;
  if (segmentsCross(p(s.source), p(s.target), p(t.source), p(t.target))) {
    total++;
    for (const e of [s, t]) { const k = `${e.source} -${e.type}-> ${e.target}`; per.set(k, (per.get(k) ?? 0) + 1); }
  }
}
console.log("total", total);
console.log([...per].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`).join("\n"));
const node = (process.argv[2] ?? "");
for (const n of seed.nodes) console.log(n.id, JSON.stringify(at.get(n.id)));
