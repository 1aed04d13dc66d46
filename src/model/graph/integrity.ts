import type * as z from "zod/mini";
import { count, quote } from "../text/quote";
import { GRAPH_LIMITS } from "./limits";
import type { GraphShapeSchema } from "./schema";

type GraphShape = z.infer<typeof GraphShapeSchema>;
type Path = (string | number)[];
interface Stretch {
  start: number;
  end: number;
  exact: string;
}

/**
 * Problems a well-shaped graph can still have: dangling ids, duplicates, and spans that do not read
 * what they quote. Every span must equal the text it points at, in the source its passage belongs to.
 */
export function checkIntegrity(graph: GraphShape, ctx: z.core.$RefinementCtx<GraphShape>): void {
  const report = (path: Path, message: string) => {
    ctx.addIssue({ code: "custom", path, message });
  };
  const unique = (seen: Map<string, string>, id: string, path: Path) => {
    const first = seen.get(id);
    if (first !== undefined) report(path, `duplicate id ${quote(id)} (first used at ${first})`);
    else seen.set(id, path.slice(0, -1).join("."));
  };

  const texts = new Map<string, string>();
  const sourceIds = new Map<string, string>();
  let corpus = 0;
  graph.sources.forEach((s, i) => {
    unique(sourceIds, s.id, ["sources", i, "id"]);
    texts.set(s.id, s.text);
    corpus += s.text.length;
  });
  if (corpus > GRAPH_LIMITS.corpusText) {
    report(
      ["sources"],
      `the sources have ${count(corpus)} characters together; the limit is ${count(GRAPH_LIMITS.corpusText)}`,
    );
  }

  const reads = (source: string, span: Stretch, path: Path): boolean => {
    const at = `span [${span.start}, ${span.end})`;
    const text = texts.get(source) ?? "";
    if (span.end <= span.start) report(path, `${at} is empty or backwards`);
    else if (span.end > text.length) {
      report(path, `${at} lies outside the text, which has ${count(text.length)} characters`);
    } else if (text.slice(span.start, span.end) !== span.exact) {
      const found = text.slice(span.start, span.end);
      report(path, `${at} reads ${quote(found, 40)}, not ${quote(span.exact, 40)}`);
    } else return true;
    return false;
  };

  const passages = new Map<string, GraphShape["passages"][number]>();
  const passageIds = new Map<string, string>();
  graph.passages.forEach((p, i) => {
    unique(passageIds, p.id, ["passages", i, "id"]);
    passages.set(p.id, p);
    if (!texts.has(p.source)) {
      report(
        ["passages", i, "source"],
        `passage ${quote(p.id)} names source ${quote(p.source)}, which does not exist`,
      );
    } else reads(p.source, p, ["passages", i]);
  });

  const checkSpan = (span: Stretch & { passage: string }, path: Path) => {
    const passage = passages.get(span.passage);
    const at = `span [${span.start}, ${span.end})`;
    if (!passage) {
      report(path, `${at} names passage ${quote(span.passage)}, which does not exist`);
    } else if (reads(passage.source, span, path)) {
      if (span.start < passage.start || span.end > passage.end) {
        report(
          path,
          `${at} lies outside its passage ${quote(span.passage)} [${passage.start}, ${passage.end})`,
        );
      }
    }
  };

  const checkVersions = (versions: GraphShape["nodes"][number]["versions"], path: Path) => {
    versions?.forEach((v, j) => {
      v.sources.forEach((source, k) => {
        if (!texts.has(source)) {
          report([...path, j, "sources", k], `names source ${quote(source)}, which does not exist`);
        }
      });
    });
  };

  const elementIds = new Map<string, string>();
  graph.nodes.forEach((node, i) => {
    unique(elementIds, node.id, ["nodes", i, "id"]);
    node.mentions.forEach((m, j) => {
      checkSpan(m, ["nodes", i, "mentions", j]);
    });
    checkVersions(node.versions, ["nodes", i, "versions"]);
    node.account?.forEach((id, j) => {
      if (!passages.has(id)) {
        report(["nodes", i, "account", j], `names passage ${quote(id)}, which does not exist`);
      }
    });
  });
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  graph.edges.forEach((edge, i) => {
    unique(elementIds, edge.id, ["edges", i, "id"]);
    for (const end of ["source", "target"] as const) {
      if (!nodeIds.has(edge[end])) {
        report(
          ["edges", i, end],
          `relation ${quote(edge.id)} points at missing node ${quote(edge[end])}`,
        );
      }
    }
    edge.evidence.forEach((e, j) => {
      checkSpan(e, ["edges", i, "evidence", j]);
    });
    checkVersions(edge.versions, ["edges", i, "versions"]);
  });
}
