import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { User } from "../../generated/prisma/client";
import { MAX_ACTIVE_TOKENS } from "../../validation/api";
import { db } from "../db";
import { InputError, NotFoundError } from "./errors";

// Personal access tokens for the JSON API (issue #6).
//
// A token is "sw_" and 32 random bytes (256 bits) in base64url. Only its SHA-256 is stored. A slow
// password hash (bcrypt, scrypt) exists to make guessing a low-entropy secret expensive; nobody can
// guess 256 random bits, so a fast hash loses nothing and keeps every API request cheap.
const TOKEN_PREFIX = "sw_";
const TOKEN_PATTERN = /^sw_[A-Za-z0-9_-]{43}$/;
/** The characters kept in clear so a runner can tell tokens apart; 6 random characters reveal nothing useful. */
const SHOWN_CHARS = TOKEN_PREFIX.length + 6;
/** lastUsedAt is for the settings list, not an audit log: one write a minute per token is plenty. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** What an API request knows of its runner: enough for every route, read with the token. */
export type ApiUser = Pick<User, "id" | "timezone" | "weekStartsOn" | "units" | "logVersion" | "alertsAsOf">;

type TokenRow = Omit<ApiUser, "logVersion"> & {
  tokenId: string;
  tokenHash: string;
  // SQLite keeps DateTime as ISO text; whether it comes back as text or a Date, new Date() reads it.
  revokedAt: Date | string | null;
  lastUsedAt: Date | string | null;
  logVersion: number | bigint;
};

export type TokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
};

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const summary = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true } as const;

/** Creates a token; the clear text is returned this once and never stored. */
export async function createToken(userId: string, name: string): Promise<{ token: string; row: TokenSummary }> {
  const active = await db.apiToken.count({ where: { userId, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS) {
    throw new InputError({ name: `You have ${MAX_ACTIVE_TOKENS} tokens: revoke one you no longer use first` });
  }
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await db.apiToken.create({
    data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, SHOWN_CHARS) },
    select: summary,
  });
  return { token, row };
}

/** The runner's tokens that still work, newest first. */
export async function listTokens(userId: string): Promise<TokenSummary[]> {
  return db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: summary,
  });
}

export async function revokeToken(userId: string, tokenId: string): Promise<void> {
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("Token not found");
}

/**
 * The user and token id for a bearer token, or null for a malformed, unknown or revoked token.
 * The lookup is by the hash, so response time depends on the hash, not on how many characters of
 * the token an attacker got right; the final compare is constant-time anyway, as defence in depth.
 */
export async function authenticateToken(token: string): Promise<{ tokenId: string; user: ApiUser } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashToken(token);
  // One join in raw SQL: every API request starts here, and the query builder's two queries cost
  // several times more (issue 8).
  const [row] = await db.$queryRaw<TokenRow[]>`
    SELECT t.id AS "tokenId", t."tokenHash", t."revokedAt", t."lastUsedAt",
      u.id, u.timezone, u."weekStartsOn", u.units, u."logVersion", u."alertsAsOf"
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${tokenHash}`;
  if (!row || row.revokedAt !== null) return null;
  if (!timingSafeEqual(Buffer.from(row.tokenHash, "hex"), Buffer.from(tokenHash, "hex"))) return null;

  const now = Date.now();
  const lastUsed = row.lastUsedAt === null ? null : new Date(row.lastUsedAt).getTime();
  if (lastUsed === null || now - lastUsed >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so a burst of parallel requests writes once, and a revoke in between is not undone.
    await db.apiToken.updateMany({
      where: {
        id: row.tokenId,
        revokedAt: null,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: new Date(now) },
    });
  }
  const { id, timezone, weekStartsOn, units, logVersion, alertsAsOf } = row;
  return { tokenId: row.tokenId, user: { id, timezone, weekStartsOn, units, logVersion: Number(logVersion), alertsAsOf } };
}
