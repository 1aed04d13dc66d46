import type { Graph, Span } from "../graph/schema";
import { csv } from "./csv";

/**
 * The graph as spreadsheets: nodes, relations (each with its first evidence sentence and source)
 * and every evidence span on a row of its own, with its offsets in its source.
 */
export function csvTables(graph: Graph): Record<string, string> {
  const passages = new Map(graph.passages.map((p) => [p.id, p]));
  const titles = new Map(graph.sources.map((s) => [s.id, s.title]));
  const sourceOf = (passage: string) => passages.get(passage)?.source ?? "";
  const evidenceRow = (element: string, kind: "relation" | "mention", span: Span) => [
    element,
    kind,
    sourceOf(span.passage),
    titles.get(sourceOf(span.passage)),
    span.passage,
    span.start,
    span.end,
    span.exact,
    passages.get(span.passage)?.exact,
  ];
  return {
    "nodes.csv": csv(
      ["id", "label", "kind", "role", "date", "aliases", "mentions", "x", "y"],
      graph.nodes.map((n) => [
        n.id,
        n.label,
        n.kind,
        n.role,
        n.date,
        n.aliases.join("; "),
        n.mentions.length,
        n.position?.x,
        n.position?.y,
      ]),
    ),
    "edges.csv": csv(
      [
        "id",
        "source",
        "target",
        "type",
        "label",
        "evidence_sentence",
        "evidence_source",
        "evidence_count",
      ],
      graph.edges.map((e) => {
        const first = e.evidence[0];
        const source = first ? sourceOf(first.passage) : "";
        return [
          e.id,
          e.source,
          e.target,
          e.type,
          e.label,
          first ? passages.get(first.passage)?.exact : "",
          titles.get(source) ?? source,
          e.evidence.length,
        ];
      }),
    ),
    "evidence.csv": csv(
      [
        "element",
        "element_kind",
        "source",
        "source_title",
        "passage",
        "start",
        "end",
        "quote",
        "sentence",
      ],
      [
        ...graph.edges.flatMap((e) =>
          e.evidence.map((span) => evidenceRow(e.id, "relation", span)),
        ),
        ...graph.nodes.flatMap((n) => n.mentions.map((span) => evidenceRow(n.id, "mention", span))),
      ],
    ),
  };
}

const oneLine = (text: string | undefined) => (text ?? "").replace(/\s+/g, " ");
/** Neo4j's array delimiter; a `;` inside one value would split it, so it becomes a comma. */
const array = (values: readonly string[]) =>
  values.map((v) => oneLine(v).replace(/;/g, ",")).join(";");
const label = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1);

/**
 * Files for `neo4j-admin database import full`: nodes with `:ID` and `:LABEL`, relationships with
 * `:START_ID`, `:END_ID` and `:TYPE` (upper snake case, as Neo4j names them). No byte-order mark,
 * and no line breaks inside a field, so the import needs no extra flags.
 */
export function neo4jTables(graph: Graph): Record<string, string> {
  const passages = new Map(graph.passages.map((p) => [p.id, p]));
  return {
    "nodes.csv": csv(
      ["id:ID", "name", "kind", "role", "date", "aliases:string[]", ":LABEL"],
      graph.nodes.map((n) => [
        n.id,
        oneLine(n.label),
        n.kind,
        oneLine(n.role),
        n.date,
        array(n.aliases),
        `Entity;${label(n.kind)}`,
      ]),
      false,
    ),
    "relationships.csv": csv(
      [
        ":START_ID",
        ":END_ID",
        ":TYPE",
        "id",
        "label",
        "evidence",
        "sources:string[]",
        "evidence_count:int",
      ],
      graph.edges.map((e) => [
        e.source,
        e.target,
        e.type.toUpperCase(),
        e.id,
        oneLine(e.label),
        oneLine(passages.get(e.evidence[0]?.passage ?? "")?.exact),
        array([...new Set(e.evidence.map((s) => passages.get(s.passage)?.source ?? ""))]),
        e.evidence.length,
      ]),
      false,
    ),
  };
}
