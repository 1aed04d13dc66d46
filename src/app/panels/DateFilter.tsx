import { Fragment, useId, useMemo } from "react";
import { meetsRange, withEnd } from "../../model/explore/dateFilter";
import { dateHistogram, type DateBin, type DateUnit } from "../../model/explore/dateHistogram";
import type { GraphIndex } from "../../model/graph/graphIndex";
import { useExplorer } from "../state/useExplorer";
import "./DateFilter.css";

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const day = (iso: string) => DAY_FORMAT.format(new Date(`${iso}T00:00:00Z`));
const MONTH_FORMAT = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const binName = (bin: DateBin, unit: DateUnit) =>
  unit === "day"
    ? day(bin.first)
    : unit === "week"
      ? `${day(bin.first)} to ${day(bin.last)}`
      : unit === "month"
        ? MONTH_FORMAT.format(new Date(`${bin.first}T00:00:00Z`))
        : bin.first.slice(0, 4);

/**
 * Meetings by date: a bar for each day (or week, month, year) of the coverage, counting the meetings
 * and other dated events that start in it, and a range that keeps those in it. A bar chooses its own
 * span; the two dates set any other. Shown when events start in at least two different bars: one is
 * nothing to choose between.
 */
export function DateFilter({ index }: { index: GraphIndex }) {
  const range = useExplorer((s) => s.dates);
  const limitDates = useExplorer((s) => s.limitDates);
  const { unit, bins } = useMemo(() => dateHistogram(index.graph), [index]);
  const id = useId();
  if (bins.filter((b) => b.events > 0).length < 2) return null;
  const most = Math.max(...bins.map((b) => b.events));
  const first = bins[0]?.first ?? "";
  const last = bins.at(-1)?.last ?? "";
  const limited = range.from !== null || range.to !== null;

  return (
    <fieldset className="date-filter">
      <legend>Meetings by date</legend>
      <ol className="date-bars" aria-label={`Meetings per ${unit}`}>
        {bins.map((bin) => {
          const inside = meetsRange(`${bin.first}/${bin.last}`, range);
          return (
            <li key={bin.first}>
              <button
                type="button"
                className={inside ? "date-bar" : "date-bar outside"}
                aria-label={`${binName(bin, unit)}: ${bin.events} ${bin.events === 1 ? "event" : "events"}`}
                aria-pressed={limited && range.from === bin.first && range.to === bin.last}
                title={`${binName(bin, unit)}: ${bin.events}`}
                onClick={() => {
                  limitDates({ from: bin.first, to: bin.last });
                }}
              >
                <span style={{ height: `${Math.round((100 * bin.events) / most)}%` }} />
              </button>
            </li>
          );
        })}
      </ol>
      <p className="date-axis" aria-hidden="true">
        <span>{day(first)}</span>
        <span>{day(bins.at(-1)?.first ?? last)}</span>
      </p>
      <div className="date-range">
        {(["from", "to"] as const).map((end) => (
          <Fragment key={end}>
            <label htmlFor={`${id}-${end}`}>{end === "from" ? "From" : "To"}</label>
            <input
              id={`${id}-${end}`}
              type="date"
              min={first}
              max={last}
              value={range[end] ?? ""}
              onChange={(event) => {
                limitDates(withEnd(range, end, event.target.value || null));
              }}
            />
          </Fragment>
        ))}
        <button
          type="button"
          className="link-button"
          disabled={!limited}
          onClick={() => {
            limitDates({ from: null, to: null });
          }}
        >
          All dates
        </button>
      </div>
    </fieldset>
  );
}
