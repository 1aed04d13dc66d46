/**
 * The words that make a meeting word report no meeting that took place, one row each: planned or
 * hoped for, an earlier meeting, negated, or a call rather than a meeting. Folded keys.
 *
 * Where a word counts, relative to the meeting word, in its clause:
 * - `before`: anywhere in the five words before it ("will hold talks", "is expected to meet");
 * - `adjacent`: in the two words right before a meeting noun ("the next meeting", "their previous
 *   talks");
 * - `after`: in the rest of its clause ("talks ... are scheduled for", "discussed ... in a call").
 *
 * Words marked `to` count only before "to" or "for" ("plans to meet", "scheduled for Monday"):
 * "the action plan discussed at the meeting" and "as expected" plan nothing.
 */
export type RefusalKind = "planned" | "earlier" | "negated" | "call";

export interface RefusalWord {
  word: string;
  kind: RefusalKind;
  before: boolean;
  adjacent: boolean;
  after: boolean;
  /** Counts only before "to" or "for". */
  to: boolean;
}

type Row = [word: string, kind: RefusalKind, ...places: ("before" | "adjacent" | "after" | "to")[]];

const PLANNED_BEFORE =
  "will shall would ahead may might could itinerary arranging arrange arranged organize organise organizing organising";
const PLANNED_BEFORE_TO =
  "plan plans planning intend intends hope hopes hoped prepare preparing prepares invites invite invited considering consider seeks seeking going aims aim agreed set";
const PLANNED_ANYWHERE = "proposed propose proposes envisaged";
const PLANNED_ANYWHERE_TO = "scheduled expected expects due";
const PLANNED_ADJACENT = "next upcoming forthcoming future possible potential planned another";

const ROWS: Row[] = [
  ...PLANNED_BEFORE.split(" ").map((w): Row => [w, "planned", "before"]),
  ...PLANNED_BEFORE_TO.split(" ").map((w): Row => [w, "planned", "before", "to"]),
  ...PLANNED_ANYWHERE.split(" ").map((w): Row => [w, "planned", "before", "adjacent", "after"]),
  ...PLANNED_ANYWHERE_TO.split(" ").map((w): Row => [w, "planned", "before", "after", "to"]),
  ...PLANNED_ADJACENT.split(" ").map((w): Row => [w, "planned", "adjacent"]),
  ["invitation", "planned", "before"],
  ["purpose", "planned", "before"],
  ["proposal", "planned", "before"],
  ["will", "planned", "after"],
  ["would", "planned", "after"],
  ["shall", "planned", "after"],
  ["tomorrow", "planned", "after"],
  ["previous", "earlier", "before", "adjacent"],
  ["previously", "earlier", "before"],
  ["already", "earlier", "before"],
  ["last", "earlier", "adjacent"],
  ["earlier", "earlier", "adjacent"],
  ["recalled", "earlier", "before"],
  ["recalling", "earlier", "before"],
  ["recalls", "earlier", "before"],
  ["since", "earlier", "before"],
  ["initially", "earlier", "before"],
  ["twice", "earlier", "after"],
  ["not", "negated", "before"],
  ["no", "negated", "before", "adjacent"],
  ["never", "negated", "before"],
  ["without", "negated", "before"],
  ["cancelled", "negated", "before", "after"],
  ["canceled", "negated", "before", "after"],
  ["postponed", "negated", "before", "after"],
  ...["telephone", "phone", "video", "videoconference", "virtual", "virtually", "online"].map(
    (w): Row => [w, "call", "before", "adjacent", "after"],
  ),
  ["call", "call", "after"],
];

export const REFUSAL_WORDS: readonly RefusalWord[] = ROWS.map(([word, kind, ...places]) => ({
  word,
  kind,
  before: places.includes("before"),
  adjacent: places.includes("adjacent"),
  after: places.includes("after"),
  to: places.includes("to"),
}));

const where = (place: "before" | "adjacent" | "after") =>
  new Map(REFUSAL_WORDS.filter((r) => r[place]).map((r) => [r.word, r.kind]));

export const REFUSED_BEFORE: ReadonlyMap<string, RefusalKind> = where("before");
export const REFUSED_ADJACENT: ReadonlyMap<string, RefusalKind> = where("adjacent");
export const REFUSED_AFTER: ReadonlyMap<string, RefusalKind> = where("after");
/** Words that refuse only before "to" or "for". */
export const REFUSED_ONLY_BEFORE_TO: ReadonlySet<string> = new Set(
  REFUSAL_WORDS.filter((r) => r.to).map((r) => r.word),
);

/** "to hold talks", "to meet", "to pay a courtesy call": a purpose or a plan, not a report. */
export const INFINITIVE_VERBS = new Set([
  "hold",
  "have",
  "host",
  "meet",
  "conduct",
  "pay",
  "receive",
]);

/** Words after which a sentence speaks for someone: a "will" before them is not the meeting's. */
export const REPORTING = new Set([
  "said",
  "says",
  "noted",
  "stated",
  "told",
  "stressed",
  "added",
  "emphasized",
  "emphasised",
  "reported",
  "quoted",
  "saying",
  "tweeted",
  "wrote",
]);

/**
 * What a readout's lead says instead of a meeting: a call, a letter, a message, congratulations.
 * A readout that opens so and reports no meeting in so many words counts none of its weak ones.
 */
export const NOT_MET_WORDS = new Set([
  "telephone",
  "phone",
  "call",
  "videoconference",
  "video",
  "virtual",
  "online",
  "letter",
  "message",
  "congratulated",
  "congratulates",
  "congratulatory",
  "condolences",
]);
