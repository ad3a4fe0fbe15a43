import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import manifest from "../app/manifest";
import { parseTheme, THEME_COLOR, themeColors } from "./theme";

describe("the themes", () => {
  it("give the browser the header's colour: the same in globals.css, the metas and the manifest", () => {
    const css = readFileSync(new URL("../app/globals.css", import.meta.url), "utf8");
    const surface = /--surface:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css);
    expect(surface?.slice(1, 3)).toEqual([THEME_COLOR.light, THEME_COLOR.dark]);
    expect(manifest().theme_color).toBe(THEME_COLOR.light);
    expect(themeColors("system").map((meta) => meta.color)).toEqual([THEME_COLOR.light, THEME_COLOR.dark]);
    expect(themeColors("dark")).toEqual([{ color: THEME_COLOR.dark }]);
  });

  it("fall back to the system's choice for a missing or made-up cookie", () => {
    expect(parseTheme(undefined)).toBe("system");
    expect(parseTheme("purple")).toBe("system");
    expect(parseTheme("dark")).toBe("dark");
  });
});
