import { useMemo, type MouseEvent } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { highlightPieces } from "../../model/text/highlight";
import type { Passage } from "../../model/graph/schema";
import { useExplorer } from "../state/useExplorer";

interface ArticleSentenceProps {
  passage: Passage;
  index: GraphIndex;
  reading: boolean;
  /** The sentence states the selected relation. */
  evidence: boolean;
  selectedNode: string | null;
}

/**
 * One sentence of the article. Its number selects it (to see what it states); every mention is a
 * link to its node. Where mentions nest ("United Nations" in "United Nations (UN) General
 * Assembly"), each stretch links to the innermost one.
 */
export function ArticleSentence(props: ArticleSentenceProps) {
  const { passage, index, reading, evidence, selectedNode } = props;
  const selectNode = useExplorer((s) => s.selectNode);
  const selectPassage = useExplorer((s) => s.selectPassage);
  // The pieces depend on the sentence alone, not on what is selected: cut them once.
  const pieces = useMemo(() => {
    const marks = index
      .mentionsIn(passage.id)
      .map(({ span, nodeId }) => ({ start: span.start, end: span.end, tag: nodeId }))
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    return highlightPieces(passage.exact, passage.start, marks);
  }, [index, passage]);
  const { number } = passage;
  const classes = ["sentence", reading ? "reading" : "", evidence ? "evidence" : ""];

  return (
    <span
      data-passage={passage.id}
      className={classes.filter(Boolean).join(" ")}
      aria-current={reading ? "true" : undefined}
    >
      <button
        type="button"
        className="sentence-number"
        aria-label={`Sentence ${number}: what it states`}
        onClick={() => {
          selectPassage(passage.id);
        }}
      >
        {number}
      </button>
      {pieces.map((piece, i) => {
        const target = piece.tags[0];
        if (target === undefined) return <span key={i}>{piece.text}</span>;
        const selected = selectedNode !== null && piece.tags.includes(selectedNode);
        const label = index.node(target)?.label ?? target;
        return (
          <a
            key={i}
            href={`?node=${encodeURIComponent(target)}`}
            className={selected ? "mention selected" : "mention"}
            title={label}
            onClick={(event: MouseEvent) => {
              event.preventDefault();
              selectNode(target);
            }}
          >
            {piece.text}
          </a>
        );
      })}{" "}
    </span>
  );
}
