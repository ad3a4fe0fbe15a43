"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Dashboard" },
  { href: "/runs/new", label: "Log run" },
  { href: "/runs", label: "Runs" },
  { href: "/shoes", label: "Shoes" },
  { href: "/import", label: "Import" },
  { href: "/settings", label: "Settings" },
];

function isCurrent(pathname: string, href: string) {
  if (href === "/" || href === "/runs") return pathname === href;
  return pathname.startsWith(href);
}

export function NavLinks({ alertCount, highAlertCount }: { alertCount: number; highAlertCount: number }) {
  const pathname = usePathname();
  // The hidden words complete what the badge shows, so the link's name starts with its visible text.
  const alertDetail =
    alertCount === 0 ? " none open" : ` open${highAlertCount > 0 ? `, ${highAlertCount} high` : ""}`;
  const link = (href: string, label: string) => (
    <Link key={href} className="nav-link" href={href} aria-current={isCurrent(pathname, href) ? "page" : undefined}>
      {label}
    </Link>
  );
  // Alerts come right after the dashboard, so the count is in the first row on a phone.
  return (
    <>
      {link(LINKS[0]!.href, LINKS[0]!.label)}
      <Link
        className="nav-link"
        href="/alerts"
        aria-current={isCurrent(pathname, "/alerts") ? "page" : undefined}
      >
        Alerts
        {alertCount > 0 ? (
          <span className={highAlertCount > 0 ? "badge high" : "badge"} data-testid="alert-count">
            {alertCount}
          </span>
        ) : null}
        <span className="visually-hidden">{alertDetail}</span>
      </Link>
      {LINKS.slice(1).map((item) => link(item.href, item.label))}
    </>
  );
}
