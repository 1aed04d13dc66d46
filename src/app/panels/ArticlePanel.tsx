import { useEffect, useMemo, useRef } from "react";
import type { GraphIndex } from "../../model/graphIndex";
import type { Passage } from "../../model/schema";
import { useExplorer } from "../state/store";

function byParagraph(passages: readonly Passage[]): Passage[][] {
  const paragraphs: Passage[][] = [];
  for (const p of passages) (paragraphs[p.paragraph - 1] ??= []).push(p);
  return paragraphs.filter((ps) => ps.length > 0);
}

/** The whole article, sentence by sentence, with the passage being read highlighted and in view. */
export function ArticlePanel({ index }: { index: GraphIndex }) {
  const passageId = useExplorer((s) => s.passage);
  const closeArticle = useExplorer((s) => s.closeArticle);
  const paragraphs = useMemo(() => byParagraph(index.graph.passages), [index]);
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!passageId) return;
    const target = bodyRef.current?.querySelector(`[data-passage="${CSS.escape(passageId)}"]`);
    target?.scrollIntoView({ block: "center" });
  }, [passageId]);

  return (
    <section className="panel article" aria-label="Article">
      <header className="panel-header">
        <h2>The article</h2>
        <span className="article-date">{index.graph.article.date}</span>
        <button type="button" onClick={closeArticle} aria-label="Close the article">
          Close
        </button>
      </header>
      <div className="article-body" ref={bodyRef}>
        {paragraphs.map((sentences, i) => (
          <p key={i}>
            {sentences.map((s) => (
              <span
                key={s.id}
                data-passage={s.id}
                className={s.id === passageId ? "sentence reading" : "sentence"}
                aria-current={s.id === passageId ? "true" : undefined}
              >
                {s.exact}{" "}
              </span>
            ))}
          </p>
        ))}
      </div>
    </section>
  );
}
