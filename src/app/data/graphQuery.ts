import { queryOptions } from "@tanstack/react-query";
import { GraphLoadError } from "./GraphLoadError";
import { graphUrl } from "./graphSource";
import { parseGraphFile } from "./parseGraphFile";

async function fetchGraph(address: string | null, signal: AbortSignal) {
  const url = graphUrl(address, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, { signal });
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
  return graph;
}

/** The graph at an address (null: the bundled default): fetched once, validated; never stale. */
export function graphQuery(address: string | null) {
  return queryOptions({
    queryKey: ["graph", address],
    queryFn: ({ signal }) => fetchGraph(address, signal),
    staleTime: Infinity,
    retry: false,
  });
}
