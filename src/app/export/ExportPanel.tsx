import type { Core } from "cytoscape";
import { useId, useState } from "react";
import type { DataFormat } from "../../model/formats/exportFiles";
import type { Graph } from "../../model/graph/schema";
import { exportAs, type PictureFormat, type Scope } from "./exportGraph";
import { DialogHead } from "../panels/DialogHead";

const FORMATS: { format: DataFormat | PictureFormat; label: string; what: string }[] = [
  { format: "png", label: "PNG", what: "picture at twice the size, for slides" },
  { format: "svg", label: "SVG", what: "picture that scales, for print and editing" },
  { format: "gexf", label: "GEXF 1.3", what: "for Gephi: kinds, roles, dates, evidence" },
  { format: "graphml", label: "GraphML", what: "for yEd, Cytoscape, NetworkX; with the articles" },
  { format: "csv", label: "CSV (zip)", what: "nodes, relations and evidence, for a spreadsheet" },
  { format: "cytoscape", label: "Cytoscape JSON", what: "for Cytoscape desktop and Cytoscape.js" },
  {
    format: "graph",
    label: "Project file",
    what: "this explorer’s own graph file; Open reads it back",
  },
  { format: "annotations", label: "Web Annotations", what: "W3C JSON-LD, one per quoted span" },
  { format: "neo4j", label: "Neo4j CSV (zip)", what: "for neo4j-admin import" },
];

type Status =
  { state: "idle" } | { state: "saved"; name: string } | { state: "failed"; reason: string };

/** The Export dialog's body: what to take (all or what is shown) and in which format. */
export function ExportPanel({
  graph,
  cy,
  onClose,
}: {
  graph: Graph;
  cy: Core | null;
  onClose: () => void;
}) {
  const [scope, setScope] = useState<Scope>("all");
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const name = useId();
  const shown = cy ? cy.nodes(":visible").length : graph.nodes.length;
  const run = async (format: DataFormat | PictureFormat) => {
    if (!cy) return;
    try {
      setStatus({ state: "saved", name: await exportAs(graph, cy, format, scope) });
    } catch (error) {
      setStatus({
        state: "failed",
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return (
    <>
      <DialogHead id="export-title" title="Export" onClose={onClose} />
      <fieldset className="export-scope">
        <legend>What to export</legend>
        <label>
          <input
            type="radio"
            name={name}
            checked={scope === "all"}
            onChange={() => {
              setScope("all");
            }}
          />
          The whole graph ({graph.nodes.length} nodes)
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={scope === "shown"}
            onChange={() => {
              setScope("shown");
            }}
          />
          What is on screen ({shown} nodes)
        </label>
      </fieldset>
      <ul className="export-formats">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <button type="button" onClick={() => void run(f.format)} disabled={!cy}>
              {f.label}
            </button>
            <span>{f.what}</span>
          </li>
        ))}
      </ul>
      {status.state === "failed" ? (
        <p className="open-failure" role="alert">
          The export failed: {status.reason}
        </p>
      ) : (
        <p className="open-quiet" role="status">
          {status.state === "saved" ? `Saved ${status.name}` : ""}
        </p>
      )}
    </>
  );
}
