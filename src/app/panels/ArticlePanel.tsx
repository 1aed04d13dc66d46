import { useEffect, useMemo, useRef, useState } from "react";
import { readableDate } from "../../model/graph/describe";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { provenanceOf } from "../../model/explore/provenance";
import type { Passage } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";
import { ArticleSentence } from "./ArticleSentence";
import { SourcePicker } from "./SourcePicker";
import "./ArticlePanel.css";

function byParagraph(passages: readonly Passage[]): Passage[][] {
  const paragraphs: Passage[][] = [];
  for (const p of passages) (paragraphs[p.paragraph - 1] ??= []).push(p);
  return paragraphs.filter((ps) => ps.length > 0);
}

/**
 * One source, sentence by sentence, answering back: the passage being read is highlighted and in
 * view, the selected node's mentions and the selected relation's sentences are marked, and every
 * mention leads to its node. A graph of several sources shows the one being read, or the one chosen.
 */
export function ArticlePanel({ index }: { index: GraphIndex }) {
  const passageId = useExplorer((s) => s.passage);
  const selectedNode = useExplorer((s) => s.node);
  const selectedEdge = useExplorer((s) => s.edge);
  const closeArticle = useExplorer((s) => s.closeArticle);
  const reading = passageId ? index.passage(passageId) : undefined;
  // A source chosen by hand holds while the same passage is read; reading another brings its own.
  const [chosen, setChosen] = useState<{ whileReading: string | null; source: string } | null>(
    null,
  );
  const picked = chosen?.whileReading === passageId ? chosen.source : undefined;
  const sourceId = picked ?? reading?.source ?? index.graph.sources[0]?.id ?? "";
  const source = index.source(sourceId);
  const paragraphs = useMemo(() => byParagraph(index.passagesOf(sourceId)), [index, sourceId]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { nodeSources, edgeSources } = provenanceOf(index.graph);
  const selectionSources =
    (selectedEdge
      ? edgeSources.get(selectedEdge)
      : selectedNode
        ? nodeSources.get(selectedNode)
        : undefined) ?? [];
  const evidence = new Set(
    (selectedEdge ? index.edge(selectedEdge)?.evidence : undefined)?.map((e) => e.passage),
  );

  useEffect(() => {
    if (!passageId) return;
    const target = bodyRef.current?.querySelector(`[data-passage="${CSS.escape(passageId)}"]`);
    target?.scrollIntoView({ block: "center" });
  }, [passageId, sourceId]);

  return (
    <section className="panel article" aria-label="Article">
      <header className="panel-header">
        <h2>{index.graph.sources.length > 1 ? "The sources" : "The article"}</h2>
        <span className="article-date">
          {source?.date ? readableDate(source.date) : null}
          {source?.publisher ? ` · ${source.publisher}` : null}
        </span>
        <button type="button" onClick={closeArticle} aria-label="Close the article">
          Close
        </button>
      </header>
      {index.graph.sources.length > 1 ? (
        <SourcePicker
          index={index}
          selectionSources={selectionSources}
          value={sourceId}
          onChange={(source) => {
            setChosen({ whileReading: passageId, source });
          }}
        />
      ) : null}
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
