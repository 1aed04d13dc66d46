import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import graphJson from "../../../data/graph.json";
import { GraphSchema, type Graph } from "../graph/schema";
import { csvField, parseCsv } from "./csv";
import { exportFile } from "./exportFiles";
import { subgraph } from "./subgraph";

const seed: Graph = GraphSchema.parse(graphJson);

function unzip(format: "csv" | "neo4j"): Record<string, string> {
  const { content } = exportFile(seed, format);
  if (typeof content === "string") throw new Error("a zip was expected");
  return Object.fromEntries(
    Object.entries(unzipSync(content)).map(([name, bytes]) => [
      name,
      new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
    ]),
  );
}

describe("CSV in one zip", () => {
  const files = unzip("csv");

  it("holds nodes, relations and every evidence span, each with a byte-order mark for Excel", () => {
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "evidence.csv", "nodes.csv"]);
    for (const text of Object.values(files)) expect(text.startsWith("\ufeff")).toBe(true);
  });

  it("reads back as RFC 4180: one row per node, accents intact, CRLF line ends", () => {
    const rows = parseCsv(files["nodes.csv"] ?? "");
    expect(rows.length).toBe(seed.nodes.length + 1);
    expect(rows.map((r) => r[1])).toContain("Nataša Pirc Musar");
    expect(files["nodes.csv"]).toMatch(/\r\n$/);
    expect(files["nodes.csv"]?.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("gives each relation its evidence sentence and source; ", () => {
    const rows = parseCsv(files["edges.csv"] ?? "");
    const [header, ...body] = rows;
    expect(header).toEqual([
      "id",
      "source",
      "target",
      "type",
      "label",
      "evidence_sentence",
      "evidence_source",
      "evidence_count",
    ]);
    expect(body.length).toBe(seed.edges.length);
    const passages = new Map(seed.passages.map((p) => [p.id, p.exact]));
    body.forEach((row, i) => {
      expect(row[5]).toBe(passages.get(seed.edges[i]?.evidence[0]?.passage ?? ""));
    });
  });
});

it("quotes a field with a comma, a quote or a line break, doubling its quotes (RFC 4180)", () => {
  expect(csvField('He said "yes", then left')).toBe('"He said ""yes"", then left"');
  expect(csvField("two\nlines")).toBe('"two\nlines"');
  expect(csvField("plain")).toBe("plain");
  expect(parseCsv(`a,"b ""c"", d"\r\n`)).toEqual([["a", 'b "c", d']]);
});

describe("Neo4j bulk import", () => {
  const files = unzip("neo4j");

  it("has the headers neo4j-admin reads, and every relation's ends among the node ids", () => {
    const nodes = parseCsv(files["nodes.csv"] ?? "");
    const rels = parseCsv(files["relationships.csv"] ?? "");
    expect(nodes[0]).toContain("id:ID");
    expect(nodes[0]).toContain(":LABEL");
    expect(rels[0]?.slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
    const ids = new Set(nodes.slice(1).map((r) => r[0]));
    for (const r of rels.slice(1)) {
      expect(ids.has(r[0])).toBe(true);
      expect(ids.has(r[1])).toBe(true);
      expect(r[2]).toMatch(/^[A-Z_]+$/);
    }
    expect(files["nodes.csv"]?.startsWith("\ufeff")).toBe(false);
    expect(files["README.txt"]).toContain("neo4j-admin database import full");
  });
});

describe("W3C Web Annotations", () => {
  const { content } = exportFile(seed, "annotations");
  const doc = JSON.parse(String(content)) as {
    "@context": string;
    first: {
      items: {
        target: {
          source: string;
          selector: {
            type: string;
            exact?: string;
            prefix?: string;
            start?: number;
            end?: number;
          }[];
        };
      }[];
    };
  };
  const texts = new Map(seed.sources.map((s) => [`urn:article-graph:source:${s.id}`, s.text]));

  it("one annotation per span: every relation's evidence and every node's mention", () => {
    const spans =
      seed.edges.reduce((n, e) => n + e.evidence.length, 0) +
      seed.nodes.reduce((n, x) => n + x.mentions.length, 0);
    expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc.first.items.length).toBe(spans);
  });

  it("each selector, applied to its source, gives back its quote", () => {
    for (const { target } of doc.first.items) {
      const text = texts.get(target.source) ?? "";
      const quote = target.selector.find((s) => s.type === "TextQuoteSelector");
      const position = target.selector.find((s) => s.type === "TextPositionSelector");
      expect(text.slice(position?.start, position?.end)).toBe(quote?.exact);
      // The quote with its prefix is found in the text where the position says.
      const at = text.indexOf(`${quote?.prefix ?? ""}${quote?.exact ?? ""}`);
      expect(at + (quote?.prefix?.length ?? 0)).toBe(position?.start);
    }
  });
});

describe("what is on screen", () => {
  it("exports only the nodes shown and the relations between them", () => {
    const shown = new Set(["tokayev", "kazakhstan", "raisi"]);
    const part = subgraph(seed, shown);
    expect(part.nodes.map((n) => n.id).sort()).toEqual([...shown].sort());
    expect(part.edges.every((e) => shown.has(e.source) && shown.has(e.target))).toBe(true);
    expect(part.edges.length).toBeGreaterThan(0);
    expect(GraphSchema.safeParse(part).success).toBe(true);
  });
});
