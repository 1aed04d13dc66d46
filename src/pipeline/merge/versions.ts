import type { Version } from "../../model/graph/schema";

export type Field = Version["field"];

/** What some sources say one field is. */
export interface Claim {
  value: string;
  sources: readonly string[];
}

/** One element of one input graph, with the sources its spans come from. */
interface Claimant {
  label: string;
  role?: string | undefined;
  date?: string | undefined;
  versions?: readonly Version[] | undefined;
}

/**
 * What an element says a field is: its versions of it, when it was merged before and its sources
 * disagreed, else its value with all its sources.
 */
export function claimsOf(element: Claimant, field: Field, sources: readonly string[]): Claim[] {
  const versions = element.versions?.filter((v) => v.field === field) ?? [];
  if (versions.length > 0) return versions.map((v) => ({ value: v.value, sources: v.sources }));
  const value = element[field];
  return value === undefined ? [] : [{ value, sources }];
}

interface Group {
  forms: Map<string, Set<string>>;
  sources: Set<string>;
}

/**
 * The field's value and, where the sources disagree, every version with its sources. Claims that
 * `same` finds alike (one name in other letters) are one version, under the form most sources
 * use. The value is the version most sources give; between equals, the one of the earliest source
 * (`order` ranks sources as the graph lists them).
 */
export function settle(
  field: Field,
  claims: readonly Claim[],
  same: (a: string, b: string) => boolean,
  order: ReadonlyMap<string, number>,
): { value?: string; versions?: Version[]; forms: string[] } {
  const groups: Group[] = [];
  for (const claim of claims) {
    let group = groups.find((g) => same(g.forms.keys().next().value ?? "", claim.value));
    if (!group) {
      group = { forms: new Map(), sources: new Set() };
      groups.push(group);
    }
    const form = group.forms.get(claim.value) ?? new Set<string>();
    for (const s of claim.sources) {
      form.add(s);
      group.sources.add(s);
    }
    group.forms.set(claim.value, form);
  }
  const earliest = (sources: Set<string>) => {
    let first = Infinity;
    for (const s of sources) first = Math.min(first, order.get(s) ?? Infinity);
    return first;
  };
  // Most sources first; between equals, the one whose first source comes first.
  const rank = <T>(items: T[], sourcesOf: (item: T) => Set<string>) =>
    items
      .map((item) => ({ item, size: sourcesOf(item).size, first: earliest(sourcesOf(item)) }))
      .sort((a, b) => b.size - a.size || a.first - b.first)
      .map(({ item }) => item);
  const formOf = (group: Group) =>
    rank([...group.forms.entries()], ([, sources]) => sources)[0]?.[0] ?? "";
  const ranked = rank(groups, (g) => g.sources);
  const forms = [...new Set(ranked.flatMap((g) => [...g.forms.keys()]))];
  const chosen = ranked[0];
  if (!chosen) return { forms };
  if (ranked.length === 1) return { value: formOf(chosen), forms };
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return {
    value: formOf(chosen),
    versions: ranked.map((g) => ({
      field,
      value: formOf(g),
      sources: [...g.sources].sort(byOrder),
    })),
    forms,
  };
}
