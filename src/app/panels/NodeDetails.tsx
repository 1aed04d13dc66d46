import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphNode } from "../../model/graph/schema";
import { KINDS } from "../../model/graph/kinds";
import { useExplorer } from "../state/useExplorer";
import { EdgeButton } from "./EdgeButton";
import { KindSwatch } from "./KindSwatch";
import { NodeActions } from "./NodeActions";
import { PassageQuote } from "./PassageQuote";

export function NodeDetails({ node, index }: { node: GraphNode; index: GraphIndex }) {
  const readPassage = useExplorer((s) => s.readPassage);
  const edges = index.edgesOf(node.id);
  const passages = index.passagesAbout(node.id);

  return (
    <article className="details-body">
      <h2>{node.label}</h2>
      <p className="kind-line">
        <KindSwatch kind={node.kind} /> {KINDS[node.kind].singular}
        {node.role ? <span> · {node.role}</span> : null}
        {node.date ? <span> · {node.date}</span> : null}
      </p>
      <NodeActions node={node} index={index} />

      <h3>Relations ({edges.length})</h3>
      <ul className="relation-list">
        {edges.map((edge) => {
          const outgoing = edge.source === node.id;
          const other = <strong>{index.labelOf(outgoing ? edge.target : edge.source)}</strong>;
          return (
            <li key={edge.id}>
              <EdgeButton edge={edge} index={index}>
                {outgoing ? (
                  <>
                    {edge.label} <span aria-hidden="true">→</span> {other}
                  </>
                ) : (
                  <>
                    {other} {edge.label}
                  </>
                )}
              </EdgeButton>
            </li>
          );
        })}
      </ul>

      <h3>Passages ({passages.length})</h3>
      <ol className="passage-list">
        {passages.map(({ passage, spans }) => (
          <PassageQuote
            index={index}
            key={passage.id}
            passage={passage}
            marks={spans.map((s) => ({ start: s.start, end: s.end, tag: "mention" }))}
            onRead={readPassage}
          />
        ))}
      </ol>
    </article>
  );
}
