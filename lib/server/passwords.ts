import "server-only";
import bcrypt from "bcryptjs";
import { BCRYPT_COST } from "../auth/password-hash";

export { hashPassword } from "../auth/password-hash";

// Compared against when the email is unknown, so both failures cost the same time.
const DUMMY_HASH = bcrypt.hashSync("stridewise-timing-equaliser", BCRYPT_COST);

export async function verifyPassword(password: string, hash: string | null | undefined) {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return matches && Boolean(hash);
}
