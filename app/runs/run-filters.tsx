import Link from "next/link";
import { RUN_TYPES } from "@/lib/analysis/types";
import { RUN_TYPE_LABEL } from "@/lib/pain-labels";
import { MAX_RUN_SEARCH_CHARS, type RunsFilter } from "@/lib/validation/runs-filter";

/** Filter the runs list by type and month and search the notes: a plain GET form, so it works without JavaScript. */
export function RunFilters({ filter }: { filter: RunsFilter }) {
  const active = filter.type !== undefined || filter.month !== undefined || filter.q !== undefined;
  return (
    <form method="get" action="/runs" className="card run-filters" role="search" aria-label="Filter runs">
      <div className="field">
        <label htmlFor="filter-type">Type</label>
        <select id="filter-type" name="type" defaultValue={filter.type ?? ""}>
          <option value="">All types</option>
          {RUN_TYPES.map((type) => (
            <option key={type} value={type}>
              {RUN_TYPE_LABEL[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-month">Month</label>
        <input id="filter-month" name="month" type="month" defaultValue={filter.month ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="filter-q">Notes contain</label>
        <input id="filter-q" name="q" type="search" maxLength={MAX_RUN_SEARCH_CHARS} defaultValue={filter.q ?? ""} />
      </div>
      <div className="actions">
        <button type="submit">Show</button>
        {active ? (
          <Link className="button secondary" href="/runs">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
