import type { GraphIndex } from "../../model/graph/graphIndex";
import type { GraphPath } from "../../model/explore/paths";
import { pathsOf } from "../state/derived";
import { useExplorer } from "../state/useExplorer";
import { EdgeButton } from "./EdgeButton";
import { edgeMarks } from "./edgeMarks";
import { PassageQuote } from "./PassageQuote";
import "./PathPanel.css";

function PathSteps({ path, index }: { path: GraphPath; index: GraphIndex }) {
  const readPassage = useExplorer((s) => s.readPassage);
  return (
    <ol className="path-steps">
      {path.map((step) => {
        const evidence = step.edge.evidence[0];
        const passage = evidence ? index.passage(evidence.passage) : undefined;
        return (
          <li key={step.edge.id}>
            <EdgeButton edge={step.edge} index={index} />
            {passage ? (
              <ul className="passage-list">
                <PassageQuote
                  index={index}
                  passage={passage}
                  marks={edgeMarks(index, step.edge, passage.id)}
                  onRead={readPassage}
                />
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** "How is A connected to B?": the shortest paths, each step with a sentence that supports it. */
export function PathPanel({ index }: { index: GraphIndex }) {
  const from = useExplorer((s) => s.pathFrom);
  const to = useExplorer((s) => s.pathTo);
  const clearPath = useExplorer((s) => s.clearPath);
  if (!from || !to) return null;
  const paths = pathsOf(index, { pathFrom: from, pathTo: to });
  const steps = paths[0]?.length ?? 0;

  return (
    <section className="panel connection" aria-label="Connection">
      <header className="panel-header">
        <h2>
          How is {index.labelOf(from)} connected to {index.labelOf(to)}?
        </h2>
        <button type="button" onClick={clearPath} aria-label="Close the connection">
          Close
        </button>
      </header>
      {paths.length === 0 ? (
        <p>The article does not connect them.</p>
      ) : (
        <>
          <p>
            {paths.length === 1 ? "One shortest path" : `${paths.length} shortest paths`} of{" "}
            {steps === 1 ? "one step" : `${steps} steps`}.
          </p>
          <ol className="path-list">
            {paths.map((path, i) => (
              <li key={i} aria-label={`Path ${i + 1}`}>
                <h3>Path {i + 1}</h3>
                <PathSteps path={path} index={index} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
