import type { GraphNode } from "../../model/graph/schema";
import { foldedWords, sameWord } from "./names";

/** What is known of a person in one input graph: their name and the states they head or serve. */
export interface PersonFacts {
  node: GraphNode;
  /** Ids of the states they head, represent or are a national of, in that graph. */
  states: ReadonlySet<string>;
}

export const isPerson = (node: GraphNode) => node.kind === "leader" || node.kind === "person";

interface NameParts {
  surname: string;
  given: string[];
}

/** Each node's name folded once: a person is compared with many, their name read each time. */
const partsOf = new WeakMap<GraphNode, NameParts>();

/** A name split into the name a person goes by (the id's words, "pirc musar") and the rest. */
function nameParts(node: GraphNode): NameParts {
  const known = partsOf.get(node);
  if (known) return known;
  const words = foldedWords(node.label);
  const idWords = node.id.split("-").filter((w) => w !== "");
  const tail = words.slice(-idWords.length);
  // The extractor's id is the name the text uses alone; a graph file's may be anything.
  const byId = idWords.length < words.length && tail.join("-") === idWords.join("-");
  const cut = byId ? words.length - idWords.length : Math.max(0, words.length - 1);
  const parts = { surname: words.slice(cut).join(""), given: words.slice(0, cut) };
  partsOf.set(node, parts);
  return parts;
}

/** The consonants of a surname, doubled ones once: "tokayev" and "tokaev" are both "tkv". */
const skeleton = (word: string) =>
  word.replace(/[aeiouyhjw]/g, "").replace(/(.)\1+/g, "$1") || word;

/** Where to look for the same person: the bucket of their surname's spelling family. */
export const personKey = (node: GraphNode): string => skeleton(nameParts(node).surname);

/**
 * One person, however spelt: the names they go by are one name in other letters ("Tokayev",
 * "Tokaev"; "Pirc Musar", "Pirc-Musar"), their first names too when both give one ("Ebrahim",
 * "Ibrahim"), and they head no two different states: a Novák of Hungary is not a Novak of Serbia.
 */
export function samePerson(a: PersonFacts, b: PersonFacts): boolean {
  if (a.states.size > 0 && b.states.size > 0 && ![...a.states].some((s) => b.states.has(s)))
    return false;
  const x = nameParts(a.node);
  const y = nameParts(b.node);
  if (!sameWord(x.surname, y.surname)) return false;
  if (x.given.length === 0 || y.given.length === 0) return true;
  return x.given.some((w) => y.given.some((v) => sameWord(w, v)));
}
