"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

const icon = (path: ReactNode) => (
  <svg className="tab-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
    {path}
  </svg>
);

/** The pages behind More: every one of them is two taps from anywhere. */
const MORE_PATHS = ["/more", "/alerts", "/shoes", "/import", "/settings", "/pain", "/advice", "/admin"];

const TABS = [
  { href: "/", label: "Today", icon: icon(<path d="M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z" />) },
  { href: "/runs", label: "Runs", icon: icon(<path d="M4 6h16M4 12h16M4 18h10" />) },
  { href: "/runs/new", label: "Log a run", icon: icon(<path d="M12 5v14M5 12h14" />), className: "tab-log" },
  { href: "/review", label: "Review", icon: icon(<path d="M4 20V10m6 10V4m6 16v-7m4 7H3" />) },
  { href: "/more", label: "More", icon: icon(<path d="M5 12h.01M12 12h.01M19 12h.01" strokeWidth="3.5" />) },
];

function isCurrent(pathname: string, href: string) {
  if (href === "/") return pathname === "/";
  if (href === "/runs") return pathname.startsWith("/runs") && !pathname.startsWith("/runs/new");
  if (href === "/more") return MORE_PATHS.some((path) => pathname.startsWith(path));
  return pathname.startsWith(href);
}

/** The five tabs: a bar at the bottom of a phone's screen, a row in the header on wider screens. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="tab-bar">
      {TABS.map((tab) => (
        <Link key={tab.href} href={tab.href} className={tab.className} aria-current={isCurrent(pathname, tab.href) ? "page" : undefined}>
          {tab.icon}
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

/** Alerts and their count, in the header on every screen. */
export function AlertsLink({ alertCount, highAlertCount }: { alertCount: number; highAlertCount: number }) {
  const pathname = usePathname();
  // The hidden words complete what the badge shows, so the link's name starts with its visible text.
  const alertDetail =
    alertCount === 0 ? " none open" : ` open${highAlertCount > 0 ? `, ${highAlertCount} high` : ""}`;
  return (
    <Link className="nav-link header-alerts" href="/alerts" aria-current={pathname.startsWith("/alerts") ? "page" : undefined}>
      Alerts
      {alertCount > 0 ? (
        <span className={highAlertCount > 0 ? "badge high" : "badge"} data-testid="alert-count">
          {alertCount}
        </span>
      ) : null}
      <span className="visually-hidden">{alertDetail}</span>
    </Link>
  );
}
