import { NOT_NAME_HEADS } from "../lexicon/notNames";
import { HONORIFICS, NAME_PARTICLES } from "../lexicon/titles";
import type { Token } from "./tokens";
import { APOSTROPHES } from "./tokens";

/** Capitalised words that start sentences, dates and places, never a person's name. */
export const NOT_NAMES = new Set([
  ..."the a an on in at during after before both his her their our your my he she they we it its this that these those there and or but as with by for from to of said says also while when where who which what however meanwhile today yesterday tomorrow according earlier later then thus".split(
    " ",
  ),
  ..."january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
  ..."monday tuesday wednesday thursday friday saturday sunday".split(" "),
  // "the seventh Joint Ministerial meeting"
  "joint",
  "ministerial",
  // sentence adverbs: "Likewise, he met ...", "Separately, the President received ..."
  ..."likewise similarly moreover furthermore additionally besides separately subsequently afterwards thereafter accordingly consequently nevertheless notably finally lastly firstly secondly thirdly next again here now yet still overall altogether".split(
    " ",
  ),
  ..."presidents leaders ministers heads delegations sides parties countries states governments photo video read tags latest news".split(
    " ",
  ),
  // verbs a headline capitalises: "President Trump Discusses July Summit", "Tokayev Meets Aliyev"
  ..."meets meet holds hold receives receive discusses discuss visits visit hosts host welcomes calls says signs congratulates urges talks pays arrives thanks invites agree agrees reaffirm reaffirms vow vows".split(
    " ",
  ),
]);

const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);
const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/;

/**
 * A word that can be part of a name: capitalised, not a date or sentence word, not the head of a
 * place or an organisation ("House", "Corporation").
 */
export function nameWord(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    token.isWord &&
    token.capital &&
    !NOT_NAMES.has(token.key) &&
    !NOT_NAME_HEADS.has(token.key) &&
    /\p{L}/u.test(token.text)
  );
}

/** "U.Khurelsukh", "M.P.Singh": initials glued to the name by their stops. */
function gluedInitial(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const stop = tokens[j + 1];
  return (
    t !== undefined &&
    /^\p{Lu}$/u.test(t.text) &&
    stop?.text === "." &&
    tokens[j + 2]?.glued === true &&
    nameWord(tokens[j + 2])
  );
}

/**
 * Where the name that starts at token `at` ends (exclusive), or undefined if no name starts there.
 * A name is one to six capitalised words, with particles inside ("Tamim bin Hamad Al Thani"),
 * glued hyphens and apostrophes ("Kassym-Jomart", "O’Brien") and a regnal number ("Abdullah II").
 * `blocked(i)` marks tokens that start something else (a state, a body, a title).
 */
export function nameEnd(
  tokens: readonly Token[],
  at: number,
  blocked: (i: number) => boolean,
  afterTitle = false,
): number | undefined {
  const i = nameStart(tokens, at);
  // "General Secretary To Lam": after a title, a capitalised small word mid-sentence starts a name
  const smallFirst =
    afterTitle &&
    i > 0 &&
    tokens[i]?.capital === true &&
    NOT_NAMES.has(tokens[i].key) &&
    nameWord(tokens[i + 1]);
  if ((!nameWord(tokens[i]) && !smallFirst) || blocked(i)) return undefined;
  let end = i;
  let words = 0;
  for (let j = i; j < tokens.length && words < 6;) {
    const t = tokens[j];
    if (!t) break;
    if (t.isWord && j > i && ROMAN.test(t.text)) {
      end = j + 1;
      break;
    }
    if (gluedInitial(tokens, j)) {
      j += 2;
      continue;
    }
    // "Ferdinand R. Marcos": an initial inside a name
    if (
      j > i &&
      t.isWord &&
      /^\p{Lu}$/u.test(t.text) &&
      tokens[j + 1]?.text === "." &&
      nameWord(tokens[j + 2])
    ) {
      j += 2;
      continue;
    }
    // "Theresa May", "Lee Jun-ho": a month's name inside a name is part of it, unless a day follows
    const surnameMay =
      j > i && t.capital && MONTHS.has(t.key) && !/^[\d.]/.test(tokens[j + 1]?.text ?? "");
    if ((nameWord(t) || surnameMay || (j === i && smallFirst)) && (j === i || !blocked(j))) {
      end = j + 1;
      words += 1;
      j += 1;
      // glued: "Kassym-Jomart", "O’Brien", "Al-Nahyan", "Chan-o-cha"; not a possessive "Modi’s"
      for (;;) {
        const mark = tokens[j];
        const glue = tokens[j + 1];
        const glued =
          mark?.glued === true &&
          ["-", "‑", "’", "'"].includes(mark.text) &&
          glue?.glued === true &&
          glue.isWord &&
          !(glue.key === "s" && mark.text !== "-");
        if (!glued) break;
        end = j + 2;
        j += 2;
      }
      continue;
    }
    // "bin Hamad", "von der Leyen": particles, one or two, before a name word
    const afterParticles = NAME_PARTICLES.has(tokens[j + 1]?.key ?? "") ? j + 2 : j + 1;
    if (
      t.isWord &&
      NAME_PARTICLES.has(t.key) &&
      nameWord(tokens[afterParticles]) &&
      !blocked(afterParticles)
    ) {
      j = afterParticles;
      continue;
    }
    // "el-Sisi", "al-Nahyan"
    if (
      j > i &&
      t.isWord &&
      NAME_PARTICLES.has(t.key) &&
      tokens[j + 1]?.text === "-" &&
      tokens[j + 1]?.glued &&
      nameWord(tokens[j + 2]) &&
      tokens[j + 2]?.glued
    ) {
      end = j + 3;
      words += 1;
      j += 3;
      continue;
    }
    break;
  }
  if (end <= i) return undefined;
  // "NATO", "OSA": capitals alone are an abbreviation; "KAMIKAWA Yoko" is a name
  const long = tokens.slice(i, end).filter((t) => t.isWord && t.text.length > 1);
  // "NATO", "OSA", "AUDA-NEPAD": capitals alone are an abbreviation; "KAMIKAWA Yoko" is a name
  const capitals = long.length > 0 && long.every((t) => t.upper);
  if (capitals) return undefined;
  return end;
}

/** Where a name starts once honorifics ("Sheikh", "Mr.", "H H") are skipped. */
export function nameStart(tokens: readonly Token[], at: number): number {
  let i = at;
  for (;;) {
    const t = tokens[i];
    if (t?.text === "H" && tokens[i + 1]?.text === "H") {
      i += 2;
      continue;
    }
    if (!t?.capital || !HONORIFICS.has(t.key)) return i;
    // "Mr.", "Dato’ Saifuddin Abdullah"
    const mark = tokens[i + 1]?.text ?? "";
    const next =
      mark === "." || (APOSTROPHES.has(mark) && tokens[i + 1]?.glued === true) ? i + 2 : i + 1;
    if (!tokens[next]?.capital) return i;
    i = next;
  }
}
