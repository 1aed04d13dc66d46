/**
 * When a name or a state the extractor found is the one the gold gives: names as readouts vary
 * them (a first name spelt otherwise, the family name first, honorifics), states by any of their
 * names ("Türkiye", "Turkey", "Republic of Turkey").
 */
import { findEntities } from "../../src/pipeline/extract/entities";
import { PART_OF } from "../../src/pipeline/lexicon/bodies";
import { slugOf } from "../../src/pipeline/extract/slug";
import { tokenize } from "../../src/pipeline/extract/tokens";
import { fold } from "../../src/model/text/fold";

const PARTICLES = new Set([
  ..."bin bint ibn al el de van von der king queen sheikh shaikh prince emir amir sultan mr mrs ms dr h e".split(
    " ",
  ),
]);
const words = (name: string) =>
  fold(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !PARTICLES.has(w) && !/^(?:ii|iii|iv|jr)$/.test(w));

/** The same person: the same last word, or one name's words all in the other ("Kishida Fumio"). */
export function sameName(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.at(-1) === y.at(-1)) return true;
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  return small.every((w) => large.includes(w));
}

/** The gazetteer's id for a state's name as the gold writes it, else its slug. */
function stateId(name: string): string {
  const tokens = tokenize(name);
  const words = tokens.filter((t) => t.isWord).length;
  const [hit] = findEntities(tokens);
  const whole = hit && hit.from === 0 && tokens.slice(hit.to).every((t) => !t.isWord);
  return whole && words > 0 ? hit.id : slugOf(name);
}

/**
 * Does the gold's state, body or company name one of what the graph says a party is of? A company's
 * head may be scored by the company or by its state; either is what the text says.
 */
export function sameState(gold: string, found: readonly { id: string; label: string }[]): boolean {
  // "China Railway Construction Corporation (CRCC)": the name, or the abbreviation in brackets
  const bracket = /\(([^)]+)\)\s*$/.exec(gold)?.[1];
  const names = [gold, gold.replace(/\s*\([^)]*\)\s*$/, ""), ...(bracket ? [bracket] : [])];
  const ids = new Set(names.flatMap((n) => [stateId(n), slugOf(n)]));
  // a head of the European Council speaks for the European Union
  const wider = (id: string) => [id, ...(PART_OF.has(id) ? [PART_OF.get(id) ?? id] : [])];
  return found.some((f) =>
    [...wider(f.id), ...wider(stateId(f.label)), slugOf(f.label)].some((id) => ids.has(id)),
  );
}
