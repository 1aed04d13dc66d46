import type { Core } from "cytoscape";
import { lazy, Suspense, useState } from "react";
import { graphTitle, sourceLine } from "../model/graph/describe";
import type { GraphIndex } from "../model/graph/graphIndex";
import { AppHeader } from "./AppHeader";
import { ExportAction } from "./export/ExportAction";
import { ArrivalNote } from "./open/ArrivalNote";
import { OpenAction } from "./open/OpenAction";
import { CanvasArea } from "./canvas/CanvasArea";
import { CopyLinkButton } from "./panels/CopyLinkButton";
import { DetailsPanel } from "./panels/DetailsPanel";
import { FiltersPanel } from "./panels/FiltersPanel";
import { FocusBar } from "./panels/FocusBar";
import { GraphAsText } from "./panels/GraphAsText";
import { NarrowSwitcher, type NarrowPanel } from "./panels/NarrowSwitcher";
import { Notices } from "./panels/Notices";
import { OverlayNote } from "./panels/OverlayNote";
import { ReadArticleButton } from "./panels/ReadArticleButton";
import { SearchBox } from "./panels/SearchBox";
import { SelectionAnnouncer } from "./panels/SelectionAnnouncer";
import { SkipLinks } from "./panels/SkipLinks";
import { useExplorer } from "./state/useExplorer";
import { SchemeSwitch } from "./theme/SchemeSwitch";
import { useEscapeClearsSelection } from "./useEscapeClearsSelection";
import "./ExplorerPage.css";

// Not needed for the first picture, so loaded when first opened.
const ArticlePanel = lazy(() =>
  import("./panels/ArticlePanel").then((m) => ({ default: m.ArticlePanel })),
);
const PathPanel = lazy(() => import("./panels/PathPanel").then((m) => ({ default: m.PathPanel })));

/** The explorer's page: the header and its tools, the filters, the canvas, the details, the article. */
export function ExplorerPage({
  index,
  onCy,
}: {
  index: GraphIndex;
  onCy: (cy: Core | null) => void;
}) {
  useEscapeClearsSelection();
  const [narrow, setNarrow] = useState<NarrowPanel>("details");
  const articleOpen = useExplorer((s) => s.articleOpen);
  const pathOpen = useExplorer((s) => s.pathFrom !== null && s.pathTo !== null);
  const { graph } = index;

  return (
    <>
      <SkipLinks />
      <AppHeader
        title={graphTitle(graph)}
        subtitle={`${sourceLine(graph)} · ${graph.nodes.length} nodes, ${graph.edges.length} relations`}
      >
        <div className="toolbar">
          <SearchBox index={index} />
          {articleOpen ? null : <ReadArticleButton index={index} />}
          <CopyLinkButton />
          <OpenAction graph={graph} />
          <ExportAction graph={graph} />
          <SchemeSwitch />
        </div>
        <ArrivalNote />
      </AppHeader>
      <main className="layout" data-narrow={narrow}>
        <Notices />
        <SelectionAnnouncer index={index} />
        <div className="left">
          <FiltersPanel index={index} />
          <GraphAsText index={index} />
        </div>
        <div className="canvas-column">
          <FocusBar index={index} />
          <OverlayNote index={index} />
          <CanvasArea index={index} onCy={onCy} />
        </div>
        <NarrowSwitcher shown={narrow} onShow={setNarrow} />
        <div className="side">
          {pathOpen ? (
            <Suspense fallback={<p className="panel">Finding the connection…</p>}>
              <PathPanel index={index} />
            </Suspense>
          ) : null}
          <DetailsPanel index={index} />
          {articleOpen ? (
            <Suspense fallback={<p className="panel">Opening the article…</p>}>
              <ArticlePanel index={index} />
            </Suspense>
          ) : null}
        </div>
      </main>
    </>
  );
}
