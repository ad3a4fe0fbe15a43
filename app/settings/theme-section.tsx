"use client";

import { useState } from "react";
import { THEME_COOKIE, THEME_COOKIE_MAX_AGE, themeColors, THEMES, type Theme } from "@/lib/theme";

const LABEL: Record<Theme, string> = { system: "Same as this device", light: "Light", dark: "Dark" };

/** Stores the choice and shows it on this page at once: the colours, and the browser's bar with them. */
function applyTheme(theme: Theme) {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${THEME_COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
  const root = document.documentElement;
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
  const colors = themeColors(theme);
  document.querySelectorAll('meta[name="theme-color"]').forEach((meta, i) => {
    const color = colors[Math.min(i, colors.length - 1)]!;
    meta.setAttribute("content", color.color);
    if (color.media) meta.setAttribute("media", color.media);
    else meta.removeAttribute("media");
  });
}

/**
 * Light, dark or the device's own choice, for this browser. Kept in a cookie so the server renders the
 * next page in it (no flash); this page changes at once.
 */
export function ThemeSection({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState(initial);
  function choose(next: Theme) {
    setTheme(next);
    applyTheme(next);
  }
  return (
    <section className="card" aria-labelledby="theme-heading">
      <h2 id="theme-heading" style={{ marginTop: 0 }}>
        Theme
      </h2>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="visually-hidden">Theme</legend>
        <div className="theme-choice">
          {THEMES.map((option) => (
            <label key={option} className="check">
              <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => choose(option)} />
              {LABEL[option]}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">Kept in this browser only.</p>
    </section>
  );
}
