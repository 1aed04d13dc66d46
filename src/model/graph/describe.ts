import type { Graph } from "./schema";

/** What the graph is called: its own title, else its one source's, else how many sources it has. */
export function graphTitle(graph: Graph): string {
  const [first, ...others] = graph.sources;
  if (graph.title) return graph.title;
  if (first && others.length === 0) return first.title;
  return `${graph.sources.length} articles`;
}

/** "2023-09-19", "2023-12-01/2023-12-02" → "2023-12-01 to 2023-12-02". */
export function readableDate(date: string): string {
  return date.replace("/", " to ");
}

/** Where the graph's words come from, in a line: date and publisher, or how many sources and when. */
export function sourceLine(graph: Graph): string {
  const [first, ...others] = graph.sources;
  if (first && others.length === 0) {
    const when = first.date ? `Published ${readableDate(first.date)}` : "Publication date unknown";
    return first.publisher ? `${when} by ${first.publisher}` : when;
  }
  const dates = graph.sources.flatMap((s) => (s.date ? s.date.split("/") : [])).sort();
  const publishers = new Set(graph.sources.flatMap((s) => (s.publisher ? [s.publisher] : [])));
  const span =
    dates.length === 0
      ? ""
      : dates[0] === dates.at(-1)
        ? `, ${dates[0]}`
        : `, ${dates[0]} to ${dates.at(-1)}`;
  const by =
    publishers.size === 0
      ? ""
      : ` from ${publishers.size} publisher${publishers.size === 1 ? "" : "s"}`;
  return `${graph.sources.length} sources${by}${span}`;
}
