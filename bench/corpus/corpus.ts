import { mulberry32 } from "../../src/model/layout/random";
import { planStories } from "./plan";
import { READOUT_BYTES, writeReadout } from "./writeReadout";

export interface CorpusFile {
  name: string;
  text: string;
}

export const CORPUS_SEED = 20250101;

/**
 * A corpus of `count` made-up readouts of bilateral meetings, the same for the same seed: many hosts,
 * counterparts and topics, 2 to 6 KB each, some meetings reported by two or three outlets.
 */
export function makeCorpus(count: number, seed = CORPUS_SEED): CorpusFile[] {
  const random = mulberry32(seed);
  const files: CorpusFile[] = [];
  for (const story of planStories(random, count)) {
    for (const outlet of story.outlets) {
      const target = random.int(READOUT_BYTES.min, READOUT_BYTES.max);
      const number = String(files.length + 1).padStart(4, "0");
      files.push({
        name: `readout-${number}.txt`,
        text: writeReadout(random, story, outlet, target),
      });
    }
  }
  return files;
}
