/** The most sources a line's width tells apart; a relation more of them state is drawn as wide. */
export const MOST_SOURCES_DRAWN = 4;

/** The counts of sources that widen a line, each a class: 2, 3, … up to the most drawn. */
export const CORROBORATION_LEVELS = Array.from({ length: MOST_SOURCES_DRAWN - 1 }, (_, i) => i + 2);

/** The class of a relation `sources` sources state; none for one source. */
export function corroborationClass(sources: number): string {
  return sources < 2 ? "" : `corroborated-${Math.min(sources, MOST_SOURCES_DRAWN)}`;
}
