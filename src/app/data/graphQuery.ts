import { queryOptions } from "@tanstack/react-query";
import graphUrl from "../../../data/graph.json?url";
import { indexGraph } from "../../model/graph/graphIndex";
import { GraphLoadError } from "./GraphLoadError";
import { parseGraphFile } from "./parseGraphFile";

async function fetchGraph(signal: AbortSignal) {
  let response: Response;
  try {
    response = await fetch(graphUrl, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new GraphLoadError("The graph file could not be reached.", [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  if (!response.ok) {
    throw new GraphLoadError(
      `The graph file could not be loaded (HTTP ${response.status} ${response.statusText}).`.replace(
        " )",
        ")",
      ),
    );
  }
  const body = await response.text();
  performance.mark("graph-fetched");
  // Validated here, in the query function, so a bad file is an error state, never bad data.
  const graph = parseGraphFile(body);
  performance.mark("graph-validated");
  return indexGraph(graph);
}

/** The article's graph: fetched once, validated, indexed; it never goes stale. */
export const graphQuery = queryOptions({
  queryKey: ["graph"],
  queryFn: ({ signal }) => fetchGraph(signal),
  staleTime: Infinity,
  retry: false,
});
