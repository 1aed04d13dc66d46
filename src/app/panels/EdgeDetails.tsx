import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphEdge } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";
import { edgeMarks } from "./edgeMarks";
import { PassageQuote } from "./PassageQuote";
import { RelationSentence } from "./RelationSentence";

export function EdgeDetails({ edge, index }: { edge: GraphEdge; index: GraphIndex }) {
  const selectNode = useExplorer((s) => s.selectNode);
  const readPassage = useExplorer((s) => s.readPassage);

  return (
    <article className="details-body">
      <h2 className="phrase">
        <RelationSentence
          edge={edge}
          index={index}
          renderEnd={(end) => (
            <button
              type="button"
              className={`end-button ${end.end}`}
              onClick={() => {
                selectNode(end.node);
              }}
            >
              {end.text}
            </button>
          )}
        />
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
