/**
 * The development set's coarse topics, and which of the lexicon's topics each one covers: the gold
 * says "science_education" where the lexicon tells science from education, "visa_migration" where
 * it tells visas from migration. A lexicon topic no coarse one covers (UN reform, international
 * politics, sport) is not scored.
 */
const COARSE: Record<string, readonly string[]> = {
  trade: ["trade"],
  economy: ["economy", "finance"],
  investment: ["investment"],
  energy: ["energy"],
  transport: ["transport"],
  logistics: ["logistics"],
  industry: ["industry", "mining"],
  agriculture: ["agriculture"],
  technology: ["it", "digital", "science-technology"],
  science_education: ["science-technology", "education"],
  health: ["health", "pharmaceuticals"],
  culture: ["culture"],
  humanitarian: ["humanitarian"],
  tourism: ["tourism"],
  visa_migration: ["visas", "migration"],
  security: ["security", "peace"],
  climate_environment: ["climate-environment"],
};

/** The coarse topics a set of lexicon topic ids amounts to. */
export function coarseTopics(lexiconIds: Iterable<string>): string[] {
  const ids = new Set(lexiconIds);
  return Object.entries(COARSE)
    .filter(([, covered]) => covered.some((id) => ids.has(id)))
    .map(([coarse]) => coarse);
}

export const COARSE_TOPICS: readonly string[] = Object.keys(COARSE);
