import type { Core } from "cytoscape";
import { useMemo, useState } from "react";
import { indexGraph } from "../model/graph/graphIndex";
import type { Graph } from "../model/graph/schema";
import { CyContext } from "./canvas/cyContext";
import { EmbedPage } from "./EmbedPage";
import { ExplorerPage } from "./ExplorerPage";
import { ExplorerStoreProvider } from "./state/ExplorerStoreProvider";
import { createExplorerStore } from "./state/store";
import { useDocumentTitle } from "./useDocumentTitle";
import { graphParameter } from "./url/useGraphAddress";
import { useUrlSync } from "./url/useUrlSync";

/**
 * One graph being explored: its index, its own store (made here, so another graph starts clean),
 * the canvas's Cytoscape instance once it is up, all handed down through context.
 */
export function Explorer({ graph }: { graph: Graph }) {
  const index = useMemo(() => indexGraph(graph), [graph]);
  const [store] = useState(() =>
    createExplorerStore({ graph: graphParameter(window.location.search) }),
  );
  const [cy, setCy] = useState<Core | null>(null);
  useUrlSync(store, index);
  useDocumentTitle(graph);

  return (
    <ExplorerStoreProvider store={store}>
      <CyContext value={cy}>
        {store.getState().embed ? (
          <EmbedPage index={index} onCy={setCy} />
        ) : (
          <ExplorerPage index={index} onCy={setCy} />
        )}
      </CyContext>
    </ExplorerStoreProvider>
  );
}
