import { fold } from "../../model/text/fold";

/** A readable id from a name: "Nataša Pirc Musar" → "natasa-pirc-musar"; at most `max` characters. */
export function slugOf(name: string, max = 60): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.length > max ? slug.slice(0, max).replace(/-[^-]*$/, "") : slug;
  return cut === "" ? "x" : cut;
}
