import { useId } from "react";
import type { GraphIndex } from "../../model/graph/graphIndex";

interface SourcePickerProps {
  index: GraphIndex;
  value: string;
  onChange: (sourceId: string) => void;
}

/** Which of the graph's sources the article panel shows, by title, with its address when it has one. */
export function SourcePicker({ index, value, onChange }: SourcePickerProps) {
  const id = useId();
  const address = index.source(value)?.address;
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
        {index.graph.sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      {address && /^https?:\/\//.test(address) ? (
        <a href={address} rel="noopener noreferrer" target="_blank">
          Original
        </a>
      ) : null}
    </div>
  );
}
