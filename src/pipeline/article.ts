import type { Passage } from "../model/graph/schema";
import { splitSentences } from "./extract/sentences";

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?)\s+/;

/**
 * Splits the published file into its date (metadata, optional: a first token `date YYYY-MM-DD`, or
 * a range `date 2023-12-01/2023-12-02`) and its text, NFC-normalised.
 */
export function parseArticle(raw: string): { date?: string; text: string } {
  const normalized = raw.normalize("NFC");
  const match = DATE_LINE.exec(normalized);
  const text = (match ? normalized.slice(match[0].length) : normalized).trimEnd();
  return match?.[1] ? { date: match[1], text } : { text };
}

/**
 * The article's sentences, numbered from 1 with their paragraph; ids are `<source>.s<number>`.
 * `Intl.Segmenter` finds them, abbreviations it takes for an end ("U.S. President") are joined
 * back, and a hard-wrapped line does not end one (see extract/sentences.ts).
 */
export function splitPassages(text: string, source: string): Passage[] {
  return splitSentences(text, source);
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
