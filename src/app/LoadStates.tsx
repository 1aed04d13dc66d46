import { GraphLoadError } from "./data/GraphLoadError";

export function Loading() {
  return (
    <div className="load-state" role="status">
      Loading the graph…
    </div>
  );
}

interface LoadFailureProps {
  error: Error;
  retrying: boolean;
  onRetry: () => void;
}

/** Says what is wrong with the graph file, in the reader's words, and offers to try again. */
export function LoadFailure({ error, retrying, onRetry }: LoadFailureProps) {
  const summary =
    error instanceof GraphLoadError ? error.summary : "The graph could not be loaded.";
  const details = error instanceof GraphLoadError ? error.details : [error.message];
  return (
    <div className="load-state failure" role="alert">
      <h2>{summary}</h2>
      {details.length > 0 ? (
        <ul className="problems">
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? "Retrying…" : "Retry"}
      </button>
    </div>
  );
}
