import { BODIES } from "../lexicon/bodies";
import { STATE_FORMS, type State } from "../lexicon/states";
import { PhraseIndex } from "./phraseIndex";
import type { Token } from "./tokens";

/** A state (by name or by its people's name) or an international body named in a sentence. */
export interface EntityHit {
  type: "state" | "body";
  id: string;
  label: string;
  /** For a state: named by its people ("Hungarian"), not by its name. */
  demonym: boolean;
  state?: State;
  /** Token range `[from, to)` in the sentence's tokens. */
  from: number;
  to: number;
}

type Entry =
  | { type: "state"; state: State; demonym: boolean; capitals: boolean }
  | { type: "body"; id: string; label: string; capitals: boolean };

function buildIndex(): PhraseIndex<Entry> {
  const index = new PhraseIndex<Entry>();
  for (const [form, list] of STATE_FORMS) {
    for (const f of list)
      index.add(form, {
        type: "state",
        state: f.state,
        demonym: f.as === "demonym",
        capitals: f.capitals,
      });
  }
  for (const body of BODIES) {
    for (const form of body.forms) {
      index.add(form, {
        type: "body",
        id: body.id,
        label: body.label,
        capitals: /^[A-Z0-9.+-]+$/.test(form),
      });
    }
  }
  return index;
}

const INDEX = buildIndex();

/** Capitalised as its entry asks: abbreviations in capitals, names with a capital first letter. */
function cased(entry: Entry, tokens: readonly Token[], from: number, to: number): boolean {
  if (entry.capitals) return tokens.slice(from, to).every((t) => !t.isWord || t.upper);
  return tokens[from]?.capital === true;
}

/**
 * "the National Security Council": a capitalised word before a body's name makes it another
 * body's name ("Security Council" is the UN's only when nothing names it otherwise).
 */
function insideLongerName(entry: Entry, tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  return (
    entry.type === "body" &&
    !entry.capitals &&
    before?.isWord === true &&
    before.capital &&
    from > 1
  );
}

/** Words of a place's name before a state's: "New Guinea", "Northern Ireland", "West Papua". */
const PLACE_BEFORE = new Set([
  "new",
  "north",
  "northern",
  "south",
  "southern",
  "east",
  "eastern",
  "west",
  "western",
  "upper",
  "lower",
  "greater",
  "little",
  "central",
]);

/**
 * A state's name that is not the state: part of a place's ("New Guinea's highlands", known states
 * such as "Papua New Guinea" and "South Sudan" matched whole before), or of a currency ("300
 * million U.S. dollars").
 */
function notTheState(entry: Entry, tokens: readonly Token[], from: number, to: number): boolean {
  if (entry.type !== "state" || entry.demonym) return false;
  const before = tokens[from - 1];
  const place = before?.capital === true && PLACE_BEFORE.has(before.key);
  return place || ["dollar", "dollars"].includes(tokens[to]?.key ?? "");
}

/** The states and bodies a sentence names, left to right, longest first ("United Nations General Assembly"). */
export function findEntities(tokens: readonly Token[]): EntityHit[] {
  const accept = (entry: Entry, from: number, to: number) =>
    cased(entry, tokens, from, to) &&
    !insideLongerName(entry, tokens, from) &&
    !notTheState(entry, tokens, from, to);
  return INDEX.findAll(tokens, accept).map((hit) => {
    const entry = hit.values[0] as Entry;
    return entry.type === "state"
      ? {
          type: "state",
          id: entry.state.id,
          label: entry.state.name,
          demonym: entry.demonym,
          state: entry.state,
          from: hit.from,
          to: hit.to,
        }
      : {
          type: "body",
          id: entry.id,
          label: entry.label,
          demonym: false,
          from: hit.from,
          to: hit.to,
        };
  });
}
