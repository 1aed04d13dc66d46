import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { graphQuery } from "./data/graphQuery";
import { Explorer } from "./Explorer";
import { LoadFailure, Loading } from "./LoadStates";

const queryClient = new QueryClient();

function GraphGate() {
  const query = useQuery(graphQuery);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <LoadFailure
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <Explorer index={query.data} />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <div className="app">
        <header className="app-header">
          <h1>Tokayev at the 78th UN General Assembly: five bilateral meetings</h1>
        </header>
        <GraphGate />
      </div>
    </QueryClientProvider>
  );
}
