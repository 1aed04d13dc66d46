import type { Passage } from "../model/graph/schema";

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;

/** Splits the published file into its date (metadata) and its text, NFC-normalised. */
export function parseArticle(raw: string): { date: string; text: string } {
  const normalized = raw.normalize("NFC");
  const match = DATE_LINE.exec(normalized);
  if (!match?.[1]) {
    throw new Error("the article must start with 'date YYYY-MM-DD' followed by its text");
  }
  return { date: match[1], text: normalized.slice(match[0].length).trimEnd() };
}

/**
 * The article's sentences, numbered from 1 with their paragraph (paragraphs are separated by blank
 * lines); ids are `<source>.s<number>`. Unicode sentence segmentation already knows that "Sept. 18"
 * does not end a sentence and that a closing quotation mark belongs to the sentence before it.
 */
export function splitPassages(text: string, source: string): Passage[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const passages: Passage[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    if (block[0].trim() === "") continue;
    paragraph += 1;
    for (const piece of segmenter.segment(block[0])) {
      const exact = piece.segment.trim();
      if (exact === "") continue;
      const start = block.index + piece.index + piece.segment.indexOf(exact);
      const number = passages.length + 1;
      passages.push({
        id: `${source}.s${number}`,
        source,
        number,
        paragraph,
        start,
        end: start + exact.length,
        exact,
      });
    }
  }
  return passages;
}

/** The passage that contains `[start, end)`, or undefined when the range crosses a boundary. */
export function passageContaining(
  passages: readonly Passage[],
  start: number,
  end: number,
): Passage | undefined {
  let low = 0;
  let high = passages.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const passage = passages[mid];
    if (!passage) break;
    if (start < passage.start) high = mid - 1;
    else if (start >= passage.end) low = mid + 1;
    else return end <= passage.end ? passage : undefined;
  }
  return undefined;
}
