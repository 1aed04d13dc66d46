import type { Passage } from "../../model/graph/schema";
import { findEntities, type EntityHit } from "./entities";
import { isFurniture } from "./furniture";
import { findTitles, type TitledMention } from "./titles";
import { tokenize, type Token } from "./tokens";

/** One sentence and what a first reading finds in it: words, states and bodies, titles. */
export interface Sentence {
  index: number;
  passage: Passage;
  tokens: Token[];
  entities: EntityHit[];
  titles: TitledMention[];
  /** token index -> the state or body that starts there */
  entityAt: Map<number, EntityHit>;
  /** token index -> the state or body it is part of */
  entityOver: Map<number, EntityHit>;
  /** A caption, a byline or a credit line: no fact of the report is read from it. */
  furniture: boolean;
}

/**
 * How much of one sentence is read. Real sentences have a few hundred characters; reading only this
 * much of a runaway one (a text without full stops) keeps every step linear in the text.
 */
export const SENTENCE_READ_LIMIT = 3_000;

export function readSentences(passages: readonly Passage[]): Sentence[] {
  return passages.map((passage, index) => {
    // a caption or a byline states no fact of the report; its words still name an agency
    const furniture = isFurniture(passage);
    const tokens = tokenize(passage.exact.slice(0, SENTENCE_READ_LIMIT), passage.start);
    const entities = furniture ? [] : findEntities(tokens);
    const entityAt = new Map(entities.map((e) => [e.from, e]));
    const entityOver = new Map<number, EntityHit>();
    for (const e of entities) for (let i = e.from; i < e.to; i += 1) entityOver.set(i, e);
    return {
      entityAt,
      entityOver,
      index,
      passage,
      tokens,
      entities,
      titles: furniture ? [] : findTitles(tokens, entities, passage.exact, passage.start),
      furniture,
    };
  });
}

/** The span of tokens `[from, to)` of a sentence, as the graph cites it. */
export function spanOf(sentence: Sentence, from: number, to: number) {
  const first = sentence.tokens[from];
  const last = sentence.tokens[to - 1];
  if (!first || !last) throw new Error(`no tokens [${from}, ${to}) in ${sentence.passage.id}`);
  const { passage } = sentence;
  return {
    start: first.start,
    end: last.end,
    exact: passage.exact.slice(first.start - passage.start, last.end - passage.start),
    passage: passage.id,
  };
}
