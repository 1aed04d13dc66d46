import { highlightPieces, type Mark } from "../../model/text/highlight";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { Passage } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";
import { explorerHref } from "../url/explorerLink";
import { viewOf } from "../view/parameters";
import "./PassageQuote.css";

interface PassageQuoteProps {
  passage: Passage;
  index: GraphIndex;
  marks: readonly Mark[];
  onRead: (passageId: string) => void;
}

/**
 * One sentence with its marks highlighted, where it stands (its source, when the graph has several,
 * and its paragraph), and a way to read on.
 */
export function PassageQuote({ passage, index, marks, onRead }: PassageQuoteProps) {
  const pieces = highlightPieces(passage.exact, passage.start, marks);
  const source = index.graph.sources.length > 1 ? index.source(passage.source) : undefined;
  // The visible words first, as speech input expects (WCAG 2.5.3), then which paragraph.
  const readLabel = `Read in the article, paragraph ${passage.paragraph}`;
  // Embedded, there is no article beside the frame: a link to the whole explorer at this sentence.
  const readHref = useExplorer((s) => (s.embed ? explorerHref(viewOf(s), passage.id) : null));
  return (
    <li className="passage-quote">
      <blockquote>
        {pieces.map((piece, i) =>
          piece.tags.length > 0 ? (
            <mark key={i} className={piece.tags.join(" ")}>
              {piece.text}
            </mark>
          ) : (
            <span key={i}>{piece.text}</span>
          ),
        )}
      </blockquote>
      <div className="passage-meta">
        <span>
          {source ? `${source.publisher ?? source.title} · paragraph` : "Paragraph"}{" "}
          {passage.paragraph}
        </span>
        {readHref !== null ? (
          <a
            className="link-button"
            href={readHref}
            target="_blank"
            rel="noopener"
            aria-label={readLabel}
          >
            Read in the article
          </a>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onRead(passage.id);
            }}
            aria-label={readLabel}
          >
            Read in the article
          </button>
        )}
      </div>
    </li>
  );
}
