import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildGraph } from "./buildGraph";
import { KnowledgeError } from "./KnowledgeError";
import { serializeGraph } from "./serializeGraph";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    article: { type: "string", default: "data/article.txt" },
    knowledge: { type: "string", default: "data/knowledge.json" },
    out: { type: "string", default: "data/graph.json" },
  },
});

function readExisting(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

try {
  const graph = buildGraph(
    readFileSync(values.article, "utf8"),
    JSON.parse(readFileSync(values.knowledge, "utf8")) as unknown,
  );
  const output = serializeGraph(graph);
  if (values.check) {
    if (readExisting(values.out) !== output) {
      console.error(
        `${values.out} is stale: it is not what the build writes now. Run: npm run data`,
      );
      process.exit(1);
    }
    console.log(
      `${values.out} is up to date (${graph.nodes.length} nodes, ${graph.edges.length} relations)`,
    );
  } else {
    writeFileSync(values.out, output);
    console.log(
      `wrote ${values.out}: ${graph.nodes.length} nodes, ${graph.edges.length} relations`,
    );
  }
} catch (error) {
  if (error instanceof KnowledgeError) {
    console.error(`knowledge error in ${error.entry}: ${error.reason}`);
  } else {
    console.error(error instanceof Error ? error.message : String(error));
  }
  process.exit(1);
}
