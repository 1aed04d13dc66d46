import { fold } from "../text/fold";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A readable id from any name: "Nataša Pirc Musar" → "natasa-pirc-musar"; never empty. */
export function slugify(name: string, max = 60): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.length > max ? slug.slice(0, max).replace(/-+[^-]*$/, "") : slug;
  return cut === "" ? "x" : cut;
}

/**
 * Ids of the graph from ids of a file: kept when they are already slugs, else made readable; a
 * second use of one gets a number, so two foreign ids never become one.
 */
export function idMaker(max: number) {
  const used = new Set<string>();
  return (wanted: string, fallbackName: string): string => {
    const base =
      SLUG.test(wanted) && wanted.length <= max ? wanted : slugify(fallbackName || wanted, max - 8);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
