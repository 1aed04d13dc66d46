import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { AppHeader } from "./AppHeader";
import { graphQuery } from "./data/graphQuery";
import { Explorer } from "./Explorer";
import { LoadFailure, Loading } from "./LoadStates";

const queryClient = new QueryClient();

function GraphGate() {
  const query = useQuery(graphQuery);
  if (query.isSuccess) return <Explorer index={query.data} />;
  return (
    <>
      <AppHeader />
      <main>
        {query.isError ? (
          <LoadFailure
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
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
