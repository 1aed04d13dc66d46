import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphNode } from "../../model/graph/schema";
import { KINDS } from "../../model/graph/kinds";
import { useMemo } from "react";
import { useExplorer } from "../state/useExplorer";
import { RelationList } from "./RelationList";
import { KindSwatch } from "./KindSwatch";
import { NodeActions } from "./NodeActions";
import { PassageQuote } from "./PassageQuote";
import { SourcesLine } from "./SourcesLine";
import { VersionsNote } from "./VersionsNote";

export function NodeDetails({ node, index }: { node: GraphNode; index: GraphIndex }) {
  const readPassage = useExplorer((s) => s.readPassage);
  const edges = index.edgesOf(node.id);
  const passages = index.passagesAbout(node.id);
  const said = useMemo(() => saidAt(node, index), [node, index]);

  return (
    <article className="details-body">
      <h2>{node.label}</h2>
      <p className="kind-line">
        <KindSwatch kind={node.kind} /> {KINDS[node.kind].singular}
        {node.role ? <span> · {node.role}</span> : null}
        {node.date ? <span> · {node.date}</span> : null}
      </p>
      <VersionsNote versions={node.versions} index={index} />
      <SourcesLine index={index} verb="Mentioned" spans={node.mentions} account={node.account} />
      <NodeActions node={node} index={index} />

      <h3>Relations ({edges.length})</h3>
      <RelationList edges={edges} index={index} about={node.id} />
      {said.length > 0 ? (
        <>
          <h3>Said at this meeting ({said.length})</h3>
          <RelationList edges={said} index={index} />
        </>
      ) : null}

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

/** The relations the sentences of an event's account state, other than the event's own. */
function saidAt(node: GraphNode, index: GraphIndex) {
  const own = new Set(index.edgesOf(node.id));
  const said = new Set((node.account ?? []).flatMap((id) => index.edgesStatedIn(id)));
  return index.graph.edges.filter((e) => said.has(e) && !own.has(e));
}
