// Hashing a new password, shared by the app (lib/server/passwords.ts) and `npm run user`.
import bcrypt from "bcryptjs";

// Cost 12: about a quarter of a second per hash here, slow enough to make guessing expensive.
export const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}
