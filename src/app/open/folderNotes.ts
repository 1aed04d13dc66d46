import { quoteList } from "../../model/text/quote";

/** What a folder held that is no article, said in one note on arrival. */
export function skippedNote(skipped: readonly string[]): string[] {
  if (skipped.length === 0) return [];
  const one = skipped.length === 1;
  return [
    `Skipped ${skipped.length} file${one ? "" : "s"} that ${one ? "is" : "are"} not an article (.txt, .md or .html): ${quoteList(skipped, 5, 80)}.`,
  ];
}

/** Why a folder with no article in it opens nothing. */
export function noArticles(skipped: readonly string[]): string {
  if (skipped.length === 0) return "it is empty";
  const more = skipped.length > 3 ? "…" : "";
  return `it holds no article (.txt, .md or .html), only ${skipped.slice(0, 3).join(", ")}${more}`;
}
