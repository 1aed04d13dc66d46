import type { Random } from "../../src/model/layout/random";
import { CORPUS_STATES, GIVEN_NAMES, OFFICES, type CorpusState } from "./pools";

/** A person the corpus names: their office, their state and a name no one else has. */
export interface Leader {
  given: string;
  family: string;
  office: (typeof OFFICES)[number]["title"];
  state: CorpusState;
}

/** Family names made of two halves, so that hundreds of leaders each have their own. */
const FIRST_HALVES = [
  "Hof",
  "Alm",
  "Quir",
  "Erd",
  "Var",
  "Bren",
  "Oka",
  "Lind",
  "Mor",
  "Cast",
  "Pet",
  "Had",
  "Tak",
  "Nov",
  "Sor",
  "Mend",
  "Kow",
  "Rah",
  "Del",
  "Ab",
  "Strand",
  "Val",
  "Kuz",
  "Mar",
  "Dem",
];
const SECOND_HALVES = [
  "bauer",
  "ada",
  "oga",
  "ene",
  "gas",
  "nan",
  "for",
  "qvist",
  "eau",
  "ellan",
  "rescu",
  "dadi",
  "eda",
  "akov",
  "ensen",
  "esa",
  "alski",
  "imov",
  "croix",
  "ara",
  "oni",
  "etti",
  "uras",
  "ovic",
];

/** Every state's president, prime minister and foreign minister, each named once. */
export function makeLeaders(random: Random): Leader[] {
  const families = FIRST_HALVES.flatMap((a) => SECOND_HALVES.map((b) => `${a}${b}`));
  // Shuffled, so that a state's leaders do not share the first half of their names.
  shuffle(random, families);
  const leaders: Leader[] = [];
  for (const state of CORPUS_STATES) {
    for (const { title } of OFFICES) {
      const family = families[leaders.length % families.length] ?? "Doe";
      leaders.push({ given: random.pick(GIVEN_NAMES), family, office: title, state });
    }
  }
  return leaders;
}

/** One of a list, more often the ones with more weight. */
export function pickWeighted<T extends { weight: number }>(random: Random, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let left = random.next() * total;
  for (const item of items) {
    left -= item.weight;
    if (left < 0) return item;
  }
  const last = items.at(-1);
  if (!last) throw new Error("pick from an empty list");
  return last;
}

/** Fisher–Yates, in place, from the seeded source. */
export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}
