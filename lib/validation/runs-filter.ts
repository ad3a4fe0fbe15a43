import { z } from "zod";
import { RUN_TYPES } from "../analysis/types";
import { isWellFormed } from "./text";

/** The longest note search the runs list takes. */
export const MAX_RUN_SEARCH_CHARS = 100;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "" from an empty form field means no filter. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * The runs list's address (/runs?type=long&month=2026-11&q=hills&page=2): each part checked on its own,
 * and a part that is not valid is dropped and reported, so a mistyped address still lists runs.
 */
const FILTER_FIELDS = {
  type: z.enum(RUN_TYPES),
  month: z.string().regex(MONTH).refine((month) => Number(month.slice(0, 4)) >= 1900),
  q: z.string().refine(isWellFormed).trim().min(1).max(MAX_RUN_SEARCH_CHARS),
  page: z.coerce.number().int().min(1).max(100_000),
};

export type RunsFilter = {
  type?: z.output<typeof FILTER_FIELDS.type>;
  month?: string;
  q?: string;
  page: number;
  /** The parts of the address that were not valid and were left out. */
  dropped: (keyof typeof FILTER_FIELDS)[];
};

export function parseRunsFilter(params: Record<string, string | string[] | undefined>): RunsFilter {
  const filter: RunsFilter = { page: 1, dropped: [] };
  for (const key of Object.keys(FILTER_FIELDS) as (keyof typeof FILTER_FIELDS)[]) {
    const raw = blankToUndefined(Array.isArray(params[key]) ? params[key][0] : params[key]);
    if (raw === undefined) continue;
    const parsed = FILTER_FIELDS[key].safeParse(raw);
    if (!parsed.success) filter.dropped.push(key);
    else Object.assign(filter, { [key]: parsed.data });
  }
  return filter;
}

/** The address of the runs list with `filter`, and `page` when not the first. */
export function runsHref(filter: Pick<RunsFilter, "type" | "month" | "q">, page = 1): string {
  const params = new URLSearchParams();
  if (filter.type) params.set("type", filter.type);
  if (filter.month) params.set("month", filter.month);
  if (filter.q) params.set("q", filter.q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/runs?${query}` : "/runs";
}
