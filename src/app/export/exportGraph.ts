import type { Core } from "cytoscape";
import { exportFile, type DataFormat } from "../../model/formats/exportFiles";
import { slugify } from "../../model/formats/ids";
import { subgraph } from "../../model/formats/subgraph";
import type { Graph } from "../../model/graph/schema";
import { everyNode } from "../canvas/presence";
import { download } from "./download";
import { png, svgOf } from "./picture";

export type PictureFormat = "png" | "svg";
export type Scope = "all" | "shown";

/** The graph to write: all of it or what is on screen, each node where it is drawn now. */
function graphToWrite(graph: Graph, cy: Core, scope: Scope): Graph {
  const positions = new Map(everyNode(cy).map((n) => [n.id(), n.position()] as const));
  const ids =
    scope === "all"
      ? new Set(graph.nodes.map((n) => n.id))
      : new Set(cy.nodes(":visible").map((n) => n.id()));
  return subgraph(graph, ids, positions);
}

/** Writes one export and hands it to the browser; returns the file's name. */
export async function exportAs(
  graph: Graph,
  cy: Core,
  format: DataFormat | PictureFormat,
  scope: Scope,
): Promise<string> {
  const base = `${slugify(graph.title ?? graph.sources[0]?.title ?? "graph", 50)}${scope === "shown" ? "-shown" : ""}`;
  if (format === "png") {
    const name = `${base}.png`;
    download(name, "image/png", await png(cy, scope === "all"));
    return name;
  }
  if (format === "svg") {
    const name = `${base}.svg`;
    download(name, "image/svg+xml", svgOf(cy, scope === "all"));
    return name;
  }
  const file = exportFile(graphToWrite(graph, cy, scope), format);
  const name =
    scope === "shown" ? file.name.replace(/^([^.]*?)(-csv|-neo4j)?\./, "$1-shown$2.") : file.name;
  download(name, file.type, file.content);
  return name;
}
