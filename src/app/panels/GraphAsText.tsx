import { useState } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { NODE_KINDS } from "../../model/graph/kinds";
import { relationText } from "../../model/graph/relationSentence";
import { shownFor } from "../state/derived";
import { KINDS } from "../../model/graph/kinds";
import { useExplorer } from "../state/useExplorer";
import "./GraphAsText.css";

/**
 * The canvas as text, for screen readers and keyboards: what is shown right now, nodes grouped by
 * kind and then the relations, each one selectable. Built only while open.
 */
export function GraphAsText({ index }: { index: GraphIndex }) {
  const shown = useExplorer((s) => shownFor(index, s));
  const selectedNode = useExplorer((s) => s.node);
  const selectedEdge = useExplorer((s) => s.edge);
  const selectNode = useExplorer((s) => s.selectNode);
  const selectEdge = useExplorer((s) => s.selectEdge);
  const [open, setOpen] = useState(false);

  return (
    <section className="panel graph-text" aria-label="The graph as a list">
      <details
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
        <summary>
          <h2 className="summary-heading">
            The graph as a list ({shown.nodes.size} nodes, {shown.edges.size} relations)
          </h2>
        </summary>
        {open ? (
          <>
            {NODE_KINDS.map((kind) => {
              const nodes = index.graph.nodes.filter(
                (n) => n.kind === kind && shown.nodes.has(n.id),
              );
              if (nodes.length === 0) return null;
              return (
                <div key={kind}>
                  <h3>
                    {KINDS[kind].plural} ({nodes.length})
                  </h3>
                  <ul className="text-list">
                    {nodes.map((n) => (
                      <li key={n.id}>
                        <button
                          type="button"
                          aria-current={n.id === selectedNode ? "true" : undefined}
                          onClick={() => {
                            selectNode(n.id);
                          }}
                        >
                          {n.label}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
            <h3>Relations ({shown.edges.size})</h3>
            <ul className="text-list">
              {index.graph.edges
                .filter((e) => shown.edges.has(e.id))
                .map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      aria-current={e.id === selectedEdge ? "true" : undefined}
                      onClick={() => {
                        selectEdge(e.id);
                      }}
                    >
                      {relationText(e, index.node)}
                    </button>
                  </li>
                ))}
            </ul>
          </>
        ) : null}
      </details>
    </section>
  );
}
