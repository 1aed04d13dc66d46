import type { GraphIndex } from "../../model/graph/graphIndex";
import type { Passage } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";
import { EdgeButton } from "./EdgeButton";
import { PassageQuote } from "./PassageQuote";

/** A sentence of the article: what it names and what it states. */
export function PassageDetails({ passage, index }: { passage: Passage; index: GraphIndex }) {
  const selectNode = useExplorer((s) => s.selectNode);
  const readPassage = useExplorer((s) => s.readPassage);
  const mentions = index.mentionsIn(passage.id);
  const named = [...new Set(mentions.map((m) => m.nodeId))];
  const edges = index.edgesStatedIn(passage.id);
  const sentenceNumber = passage.number;

  return (
    <article className="details-body">
      <h2>Sentence {sentenceNumber}</h2>
      <ul className="passage-list">
        <PassageQuote
          index={index}
          passage={passage}
          marks={mentions.map(({ span }) => ({ start: span.start, end: span.end, tag: "mention" }))}
          onRead={readPassage}
        />
      </ul>
      <h3>Relations it states ({edges.length})</h3>
      <ul className="relation-list">
        {edges.map((edge) => (
          <li key={edge.id}>
            <EdgeButton edge={edge} index={index} />
          </li>
        ))}
      </ul>
      <h3>It names ({named.length})</h3>
      <ul className="chip-list">
        {named.map((id) => (
          <li key={id}>
            <button
              type="button"
              onClick={() => {
                selectNode(id);
              }}
            >
              {index.labelOf(id)}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
