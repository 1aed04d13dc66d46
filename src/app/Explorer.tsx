import { useEffect } from "react";
import { shownFor } from "./derived";
import type { GraphIndex } from "../model/graphIndex";
import { AppHeader } from "./AppHeader";
import { GraphCanvas } from "./graph/GraphCanvas";
import { ArticlePanel } from "./panels/ArticlePanel";
import { CopyLinkButton } from "./panels/CopyLinkButton";
import { DetailsPanel } from "./panels/DetailsPanel";
import { FiltersPanel } from "./panels/FiltersPanel";
import { FocusBar } from "./panels/FocusBar";
import { GraphAsText } from "./panels/GraphAsText";
import { Notices } from "./panels/Notices";
import { PathPanel } from "./panels/PathPanel";
import { SearchBox } from "./panels/SearchBox";
import { SelectionAnnouncer } from "./panels/SelectionAnnouncer";
import { SkipLinks } from "./panels/SkipLinks";
import { useExplorer } from "./state/store";
import { useUrlSync } from "./url/useUrlSync";

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
  const openArticle = useExplorer((s) => s.openArticle);
  const visible = useExplorer((s) => shownFor(index, s));
  const canvasLabel = `Graph: ${visible.nodes.size} nodes, ${visible.edges.size} relations shown`;

  return (
    <>
      <SkipLinks />
      <AppHeader>
        <div className="toolbar">
          <span className="source-line">
            Published {index.graph.article.date} · {index.graph.nodes.length} nodes,{" "}
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
      <main className={articleOpen ? "layout with-article" : "layout"}>
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
          <PathPanel index={index} />
          <DetailsPanel index={index} />
          {articleOpen ? <ArticlePanel index={index} /> : null}
        </div>
      </main>
    </>
  );
}
