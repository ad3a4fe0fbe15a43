import type { Metadata } from "next";
import Link from "next/link";
import { countOpenAlerts } from "@/lib/server/data/alerts";
import { requireUser } from "@/lib/server/session";
import { SignOutButton } from "../_components/sign-out-button";

export const metadata: Metadata = { title: "More" };

/** Everything that is not a tab, one tap from the More tab, and Sign out at the end. */
export default async function MorePage() {
  const user = await requireUser();
  const alerts = await countOpenAlerts(user.id);
  const items = [
    { href: "/alerts", title: "Alerts", text: "What the analyser found, and acknowledging it", badge: alerts.total },
    { href: "/pain/new", title: "Rest-day pain", text: "Log pain on a day without a run" },
    { href: "/shoes", title: "Shoes", text: "Your pairs and how far each has gone" },
    { href: "/import", title: "Import", text: "Files from a watch, Strava or another log" },
    { href: "/advice", title: "Advice", text: "Building up safely, and what to do when it hurts" },
    { href: "/settings", title: "Settings", text: "Units, time zone, theme, export, API tokens" },
    ...(user.role === "admin" ? [{ href: "/admin", title: "Admin", text: "Accounts, invites and the email outbox" }] : []),
  ];
  return (
    <>
      <h1>More</h1>
      <ul className="card more-list">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>
              <strong>
                {item.title}
                {"badge" in item && item.badge ? <span className="badge">{item.badge}</span> : null}
              </strong>
              <span className="muted">{item.text}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">Signed in as {user.email}.</p>
      <SignOutButton />
    </>
  );
}
