import { useId, useMemo } from "react";
import { meetsRange } from "../../model/explore/dateFilter";
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
  const fromId = useId();
  const toId = useId();
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
        <label htmlFor={fromId}>From</label>
        <input
          id={fromId}
          type="date"
          min={first}
          max={last}
          value={range.from ?? ""}
          onChange={(event) => {
            const from = event.target.value || null;
            limitDates({
              from,
              to: range.to !== null && from !== null && range.to < from ? from : range.to,
            });
          }}
        />
        <label htmlFor={toId}>To</label>
        <input
          id={toId}
          type="date"
          min={first}
          max={last}
          value={range.to ?? ""}
          onChange={(event) => {
            const to = event.target.value || null;
            limitDates({
              from: range.from !== null && to !== null && range.from > to ? to : range.from,
              to,
            });
          }}
        />
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
