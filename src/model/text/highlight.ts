export interface Mark {
  start: number;
  end: number;
  /** What the mark stands for, e.g. which end of a relation; shown as a style. */
  tag: string;
}

export interface Piece {
  text: string;
  /** Tags of the marks that cover this piece; empty when unmarked. */
  tags: string[];
}

/**
 * Cuts a passage into pieces at every mark boundary, so that overlapping or nested marks ("Kazakh" in
 * "Kazakh-Slovenian" for two different nodes) each stay visible. Offsets are article offsets;
 * `passageStart` places the passage in the article. Marks outside the passage are clipped.
 */
export function highlightPieces(
  text: string,
  passageStart: number,
  marks: readonly Mark[],
): Piece[] {
  const end = passageStart + text.length;
  const clipped = marks
    .map((m) => ({ ...m, start: Math.max(m.start, passageStart), end: Math.min(m.end, end) }))
    .filter((m) => m.start < m.end);
  const cuts = new Set([passageStart, end]);
  for (const m of clipped) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);

  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i] ?? passageStart;
    const to = points[i + 1] ?? end;
    const tags = [
      ...new Set(clipped.filter((m) => m.start <= from && m.end >= to).map((m) => m.tag)),
    ];
    const piece = text.slice(from - passageStart, to - passageStart);
    const last = pieces.at(-1);
    // Neighbouring pieces with the same marks read as one.
    if (last && last.tags.join() === tags.join()) last.text += piece;
    else pieces.push({ text: piece, tags });
  }
  return pieces;
}
