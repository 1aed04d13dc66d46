import { APOSTROPHES, phraseKey, type Token } from "./tokens";

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values?: T[];
}

/** A hit of a phrase in a run of tokens: tokens `[from, to)`. */
export interface PhraseHit<T> {
  from: number;
  to: number;
  values: T[];
}

/**
 * Phrases of several words, found in a token list by walking a trie of folded words: one pass, the
 * longest phrase wins. Words may be joined by spaces or hyphens ("Guinea-Bissau" = "Guinea Bissau");
 * any other mark between them ends the phrase. An entry's test decides whether a hit is accepted
 * (case rules: "US" only in capitals, a state's name capitalised).
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  add(phrase: string, value: T): void {
    const key = phraseKey(phrase);
    if (key === "") return;
    let node = this.root;
    for (const word of key.split(" ")) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** The longest phrase starting at token `at`, if any, whose values pass `accept`. */
  longestAt(
    tokens: readonly Token[],
    at: number,
    accept: (value: T, from: number, to: number) => boolean,
  ): PhraseHit<T> | undefined {
    let node: TrieNode<T> = this.root;
    let best: PhraseHit<T> | undefined;
    let i = at;
    while (i < tokens.length) {
      const token = tokens[i];
      if (!token?.isWord) break;
      const next = node.next.get(token.key);
      if (!next) break;
      node = next;
      const to = i + 1;
      const values = (node.values ?? []).filter((v) => accept(v, at, to));
      if (values.length > 0) best = { from: at, to, values };
      i = to;
      // "United Nations (UN) General Assembly": an abbreviation in brackets inside the phrase
      if (tokens[i]?.text === "(" && tokens[i + 1]?.upper && tokens[i + 2]?.text === ")") i += 3;
      // a hyphen glued on both sides joins two words of one phrase
      const mark = tokens[i];
      if (
        mark &&
        !mark.isWord &&
        (mark.text === "-" || mark.text === "‑") &&
        tokens[i + 1]?.glued &&
        mark.glued
      )
        i += 1;
      // "People's Republic of China": an apostrophe glued inside the phrase
      else if (
        mark &&
        APOSTROPHES.has(mark.text) &&
        mark.glued &&
        tokens[i + 1]?.glued &&
        node.next.has(tokens[i + 1]?.key ?? "")
      )
        i += 1;
    }
    return best;
  }

  /** Every longest, non-overlapping hit, left to right. */
  findAll(
    tokens: readonly Token[],
    accept: (value: T, from: number, to: number) => boolean = () => true,
  ): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let at = 0; at < tokens.length;) {
      const hit = this.longestAt(tokens, at, accept);
      if (hit) {
        hits.push(hit);
        at = hit.to;
      } else at += 1;
    }
    return hits;
  }
}
