import { strToU8, zipSync } from "fflate";
import type { Graph } from "../graph/schema";
import { writeCytoscapeJson } from "./cytoscapeJson";
import { writeGexf } from "./gexf";
import { writeGraphJson } from "./graphJson";
import { writeGraphml } from "./graphml";
import { slugify } from "./ids";
import { csvTables, neo4jTables } from "./tables";
import { writeWebAnnotations } from "./webAnnotation";

export const DATA_FORMATS = [
  "gexf",
  "graphml",
  "csv",
  "cytoscape",
  "graph",
  "annotations",
  "neo4j",
] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export interface ExportFile {
  name: string;
  type: string;
  content: string | Uint8Array;
}

const zip = (files: Record<string, string>, readme?: string) =>
  zipSync(
    Object.fromEntries(
      Object.entries({ ...files, ...(readme ? { "README.txt": readme } : {}) }).map(([n, t]) => [
        n,
        strToU8(t),
      ]),
    ),
    { mtime: new Date("2026-01-01T00:00:00Z") },
  );

const NEO4J_README = [
  "Load into Neo4j 5 (the database must be stopped, or use a new one):",
  "",
  "  neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=';' neo4j",
  "",
  "Every node has the label Entity and one for its kind (Leader, State, Event...).",
  "",
].join("\r\n");

/** One export, named after the graph: `<title>.<ext>`, a zip for the formats made of several tables. */
export function exportFile(graph: Graph, format: DataFormat): ExportFile {
  const base = slugify(graph.title ?? graph.sources[0]?.title ?? "graph", 50);
  switch (format) {
    case "gexf":
      return { name: `${base}.gexf`, type: "application/gexf+xml", content: writeGexf(graph) };
    case "graphml":
      return {
        name: `${base}.graphml`,
        type: "application/graphml+xml",
        content: writeGraphml(graph),
      };
    case "csv":
      return { name: `${base}-csv.zip`, type: "application/zip", content: zip(csvTables(graph)) };
    case "cytoscape":
      return { name: `${base}.cyjs`, type: "application/json", content: writeCytoscapeJson(graph) };
    case "graph":
      return {
        name: `${base}.graph.json`,
        type: "application/json",
        content: writeGraphJson(graph),
      };
    case "annotations":
      return {
        name: `${base}.annotations.jsonld`,
        type: "application/ld+json",
        content: writeWebAnnotations(graph),
      };
    case "neo4j":
      return {
        name: `${base}-neo4j.zip`,
        type: "application/zip",
        content: zip(neo4jTables(graph), NEO4J_README),
      };
  }
}
