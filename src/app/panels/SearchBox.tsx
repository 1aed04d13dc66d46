import { useRef, useState, type KeyboardEvent } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { SearchResult, SearchResultType } from "../../model/explore/search";
import type { ExplorerState } from "../state/store";
import { useExplorerStore } from "../state/useExplorer";
import { useSearchShortcut } from "./useSearchShortcut";
import "./SearchBox.css";

const GROUP_NAMES: Record<SearchResultType, string> = {
  node: "Nodes",
  edge: "Relations",
  passage: "Sentences",
};

function choose(state: ExplorerState, result: SearchResult): void {
  if (result.type === "node") state.selectNode(result.id);
  else if (result.type === "edge") state.selectEdge(result.id);
  else state.selectPassage(result.id);
}

/** A combobox that finds nodes, relations and sentences, and selects what is chosen. */
export function SearchBox({ index }: { index: GraphIndex }) {
  const store = useExplorerStore();
  const inputRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<{ index: GraphIndex; run: (q: string) => SearchResult[] } | null>(null);
  const latestQuery = useRef("");
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useSearchShortcut(inputRef);

  const show = (text: string, run: (q: string) => SearchResult[]) => {
    const found = run(text);
    setResults(found);
    setActive(found.length > 0 ? 0 : -1);
    setOpen(text.trim() !== "");
  };

  const update = (text: string) => {
    setQuery(text);
    latestQuery.current = text;
    const ready = searchRef.current;
    if (ready?.index === index) {
      show(text, ready.run);
      return;
    }
    // The search library and its index are loaded and built on first use, not at start-up.
    void import("../../model/explore/search").then(({ createSearch }) => {
      if (searchRef.current?.index !== index) {
        searchRef.current = { index, run: createSearch(index.graph) };
      }
      show(latestQuery.current, searchRef.current.run);
    });
  };

  const pick = (result: SearchResult | undefined) => {
    if (!result) return;
    choose(store.getState(), result);
    setOpen(false);
    setQuery("");
    setResults([]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open && query.trim() !== "") setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (results.length === 0 ? -1 : (i + step + results.length) % results.length));
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(results[active]);
    } else if (event.key === "Escape") {
      // Closing the list is this key's job here; the selection stays.
      event.preventDefault();
      if (open) setOpen(false);
      else update("");
    }
  };

  const expanded = open;
  const optionId = (i: number) => `search-option-${i}`;
  let position = -1;

  return (
    <div className="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search nodes, relations and sentences
      </label>
      <input
        ref={inputRef}
        id="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search… ( / or Ctrl+K )"
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          update(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
        }}
      />
      <div
        id="search-results"
        role="listbox"
        aria-label="Suggestions"
        className="search-results"
        hidden={!expanded}
      >
        {expanded && results.length === 0 ? (
          <div className="search-empty">Nothing matches “{query}”.</div>
        ) : null}
        {(["node", "edge", "passage"] as const).map((type) => {
          const group = results.filter((r) => r.type === type);
          if (group.length === 0) return null;
          return (
            <div role="group" aria-labelledby={`search-group-${type}`} key={type}>
              <div role="presentation" id={`search-group-${type}`} className="search-group">
                {GROUP_NAMES[type]}
              </div>
              {group.map((result) => {
                position += 1;
                const i = position;
                return (
                  <div
                    key={`${result.type}:${result.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    className={i === active ? "search-option active" : "search-option"}
                    onMouseDown={(event) => {
                      event.preventDefault();
                    }}
                    onClick={() => {
                      pick(result);
                    }}
                  >
                    <span className="search-title">{result.title}</span>
                    <span className="search-detail">{result.detail}</span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
