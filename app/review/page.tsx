import { redirect } from "next/navigation";
import type { WeekStart } from "@/lib/analysis/types";
import { weekLabelOf } from "@/lib/analysis/week-label";
import { todayFor } from "@/lib/server/data/alerts";
import { requireUser } from "@/lib/server/session";

/** /review opens this week's review. */
export default async function CurrentReviewPage() {
  const user = await requireUser();
  redirect(`/review/${weekLabelOf(todayFor(user), user.weekStartsOn as WeekStart)}`);
}
