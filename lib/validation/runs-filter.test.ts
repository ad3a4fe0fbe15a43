import { describe, expect, it } from "vitest";
import { parseRunsFilter, runsHref } from "./runs-filter";

describe("parseRunsFilter", () => {
  it("reads type, month, search and page", () => {
    expect(parseRunsFilter({ type: "long", month: "2026-11", q: "  hills ", page: "2" })).toEqual({
      type: "long",
      month: "2026-11",
      q: "hills",
      page: 2,
      dropped: [],
    });
  });

  it("treats empty fields as no filter", () => {
    expect(parseRunsFilter({ type: "", month: "", q: "   " })).toEqual({ page: 1, dropped: [] });
  });

  it("drops and reports what is not valid, and keeps the rest", () => {
    expect(parseRunsFilter({ type: "sprint", month: "2026-13", q: "x".repeat(101), page: "0" })).toEqual({
      page: 1,
      dropped: ["type", "month", "q", "page"],
    });
    expect(parseRunsFilter({ month: "2026-1", type: "trail" })).toEqual({ type: "trail", page: 1, dropped: ["month"] });
    expect(parseRunsFilter({ q: "\uD800" }).dropped).toEqual(["q"]);
  });

  it("takes the first of a repeated field", () => {
    expect(parseRunsFilter({ type: ["race", "long"] }).type).toBe("race");
  });
});

describe("runsHref", () => {
  it("writes only the parts that are set", () => {
    expect(runsHref({})).toBe("/runs");
    expect(runsHref({ type: "long", month: "2026-11", q: "hill reps" }, 3)).toBe("/runs?type=long&month=2026-11&q=hill+reps&page=3");
  });
});
