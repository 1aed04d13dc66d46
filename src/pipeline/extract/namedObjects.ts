import type { NodeKind } from "../../model/graph/kinds";
import type { Span } from "../../model/graph/schema";
import { NOT_NAME_HEADS } from "../lexicon/notNames";
import { CAPITALISED_ONLY, OBJECT_HEADS } from "../lexicon/objects";
import { spanOf, type Sentence } from "./sentence";
import { slugOf } from "./slug";

/** A named object a sentence speaks of: "Kazakhstan – Turkmenistan – Iran railway", "Astana International Forum". */
export interface NamedObject {
  id: string;
  label: string;
  kind: NodeKind;
  role: string;
  span: Span;
  from: number;
  to: number;
}

const DASHES = new Set(["–", "-", "—", "‑"]);

/**
 * Named objects: a head word (railway, port, terminal, forum, memorandum...) after a name: capitalised
 * words, states or their people, joined by dashes ("Kazakhstan – Turkmenistan – Iran railway"), with at
 * most two plain words between the name and the head ("Kazakh trade terminal"). `blocked(i)` marks
 * tokens taken by a person or an occasion.
 */
export function findNamedObjects(
  sentence: Sentence,
  blocked: (i: number) => boolean,
): NamedObject[] {
  const { tokens } = sentence;
  const inEntity = (i: number) => sentence.entityOver.has(i);
  const named = (i: number) => {
    const t = tokens[i];
    return (
      t !== undefined &&
      t.isWord &&
      (t.capital || inEntity(i)) &&
      !blocked(i) &&
      !(i === 0 && t.key === "the")
    );
  };
  const found: NamedObject[] = [];
  tokens.forEach((head, h) => {
    const info = OBJECT_HEADS.get(head.key);
    if (!info || !head.isWord || blocked(h)) return;
    if (CAPITALISED_ONLY.has(head.key) && !head.capital) return;
    // "Caspian Pipeline Consortium", "Aktau Port Authority": the head names an organisation
    const next = tokens[h + 1];
    if (
      head.capital &&
      next?.capital &&
      NOT_NAME_HEADS.has(next.key) &&
      !OBJECT_HEADS.has(next.key)
    )
      return;
    let j = h - 1;
    let plain = 0;
    while (
      plain < 2 &&
      tokens[j]?.isWord &&
      !tokens[j]?.capital &&
      !inEntity(j) &&
      !["the", "a", "an", "of", "and", "in", "on", "to", "with"].includes(tokens[j]?.key ?? "")
    ) {
      j -= 1;
      plain += 1;
    }
    // "Port of Aktau": a capitalised head named by what follows it
    let to = h + 1;
    if (head.capital && tokens[to]?.key === "of" && named(to + 1)) {
      to += 1;
      while (to < tokens.length && to - h < 6 && named(to)) to += 1;
    }
    if (!named(j) && to === h + 1) return;
    let from = named(j) ? j : h;
    while (
      from > 0 &&
      h - from < 8 &&
      (named(from - 1) || (DASHES.has(tokens[from - 1]?.text ?? "") && named(from - 2)))
    )
      from -= 1;
    if (tokens[from]?.key === "the") from += 1;
    if (from > h) return;
    const span = spanOf(sentence, from, to);
    found.push({
      id: slugOf(span.exact),
      label: span.exact.replace(/\s+/g, " "),
      kind: info.kind,
      role: info.role,
      span,
      from,
      to,
    });
  });
  return found;
}
