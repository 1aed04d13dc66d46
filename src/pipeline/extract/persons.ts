import { addTo } from "../../model/graph/multiMap";
import type { Span } from "../../model/graph/schema";
import { findUntitledNames, type NameOf, type UntitledName } from "./candidates";
import { nameWord } from "./names";
import { PhraseIndex } from "./phraseIndex";
import { spanOf, type Sentence } from "./sentence";
import { slugOf } from "./slug";
import type { Affiliation, TitledMention } from "./titles";
import type { Token } from "./tokens";
import { sameSpelling } from "./variants";

/** How the text shows a name is a person's: a title, an honorific, a state before it, or its form alone. */
export type Named = "titled" | "honorific" | "state" | "bare";

/** A person the article names, gathered from all their mentions. */
export interface Person {
  id: string;
  label: string;
  /** Folded words of the fullest name; none for a person known by title alone ("the Head of State"). */
  words: string[];
  /** The name the article uses alone ("Tokayev", "Pirc Musar"), else the surname. */
  shortLabel: string;
  titles: { mention: TitledMention; sentence: number }[];
  mentions: Span[];
  /** What they are of, as most of their titles say (a state before a body). */
  affiliation?: Affiliation;
  /** Their title, as first given ("President"). */
  title?: string;
  leads: boolean;
  /** When the state is inferred, not given by a title: the sentence it is inferred from. */
  affiliationFrom?: number;
  named: Named;
}

/** A person named in a sentence: tokens `[from, to)`. */
export interface PersonMention {
  person: Person;
  sentence: number;
  from: number;
  to: number;
  titled?: TitledMention;
}

/** A name as the text first gives it, before the names are gathered into persons. */
interface NameFound {
  sentence: number;
  from: number;
  to: number;
  titled?: TitledMention;
  untitled?: UntitledName;
}

/** Regnal numbers and "Jr.": they follow a name, and are no surname. */
const ROMAN = /^(?:ii|iii|iv|v|vi|vii|viii|ix|x|jr|sr)$/;
const RANK: Record<Named, number> = { titled: 3, honorific: 2, state: 1, bare: 0 };

/** The words of a name, hyphenated parts kept together ("Lee Jun-ho" → "lee", "jun-ho"). */
function nameWords(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  let hyphen = false;
  for (const t of tokens) {
    if (!t.isWord) {
      hyphen = t.text === "-" && t.glued;
      continue;
    }
    const last = words.at(-1);
    if (hyphen && t.glued && last !== undefined) words[words.length - 1] = `${last}-${t.key}`;
    else words.push(t.key);
    hyphen = false;
  }
  return words.filter((w) => w !== "");
}

/** The word a person is known by: the last one, not a regnal number. */
function surnameOf(words: readonly string[]): string {
  const last = words.at(-1) ?? "";
  return ROMAN.test(last) ? words.join(" ") : last;
}

const startsWith = (words: readonly string[], start: readonly string[]) =>
  start.every((w, k) => words[k] === w);
const endsWith = (words: readonly string[], end: readonly string[]) =>
  startsWith([...words].reverse(), [...end].reverse());

/** Every name the sentences give: titled ones first-class, then those without a title. */
function namesFound(sentences: readonly Sentence[]): NameFound[] {
  const found: NameFound[] = [];
  for (const s of sentences) {
    const titled = s.titles.flatMap((t) => (t.name ? [{ t, name: t.name }] : []));
    for (const { t, name } of titled) found.push({ sentence: s.index, ...name, titled: t });
    const taken = (i: number) =>
      s.entityOver.has(i) ||
      s.titles.some(
        (t) =>
          (i >= t.titleFrom && i < t.titleTo) ||
          (t.affiliation?.from !== undefined &&
            i >= t.affiliation.from &&
            i < (t.affiliation.to ?? 0)),
      ) ||
      titled.some(({ name }) => i >= name.from && i < name.to);
    for (const u of findUntitledNames(s, taken))
      found.push({ sentence: s.index, from: u.from, to: u.to, untitled: u });
  }
  return found;
}

/** The person a name belongs to among those gathered so far: the same surname, or a spelling of it. */
function ownerOf(persons: readonly Person[], words: readonly string[]): Person | undefined {
  const surname = surnameOf(words);
  // "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah" and "Sheikh Sabah Khaled ... Al-Sabah": a family
  // name two first names share is two persons; a first name spelt otherwise is one ("Ebrahim")
  const sameFirst = (p: Person) =>
    p.words.length === 1 ||
    words.length === 1 ||
    sameSpelling(p.words[0] ?? "", words[0] ?? "") ||
    startsWith(p.words, words) ||
    startsWith(words, p.words);
  const exact = persons.find(
    (p) => p.words.length > 0 && surnameOf(p.words) === surname && sameFirst(p),
  );
  if (exact) return exact;
  // "Rajapaksha" for "Rajapaksa": a spelling, when the first names do not disagree
  return persons.find((p) => {
    if (p.words.length === 0 || !sameSpelling(surnameOf(p.words), surname)) return false;
    const a = p.words[0];
    const b = words[0];
    return p.words.length === 1 || words.length === 1 || a?.[0] === b?.[0];
  });
}

function newPerson(label: string, words: string[], named: Named): Person {
  return { id: "", label, words, shortLabel: label, titles: [], mentions: [], leads: false, named };
}

/** Gathers the names into persons: names that share a surname, or spell it otherwise, are one person. */
function clusterNames(
  sentences: readonly Sentence[],
  found: readonly NameFound[],
): {
  persons: Person[];
  mentions: PersonMention[];
  stateOf: Map<Person, { state: NameOf; sentence: number }>;
} {
  const persons: Person[] = [];
  const mentions: PersonMention[] = [];
  const stateOf = new Map<Person, { state: NameOf; sentence: number }>();
  // "Joko Widodo (Jokowi)": the bracketed name is the same person's wherever it stands alone
  const aliasOwner = new Map<string, Person>();
  for (const f of found) {
    const s = sentences[f.sentence];
    if (!s) continue;
    const words = nameWords(s.tokens.slice(f.from, f.to));
    if (words.length === 0) continue;
    const label = spanOf(s, f.from, f.to).exact.replace(/\s+/g, " ");
    const named: Named = f.titled ? "titled" : (f.untitled?.how ?? "bare");
    const alias = words.length === 1 ? aliasOwner.get(words[0] ?? "") : undefined;
    let person = alias ?? ownerOf(persons, words);
    if (!person) persons.push((person = newPerson(label, words, named)));
    else if (words.length > person.words.length) {
      person.words = words;
      person.label = label;
    }
    if (RANK[named] > RANK[person.named]) person.named = named;
    if (f.titled) person.titles.push({ mention: f.titled, sentence: f.sentence });
    const t = s.tokens;
    if (t[f.to]?.text === "(" && nameWord(t[f.to + 1]) && t[f.to + 2]?.text === ")")
      aliasOwner.set(t[f.to + 1]?.key ?? "", person);
    const state = f.untitled?.of;
    if (state && !stateOf.has(person)) stateOf.set(person, { state, sentence: f.sentence });
    mentions.push({
      person,
      sentence: f.sentence,
      from: f.from,
      to: f.to,
      ...(f.titled ? { titled: f.titled } : {}),
    });
  }
  return { persons, mentions, stateOf };
}

/** "President Xi" and "President Xi Jinping": a name that begins or ends a longer one is that person. */
function joinShortNames(persons: Person[], mentions: PersonMention[]): void {
  for (const short of [...persons]) {
    // "Lula" of "Luiz Inácio Lula da Silva": one word in the middle of a long name
    const middle = (p: Person) =>
      short.words.length === 1 &&
      p.words.length > 2 &&
      (short.words[0] ?? "").length >= 4 &&
      p.words.slice(1, -1).includes(short.words[0] ?? "");
    const longer = persons.filter(
      (p) =>
        p !== short &&
        p.words.length > short.words.length &&
        (startsWith(p.words, short.words) || endsWith(p.words, short.words) || middle(p)),
    );
    const into = longer.length === 1 ? longer[0] : undefined;
    if (!into) continue;
    into.titles.push(...short.titles);
    if (RANK[short.named] > RANK[into.named]) into.named = short.named;
    for (const m of mentions) if (m.person === short) m.person = into;
    persons.splice(persons.indexOf(short), 1);
  }
}

/**
 * The forms a person goes by alone: every end of the name ("Musar", "Pirc Musar"), its first word
 * ("Xi", "Kishida" of "Kishida Fumio"), the last part of a hyphenated surname ("Aubin" of
 * "Moore-Aubin"), a middle word of a long name ("Lula"), and an alias in brackets ("(Jokowi)");
 * a form two persons share names neither.
 */
function formsOf(
  persons: readonly Person[],
  aliases: ReadonlyMap<Person, Set<string>>,
): PhraseIndex<Person> {
  const owners = new Map<string, Set<Person>>();
  const own = (form: string, person: Person) => {
    if (form === "" || ROMAN.test(form)) return;
    const key = form.replace(/-/g, " ");
    owners.set(key, (owners.get(key) ?? new Set()).add(person));
  };
  for (const person of persons) {
    const w = person.words;
    for (let k = 0; k < w.length; k += 1) own(w.slice(k).join(" "), person);
    if (w.length > 1) own(w[0] ?? "", person);
    const hyphened = w.at(-1)?.split("-") ?? [];
    if (hyphened.length > 1) own(hyphened.at(-1) ?? "", person);
    if (w.length > 2)
      for (const middle of w.slice(1, -1)) if (middle.length >= 4) own(middle, person);
    for (const alias of aliases.get(person) ?? []) own(alias, person);
  }
  const forms = new PhraseIndex<Person>();
  for (const [form, people] of owners) {
    const [only] = people;
    if (people.size === 1 && only) forms.add(form, only);
  }
  return forms;
}

/** "Joko Widodo (Jokowi)": a capitalised word in brackets right after a name is another name for them. */
function bracketAliases(
  sentences: readonly Sentence[],
  mentions: readonly PersonMention[],
): Map<Person, Set<string>> {
  const aliases = new Map<Person, Set<string>>();
  for (const m of mentions) {
    const t = sentences[m.sentence]?.tokens ?? [];
    if (t[m.to]?.text === "(" && nameWord(t[m.to + 1]) && t[m.to + 2]?.text === ")")
      aliases.set(m.person, (aliases.get(m.person) ?? new Set()).add(t[m.to + 1]?.key ?? ""));
  }
  return aliases;
}

/** Every later use of a person's forms, in every sentence, besides the names already found. */
function findMentions(
  sentences: readonly Sentence[],
  named: readonly PersonMention[],
  forms: PhraseIndex<Person>,
): { mentions: PersonMention[][]; shortestAlone: Map<Person, { length: number; label: string }> } {
  const mentions: PersonMention[][] = sentences.map(() => []);
  const shortestAlone = new Map<Person, { length: number; label: string }>();
  const namedBySentence = new Map<number, PersonMention[]>();
  for (const m of named) addTo(namedBySentence, m.sentence, m);
  for (const sentence of sentences) {
    const here = namedBySentence.get(sentence.index) ?? [];
    const titleWords = (i: number) =>
      sentence.titles.some((t) => i >= t.titleFrom && i < t.titleTo);
    const covered = (i: number) =>
      here.some((m) => i >= m.from && i < m.to) || sentence.entityOver.has(i) || titleWords(i);
    const found = [...here];
    for (let i = 0; i < sentence.tokens.length; i += 1) {
      if (sentence.furniture || covered(i) || !sentence.tokens[i]?.capital) continue;
      const hit = forms.longestAt(
        sentence.tokens,
        i,
        (_p, from, to) =>
          sentence.tokens.slice(from, to).every((t) => !t.isWord || t.capital) &&
          !sentence.tokens[to]?.capital,
      );
      const person = hit?.values[0];
      if (!hit || !person) continue;
      // "Ebrahim Raisi" for "Ibrahim Raisi": a first name spelt otherwise is part of the mention
      let from = hit.from;
      while (
        from > 0 &&
        hit.from - from < 2 &&
        nameWord(sentence.tokens[from - 1]) &&
        !covered(from - 1)
      )
        from -= 1;
      found.push({ person, sentence: sentence.index, from, to: hit.to });
      i = hit.to - 1;
    }
    found.sort((a, b) => a.from - b.from);
    // the shortest form a person goes by alone ("Pirc Musar", "Xi"), titled or not
    const count = (words: readonly string[]) => words.flatMap((w) => w.split("-")).length;
    for (const m of found) {
      const length = count(nameWords(sentence.tokens.slice(m.from, m.to)));
      if (
        length < count(m.person.words) &&
        length < (shortestAlone.get(m.person)?.length ?? Infinity)
      )
        shortestAlone.set(m.person, { length, label: spanOf(sentence, m.from, m.to).exact });
    }
    mentions[sentence.index] = found;
    for (const m of found) m.person.mentions.push(spanOf(sentence, m.from, m.to));
  }
  return { mentions, shortestAlone };
}

/** Ids, labels, and what a person is of, once their mentions are known. */
function finishPersons(
  persons: readonly Person[],
  shortestAlone: ReadonlyMap<Person, { length: number; label: string }>,
  stateOf: ReadonlyMap<Person, { state: NameOf; sentence: number }>,
): void {
  const taken = new Set<string>();
  for (const person of persons) {
    // "tokayev", "pirc-musar": the name the article uses alone, else the surname
    const alone = shortestAlone.get(person);
    const regnal = ROMAN.test(person.words.at(-1) ?? "");
    if (alone) person.shortLabel = alone.label;
    else
      person.shortLabel = regnal ? person.label : (person.label.split(" ").at(-1) ?? person.label);
    const short = slugOf(alone ? alone.label : (person.words.at(-1) ?? ""));
    const id = regnal || taken.has(short) ? slugOf(person.words.join(" ")) : short;
    person.id = taken.has(id) ? `${id}-${taken.size}` : id;
    taken.add(person.id);
    const affiliations = person.titles.flatMap((t) =>
      t.mention.affiliation ? [t.mention.affiliation] : [],
    );
    person.affiliation = affiliations.find((a) => a.type === "state") ?? affiliations[0];
    const given = stateOf.get(person);
    if (!person.affiliation && given) {
      const { type, id, label, from, to } = given.state;
      person.affiliation = {
        type,
        id,
        label,
        ...(from !== undefined && to !== undefined ? { from, to } : {}),
      };
      person.affiliationFrom = given.sentence;
    }
    person.title = person.titles.find((t) => t.mention.title.label !== "counterpart")?.mention.title
      .label;
    person.leads = person.titles.some((t) => t.mention.title.leads);
    person.mentions.sort((a, b) => a.start - b.start);
  }
}

/** "Juan González, Biden’s senior adviser": a person before a title is whose it is, no organisation. */
function dropPersonalAffiliations(persons: readonly Person[]): void {
  const names = new Set(persons.flatMap((p) => [p.words.join(" "), p.words.at(-1) ?? ""]));
  for (const p of persons) {
    const a = p.affiliation;
    if (a?.type !== "organization") continue;
    const key = a.label.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    if (names.has(key) || names.has(key.split(/\s+/).at(-1) ?? "")) delete p.affiliation;
  }
}

/**
 * The people of an article: every titled name, every name after an honorific or a state, and
 * every run of name words that looks like a person's; names that share a surname or spell it
 * otherwise are one person ("Ebrahim Raisi", "Ibrahim Raisi", "Raisi"). Then every later use of a
 * name or its parts ("Tokayev", "Pirc Musar", "Lula") is found as a mention.
 */
export function gatherPersons(sentences: readonly Sentence[]): {
  persons: Person[];
  mentions: PersonMention[][];
} {
  const { persons, mentions: named, stateOf } = clusterNames(sentences, namesFound(sentences));
  joinShortNames(persons, named);
  const forms = formsOf(persons, bracketAliases(sentences, named));
  const { mentions, shortestAlone } = findMentions(sentences, named, forms);
  finishPersons(persons, shortestAlone, stateOf);
  dropPersonalAffiliations(persons);
  return { persons, mentions };
}
