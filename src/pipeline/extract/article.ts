import { GRAPH_LIMITS } from "../../model/graph/limits";
import { count } from "../../model/text/quote";

/** Why an input is no article: it names the reason in words a reader acts on. */
export class ArticleError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "ArticleError";
  }
}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?)\s+/;
// Control characters other than tab, line feed, carriage return and form feed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;

// Zero-width spaces and joiners, word joiners, soft hyphens and byte-order marks.
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff]/g;

export interface ArticleText {
  /** NFC, without a leading `date` line, byte-order marks or zero-width characters, trailing space trimmed. */
  text: string;
  /** From a leading `date YYYY-MM-DD` line, when the file has one. */
  date?: string;
}

/**
 * Checks that `raw` is an article's text and takes off what is not the text: a leading `date` line
 * (optional; the date can also come from the text or from the caller). Refuses, with an
 * ArticleError, an empty, binary or oversized input and one with no sentence in it.
 */
export function readArticleText(raw: string): ArticleText {
  if (raw.length > GRAPH_LIMITS.sourceText) {
    throw new ArticleError(
      `it has ${count(raw.length)} characters; an article can have at most ${count(GRAPH_LIMITS.sourceText)}`,
    );
  }
  const controls = raw.match(CONTROL)?.length ?? 0;
  if (raw.includes("\u0000") || controls > raw.length / 100) {
    throw new ArticleError("it looks like a binary file, not text");
  }
  // Windows and old Mac line ends read as lines like any others; a zero-width space or a soft
  // hyphen a page left inside a word ("Tokayev\u200b", "Mirzi\u00adyoyev") would split it
  const normalized = raw
    .replace(/^\ufeff/, "")
    .replace(INVISIBLE, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
  const match = DATE_LINE.exec(normalized);
  const text = (match ? normalized.slice(match[0].length) : normalized).trimEnd();
  if (text.trim() === "") throw new ArticleError("it is empty");
  const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
  if (words < 3) throw new ArticleError("it holds no sentence to read");
  return match?.[1] ? { text, date: match[1] } : { text };
}
