import { countOpenAlerts, ensureAlertsCurrent } from "@/lib/server/data/alerts";
import { getCurrentUser } from "@/lib/server/session";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { OutboxStatus } from "./outbox/outbox-status";

/** The header reads the session only to decide what to show; access is checked by each page. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  if (user) await ensureAlertsCurrent(user);
  const alerts = user ? await countOpenAlerts(user.id) : null;
  return (
    <header className="site-header">
      <nav aria-label="Main">
        <a className="brand" href={user ? "/" : "/signin"}>
          Stridewise
        </a>
        {user && alerts ? (
          <>
            <NavLinks alertCount={alerts.total} highAlertCount={alerts.high} />
            <OutboxStatus userId={user.id} />
            <SignOutButton />
          </>
        ) : null}
      </nav>
    </header>
  );
}
