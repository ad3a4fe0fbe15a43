// Who may create an account (issue 19), from SIGNUP in the environment:
//   open    anyone who reaches the server (the default, for the demo);
//   invite  only with an unused, unexpired invite link made by an admin;
//   closed  nobody; the owner creates accounts with `npm run user -- create EMAIL`.
// Not "server-only": the admin page and the command line both read it.

export const SIGNUP_MODES = ["open", "invite", "closed"] as const;
export type SignupMode = (typeof SIGNUP_MODES)[number];

export type SignupSetting = { mode: SignupMode; problem?: string };

/** An unknown value closes sign-up rather than opening it, and says why. */
export function readSignupMode(env: Record<string, string | undefined> = process.env): SignupSetting {
  const raw = env.SIGNUP?.trim().toLowerCase();
  if (!raw) return { mode: "open" };
  if ((SIGNUP_MODES as readonly string[]).includes(raw)) return { mode: raw as SignupMode };
  return { mode: "closed", problem: `SIGNUP=${env.SIGNUP} is not one of ${SIGNUP_MODES.join(", ")}: sign-up is closed` };
}

export const SIGNUP_CLOSED_MESSAGE =
  "Sign-up is closed on this server. Ask the person who runs it to create an account for you.";
export const INVITE_NEEDED_MESSAGE =
  "This server takes new runners by invitation only: open the invite link you were sent.";
export const INVITE_UNUSABLE_MESSAGE = "This invite link has been used already or has expired. Ask for a new one.";
