/** Why the graph could not be shown, in words a reader can act on, with the first few details. */
export class GraphLoadError extends Error {
  constructor(
    readonly summary: string,
    readonly details: readonly string[] = [],
  ) {
    super([summary, ...details].join("\n"));
    this.name = "GraphLoadError";
  }
}
