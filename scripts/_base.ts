import { readFileSync } from "node:fs";
import { GraphSchema } from "../src/model/graph/schema";
import { layoutFigures } from "../src/model/layout/layoutFigures";
const seed = GraphSchema.parse(JSON.parse(readFileSync("data/graph.json", "utf8")));
const at = new Map(seed.nodes.map((n) => [n.id, n.position!]));
console.log(layoutFigures(seed, at).crossings);
