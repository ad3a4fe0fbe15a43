// For vitest files that run the server's data functions against a throwaway database: the database
// is created before the file's tests, made the one lib/server/db.ts hands out (it takes a client
// already on globalThis, as it keeps one across hot reloads), and removed after them.
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "./test-db";

export function appTestDatabase(): { db: PrismaClient } {
  const handle = {} as { db: PrismaClient };
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    handle.db = database.db;
    (globalThis as unknown as { stridewiseDb?: PrismaClient }).stridewiseDb = database.db;
  });
  afterAll(async () => {
    await database?.cleanup();
  });
  return handle;
}
