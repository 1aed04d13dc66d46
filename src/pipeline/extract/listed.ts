import type { Claim } from "./claims";
import { partiesIn, type Party, type View } from "./parties";

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

/** Those a readout lists after a meeting: "The executives present included ...". */
const LISTED_PEOPLE = new Set(
  "ambassadors envoys ceos executives leaders officials ministers participants guests members heads delegates representatives investors businessmen chairmen diplomats".split(
    " ",
  ),
);
const LIST_VERBS = new Set(["include", "included", "includes", "are", "were"]);

/**
 * Where a sentence's list opening ends, if it has one: a fixed opening ("They include", "Among
 * them were"), or a plural of those met and a verb of listing within its first words ("The
 * executives present included", "The envoys who presented credentials are from"); `states` when the list
 * is of where they are from.
 */
function listOpening(view: View): { to: number; states: boolean } | undefined {
  const t = view.sentence.tokens;
  const opening = LIST_OPENINGS.find((words) => words.every((w, k) => t[k]?.key === w));
  if (opening) return { to: opening.length, states: t[opening.length]?.key === "from" };
  const people = t.findIndex((k, i) => i < 6 && LISTED_PEOPLE.has(k.key));
  if (people < 0 || t.slice(1, people).some((k) => k.capital || !k.isWord)) return undefined;
  for (let i = people + 1; i < Math.min(t.length, people + 6); i += 1) {
    const k = t[i];
    if (!k?.isWord || k.capital) return undefined;
    if (LIST_VERBS.has(k.key)) {
      const from = t[i + 1]?.key === "from";
      return { to: from ? i + 2 : i + 1, states: from };
    }
  }
  return undefined;
}

/** "... are from the United States, Canada and Finland": the states listed, each one met. */
function statesListed(view: View, from: number): Party[] {
  return view.sentence.entities
    .filter((e) => e.from >= from && e.type === "state" && !e.demonym)
    .map((e) => ({ kind: "state", entity: e, from: e.from, to: e.to }));
}

/** Does a sentence between the meeting and the list name someone other than those who met? */
function namesOthersBetween(views: readonly View[], claim: Claim, index: number): boolean {
  const subjects = claim.subjects.flatMap((p) => (p.kind === "person" ? [p.person] : []));
  return views
    .slice(claim.sentence + 1, index)
    .some((v) => v.mentions.some((m) => !subjects.includes(m.person)));
}

/**
 * "The President received the letters of credence of four new envoys. They include the
 * Ambassador of Peru, Luis Alvarado, and ...": the people a sentence
 * lists after "They include" are met as the meeting told just before says (or the list before
 * it), a claim of their own.
 */
export function listedAfter(views: readonly View[], claims: readonly Claim[]): Claim[] {
  const listed: Claim[] = [];
  for (const view of views) {
    const opening = listOpening(view);
    const index = view.sentence.index;
    if (opening === undefined || view.sentence.furniture) continue;
    const { to } = opening;
    const told = [...claims, ...listed].filter(
      (c) =>
        c.sentence < index &&
        c.sentence >= index - 5 &&
        c.refusal === undefined &&
        c.subjects.length > 0 &&
        // the list names whom it met without naming them ("received new envoys"), not those
        // who did it ("ministers welcomed him. Those officials are ..."), or goes on with a list
        (listed.includes(c) || !c.objects.some((p) => p.kind === "person" || p.kind === "role")),
    );
    const before = told.at(-1);
    if (before && !listed.includes(before) && namesOthersBetween(views, before, index)) continue;
    const objects = opening.states
      ? statesListed(view, to)
      : partiesIn(view, { from: to, to: view.sentence.tokens.length });
    if (!before || objects.length === 0) continue;
    listed.push({
      ...before,
      // "the ambassadors ... are from Canada, Finland": each state's envoy, named or not
      word: opening.states ? { ...before.word, needsPerson: false } : before.word,
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
