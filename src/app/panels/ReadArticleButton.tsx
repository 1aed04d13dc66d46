import type { GraphIndex } from "../../model/graph/graphIndex";
import type { ExplorerState } from "../state/store";
import { useExplorer } from "../state/useExplorer";

/** The sentence the article should open at: the one being read, else the selection's first. */
function openingPassage(index: GraphIndex, s: ExplorerState): string | null {
  if (s.passage) return s.passage;
  if (s.node) return index.passagesAbout(s.node)[0]?.passage.id ?? null;
  if (s.edge) return index.edge(s.edge)?.evidence[0]?.passage ?? null;
  return null;
}

/** Opens the article where the reader is: at what they are reading, or at the top. */
export function ReadArticleButton({ index }: { index: GraphIndex }) {
  const opening = useExplorer((s) => openingPassage(index, s));
  const readPassage = useExplorer((s) => s.readPassage);
  const openArticle = useExplorer((s) => s.openArticle);
  return (
    <button
      type="button"
      onClick={() => {
        if (opening) readPassage(opening);
        else openArticle();
      }}
    >
      Read the article
    </button>
  );
}
