import type { Passage } from "../../model/graph/schema";

/**
 * Lines of a page that are no part of the report: a photo's caption ("... at Parliament House.
 * Photo: AAP"), a byline ("By Jane Smith, Canberra", "Staff Correspondent"), a source or credit
 * line ("Source: PAP", "Courtesy: NATO", "Reporting by ..."). They stay passages of the source,
 * but state no fact: nothing in them is a person met, a place or a topic.
 */
const CAPTION = /\b(?:Photo|Photograph|Picture|Image|File photo|Photo credit)s?\s*(?::|by\b|\/)/i;
const BYLINE =
  /^(?:By|Written by|Reporting by|Editing by|Reported by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*.*)?$/u;
const CREDIT = /^(?:Source|Courtesy|Sources|Via|Photo|Credit)s?\s*:/i;
const STAFF = /^(?:Staff|Special|Our)\s+(?:Correspondent|Reporter|Writer)\b/i;

export function isFurniture(passage: Passage): boolean {
  const text = passage.exact.trim();
  const words = text.split(/\s+/).length;
  return (
    CAPTION.test(text) ||
    (words <= 12 && (BYLINE.test(text) || STAFF.test(text))) ||
    (words <= 10 && CREDIT.test(text))
  );
}
