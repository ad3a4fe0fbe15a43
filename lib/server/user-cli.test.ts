// `npm run user`: each command on a real migrated database, with its output and exit code.
import bcrypt from "bcryptjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-db";
import { runUserCommand } from "./user-cli";

let test: TestDatabase;
beforeEach(async () => {
  test = await createTestDatabase();
});
afterEach(() => test.cleanup());

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runUserCommand(argv, test.db, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("npm run user", () => {
  it("creates the first account as admin and the next as runner, with a password that works", async () => {
    const first = await run("create", "Owner@Example.org");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Created owner@example.org (admin)");
    const password = /Password: (\S+)/.exec(first.stdout)![1]!;
    const row = await test.db.user.findUniqueOrThrow({ where: { email: "owner@example.org" } });
    expect(await bcrypt.compare(password, row.passwordHash!)).toBe(true);
    expect((await run("create", "second@example.org")).stdout).toContain("(runner)");
    expect(await run("create", "second@example.org")).toMatchObject({ code: 3, stderr: expect.stringContaining("exists already") });
  });

  it("lists accounts with their role and runs", async () => {
    await run("create", "owner@example.org");
    const owner = await test.db.user.findUniqueOrThrow({ where: { email: "owner@example.org" } });
    await test.db.run.create({ data: { userId: owner.id, localDate: "2026-01-05", distanceM: 8000 } });
    const listed = await run("list");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/owner@example\.org\tadmin\t1 runs\tlast run 2026-01-05/);
  });

  it("resets a password and ends every session", async () => {
    await run("create", "runner@example.org");
    const reset = await run("reset-password", "runner@example.org");
    expect(reset.code).toBe(0);
    const password = /: (\S+)\n/.exec(reset.stdout)![1]!;
    const row = await test.db.user.findUniqueOrThrow({ where: { email: "runner@example.org" } });
    expect(await bcrypt.compare(password, row.passwordHash!)).toBe(true);
    expect(row.sessionVersion).toBe(1);
  });

  it("promotes, and deletes only with --yes", async () => {
    await run("create", "owner@example.org");
    await run("create", "runner@example.org");
    expect((await run("promote", "runner@example.org")).stdout).toContain("is now an admin");
    expect((await test.db.user.findUniqueOrThrow({ where: { email: "runner@example.org" } })).role).toBe("admin");
    expect(await run("delete", "runner@example.org")).toMatchObject({ code: 2, stderr: expect.stringContaining("--yes") });
    expect(await run("delete", "runner@example.org", "--yes")).toMatchObject({ code: 0 });
    expect(await test.db.user.count({ where: { email: "runner@example.org" } })).toBe(0);
  });

  it.each([
    [["frobnicate"], 2, "Unknown command"],
    [["promote"], 2, "needs an EMAIL"],
    [["promote", "not-an-email"], 2, "Not an email address"],
    [["promote", "nobody@example.org"], 3, "No account has the email"],
    [["create", "a@example.org", "--yes"], 2, "Unknown argument"],
    [[], 2, "Usage"],
  ])("%j exits %i saying %j", async (argv, code, message) => {
    const result = await run(...(argv as string[]));
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
  });
});
