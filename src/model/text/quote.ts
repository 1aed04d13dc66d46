/**
 * Echoing what someone else wrote (a value in a link, a string in a graph file) back to the reader,
 * safely: NFC, short, and with nothing invisible left to reorder or hide the words around it.
 */

/** Control characters, bidi embeddings, overrides and isolates, zero-width space, byte-order mark. */
const INVISIBLE =
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
/** Keep at most this many combining marks on one letter ("Zalgo" text otherwise grows up and down). */
const MARKS_PER_LETTER = 3;
const TOO_MANY_MARKS = new RegExp(`(\\p{M}{${MARKS_PER_LETTER}})\\p{M}+`, "gu");

const codePoint = (c: string) =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** The value with every invisible character written out (‹U+202E›) and line breaks as spaces. */
export function visible(value: string): string {
  return value
    .replace(LONE_SURROGATE, "\ufffd")
    .normalize("NFC")
    .replace(/[\t\n\r]/g, " ")
    .replace(INVISIBLE, (c) => `‹${codePoint(c)}›`)
    .replace(TOO_MANY_MARKS, "$1");
}

/** At most `max` characters (code points, never half a surrogate pair), with "…" when cut. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const points = Array.from(value.slice(0, max * 2 + 1));
  return points.length <= max ? value : `${points.slice(0, max - 1).join("")}…`;
}

/** “value”, shown safely and cut to `max` characters: for messages that echo input back. */
export function quote(value: string, max = 80): string {
  // Only the start of an enormous value is looked at: the rest could never be shown anyway.
  const cut = value.length > max * 4;
  const shown = truncate(visible(cut ? value.slice(0, max * 4) : value), max);
  return `“${cut && !shown.endsWith("…") ? `${shown}…` : shown}”`;
}

/** “a”, “b”, “c” and 4 more: a list of echoed values that stays short. */
export function quoteList(values: readonly string[], shown = 5, max = 40): string {
  const quoted = values.slice(0, shown).map((v) => quote(v, max));
  const more = values.length - quoted.length;
  return more > 0 ? `${quoted.join(", ")} and ${more} more` : quoted.join(", ");
}

/**
 * 12,345: numbers the way the messages print them. Not toLocaleString, whose first call sets up
 * ICU's number formatting (tens of milliseconds at start-up, where the schema is built).
 */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
