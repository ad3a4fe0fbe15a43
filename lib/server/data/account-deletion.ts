// Deleting an account and everything in it (issue 19), for Settings > Account and `npm run user --
// delete`. Not "server-only": the command line hands in its own PrismaClient.
//
// One transaction: every table that holds the runner's rows is emptied of them explicitly, then the
// user row goes (its foreign keys cascade too, so a table added later is covered even before it is
// listed here). e2e/accounts-delete.spec.ts checks every table of the database, not this list.
import type { PrismaClient } from "../../generated/prisma/client";

/** True when the user existed and is now gone with all their rows. */
export async function deleteUserAndData(db: PrismaClient, userId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const mine = { where: { userId } };
    await tx.painEntry.deleteMany(mine);
    await tx.runTrack.deleteMany({ where: { run: { userId } } });
    await tx.run.deleteMany(mine);
    await tx.shoe.deleteMany(mine);
    await tx.alert.deleteMany(mine);
    await tx.apiToken.deleteMany(mine);
    await tx.outboxMessage.deleteMany(mine);
    await tx.usedLink.deleteMany(mine);
    await tx.invite.deleteMany({ where: { createdById: userId } });
    await tx.uploadPart.deleteMany(mine);
    // The sign-in lock's failures are kept by address and by account (lib/server/sign-in-guard.ts).
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (user) await tx.signInFailure.deleteMany({ where: { key: `account:${user.email.trim().toLowerCase()}` } });
    const { count } = await tx.user.deleteMany({ where: { id: userId } });
    return count === 1;
  });
}
