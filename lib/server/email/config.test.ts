import { describe, expect, it } from "vitest";
import { readEmailSetup } from "./config";
import { mailOptionsFor, messageIdFor } from "./transport";

const base = { SMTP_HOST: "smtp.example.org", SMTP_FROM: "Stridewise <run@example.org>", NEXTAUTH_SECRET: "s".repeat(32) };

describe("email configuration", () => {
  it("is off, with a reason, without a host or a sender, and never throws", () => {
    expect(readEmailSetup({})).toEqual({ configured: false, reason: "Set SMTP_HOST and SMTP_FROM to send email." });
    expect(readEmailSetup({ SMTP_HOST: "  ", SMTP_FROM: "a@b.c" }).configured).toBe(false);
    const badPort = readEmailSetup({ ...base, SMTP_PORT: "smtp" });
    expect(badPort).toMatchObject({ configured: false });
    expect(badPort.configured === false && badPort.reason).toContain("SMTP_PORT");
    expect(readEmailSetup({ ...base, NEXTAUTH_SECRET: undefined }).configured).toBe(false);
  });

  it("defaults to STARTTLS on 587, implicit TLS on 465, and the public address for links", () => {
    expect(readEmailSetup({ ...base, NEXTAUTH_URL: "https://run.example.org" })).toMatchObject({
      configured: true,
      config: { smtp: { host: "smtp.example.org", port: 587, secure: false }, appUrl: "https://run.example.org" },
    });
    expect(readEmailSetup({ ...base, SMTP_PORT: "465" })).toMatchObject({ config: { smtp: { port: 465, secure: true } } });
    expect(readEmailSetup({ ...base, SMTP_SECURE: "true" })).toMatchObject({ config: { smtp: { port: 465, secure: true } } });
    expect(
      readEmailSetup({ ...base, APP_URL: "https://a.example", NEXTAUTH_URL: "https://b.example", SMTP_USER: "u", SMTP_PASSWORD: "p" }),
    ).toMatchObject({ config: { appUrl: "https://a.example", smtp: { user: "u", password: "p" } } });
  });

  it("gives each message its outbox key as Message-ID and a one-click unsubscribe header for its kind", () => {
    const setup = readEmailSetup({ ...base, APP_URL: "https://run.example.org" });
    if (!setup.configured) throw new Error("expected a configuration");
    expect(messageIdFor("weekly-review:cuser1:2025-02-17", setup.config.appUrl)).toBe(
      "<weekly-review.cuser1.2025-02-17@run.example.org>",
    );
    const options = mailOptionsFor(
      { userId: "cuser1", kind: "high-alert", dedupeKey: "high-alert:a1:2025-02-23", toAddress: "r@example.org", subject: "s", text: "t", html: "h" },
      setup.config,
    );
    expect(options.headers).toMatchObject({
      "List-Unsubscribe": expect.stringMatching(/^<https:\/\/run\.example\.org\/unsubscribe\?token=cuser1\.unsubscribe-high-alerts\.[\w-]+>$/),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});
