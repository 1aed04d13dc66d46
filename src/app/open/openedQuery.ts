import { queryOptions } from "@tanstack/react-query";
import { printOpenedRef, type OpenedRef } from "./openedRef";

/** What the fragment names: kept in IndexedDB, or an article in the link; never stale. */
export function openedQuery(ref: OpenedRef) {
  return queryOptions({
    // Keyed like any graph by its source; a fragment ("#recent=…") is never a graph address.
    queryKey: ["graph", printOpenedRef(ref) as string | null],
    // Loaded when first needed, so the first load of the default graph carries none of it.
    queryFn: () => import("./loadOpened").then((m) => m.loadOpened(ref)),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
