import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphEdge } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";
import { edgeMarks } from "./edgeMarks";
import { PassageQuote } from "./PassageQuote";
import { RelationSentence } from "./RelationSentence";
import { SourcesLine } from "./SourcesLine";
import { VersionsNote } from "./VersionsNote";

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
      <VersionsNote versions={edge.versions} index={index} />
      <SourcesLine index={index} verb="Stated" spans={edge.evidence} />
      <h3>Stated in ({edge.evidence.length})</h3>
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
