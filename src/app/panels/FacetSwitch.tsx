import type { ReactNode } from "react";

interface FacetSwitchProps {
  /** Unique on the page: names the count the switch is described by. */
  id: string;
  checked: boolean;
  /** Switched off by a wider switch (an article whose publisher is off). */
  disabled?: boolean;
  onToggle: () => void;
  /** What it is drawn as on the canvas, for a filter that is also the legend. */
  swatch?: ReactNode;
  label: ReactNode;
  count: number;
  /** What the count counts, read out after it ("shown", "meetings"). */
  counted: string;
}

/** One row of a filter: a switch with its label, and a count beside it. */
export function FacetSwitch({
  id,
  checked,
  disabled = false,
  onToggle,
  swatch,
  label,
  count,
  counted,
}: FacetSwitchProps) {
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          onChange={onToggle}
          aria-describedby={id}
        />
        {swatch}
        {label}
      </label>
      <span className="count" id={id}>
        {count}
        <span className="visually-hidden"> {counted}</span>
      </span>
    </li>
  );
}
