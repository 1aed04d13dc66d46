import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { AppHeader } from "./AppHeader";
import { graphQuery } from "./data/graphQuery";
import { Explorer } from "./Explorer";
import { openedQuery } from "./open/openedQuery";
import { printOpenedRef } from "./open/openedRef";
import { useOpenedRef } from "./open/useOpenedRef";
import { LoadFailure, Loading } from "./LoadStates";
import { APP_NAME } from "./useDocumentTitle";
import { useGraphAddress } from "./url/useGraphAddress";

const queryClient = new QueryClient();

/** Loads the graph the address names (or the fragment: what the reader opened); shows it, or says what went wrong. */
function GraphGate() {
  const address = useGraphAddress();
  const opened = useOpenedRef();
  const query = useQuery(opened ? openedQuery(opened) : graphQuery(address));
  const key = opened ? printOpenedRef(opened) : (address ?? "");
  const shown = query.isSuccess;
  useEffect(() => {
    if (!shown) document.title = APP_NAME;
  }, [shown]);

  // A new address is a new graph: the explorer, its store and its canvas start afresh.
  if (query.isSuccess) return <Explorer key={key} graph={query.data} />;
  return (
    <>
      <AppHeader title={APP_NAME} />
      <main>
        {query.isError ? (
          <LoadFailure
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
            offerDefault={address !== null || opened !== null}
          />
        ) : (
          <Loading />
        )}
      </main>
    </>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <div className="app">
        <GraphGate />
      </div>
    </QueryClientProvider>
  );
}
