import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphEdge } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";
import { edgeMarks } from "./edgeMarks";
import { PassageQuote } from "./PassageQuote";

export function EdgeDetails({ edge, index }: { edge: GraphEdge; index: GraphIndex }) {
  const selectNode = useExplorer((s) => s.selectNode);
  const readPassage = useExplorer((s) => s.readPassage);
  const source = index.node(edge.source);
  const target = index.node(edge.target);
  const end = (id: string, label: string | undefined, role: string) => (
    <button
      type="button"
      className={`end-button ${role}`}
      onClick={() => {
        selectNode(id);
      }}
    >
      {label ?? id}
    </button>
  );

  return (
    <article className="details-body">
      <h2>
        {end(edge.source, source?.label, "source")} <span className="phrase">{edge.label}</span>{" "}
        {end(edge.target, target?.label, "target")}
      </h2>
      <p className="kind-line">Relation · {edge.type.replaceAll("_", " ")}</p>
      <h3>
        Stated in ({edge.evidence.length}
        {index.graph.sources.length > 1
          ? `, by ${sourceCount(index.sourcesStating(edge).length)}`
          : ""}
        )
      </h3>
      <ol className="passage-list">
        {edge.evidence.map((span) => {
          const passage = index.passage(span.passage);
          return passage ? (
            <PassageQuote
              index={index}
              key={passage.id}
              passage={passage}
              marks={edgeMarks(index, edge, passage.id)}
              onRead={readPassage}
            />
          ) : null;
        })}
      </ol>
    </article>
  );
}

const sourceCount = (n: number) => (n === 1 ? "1 source" : `${n} sources`);
