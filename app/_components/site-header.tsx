import { countOpenAlerts, ensureAlertsCurrent } from "@/lib/server/data/alerts";
import { getCurrentUser } from "@/lib/server/session";
import { AlertsLink, NavLinks } from "./nav-links";
import { BrandMark } from "./brand-mark";
import { OutboxStatus } from "./outbox/outbox-status";

/**
 * The header reads the session only to decide what to show; access is checked by each page. One row on
 * a phone (the name, the alerts and the outbox), with the tabs fixed at the bottom of the screen; on
 * wider screens the tabs sit in the header row.
 */
export async function SiteHeader() {
  const user = await getCurrentUser();
  if (user) await ensureAlertsCurrent(user);
  const alerts = user ? await countOpenAlerts(user.id) : null;
  return (
    <header className="site-header">
      <div className="header-bar">
        <a className="brand" href={user ? "/" : "/signin"}>
          <BrandMark />
          Stridewise
        </a>
        {user && alerts ? (
          <>
            <NavLinks />
            <AlertsLink alertCount={alerts.total} highAlertCount={alerts.high} />
            <OutboxStatus userId={user.id} />
          </>
        ) : null}
      </div>
    </header>
  );
}
