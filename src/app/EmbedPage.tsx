import type { Core } from "cytoscape";
import { graphTitle } from "../model/graph/describe";
import type { GraphIndex } from "../model/graph/graphIndex";
import { CanvasArea } from "./canvas/CanvasArea";
import { DetailsPanel } from "./panels/DetailsPanel";
import { Notices } from "./panels/Notices";
import { OverlayNote } from "./panels/OverlayNote";
import { SelectionAnnouncer } from "./panels/SelectionAnnouncer";
import { useExplorer } from "./state/useExplorer";
import { explorerHref } from "./url/explorerLink";
import { viewOf } from "./view/parameters";
import "./ExplorerPage.css";
import "./EmbedPage.css";

/**
 * The explorer inside someone else's page (`embed=1`): the canvas and the details, the title, and a
 * way out to the whole explorer at the same view; no filters, article or search to crowd a frame.
 */
export function EmbedPage({ index, onCy }: { index: GraphIndex; onCy: (cy: Core | null) => void }) {
  const href = useExplorer((s) => explorerHref(viewOf(s)));
  return (
    <>
      <header className="embed-header">
        <h1>{graphTitle(index.graph)}</h1>
        <a href={href} target="_blank" rel="noopener">
          Open in the explorer
        </a>
      </header>
      <main className="layout embed">
        <Notices />
        <SelectionAnnouncer index={index} />
        <div className="canvas-column">
          <OverlayNote index={index} />
          <CanvasArea index={index} onCy={onCy} />
        </div>
        <div className="side">
          <DetailsPanel index={index} />
        </div>
      </main>
    </>
  );
}
