import { highlightPieces, type Mark } from "../../model/text/highlight";
import type { Passage } from "../../model/graph/schema";

interface PassageQuoteProps {
  passage: Passage;
  marks: readonly Mark[];
  onRead: (passageId: string) => void;
}

/** One sentence of the article with its marks highlighted, its paragraph, and a way to read on. */
export function PassageQuote({ passage, marks, onRead }: PassageQuoteProps) {
  const pieces = highlightPieces(passage.exact, passage.start, marks);
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
        <span>Paragraph {passage.paragraph}</span>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onRead(passage.id);
          }}
          aria-label={`Read paragraph ${passage.paragraph} in the article`}
        >
          Read in the article
        </button>
      </div>
    </li>
  );
}
