import { useId } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";
import type { Source } from "../../model/graph/schema";

interface SourcePickerProps {
  index: GraphIndex;
  /** The sources of what is selected: listed first, so the panel switches between them. */
  selectionSources: readonly string[];
  value: string;
  onChange: (sourceId: string) => void;
}

/**
 * Which of the graph's sources the article panel shows, by title and publisher, those of the selection
 * first, with its address when it has one.
 */
export function SourcePicker({ index, selectionSources, value, onChange }: SourcePickerProps) {
  const id = useId();
  const address = index.source(value)?.address;
  const option = (s: Source) => (
    <option key={s.id} value={s.id}>
      {s.publisher ? `${s.title} (${s.publisher})` : s.title}
    </option>
  );
  const ofSelection = new Set(selectionSources);
  return (
    <div className="source-picker">
      <label htmlFor={id}>Source</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {ofSelection.size > 0 ? (
          <>
            <optgroup label="Sources of the selection">
              {index.graph.sources.filter((s) => ofSelection.has(s.id)).map(option)}
            </optgroup>
            <optgroup label="Other sources">
              {index.graph.sources.filter((s) => !ofSelection.has(s.id)).map(option)}
            </optgroup>
          </>
        ) : (
          index.graph.sources.map(option)
        )}
      </select>
      {address && /^https?:\/\//.test(address) ? (
        <a href={address} rel="noopener noreferrer" target="_blank">
          Original
        </a>
      ) : null}
    </div>
  );
}
