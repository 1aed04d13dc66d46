import type { Passage, Source, Span } from "../graph/schema";

/** How much text one made-up source holds, under the schema's limit for one article. */
const SOURCE_CHARS = 900_000;

export interface Line {
  /** The sentence, and where in it the element's own words stand. */
  text: string;
  mark: [number, number];
  claim: (span: Span) => void;
}

/**
 * A graph from another tool says what is connected, not where it is written. Each node and relation
 * that has no sentence behind it gets one here, in a text the explorer writes and titles as such
 * ("what <file> states"), so that every fact still points at the words it came from: the file.
 */
export function describedSources(
  baseId: string,
  fileName: string,
  lines: Line[],
): { sources: Source[]; passages: Passage[] } {
  const sources: Source[] = [];
  const passages: Passage[] = [];
  let i = 0;
  while (i < lines.length) {
    const id = sources.length === 0 ? baseId : `${baseId}-${sources.length + 1}`;
    const heading = `What ${fileName} states.`;
    let text = heading;
    let number = 1;
    passages.push({
      id: `${id}.s1`,
      source: id,
      number,
      paragraph: 1,
      start: 0,
      end: heading.length,
      exact: heading,
    });
    while (i < lines.length && text.length < SOURCE_CHARS) {
      const line = lines[i++];
      if (!line) break;
      const start = text.length + 1;
      text += `\n${line.text}`;
      number += 1;
      const passage = `${id}.s${number}`;
      passages.push({
        id: passage,
        source: id,
        number,
        paragraph: number,
        start,
        end: start + line.text.length,
        exact: line.text,
      });
      const [from, to] = line.mark;
      line.claim({
        start: start + from,
        end: start + to,
        exact: line.text.slice(from, to),
        passage,
      });
    }
    const part = sources.length === 0 && i >= lines.length ? "" : ` (part ${sources.length + 1})`;
    sources.push({ id, title: `What ${fileName} states${part}`.slice(0, 500), text });
  }
  return { sources, passages };
}
