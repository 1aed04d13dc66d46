import { addTo } from "../../model/graph/multiMap";
import type { Span } from "../../model/graph/schema";
import type { Affiliation, TitledMention } from "./titles";
import { nameWord } from "./names";
import type { Token } from "./tokens";
import { PhraseIndex } from "./phraseIndex";
import { spanOf, type Sentence } from "./sentence";
import { slugOf } from "./slug";

/** A person the article names, gathered from all their mentions. */
export interface Person {
  id: string;
  label: string;
  /** Folded words of the fullest name. */
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
}

/** A person named in a sentence: tokens `[from, to)`. */
export interface PersonMention {
  person: Person;
  sentence: number;
  from: number;
  to: number;
  titled?: TitledMention;
}

/** Regnal numbers and "Jr.": they follow a name, and are no surname. */
const ROMAN = /^(?:ii|iii|iv|v|vi|vii|viii|ix|x|jr|sr)$/;

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
  return words;
}

const startsWith = (words: readonly string[], start: readonly string[]) =>
  start.every((w, k) => words[k] === w);

/** The word a person is known by: the last one, not a regnal number. */
function surnameOf(words: readonly string[]): string {
  const last = words.at(-1) ?? "";
  return ROMAN.test(last) ? words.join(" ") : last;
}

/**
 * The people of an article: every titled name is a person; names that share a surname are one
 * person ("Ebrahim Raisi", "Ibrahim Raisi", "Raisi"), since readouts spell first names variously.
 * Then every later use of a name or its end ("Tokayev", "Pirc Musar") is found as a mention.
 */
export function gatherPersons(sentences: readonly Sentence[]): {
  persons: Person[];
  mentions: PersonMention[][];
} {
  const bySurname = new Map<string, Person>();
  const persons: Person[] = [];
  const titledMentions: PersonMention[] = [];
  for (const sentence of sentences) {
    for (const mention of sentence.titles) {
      if (!mention.name) continue;
      const words = nameWords(sentence.tokens.slice(mention.name.from, mention.name.to));
      const surname = surnameOf(words);
      let person = bySurname.get(surname);
      if (!person) {
        const label = spanOf(sentence, mention.name.from, mention.name.to).exact.replace(
          /\s+/g,
          " ",
        );
        person = {
          id: "",
          label,
          words,
          shortLabel: label,
          titles: [],
          mentions: [],
          leads: false,
        };
        bySurname.set(surname, person);
        persons.push(person);
      } else if (words.length > person.words.length) {
        person.words = words;
        person.label = spanOf(sentence, mention.name.from, mention.name.to).exact.replace(
          /\s+/g,
          " ",
        );
      }
      person.titles.push({ mention, sentence: sentence.index });
      titledMentions.push({
        person,
        sentence: sentence.index,
        from: mention.name.from,
        to: mention.name.to,
        titled: mention,
      });
    }
  }

  // "President Xi" and "President Xi Jinping": a name that begins or ends a longer one is that person
  for (const short of [...persons]) {
    const longer = persons.filter(
      (p) =>
        p !== short &&
        p.words.length > short.words.length &&
        (startsWith(p.words, short.words) ||
          startsWith([...p.words].reverse(), [...short.words].reverse())),
    );
    const into = longer.length === 1 ? longer[0] : undefined;
    if (!into) continue;
    into.titles.push(...short.titles);
    for (const m of titledMentions) if (m.person === short) m.person = into;
    persons.splice(persons.indexOf(short), 1);
  }

  // every end of a name ("Musar", "Pirc Musar", "Nataša Pirc Musar") and its first word ("Xi",
  // "Yoon", "Kishida" of "Kishida Fumio") finds its person, unless two share it
  const forms = new PhraseIndex<Person>();
  const owners = new Map<string, Set<Person>>();
  for (const person of persons) {
    const first = person.words.length > 1 ? [person.words[0] ?? ""] : [];
    for (const form of [...person.words.map((_, k) => person.words.slice(k).join(" ")), ...first]) {
      if (ROMAN.test(form)) continue;
      const key = form.replace(/-/g, " ");
      owners.set(key, (owners.get(key) ?? new Set()).add(person));
    }
  }
  for (const [form, people] of owners)
    if (people.size === 1) forms.add(form, [...people][0] as Person);

  const mentions: PersonMention[][] = sentences.map(() => []);
  const shortestAlone = new Map<Person, number>();
  const titledBySentence = new Map<number, PersonMention[]>();
  for (const m of titledMentions) addTo(titledBySentence, m.sentence, m);
  for (const sentence of sentences) {
    const titled = titledBySentence.get(sentence.index) ?? [];
    const titleWords = (i: number) =>
      sentence.titles.some((t) => i >= t.titleFrom && i < t.titleTo);
    const covered = (i: number) =>
      titled.some((m) => i >= m.from && i < m.to) || sentence.entityOver.has(i) || titleWords(i);
    const found = [...titled];
    for (let i = 0; i < sentence.tokens.length; i += 1) {
      if (covered(i) || !sentence.tokens[i]?.capital) continue;
      const hit = forms.longestAt(
        sentence.tokens,
        i,
        (_p, from, to) =>
          sentence.tokens.slice(from, to).every((t) => !t.isWord || t.capital) &&
          !sentence.tokens[to]?.capital,
      );
      if (!hit) continue;
      const person = hit.values[0] as Person;
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
      const length = hit.to - hit.from;
      if (length < person.words.length && length < (shortestAlone.get(person) ?? Infinity)) {
        shortestAlone.set(person, length);
        person.shortLabel = spanOf(sentence, hit.from, hit.to).exact;
      }
      i = hit.to - 1;
    }
    found.sort((a, b) => a.from - b.from);
    mentions[sentence.index] = found;
    for (const m of found) m.person.mentions.push(spanOf(sentence, m.from, m.to));
  }

  const taken = new Set<string>();
  for (const person of persons) {
    // "tokayev", "pirc-musar": the name the article uses alone, else the surname
    const alone = shortestAlone.get(person);
    const short = slugOf(alone === undefined ? (person.words.at(-1) ?? "") : person.shortLabel);
    if (alone === undefined)
      person.shortLabel = ROMAN.test(person.words.at(-1) ?? "")
        ? person.label
        : (person.label.split(" ").at(-1) ?? person.label);
    const id =
      ROMAN.test(person.words.at(-1) ?? "") || taken.has(short)
        ? slugOf(person.words.join(" "))
        : short;
    person.id = taken.has(id) ? `${id}-${taken.size}` : id;
    taken.add(person.id);
    const affiliations = person.titles.flatMap((t) =>
      t.mention.affiliation ? [t.mention.affiliation] : [],
    );
    person.affiliation = affiliations.find((a) => a.type === "state") ?? affiliations[0];
    person.title = person.titles.find((t) => t.mention.title.label !== "counterpart")?.mention.title
      .label;
    person.leads = person.titles.some((t) => t.mention.title.leads);
    person.mentions.sort((a, b) => a.start - b.start);
  }
  return { persons, mentions };
}
