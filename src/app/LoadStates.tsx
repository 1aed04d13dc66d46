import type { MouseEvent } from "react";
import { GraphLoadError } from "./data/GraphLoadError";
import { navigate } from "./url/location";
import "./LoadStates.css";

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
  /** The graph asked for is not the default one, so the default is a way back. */
  offerDefault: boolean;
}

/** Says what is wrong with the graph file, in the reader's words, and offers to try again. */
export function LoadFailure({ error, retrying, onRetry, offerDefault }: LoadFailureProps) {
  const summary =
    error instanceof GraphLoadError ? error.summary : "The graph could not be loaded.";
  const details = error instanceof GraphLoadError ? error.details : [error.message];
  const openDefault = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate("");
  };
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
      <div className="load-actions">
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? "Retrying…" : "Retry"}
        </button>
        {offerDefault ? (
          <a href="./" onClick={openDefault}>
            Open the default graph
          </a>
        ) : null}
      </div>
    </div>
  );
}
