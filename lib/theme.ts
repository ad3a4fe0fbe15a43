// The light and dark themes: which one a runner chose (a cookie, read on the server so the page is
// painted in it from the first byte, without a script) and the browser's theme colour for each, which
// is the header's surface colour in app/globals.css (theme.test.ts keeps the two the same).

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_COOKIE = "theme";
/** A year: the choice is a preference of this browser, not of the account. */
export const THEME_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export const THEME_COLOR = { light: "#ffffff", dark: "#1c1f22" } as const;

export function parseTheme(value: string | undefined): Theme {
  return THEMES.find((theme) => theme === value) ?? "system";
}

/** The theme-color metas: one per scheme when the system decides, else the chosen one alone. */
export function themeColors(theme: Theme): { media?: string; color: string }[] {
  if (theme !== "system") return [{ color: THEME_COLOR[theme] }];
  return [
    { media: "(prefers-color-scheme: light)", color: THEME_COLOR.light },
    { media: "(prefers-color-scheme: dark)", color: THEME_COLOR.dark },
  ];
}
