import { describe, expect, it } from "vitest";
import { editDistance } from "../../model/text/editDistance";
import { sameForm, sameWord } from "./names";

/** One letter apart in a long word is a spelling, not in a short one; a feminine ending is another name. */
const words: [string, string, boolean][] = [
  ["tokayev", "tokaev", true],
  ["xi", "li", false],
  ["novak", "novac", true],
  ["raisi", "aliyev", false],
  ["aliyev", "aliyeva", false],
];

/** Labels alike under accents, case, hyphens, order and transliteration, and labels that differ. */
const labels: [string, string, boolean][] = [
  ["Sauli Niinistö", "Sauli Niinisto", true],
  ["Nataša Pirc Musar", "Natasa Pirc-Musar", true],
  ["Tokayev–Raisi meeting", "Raisi–Tokaev meeting", true],
  ["President of Kazakhstan", "Head of State", false],
  ["President of Iran", "President of Iraq", false],
];

describe("names in other letters", () => {
  it("counts edits, giving up past the limit", () => {
    expect(editDistance("tokayev", "tokaev", 2)).toBe(1);
    expect(editDistance("ebrahim", "ibrahim", 2)).toBe(1);
    expect(editDistance("raisi", "aliyev", 2)).toBe(3);
  });

  it.each(words)("takes %s and %s for one word: %s", (a, b, same) => {
    expect(sameWord(a, b)).toBe(same);
  });

  it.each(labels)("takes “%s” and “%s” for one label: %s", (a, b, same) => {
    expect(sameForm(a, b)).toBe(same);
  });
});
