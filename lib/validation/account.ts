import { z } from "zod";
import { TimeZoneSchema } from "./dates";
import { MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS } from "./limits";
import { isWellFormed, NOT_WELL_FORMED } from "./text";

const EmailSchema = z
  .string()
  .refine(isWellFormed, { message: NOT_WELL_FORMED })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address" }).max(254));

/** The email as sign-in looks it up (trimmed, lower case); anything unparseable is kept trimmed and lower-cased. */
export function normaliseEmail(raw: string): string {
  const parsed = EmailSchema.safeParse(raw);
  return parsed.success ? parsed.data : raw.trim().toLowerCase();
}

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1).max(MAX_PASSWORD_CHARS),
});

const NewPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_CHARS, { message: `Use at least ${MIN_PASSWORD_CHARS} characters` })
  .max(MAX_PASSWORD_CHARS, { message: `Use at most ${MAX_PASSWORD_CHARS} characters` });

const CurrentPasswordSchema = z.string().max(MAX_PASSWORD_CHARS);

export const SignUpSchema = z.object({
  email: EmailSchema,
  password: NewPasswordSchema,
  timezone: TimeZoneSchema.catch("UTC"),
  invite: z.string().max(200).optional(),
});

export const ChangePasswordSchema = z.object({ currentPassword: CurrentPasswordSchema, newPassword: NewPasswordSchema });
export const ChangeEmailSchema = z.object({ newEmail: EmailSchema, currentPassword: CurrentPasswordSchema });
export const ForgotPasswordSchema = z.object({ email: EmailSchema });
export const ResetPasswordSchema = z.object({ token: z.string().min(1).max(500), newPassword: NewPasswordSchema });
/** Deleting: the password, or for an account without one (GitHub, Google) its email typed out. */
export const DeleteAccountSchema = z.object({ confirmation: z.string().max(MAX_PASSWORD_CHARS) });

export const SettingsSchema = z.object({
  units: z.enum(["km", "mi"], { message: "Choose km or mi" }),
  timezone: TimeZoneSchema,
  weekStartsOn: z.enum(["monday", "sunday"], { message: "Choose Monday or Sunday" }),
});
export type Settings = z.infer<typeof SettingsSchema>;
