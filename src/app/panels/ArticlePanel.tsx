import { useEffect, useMemo, useRef } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { Passage } from "../../model/graph/schema";
import { useExplorer } from "../state/store";
import { ArticleSentence } from "./ArticleSentence";

function byParagraph(passages: readonly Passage[]): Passage[][] {
  const paragraphs: Passage[][] = [];
  for (const p of passages) (paragraphs[p.paragraph - 1] ??= []).push(p);
  return paragraphs.filter((ps) => ps.length > 0);
}

/**
 * The whole article, sentence by sentence, answering back: the passage being read is highlighted
 * and in view, the selected node's mentions and the selected relation's sentences are marked, and
 * every mention leads to its node.
 */
export function ArticlePanel({ index }: { index: GraphIndex }) {
  const passageId = useExplorer((s) => s.passage);
  const selectedNode = useExplorer((s) => s.node);
  const selectedEdge = useExplorer((s) => s.edge);
  const closeArticle = useExplorer((s) => s.closeArticle);
  const paragraphs = useMemo(() => byParagraph(index.graph.passages), [index]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const evidence = new Set(
    (selectedEdge ? index.edge(selectedEdge)?.evidence : undefined)?.map((e) => e.passage),
  );

  useEffect(() => {
    if (!passageId) return;
    const target = bodyRef.current?.querySelector(`[data-passage="${CSS.escape(passageId)}"]`);
    target?.scrollIntoView({ block: "center" });
  }, [passageId]);

  return (
    <section className="panel article" aria-label="Article">
      <header className="panel-header">
        <h2>The article</h2>
        <span className="article-date">{index.graph.sources[0]?.date}</span>
        <button type="button" onClick={closeArticle} aria-label="Close the article">
          Close
        </button>
      </header>
      <div className="article-body" ref={bodyRef}>
        {paragraphs.map((sentences, i) => (
          <p key={i}>
            {sentences.map((s) => (
              <ArticleSentence
                key={s.id}
                passage={s}
                index={index}
                reading={s.id === passageId}
                evidence={evidence.has(s.id)}
                selectedNode={selectedNode}
              />
            ))}
          </p>
        ))}
      </div>
    </section>
  );
}
