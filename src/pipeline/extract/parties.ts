import {
  ATTENDING,
  CLAUSE_STARTS,
  WHEN_WORDS,
  GROUP_NOUNS,
  LIST_MARKS,
  LIST_WORDS,
  OBJECT_PRONOUNS,
  PAIR_NOUNS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from "../lexicon/grammar";
import { MEETING_WORDS } from "../lexicon/meetingWords";
import { TITLE_MODIFIERS, titleFamily } from "../lexicon/titles";
import type { EntityHit } from "./entities";
import type { Person, PersonMention } from "./persons";
import type { Sentence } from "./sentence";
import type { TitledMention } from "./titles";
import type { Token } from "./tokens";
import { APOSTROPHES } from "./tokens";

/** Someone a sentence names around a meeting word, tokens `[from, to)`. */
export type Party =
  | { kind: "person"; person: Person; from: number; to: number }
  /** A title without a name: "the Iranian President", "his Malaysian counterpart", "the Head of State". */
  | { kind: "role"; mention: TitledMention; from: number; to: number }
  /** A state whose leaders or people the host met, unnamed: "leaders of France", "Thai businessmen". */
  | { kind: "state"; entity: EntityHit; from: number; to: number }
  /** "the two Prime Ministers", "both leaders": the host and the one they met. */
  | { kind: "pair"; family?: string; from: number; to: number }
  | { kind: "pronoun"; word: string; from: number; to: number };

/** A sentence with the people it names, as the meeting reader sees it. */
export interface View {
  sentence: Sentence;
  mentions: readonly PersonMention[];
  /** Titles without a name that no person mention covers. */
  roles: readonly TitledMention[];
}

export interface Range {
  from: number;
  to: number;
}

const within = (list: readonly Range[], i: number) => list.some((r) => i >= r.from && i < r.to);

/** Tokens that belong to a name, a title, a state or a body: a list of parties runs over them. */
export function covered(view: View, i: number): boolean {
  const { sentence } = view;
  // a title's whole phrase up to the name it introduces: "Director General of the state nuclear
  // corporation Rosatom Alexey Likhachev"
  return (
    sentence.entityOver.has(i) ||
    within(view.mentions, i) ||
    sentence.titles.some(
      (t) =>
        (i >= t.titleFrom && i < t.titleTo) ||
        (t.name !== undefined && i >= t.titleTo && i < t.name.from),
    )
  );
}

/** The person or role whose words start at token `i`. */
function namedAt(view: View, i: number): Party | undefined {
  // "Pacific Islands Forum Secretary General Ana Tuilagi": an organisation before the title starts it
  const before = (x: PersonMention) => {
    const a = x.titled?.affiliation;
    return a?.from !== undefined && a.to === x.titled?.titleFrom ? a.from : undefined;
  };
  const m = view.mentions.find((x) => x.from === i || x.titled?.titleFrom === i || before(x) === i);
  if (m)
    return {
      kind: "person",
      person: m.person,
      from: Math.min(m.from, m.titled?.titleFrom ?? m.from, before(m) ?? m.from),
      to: Math.max(m.to, m.titled?.titleTo ?? m.to),
    };
  const r = view.roles.find((x) => x.titleFrom === i);
  return r ? { kind: "role", mention: r, from: r.titleFrom, to: r.titleTo } : undefined;
}

/** "the two Prime Ministers", "both leaders" at token `i`. */
function pairAt(view: View, i: number): Party | undefined {
  const t = view.sentence.tokens;
  const two = t[i]?.key === "two" || t[i]?.key === "both";
  const noun = t[i + 1]?.key === "the" ? i + 2 : i + 1;
  if (!two) return undefined;
  const title = view.sentence.titles.find((x) => x.titleFrom === noun && x.plural);
  if (title)
    return { kind: "pair", family: titleFamily(title.title.label), from: i, to: title.titleTo };
  if (PAIR_NOUNS.has(t[noun]?.key ?? "")) return { kind: "pair", from: i, to: noun + 1 };
  return undefined;
}

/** A state the list names for its leaders or people: "leaders of France", "Thai businessmen", "the UAE delegation". */
function stateParty(view: View, e: EntityHit, parties: readonly Party[]): Party | undefined {
  const t = view.sentence.tokens;
  if (e.type !== "state" || t[e.from - 1]?.key === "to") return undefined;
  const before = t[e.from - 1]?.key === "the" ? e.from - 2 : e.from - 1;
  const link = t[before]?.key;
  const head = t[before - 1];
  const afterLeaders =
    (link === "of" || link === "from") &&
    head !== undefined &&
    (LIST_WORDS.has(head.key) ||
      GROUP_NOUNS.has(head.key) ||
      view.sentence.titles.some((x) => x.titleTo === before));
  const group = GROUP_NOUNS.has(t[e.to]?.key ?? "");
  const listed =
    parties.at(-1)?.kind === "state" && (link === "and" || t[e.from - 1]?.text === ",");
  return afterLeaders || group || listed
    ? { kind: "state", entity: e, from: e.from, to: e.to }
    : undefined;
}

/**
 * "called on him", "met her on Monday": a pronoun standing for a person; not "her Sri Lankan
 * counterpart" or "Her Majesty", where "her" goes before what it owns.
 */
function objectPronoun(t: readonly Token[], i: number): boolean {
  const k = t[i]?.key ?? "";
  if (!OBJECT_PRONOUNS.has(k)) return false;
  const next = t[i + 1];
  return (
    k === "him" ||
    !next?.isWord ||
    (!next.capital &&
      (PREPOSITIONS.has(next.key) || WHEN_WORDS.has(next.key) || next.key === "and"))
  );
}

/** The parties a run of tokens names, left to right. */
export function partiesIn(view: View, run: Range): Party[] {
  const parties: Party[] = [];
  const t = view.sentence.tokens;
  for (let i = run.from; i < run.to; i += 1) {
    const named = namedAt(view, i) ?? pairAt(view, i);
    // "Envoy of President Sergio Mattarella": whose envoy, not one met
    const possessor =
      t[i - 1]?.key === "of" && view.sentence.titles.some((x) => x.titleTo === i - 1);
    if (named && possessor) {
      i = Math.max(i, named.to - 1);
      continue;
    }
    if (named) {
      parties.push(named);
      i = Math.max(i, named.to - 1);
      continue;
    }
    const entity = view.sentence.entityAt.get(i);
    const state = entity ? stateParty(view, entity, parties) : undefined;
    if (state) parties.push(state);
    if (entity) i = entity.to - 1;
    else if (i === run.from && objectPronoun(t, i))
      parties.push({ kind: "pronoun", word: t[i]?.key ?? "", from: i, to: i + 1 });
  }
  // one person named twice ("H.E. Mr. Bui Thanh Son, Minister of Foreign Affairs") is one party
  const seen = new Set<Person>();
  const once = parties.filter(
    (p) => p.kind !== "person" || (!seen.has(p.person) && Boolean(seen.add(p.person))),
  );
  // a state whose leader the list names is that person's, not a party of its own
  const stateOf = (p: Party) =>
    p.kind === "person"
      ? p.person.affiliation?.id
      : p.kind === "role"
        ? p.mention.affiliation?.id
        : undefined;
  const named = new Set(once.map(stateOf).filter((id) => id !== undefined));
  return once.filter((p) => p.kind !== "state" || !named.has(p.entity.id));
}

/** Does token `i` belong in a list of parties? */
function listed(view: View, i: number): boolean {
  const t = view.sentence.tokens[i];
  if (!t) return false;
  if (covered(view, i)) return true;
  if (!t.isWord) return LIST_MARKS.has(t.text);
  // "47 heads of Fortune 500 companies"
  if (/^\d+$/.test(t.text)) return true;
  return (
    (t.capital && !ATTENDING.has(t.key)) || LIST_WORDS.has(t.key) || TITLE_MODIFIERS.has(t.key)
  );
}

/** One-word meeting nouns ("summit", "talks"): a list of parties does not go on past one. */
const MEETING_NOUNS = new Set(
  MEETING_WORDS.filter((w) => w.noun && !w.phrase.includes(" ")).map((w) => w.phrase),
);

/**
 * The list of parties that starts at `from`: names, titles, states and small words, up to the
 * first other word; then on past a short aside ("for 30 minutes") when "and" or a comma brings
 * more of them ("... and Chile's President Sebastian Pinera").
 */
export function runFrom(view: View, from: number): Range {
  const t = view.sentence.tokens;
  if (objectPronoun(t, from)) return { from, to: from + 1 };
  let to = from;
  for (;;) {
    while (to < t.length && to - from < 60 && listed(view, to)) to += 1;
    let resume: number | undefined;
    for (let j = to; j < Math.min(t.length, to + 7); j += 1) {
      const k = t[j];
      // "two leaders of the region - the Forum Secretary General Ana Tuilagi and ...": a
      // dash or a colon brings those meant
      if (["-", "–", "—", ":"].includes(k?.text ?? "") && partyNear(view, j + 1) !== undefined) {
        resume = j + 1;
        break;
      }
      // "consultations with Sato and a summit between Lee and Suzuki": another meeting's parties
      if (
        !k ||
        [".", ";", ":"].includes(k.text) ||
        CLAUSE_STARTS.has(k.key) ||
        ATTENDING.has(k.key) ||
        k.key === "between" ||
        MEETING_NOUNS.has(k.key)
      )
        break;
      // "... and Chile's President X"; "chief executives of companies, including Tim Cook"
      const joins = k.key === "and" || k.text === "," || k.key === "including";
      if (joins && partyNear(view, j + 1) !== undefined) {
        resume = j + 1;
        break;
      }
    }
    // "talks with X, who is visiting China, and with Vice Premier Y"
    for (let j = to; resume === undefined && j < Math.min(t.length, to + 14); j += 1) {
      if (t[j]?.text === "." || t[j]?.text === ";") break;
      if (t[j]?.key === "and" && t[j + 1]?.key === "with" && partyNear(view, j + 2)) resume = j + 2;
    }
    if (resume === undefined) break;
    to = resume;
  }
  to = clauseInside(view, from, to);
  while (
    to > from &&
    ["and", ",", "the", "-", "–", "—", "("].includes(t[to - 1]?.key || t[to - 1]?.text || "")
  )
    to -= 1;
  return { from, to };
}

/** The party that starts at `j` or after "the", a state's people or modifiers ("Azerbaijani President X"). */
function partyNear(view: View, j: number): Party | undefined {
  const t = view.sentence.tokens;
  let i = j;
  for (;;) {
    // "Vice Premier Zhang": a modifier can start the title itself
    const here = namedAt(view, i);
    if (here) return here;
    const entity = view.sentence.entityAt.get(i);
    if (entity?.demonym) i = entity.to;
    // "Chile’s President Sebastian Pinera"
    else if (entity && APOSTROPHES.has(t[entity.to]?.text ?? "") && t[entity.to + 1]?.key === "s")
      i = entity.to + 2;
    else if (t[i]?.key === "the" || TITLE_MODIFIERS.has(t[i]?.key ?? "")) i += 1;
    else break;
  }
  return namedAt(view, i);
}

/** A lower-case word that can only be a verb here: no small word of a list, no preposition. */
function verbLike(t: Token | undefined): boolean {
  return (
    t?.isWord === true &&
    !t.capital &&
    !LIST_WORDS.has(t.key) &&
    !PREPOSITIONS.has(t.key) &&
    !WHEN_WORDS.has(t.key) &&
    !CLAUSE_STARTS.has(t.key) &&
    !TITLE_MODIFIERS.has(t.key)
  );
}

/**
 * "During the meeting with X, Tokayev noted ...", "At the meeting with X, Tokayev and Aliyev
 * discussed ...": a comma and parties followed by a verb open the main clause; the list ends there.
 */
function clauseInside(view: View, from: number, to: number): number {
  const t = view.sentence.tokens;
  for (let c = from; c < to; c += 1) {
    if (t[c]?.text !== ",") continue;
    // the first plain word after the comma, past names, titles and "the ... of the ..."
    let j = c + 1;
    while (
      j < t.length &&
      (t[j]?.capital ||
        covered(view, j) ||
        !t[j]?.isWord ||
        ["the", "of", "s", "and"].includes(t[j]?.key ?? ""))
    ) {
      if (t[j]?.text === "," || t[j]?.text === ".") break;
      j += 1;
    }
    if (j > c + 1 && verbLike(t[j])) return c;
  }
  return to;
}

/** The token before `at`, past "the", modifiers and a state's people ("with the new German Chancellor"). */
function wordBefore(view: View, at: number): number {
  const t = view.sentence.tokens;
  let i = at - 1;
  for (;;) {
    // "with the new German Chancellor", "Kazakhstan Mukhtar Tleuberdi": a state before a name is the name's
    const entity = view.sentence.entities.find((e) => e.to === i + 1 && e.type === "state");
    if (entity) i = entity.from - 1;
    else if (t[i]?.key === "the" || TITLE_MODIFIERS.has(t[i]?.key ?? "")) i -= 1;
    else return i;
  }
}

/** A party named where an object stands: after "with", "of", "by", or in apposition to one. */
function inObjectPlace(view: View, party: Party, all: readonly Party[]): boolean {
  const t = view.sentence.tokens;
  const before = wordBefore(view, party.from);
  if (PREPOSITIONS.has(t[before]?.key ?? "")) return true;
  if (t[before]?.text !== ",") return false;
  const previous = all.filter((p) => p.to <= before).at(-1);
  return previous !== undefined && previous.to >= before - 1 && inObjectPlace(view, previous, all);
}

/** Every party of the sentence, left to right, for the subject reader. */
export function allParties(view: View): Party[] {
  return partiesIn(view, { from: 0, to: view.sentence.tokens.length });
}

/** Where ", who ... ," ending at token `end` starts: the token before its opening comma. */
function beforeRelative(view: View, end: number): number | undefined {
  const t = view.sentence.tokens;
  for (let i = end; i > Math.max(0, end - 25); i -= 1) {
    if (t[i]?.text === ";" || t[i]?.text === ".") return undefined;
    if ((t[i]?.key === "who" || t[i]?.key === "which") && t[i - 1]?.text === ",") return i - 2;
  }
  return undefined;
}

/** Parties joined to `first` before it by "and", a comma or "as well as": "A and B held talks". */
function joinedBefore(view: View, first: Party, all: readonly Party[]): Party[] {
  const t = view.sentence.tokens;
  const group = [first];
  let at = first.from;
  for (;;) {
    const start = wordBefore(view, at);
    let i = start;
    while (
      i >= 0 &&
      (t[i]?.key === "and" || t[i]?.text === "," || t[i]?.key === "as" || t[i]?.key === "well")
    )
      i -= 1;
    if (i === start) break;
    // "Novák, who arrived in Astana on Wednesday, and Tokayev discussed": past a relative clause
    if (t[i + 1]?.text === ",") i = beforeRelative(view, i) ?? i;
    const previous = all.find((p) => p.to === i + 1);
    if (!previous || inObjectPlace(view, previous, all)) break;
    group.unshift(previous);
    at = previous.from;
  }
  return group;
}

/**
 * Who does what a meeting word at `at` says: the nearest party before it in its clause that does
 * not stand in an object's place, with those joined to it ("A and B held talks"); the one a
 * relative "who" refers back to ("..., who called on him"); a subject pronoun ("He received").
 * `skip` are ranges already read as another meeting word's objects.
 */
export function subjectsBefore(view: View, at: number, skip: readonly Range[]): Party[] {
  const t = view.sentence.tokens;
  const all = allParties(view);
  for (let i = at - 1; i >= 0; i -= 1) {
    const k = t[i];
    // a clause of its own: "told BSS that a meeting between ..." says nothing of who told it
    if (!k || k.text === ";" || (k.text === ":" && i > 3) || k.key === "that") break;
    if (k.key === "who" || k.key === "which") {
      // "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who": the nearest one before
      const antecedent = all.filter((p) => p.to <= i).at(-1);
      return antecedent ? joinedBefore(view, antecedent, all) : [];
    }
    const party = all.find((p) => i >= p.from && i < p.to);
    if (party) {
      if (within(skip, party.from) || inObjectPlace(view, party, all)) {
        i = party.from;
        continue;
      }
      return joinedBefore(view, party, all);
    }
    if (SUBJECT_PRONOUNS.has(k.key)) return [{ kind: "pronoun", word: k.key, from: i, to: i + 1 }];
  }
  return [];
}

/**
 * Whom a sentence is about: the person it names first in a subject's place, early in it (after a
 * leading "On May 10," or "It should be noted that"); or, before token `before`, the nearest one.
 */
export function subjectOfSentence(view: View, before?: number): Party | undefined {
  const all = allParties(view);
  const people = all.filter(
    (p) => (p.kind === "person" || p.kind === "role") && !inObjectPlace(view, p, all),
  );
  if (before !== undefined) return people.filter((p) => p.to <= before).at(-1);
  return people.find((p) => p.from <= 6);
}
