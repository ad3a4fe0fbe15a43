// Who may create an account: the SIGNUP mode, invites (once, until they expire), the first admin.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INVITE_NEEDED_MESSAGE, INVITE_UNUSABLE_MESSAGE, SIGNUP_CLOSED_MESSAGE, readSignupMode } from "../signup-mode";
import { createTestDatabase, createTestUser, type TestDatabase } from "../test-db";
import { admitNewAccount, createInvite, INVITE_LIFETIME_DAYS, roleForNewAccount } from "./admission";

let test: TestDatabase;
beforeEach(async () => {
  test = await createTestDatabase();
});
afterEach(() => test.cleanup());

describe("SIGNUP", () => {
  it.each([
    [undefined, { mode: "open" }],
    ["", { mode: "open" }],
    ["invite", { mode: "invite" }],
    [" Closed ", { mode: "closed" }],
  ])("reads %j", (value, expected) => {
    expect(readSignupMode({ SIGNUP: value })).toEqual(expected);
  });

  it("closes sign-up for a value it does not know, and says why", () => {
    expect(readSignupMode({ SIGNUP: "yes" })).toEqual({ mode: "closed", problem: expect.stringContaining("SIGNUP=yes") });
  });
});

describe("admitting a new account", () => {
  it("makes the first account of the instance its admin", async () => {
    expect(await roleForNewAccount(test.db)).toBe("admin");
    await createTestUser(test.db);
    expect(await roleForNewAccount(test.db)).toBe("runner");
  });

  it("lets anyone in when open and nobody when closed", async () => {
    expect(await admitNewAccount(test.db, undefined, "open")).toBeNull();
    expect(await admitNewAccount(test.db, undefined, "closed")).toBe(SIGNUP_CLOSED_MESSAGE);
  });

  it("takes an invite once, and not after it expired", async () => {
    const admin = await createTestUser(test.db);
    expect(await admitNewAccount(test.db, undefined, "invite")).toBe(INVITE_NEEDED_MESSAGE);
    const { token } = await createInvite(test.db, admin.id);
    expect(await admitNewAccount(test.db, "inv_not-a-real-invite-at-all-000000", "invite")).toBe(INVITE_UNUSABLE_MESSAGE);
    expect(await admitNewAccount(test.db, token, "invite")).toBeNull();
    expect(await admitNewAccount(test.db, token, "invite")).toBe(INVITE_UNUSABLE_MESSAGE);

    const old = new Date(Date.now() - (INVITE_LIFETIME_DAYS * 24 + 1) * 3600_000);
    const stale = await createInvite(test.db, admin.id, old);
    expect(await admitNewAccount(test.db, stale.token, "invite")).toBe(INVITE_UNUSABLE_MESSAGE);
  });

  it("lets only one of two sign-ups with the same invite in", async () => {
    const admin = await createTestUser(test.db);
    const { token } = await createInvite(test.db, admin.id);
    const results = await Promise.all([test.db, test.db].map((db) => db.$transaction((tx) => admitNewAccount(tx, token, "invite"))));
    expect(results.filter((refusal) => refusal === null)).toHaveLength(1);
  });
});
