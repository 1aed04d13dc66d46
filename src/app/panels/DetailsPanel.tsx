import type { GraphIndex } from "../../model/graph/graphIndex";
import { useExplorer } from "../state/useExplorer";
import { pointsByTouch } from "../theme/pointer";
import { EdgeDetails } from "./EdgeDetails";
import { NodeDetails } from "./NodeDetails";
import { PassageDetails } from "./PassageDetails";
import "./DetailsPanel.css";

/** The region that shows what is selected, and the article's words behind it. */
export function DetailsPanel({ index }: { index: GraphIndex }) {
  const nodeId = useExplorer((s) => s.node);
  const edgeId = useExplorer((s) => s.edge);
  const passageId = useExplorer((s) => s.passage);
  const node = nodeId ? index.node(nodeId) : undefined;
  const edge = edgeId ? index.edge(edgeId) : undefined;
  const passage = passageId ? index.passage(passageId) : undefined;

  return (
    <section id="details" tabIndex={-1} className="panel details" aria-label="Details">
      {node ? (
        <NodeDetails key={node.id} node={node} index={index} />
      ) : edge ? (
        <EdgeDetails key={edge.id} edge={edge} index={index} />
      ) : passage ? (
        <PassageDetails key={passage.id} passage={passage} index={index} />
      ) : (
        <div className="details-body empty">
          <h2>Nothing selected</h2>
          {pointsByTouch() ? (
            <p>
              Tap a node or a relation on the graph to read the sentences of the article behind it,
              or search for a name, a topic or a word of the article. Move and zoom the picture with
              two fingers; one finger scrolls the page.
            </p>
          ) : (
            <p>
              Click a node or a relation on the graph to read the sentences of the article behind
              it, or search for a name, a topic or a word of the article. Hover a node to light up
              its neighbours; press Escape to clear.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
