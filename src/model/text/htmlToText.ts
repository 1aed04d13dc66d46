/** Elements whose content is never text a reader sees. */
const HIDDEN = /<(script|style|template|noscript|head|svg|math|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;
/** Elements that end a line or a paragraph where they close. */
const BLOCK =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|pre|hr|dd|dt|figcaption)\b[^>]*>/gi;
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  laquo: "«",
  raquo: "»",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X"
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text of HTML pasted from a web page, as a reader sees it: paragraphs kept, scripts, styles and
 * markup dropped. The result is only ever read as text (never parsed as HTML again), so nothing in
 * it can run; a string pass is enough and works in a worker, where there is no DOMParser.
 */
export function htmlToText(html: string): string {
  return decode(
    html
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(HIDDEN, "")
      .replace(BLOCK, "\n")
      .replace(/<[^>]*>/g, ""),
  )
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Does this text look like HTML rather than prose that mentions a tag? */
export const looksLikeHtml = (text: string): boolean =>
  /^\s*(<!doctype html|<html\b|<head\b|<body\b|<meta\b|<div\b|<p\b|<article\b|<span\b)/i.test(text);
