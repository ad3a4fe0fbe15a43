import { jsonResponse } from "@/lib/api/errors";
import { morningQuestion } from "@/lib/morning-check/wording";
import { apiHandler } from "@/lib/server/api/handler";
import { todayFor } from "@/lib/server/data/alerts";
import { loadMorningChecks } from "@/lib/server/data/morning-checks";
import { db } from "@/lib/server/db";

// The dashboard's morning check for scripts and phone shortcuts. An answer is a rest-day pain entry
// timed next_morning, so it goes through the pain-days endpoint; each check says exactly what to send.
export const GET = apiHandler(async ({ user }) => {
  const today = todayFor(user);
  const checks = await loadMorningChecks(db, user.id, today);
  return jsonResponse({
    date: today,
    checks: checks.map((check) => ({
      runDate: check.runDate,
      location: check.location,
      side: check.side,
      key: check.key,
      question: morningQuestion(check),
      runScore: check.runScore,
      answer: {
        method: "POST",
        path: "/api/v1/pain-days",
        body: { date: today, location: check.location, side: check.side, timing: "next_morning" },
      },
    })),
  });
});
