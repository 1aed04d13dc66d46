import type { Claim } from "./claims";
import { partiesIn, type View } from "./parties";

/** Openings of a sentence that lists those the sentence before says were met. */
const LIST_OPENINGS = [
  "they include",
  "they included",
  "they are",
  "they were",
  "these include",
  "these included",
  "these are",
  "these were",
  "among them were",
  "among them are",
  "among them",
  "among those received were",
  "those received included",
  "also received were",
  "also received was",
].map((o) => o.split(" "));

/** Where a sentence's list opening ends, if it has one. */
function listOpening(view: View): number | undefined {
  const t = view.sentence.tokens;
  const opening = LIST_OPENINGS.find((words) => words.every((w, k) => t[k]?.key === w));
  return opening?.length;
}

/**
 * "President Akufo-Addo has received the letters of credence of new envoys from five countries.
 * They include the Ambassador of Guinea to Ghana, Jean Matho Doré, and ...": the people a sentence
 * lists after "They include" are met as the sentence before says (or the list before it), a
 * claim of their own.
 */
export function listedAfter(views: readonly View[], claims: readonly Claim[]): Claim[] {
  const listed: Claim[] = [];
  for (const view of views) {
    const to = listOpening(view);
    const index = view.sentence.index;
    if (to === undefined || view.sentence.furniture) continue;
    const told = [...claims, ...listed].filter(
      (c) => c.sentence === index - 1 && c.refusal === undefined && c.subjects.length > 0,
    );
    const before = told.at(-1);
    const objects = partiesIn(view, { from: to, to: view.sentence.tokens.length });
    if (!before || objects.length === 0) continue;
    listed.push({
      ...before,
      sentence: index,
      at: 0,
      to,
      text: view.sentence.tokens
        .slice(0, to)
        .map((k) => k.text)
        .join(" "),
      objects,
      headline: false,
      between: false,
    });
  }
  return listed;
}
