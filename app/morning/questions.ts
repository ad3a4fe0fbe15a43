import "server-only";
import { yourLocation } from "@/lib/advice/format";
import { morningQuestion, morningRunLabel } from "@/lib/morning-check/wording";
import { todayFor } from "@/lib/server/data/alerts";
import { loadMorningChecks } from "@/lib/server/data/morning-checks";
import { db } from "@/lib/server/db";
import type { User } from "@/lib/generated/prisma/client";
import type { MorningQuestion } from "../_components/morning-check-card";

/** The dashboard's morning questions for the runner, worded. */
export async function morningQuestionsFor(user: Pick<User, "id" | "timezone">): Promise<MorningQuestion[]> {
  const today = todayFor(user);
  const checks = await loadMorningChecks(db, user.id, today);
  return checks.map((check) => ({
    runDate: check.runDate,
    location: check.location,
    side: check.side,
    key: check.key,
    question: morningQuestion(check),
    place: yourLocation(check.key),
    runLabel: morningRunLabel(check.runDate, today),
  }));
}
