// The one way the app opens its database through Prisma, on either provider: the server's client
// (db.ts), the scripts and the database integration tests use it. Not "server-only" for that reason;
// it holds no secrets.
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl } from "../db-url";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client";
import { StridewiseSqlite } from "./sqlite-adapter";

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseKind(url: string): DatabaseKind {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/** Connections per process on PostgreSQL: instances x DB_POOL_MAX must stay under max_connections. */
export function poolMax(value = process.env.DB_POOL_MAX): number {
  const max = Number(value ?? 10);
  return Number.isInteger(max) && max > 0 ? max : 10;
}

/**
 * The app has one PrismaClient type (generated from the SQLite schema). The PostgreSQL client is
 * generated from the twin of that schema (scripts/gen-pg-schema.mjs), the same model, so its API is
 * the same and the cast is sound.
 */
export function createClient(url: string, options: { connectTimeoutMs?: number } = {}): PrismaClient {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, max: poolMax(), connectionTimeoutMillis: options.connectTimeoutMs });
    return new PgPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new StridewiseSqlite({ url, timeout: 5000 }) });
}
