import { useEffect } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { relationText } from "../../model/graph/relationSentence";
import { KINDS } from "../../model/graph/kinds";
import type { ExplorerState } from "../state/store";
import { useExplorer, useExplorerStore } from "../state/useExplorer";

function describeSelection(index: GraphIndex, s: ExplorerState): string {
  if (s.node) {
    const node = index.node(s.node);
    if (!node) return "";
    const passages = index.passagesAbout(node.id).length;
    return `Selected ${node.label}, ${KINDS[node.kind].singular.toLowerCase()}: ${passages} passages, ${index.edgesOf(node.id).length} relations in Details.`;
  }
  if (s.edge) {
    const edge = index.edge(s.edge);
    if (!edge) return "";
    return `Selected relation: ${relationText(edge, index.node)}, stated in ${edge.evidence.length} sentences.`;
  }
  if (s.passage) {
    const passage = index.passage(s.passage);
    return passage ? `Selected sentence ${passage.number}.` : "";
  }
  return "Selection cleared.";
}

/** Says, politely, what was selected or cleared, so a screen reader hears every change. */
export function SelectionAnnouncer({ index }: { index: GraphIndex }) {
  const announcement = useExplorer((s) => s.announcement);
  const store = useExplorerStore();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const changed =
          state.node !== previous.node ||
          state.edge !== previous.edge ||
          (!state.node && !state.edge && state.passage !== previous.passage);
        if (changed) state.announce(describeSelection(index, state));
      }),
    [store, index],
  );
  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="announcer">
      {announcement}
    </div>
  );
}
