import { describe, expect, it } from "vitest";
import { formatLongDate, formatShortDate, formatWeekRange } from "./format-dates";

describe("dates as a runner reads them", () => {
  it("formats a calendar day with its weekday", () => {
    expect(formatLongDate("2025-02-23")).toBe("Sun, 23 Feb 2025");
    expect(formatShortDate("2025-02-17")).toBe("17 Feb");
  });

  it("keeps each day in its own year at New Year", () => {
    expect(formatLongDate("2024-12-31")).toBe("Tue, 31 Dec 2024");
    expect(formatLongDate("2025-01-01")).toBe("Wed, 1 Jan 2025");
  });

  it("writes a week inside one month with the month once", () => {
    expect(formatWeekRange("2025-02-17")).toBe("17–23 Feb 2025");
  });

  it("names both months, and the end's year, when a week spans two", () => {
    expect(formatWeekRange("2025-02-24")).toBe("24 Feb–2 Mar 2025");
    expect(formatWeekRange("2025-12-29")).toBe("29 Dec–4 Jan 2026");
  });
});
