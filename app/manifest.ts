import type { MetadataRoute } from "next";
import { THEME_COLOR } from "@/lib/theme";

// Served at /manifest.webmanifest, which proxy.ts leaves open, so a phone can install the app before
// signing in. It opens on the run form: after a run, logging it is one tap from the home screen;
// the dashboard is a shortcut (long-press the icon) and one tap away in the tab bar.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Stridewise",
    short_name: "Stridewise",
    description: "Your running log, with warnings when mileage jumps or pain keeps coming back.",
    start_url: "/runs/new",
    scope: "/",
    display: "standalone",
    // The header's colour, as the page's theme-color meta says in the light theme (a manifest has one).
    background_color: THEME_COLOR.light,
    theme_color: THEME_COLOR.light,
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "Log a run", url: "/runs/new" },
      { name: "Dashboard", url: "/" },
      { name: "This week's review", url: "/review" },
    ],
  };
}
