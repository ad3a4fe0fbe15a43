import type { Metadata } from "next";
import { cookies } from "next/headers";
import { parseTheme, THEME_COOKIE } from "@/lib/theme";
import { requireUser } from "@/lib/server/session";
import { ExportSection } from "./export-section";
import { SettingsForm } from "./settings-form";
import { EmailSection } from "./email-section";
import { RunPageSection } from "./run-page-section";
import { ThemeSection } from "./theme-section";
import { TokensSection } from "./tokens-section";
import { WatchFolderSection } from "./watch-folder-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ runPage?: string | string[] }> }) {
  const user = await requireUser();
  const { runPage } = await searchParams;
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <>
      <h1>Settings</h1>
      <p className="muted">
        Signed in as {user.email}. <a href="/settings/account">Account: password, email, sign out everywhere, delete</a>
        {user.role === "admin" ? (
          <>
            {" · "}
            <a href="/admin">Admin</a>
          </>
        ) : null}
      </p>
      <SettingsForm
        initial={{
          units: user.units as "km" | "mi",
          timezone: user.timezone,
          weekStartsOn: user.weekStartsOn as "monday" | "sunday",
        }}
        timeZones={Intl.supportedValuesOf("timeZone")}
      />
      <RunPageSection user={user} invalid={runPage === "invalid"} />
      <ThemeSection initial={theme} />
      <ExportSection />
      <WatchFolderSection userId={user.id} />
      <EmailSection user={user} />
      <TokensSection />
    </>
  );
}
