import { useEffect, useState } from "react";
import { navigate } from "../url/location";
import { printOpenedRef } from "./openedRef";
import { listRecent, onRecentChange, removeRecent, type RecentSummary } from "./recentStore";

const KIND_WORDS = {
  article: "article",
  graph: "graph file",
  gexf: "GEXF",
  graphml: "GraphML",
  cytoscape: "Cytoscape JSON",
} as const;

/** What was opened before, kept in this browser until removed: show one again, or remove it. */
export function RecentList() {
  const [entries, setEntries] = useState<RecentSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => {
      listRecent().then(
        (list) => {
          if (live) setEntries(list);
        },
        () => {
          if (live)
            setProblem(
              "This browser keeps nothing here (private browsing, or storage turned off).",
            );
        },
      );
    };
    load();
    const stop = onRecentChange(load);
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (problem) return <p className="open-quiet">{problem}</p>;
  if (!entries || entries.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h3 id="recent-title">Recent</h3>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="recent-show"
              onClick={() => {
                navigate("", printOpenedRef({ type: "recent", id: e.id }));
              }}
            >
              {e.name}
            </button>
            <span className="recent-what">
              {KIND_WORDS[e.kind]}, {e.nodes} nodes, {new Date(e.openedAt).toLocaleDateString()}
            </span>
            <button
              type="button"
              aria-label={`Remove ${e.name} from Recent`}
              onClick={() => void removeRecent(e.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
