import { useEffect, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { visibleElements } from "../model/filter";
import type { GraphIndex } from "../model/graphIndex";
import { GraphCanvas } from "./graph/GraphCanvas";
import { ArticlePanel } from "./panels/ArticlePanel";
import { CopyLinkButton } from "./panels/CopyLinkButton";
import { DetailsPanel } from "./panels/DetailsPanel";
import { FiltersPanel } from "./panels/FiltersPanel";
import { Notices } from "./panels/Notices";
import { useExplorer } from "./state/store";
import { useUrlSync } from "./url/useUrlSync";

function useEscapeClearsSelection() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") useExplorer.getState().clearSelection();
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
  const filter = useExplorer(useShallow((s) => ({ topics: s.topics, hiddenKinds: s.hiddenKinds })));
  const articleOpen = useExplorer((s) => s.articleOpen);
  const openArticle = useExplorer((s) => s.openArticle);
  const visible = useMemo(() => visibleElements(index.graph, filter), [index, filter]);
  const canvasLabel = `Graph: ${visible.nodes.size} nodes, ${visible.edges.size} relations shown`;

  return (
    <>
      <div className="toolbar">
        <span className="source-line">
          Published {index.graph.article.date} · {index.graph.nodes.length} nodes,{" "}
          {index.graph.edges.length} relations
        </span>
        {articleOpen ? null : (
          <button type="button" onClick={openArticle}>
            Read the article
          </button>
        )}
        <CopyLinkButton />
      </div>
      <Notices />
      <main className={articleOpen ? "layout with-article" : "layout"}>
        <FiltersPanel index={index} />
        <GraphCanvas index={index} label={canvasLabel} />
        <div className="side">
          <DetailsPanel index={index} />
          {articleOpen ? <ArticlePanel index={index} /> : null}
        </div>
      </main>
    </>
  );
}
