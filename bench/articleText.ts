import type { Passage, Source, Span } from "../src/model/graph/schema";
import type { Draft, DraftEdge, DraftNode } from "./draftGraph";

export interface WrittenArticle {
  sources: Source[];
  passages: Passage[];
  mentions: Map<DraftNode, Span[]>;
  evidence: Map<DraftEdge, Span[]>;
}

type Piece = string | DraftNode;

const SENTENCES_PER_PARAGRAPH = 4;
const TOPICS_PER_SENTENCE = 4;
/** About 3 KB of text: a readout of the genre is 2 to 6 KB. */
const SENTENCES_PER_SOURCE = 40;

/**
 * Writes a corpus of readouts that states every relation of the draft: a sentence per relation, or
 * one for several (a meeting's participants, place and occasion; its topics four at a time), like the
 * real one, forty sentences to a readout. Every node is mentioned where its name is written; every
 * relation's evidence is its sentence.
 */
export function writeArticle(draft: Draft): WrittenArticle {
  let chunks: string[] = [];
  let length = 0;
  let paragraph = 1;
  let inParagraph = 0;
  const sources: Source[] = [];
  const passages: Passage[] = [];
  let inSource = 0;
  const mentions = new Map<DraftNode, Span[]>();
  const evidence = new Map<DraftEdge, Span[]>();
  const closeSource = () => {
    if (inSource === 0) return;
    const number = sources.length + 1;
    sources.push({
      id: `readout-${number}`,
      title: `Generated readout ${number}`,
      date: "2023-09-19",
      publisher: "Benchmark press service",
      text: chunks.join(""),
    });
    chunks = [];
    length = 0;
    paragraph = 1;
    inParagraph = 0;
    inSource = 0;
  };

  const sentence = (pieces: readonly Piece[], states: readonly DraftEdge[]) => {
    if (inSource === SENTENCES_PER_SOURCE) closeSource();
    inSource++;
    if (inParagraph === SENTENCES_PER_PARAGRAPH) {
      chunks.push("\n\n");
      length += 2;
      paragraph++;
      inParagraph = 0;
    } else if (inParagraph > 0) {
      chunks.push(" ");
      length += 1;
    }
    inParagraph++;
    const source = `readout-${sources.length + 1}`;
    const passage = `${source}.s${inSource}`;
    const start = length;
    for (const piece of pieces) {
      const words = typeof piece === "string" ? piece : piece.label;
      if (typeof piece !== "string") {
        const span = { start: length, end: length + words.length, exact: words, passage };
        mentions.set(piece, [...(mentions.get(piece) ?? []), span]);
      }
      chunks.push(words);
      length += words.length;
    }
    const exact = chunks.slice(chunks.length - pieces.length).join("");
    passages.push({ id: passage, source, number: inSource, paragraph, start, end: length, exact });
    for (const edge of states) {
      evidence.set(edge, [{ start, end: length, exact, passage }]);
    }
  };

  const edgeOf = new Map(draft.edges.map((e) => [`${e.source.id} ${e.type} ${e.target.id}`, e]));
  const find = (source: DraftNode, type: string, target: DraftNode) => {
    const edge = edgeOf.get(`${source.id} ${type} ${target.id}`);
    return edge ? [edge] : [];
  };

  for (const m of draft.meetings) {
    const [a, b] = m.participants;
    sentence(
      [
        ...["At the ", m.node, " in ", m.place, " on the sidelines of the ", m.occasion, ", "],
        ...[a, " held talks with ", b, "."],
      ],
      [
        ...find(a, "participates_in", m.node),
        ...find(b, "participates_in", m.node),
        ...find(m.node, "held_in", m.place),
        ...find(m.node, "on_sidelines_of", m.occasion),
      ],
    );
    for (let i = 0; i < m.topics.length; i += TOPICS_PER_SENTENCE) {
      const topics = m.topics.slice(i, i + TOPICS_PER_SENTENCE);
      const list = topics.flatMap((t, j): Piece[] => {
        if (j === 0) return [t];
        return [j === topics.length - 1 ? " and " : ", ", t];
      });
      sentence(
        ["During the ", m.node, ", both leaders discussed ", ...list, "."],
        topics.flatMap((t) => find(m.node, "discusses", t)),
      );
    }
    sentence(
      [m.reporter, " reported on the ", m.node, "."],
      find(m.reporter, "reports_on", m.node),
    );
  }

  for (const edge of draft.edges) {
    if (evidence.has(edge)) continue;
    if (edge.type === "heads") {
      const title = edge.source.role?.split(" of ")[0] ?? "Head";
      sentence([edge.source, ` is the ${title} of `, edge.target, "."], [edge]);
    } else {
      sentence([edge.source, ` ${edge.label} `, edge.target, "."], [edge]);
    }
  }

  const unmentioned = draft.nodes.filter((n) => !mentions.has(n));
  for (const node of unmentioned) sentence(["The report also mentions ", node, "."], []);

  closeSource();
  return { sources, passages, mentions, evidence };
}
