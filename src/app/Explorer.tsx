import { lazy, Suspense, useEffect } from "react";
import { shownFor } from "./derived";
import type { GraphIndex } from "../model/graph/graphIndex";
import { AppHeader } from "./AppHeader";
import { GraphCanvas } from "./graph/GraphCanvas";
import { CopyLinkButton } from "./panels/CopyLinkButton";
import { DetailsPanel } from "./panels/DetailsPanel";
import { FiltersPanel } from "./panels/FiltersPanel";
import { FocusBar } from "./panels/FocusBar";
import { GraphAsText } from "./panels/GraphAsText";
import { Notices } from "./panels/Notices";
import { SearchBox } from "./panels/SearchBox";
import { SelectionAnnouncer } from "./panels/SelectionAnnouncer";
import { SkipLinks } from "./panels/SkipLinks";
import { useExplorer } from "./state/store";
import { useUrlSync } from "./url/useUrlSync";

// Not needed for the first picture, so loaded when first opened.
const ArticlePanel = lazy(() =>
  import("./panels/ArticlePanel").then((m) => ({ default: m.ArticlePanel })),
);
const PathPanel = lazy(() => import("./panels/PathPanel").then((m) => ({ default: m.PathPanel })));

function useEscapeClearsSelection() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A control that used Escape itself (closing the search list) says so by preventing default.
      if (event.key === "Escape" && !event.defaultPrevented)
        useExplorer.getState().clearSelection();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
    };
  }, []);
}

export function Explorer({ index }: { index: GraphIndex }) {
  useUrlSync(index);
  useEscapeClearsSelection();
  const articleOpen = useExplorer((s) => s.articleOpen);
  const pathOpen = useExplorer((s) => s.pathFrom !== null && s.pathTo !== null);
  const openArticle = useExplorer((s) => s.openArticle);
  // A string, so that a selection that changes nothing shown re-renders nothing here.
  const canvasLabel = useExplorer((s) => {
    const shown = shownFor(index, s);
    return `Graph: ${shown.nodes.size} nodes, ${shown.edges.size} relations shown`;
  });

  return (
    <>
      <SkipLinks />
      <AppHeader>
        <div className="toolbar">
          <span className="source-line">
            Published {index.graph.sources[0]?.date} · {index.graph.nodes.length} nodes,{" "}
            {index.graph.edges.length} relations
          </span>
          <SearchBox index={index} />
          {articleOpen ? null : (
            <button type="button" onClick={openArticle}>
              Read the article
            </button>
          )}
          <CopyLinkButton />
        </div>
      </AppHeader>
      <main className="layout">
        <Notices />
        <SelectionAnnouncer index={index} />
        <div className="left">
          <FiltersPanel index={index} />
          <GraphAsText index={index} />
        </div>
        <div className="canvas-column">
          <FocusBar index={index} />
          <GraphCanvas index={index} label={canvasLabel} />
        </div>
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
