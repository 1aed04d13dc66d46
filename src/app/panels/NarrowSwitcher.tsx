import { useEffect } from "react";
import { useExplorer, useExplorerStore } from "../state/useExplorer";
import "./NarrowSwitcher.css";

export type NarrowPanel = "details" | "article" | "filters" | "list";

const PANELS: { id: NarrowPanel; label: string }[] = [
  { id: "details", label: "Details" },
  { id: "article", label: "Article" },
  { id: "filters", label: "Filters" },
  { id: "list", label: "List" },
];

interface NarrowSwitcherProps {
  shown: NarrowPanel;
  onShow: (panel: NarrowPanel) => void;
}

/**
 * On a phone the panels beside the canvas take turns under it, so the filters are a tap away, not
 * thousands of pixels down; a selection brings the details, a sentence being read the article.
 * Hidden on wide screens, where every panel has its place.
 */
export function NarrowSwitcher({ shown, onShow }: NarrowSwitcherProps) {
  const store = useExplorerStore();
  const openArticle = useExplorer((s) => s.openArticle);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.passage !== previous.passage && state.passage) onShow("article");
        else if (!state.articleOpen && previous.articleOpen) onShow("details");
        else if (
          (state.node ?? state.edge) &&
          (state.node !== previous.node || state.edge !== previous.edge)
        ) {
          onShow("details");
        }
      }),
    [store, onShow],
  );
  return (
    <nav className="narrow-switcher" aria-label="Panels">
      {PANELS.map((panel) => (
        <button
          key={panel.id}
          type="button"
          aria-pressed={shown === panel.id}
          onClick={() => {
            if (panel.id === "article") openArticle();
            onShow(panel.id);
          }}
        >
          {panel.label}
        </button>
      ))}
    </nav>
  );
}
