import { titleFamily } from "../lexicon/titles";
import type { Party } from "./parties";
import type { Person } from "./persons";
import { slugOf } from "./slug";
import type { TitledMention } from "./titles";

/** Titles that stand for any leader: "the Kazakh leader", "his counterpart", "the Head of State". */
const ANY_LEADER = new Set([
  "leader",
  "counterpart",
  "head of state",
  "head of government",
  "head",
]);

/** Who a resolved party is: a person, a state named for its leaders, or the host ("he" in a host's readout). */
export type Resolved =
  | { kind: "person"; person: Person }
  | { kind: "state"; id: string; label: string }
  | { kind: "open" };

/**
 * Persons for titles without a name that stand for no one named ("The Head of State received...",
 * "The Prime Minister met Kenyan President William Ruto"): one a title and state, made once.
 */
export class RolePersons {
  private readonly made = new Map<string, Person>();

  constructor(private readonly taken: ReadonlySet<string>) {}

  of(mention: TitledMention): Person {
    const label = mention.title.label.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const key = `${titleFamily(label)}|${mention.affiliation?.id ?? ""}`;
    let person = this.made.get(key);
    if (!person) {
      let id = slugOf(label);
      while (this.taken.has(id) || [...this.made.values()].some((p) => p.id === id))
        id = `${id}-${this.made.size + 1}`;
      person = {
        id,
        label,
        words: [],
        shortLabel: label,
        titles: [],
        mentions: [],
        title: label,
        leads: mention.title.leads,
        named: "titled",
        ...(mention.affiliation ? { affiliation: mention.affiliation } : {}),
      };
      this.made.set(key, person);
    }
    return person;
  }

  all(): Person[] {
    return [...this.made.values()];
  }
}

/**
 * Whom a title without a name means: the one person of its state (if it gives one) whose title is
 * of the same office, or any leader of that state for "the Kazakh leader" and "his counterpart";
 * when several fit, `prefer` (the host, once known) if it is among them.
 */
export function personForRole(
  mention: TitledMention,
  persons: readonly Person[],
  prefer?: Person,
  antecedent?: (candidates: readonly Person[]) => Person | undefined,
): Person | undefined {
  const family = titleFamily(mention.title.label);
  const generic = ANY_LEADER.has(mention.title.label.toLowerCase());
  const state = mention.affiliation?.id;
  // "his Russian counterpart", "the visiting leader": the other side's, never the host
  const notHost =
    family === "counterpart" ||
    mention.owner === "his" ||
    mention.owner === "her" ||
    mention.modifier === "visiting";
  const named = persons.filter((p) => p.words.length > 0 && !(notHost && p === prefer));
  const ofState = state === undefined ? named : named.filter((p) => p.affiliation?.id === state);
  const office = (p: Person) => p.title !== undefined && titleFamily(p.title) === family;
  const fits = firstFound([
    ofState.filter(office),
    // "the Kazakh leader": a leader of that state
    generic && state !== undefined ? ofState.filter((p) => p.leads) : [],
    // "the head of government of Bangladesh", "the Vietnamese leader", "his Russian counterpart"
    // for one the text gives no state (nor, for a leader, a lower title)
    state !== undefined
      ? named.filter((p) => !p.affiliation && (generic ? p.leads : office(p)))
      : [],
    generic && state !== undefined ? named.filter((p) => !p.affiliation && !p.title) : [],
    // "the Head of State" alone: the host, once known, or a leader the text made its subject before
    generic && state === undefined
      ? prefer && !notHost
        ? [prefer]
        : named.filter((p) => p.leads)
      : [],
    !generic && state !== undefined ? ofState : [],
  ]);
  if (fits.length === 1 && !(generic && state === undefined && !prefer)) return fits[0];
  if (prefer && fits.includes(prefer)) return prefer;
  // "President of Uzbekistan Shavkat Mirziyoyev received ... Later, the President hosted ...":
  // of several who hold the office, the one a sentence before was about
  const before = antecedent?.(fits);
  if (before) return before;
  // "the Minister of Foreign Affairs, ... and Moroccan Expatriates held talks" in a readout that
  // names its host alone ("Bourita met ..."): a definite title no one else holds is the host's
  const untitledHost = prefer && !prefer.title && mention.definite && fits.length === 0;
  if (
    untitledHost &&
    (state === undefined || !prefer.affiliation || prefer.affiliation.id === state)
  )
    return prefer;
  return undefined;
}

/** Of `candidates`, the one that the nearest sentence before `sentence` is about, if any is. */
function earlierSubject(
  candidates: readonly Person[],
  sentence: number,
  referents: Referents,
): Person | undefined {
  for (let i = sentence - 1; i >= 0; i -= 1) {
    const subject = referents.subjectOf(i);
    if (subject && candidates.includes(subject)) return subject;
  }
  return undefined;
}

/** The first list that holds anyone. */
const firstFound = <T>(lists: readonly (readonly T[])[]): readonly T[] =>
  lists.find((l) => l.length > 0) ?? [];

/** A sentence's people in a subject's place, for the pronouns that point back to them. */
export interface Referents {
  /** Whom a sentence is about; before token `before`, the nearest one. */
  subjectOf: (sentence: number, before?: number) => Person | undefined;
}

/**
 * Who "he" or "she" at token `at` is: the nearest person before it in a subject's place, else whom
 * one of the two sentences before is about; else the host ("open"), whom a readout names least.
 */
export function personForPronoun(sentence: number, at: number, referents: Referents): Resolved {
  const here = referents.subjectOf(sentence, at);
  if (here) return { kind: "person", person: here };
  for (let i = sentence - 1; i >= Math.max(0, sentence - 2); i -= 1) {
    const subject = referents.subjectOf(i);
    if (subject) return { kind: "person", person: subject };
  }
  return { kind: "open" };
}

/** The person, state or host a party stands for, when the reading can tell. */
export function resolveParty(
  party: Party,
  sentence: number,
  context: { persons: readonly Person[]; roles: RolePersons; referents: Referents; host?: Person },
): Resolved | undefined {
  switch (party.kind) {
    case "person":
      return { kind: "person", person: party.person };
    case "state":
      return { kind: "state", id: party.entity.id, label: party.entity.label };
    case "role": {
      const antecedent = (candidates: readonly Person[]) =>
        earlierSubject(candidates, sentence, context.referents);
      const person =
        personForRole(party.mention, context.persons, context.host, antecedent) ??
        context.roles.of(party.mention);
      return { kind: "person", person };
    }
    case "pronoun":
      return party.word === "him" || party.word === "her"
        ? { kind: "open" }
        : personForPronoun(sentence, party.from, context.referents);
    case "pair": {
      // "the two Prime Ministers": the host and the one other of that office
      const { host } = context;
      const family = party.family;
      if (!host || family === undefined) return undefined;
      const others = context.persons.filter(
        (p) =>
          p !== host &&
          p.words.length > 0 &&
          p.title !== undefined &&
          titleFamily(p.title) === family,
      );
      const [only] = others;
      return others.length === 1 && only ? { kind: "person", person: only } : undefined;
    }
  }
}
