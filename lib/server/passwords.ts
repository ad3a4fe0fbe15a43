import "server-only";
import bcrypt from "bcryptjs";

// Cost 12: about a quarter of a second per hash here, slow enough to make guessing expensive.
const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

// Compared against when the email is unknown, so both failures cost the same time.
const DUMMY_HASH = bcrypt.hashSync("stridewise-timing-equaliser", BCRYPT_COST);

export async function verifyPassword(password: string, hash: string | null | undefined) {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return matches && Boolean(hash);
}
