// Email settings from the environment (issue 9). Email is optional: without SMTP_HOST and SMTP_FROM it
// is "not configured", the settings page says so and nothing else changes. A half-valid configuration
// (a port that is not a number) is also "not configured", with the reason, rather than a server that
// refuses to start over an optional feature. Not "server-only": the digest command reads it too.
import { z } from "zod";

const Flag = z.enum(["true", "false"]).transform((value) => value === "true");

const EmailEnvSchema = z.object({
  SMTP_HOST: z.string().min(1),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3),
  // true: TLS from the first byte (usually port 465); false: plain, upgraded with STARTTLS when offered.
  SMTP_SECURE: Flag.optional(),
  APP_URL: z.url().optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Signs the unsubscribe links; without it a link could be forged, so email stays off.
  NEXTAUTH_SECRET: z.string().min(16),
});

export type EmailConfig = {
  smtp: { host: string; port: number; secure: boolean; user?: string; password?: string };
  from: string;
  /** The public address of this server, for the links in emails. */
  appUrl: string;
  secret: string;
};

export type EmailSetup = { configured: true; config: EmailConfig } | { configured: false; reason: string };

const blankToUndefined = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value);

export function readEmailSetup(env: Record<string, string | undefined> = process.env): EmailSetup {
  const values = Object.fromEntries(Object.keys(EmailEnvSchema.shape).map((key) => [key, blankToUndefined(env[key])]));
  if (!values.SMTP_HOST || !values.SMTP_FROM) {
    return { configured: false, reason: "Set SMTP_HOST and SMTP_FROM to send email." };
  }
  const parsed = EmailEnvSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    return { configured: false, reason: `Email settings are invalid (${problems.join("; ")}).` };
  }
  const e = parsed.data;
  const secure = e.SMTP_SECURE ?? e.SMTP_PORT === 465;
  return {
    configured: true,
    config: {
      smtp: { host: e.SMTP_HOST, port: e.SMTP_PORT ?? (secure ? 465 : 587), secure, user: e.SMTP_USER, password: e.SMTP_PASSWORD },
      from: e.SMTP_FROM,
      appUrl: e.APP_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000",
      secret: e.NEXTAUTH_SECRET,
    },
  };
}

/** The configuration, or null when email is off. */
export function readEmailConfig(env: Record<string, string | undefined> = process.env): EmailConfig | null {
  const setup = readEmailSetup(env);
  return setup.configured ? setup.config : null;
}
