import type { Passage } from "../../model/graph/schema";

/** Abbreviations that never end a sentence: a name or a number always follows. */
const BEFORE_NAME = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "gen",
  "gov",
  "rep",
  "st",
  "lt",
  "col",
  "capt",
  "maj",
  "amb",
  "h.e",
  "hon",
  "rev",
  "no",
  "nos",
  "vol",
  "pp",
  "jr",
  "sr",
  "vs",
  "approx",
  "fig",
]);
/** Abbreviations that may end one: "U.S.", "Sept." are merged unless a sentence plainly starts after them. */
const MAYBE_LAST = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "inc",
  "corp",
  "co",
  "ltd",
  "st",
]);
const STARTERS = new Set([
  "the",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "this",
  "that",
  "these",
  "those",
  "in",
  "on",
  "at",
  "during",
  "after",
  "both",
  "a",
  "an",
  "but",
  "however",
  "meanwhile",
  "according",
  "as",
  "his",
  "her",
  "their",
  "its",
  "our",
  "there",
  "earlier",
  "later",
  "also",
]);
const TERMINAL = /[.!?:;"”»’)\]]$/u;
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Does this piece end with an abbreviation that does not end the sentence before `next`? */
function endsInsideSentence(piece: string, next: string): boolean {
  const last = /(?:^|[\s(“"])((?:\p{L}\.)+\p{L}?|\p{L}+)\.$/u.exec(piece)?.[1];
  if (last === undefined) return false;
  const firstWord = (/^[“"‘']?([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? "").toLowerCase();
  const word = last.toLowerCase();
  if (BEFORE_NAME.has(word)) return true;
  // An initial: "Narendra D. Modi", "S. Jaishankar".
  if (/^\p{Lu}$/u.test(last)) return true;
  if (MAYBE_LAST.has(word) || /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(last))
    return !STARTERS.has(firstWord) && firstWord !== "";
  return false;
}

/**
 * Lines of a paragraph that a hard wrap broke: a line without end punctuation followed by a line
 * that starts in lower case, or any line of a block whose lines all have about the same length.
 */
function isSoftWrap(line: string, nextLine: string, wrapWidth: number, amid: boolean): boolean {
  const trimmed = line.trimEnd();
  if (trimmed === "" || nextLine.trim() === "") return false;
  // a wrap can fall after a bracket or a colon ("(WTO) / Ngozi ..."), not after a sentence's stop;
  // a short line amid a wrapped paragraph was wrapped twice ("... Organization / (IMO) / Ioana")
  const wrapped = wrapWidth >= 40 && (amid || trimmed.length >= wrapWidth - 15);
  if (wrapped && !/[.!?]["”’»)\]]?$/u.test(trimmed)) return true;
  // "... before the U.S. / president departed": the stop was an abbreviation's
  if (wrapped && endsInsideSentence(trimmed, nextLine.trimStart())) return true;
  return !TERMINAL.test(trimmed) && /^\s*[\p{Ll}\d(,]/u.test(nextLine);
}

interface Run {
  start: number;
  /** The run's text with soft wraps turned into spaces (same length, so offsets hold). */
  view: string;
}

/**
 * The width a whole text was hard-wrapped at: most lines that another line follows end within a
 * few characters of the longest line. Two-line paragraphs of such a text are wrapped too.
 */
function textWrapWidth(text: string): number {
  const lines = text.split("\n");
  const followed = lines
    .filter((l, i) => l.trim() !== "" && (lines[i + 1] ?? "").trim() !== "")
    .map((l) => l.trimEnd().length);
  const widest = Math.max(0, ...lines.map((l) => l.trimEnd().length));
  const near = followed.filter((n) => n >= widest - 15).length;
  return followed.length >= 3 && near >= followed.length * 0.6 ? widest : 0;
}

/** The text cut into paragraphs (blank lines, or a line break after a finished sentence). */
function paragraphs(text: string): Run[] {
  const runs: Run[] = [];
  const textWidth = textWrapWidth(text);
  for (const block of text.matchAll(/[^\n]+(?:\n(?![ \t\r]*\n)[^\n]*)*/g)) {
    const lines = block[0].split("\n");
    const lengths = lines.map((l) => l.trimEnd().length);
    // the usual width of a hard-wrapped block: its longest lines, when there are at least three
    const wrapWidth = lines.length >= 3 ? Math.max(...lengths.slice(0, -1)) : textWidth;
    let start = block.index;
    let view = "";
    let amid = false;
    lines.forEach((line, i) => {
      view += line;
      const next = lines[i + 1];
      if (next === undefined) return;
      amid = isSoftWrap(line, next, wrapWidth, amid);
      if (amid) view += " ";
      else {
        runs.push({ start, view });
        start += view.length + 1;
        view = "";
      }
    });
    runs.push({ start, view });
  }
  return joinBrokenParagraphs(runs.filter((r) => r.view.trim() !== ""));
}

/**
 * "Prime Minister Muhammad Nawaz Sharif" / (blank line) / "and Iranian President Hassan Rouhani":
 * a paragraph that stops mid-sentence and one that goes on in lower case are one sentence broken
 * by a blank line. The gap becomes spaces, so offsets hold.
 */
function joinBrokenParagraphs(runs: readonly Run[]): Run[] {
  const joined: Run[] = [];
  for (const run of runs) {
    const previous = joined.at(-1);
    const broken =
      previous && !TERMINAL.test(previous.view.trimEnd()) && /^\s*\p{Ll}/u.test(run.view);
    if (previous && broken) {
      const gap = run.start - (previous.start + previous.view.length);
      previous.view += " ".repeat(gap) + run.view;
    } else joined.push({ ...run });
  }
  return joined;
}

/**
 * The sentences of an article, numbered from 1 with their paragraph; ids are `<source>.s<number>`.
 * `Intl.Segmenter` finds the sentences; abbreviations it takes for an end ("U.S. President",
 * "Dr. Smith") are joined back, and a hard-wrapped line does not end one.
 */
export function splitSentences(text: string, source: string): Passage[] {
  const passages: Passage[] = [];
  paragraphs(text).forEach((run, index) => {
    const pieces: { start: number; text: string }[] = [];
    for (const piece of segmenter.segment(run.view)) {
      const exact = piece.segment.trim();
      if (exact === "") continue;
      const start = run.start + piece.index + piece.segment.indexOf(exact);
      const previous = pieces.at(-1);
      if (previous && endsInsideSentence(previous.text, exact)) {
        previous.text = text.slice(previous.start, start + exact.length);
      } else pieces.push({ start, text: exact });
    }
    for (const piece of pieces) {
      const number = passages.length + 1;
      const exact = text.slice(piece.start, piece.start + piece.text.length);
      passages.push({
        id: `${source}.s${number}`,
        source,
        number,
        paragraph: index + 1,
        start: piece.start,
        end: piece.start + exact.length,
        exact,
      });
    }
  });
  return passages;
}
