// For the email integration tests: a real SMTP server (the smtp-server package) on a random localhost
// port that keeps every message it accepts, and can be told to answer "451 try again later".
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  raw: string;
  header: (name: string) => string | undefined;
  subject: string;
  /** The raw message with quoted-printable undone: good enough to look for text and links. */
  body: string;
};

export type TestSmtpServer = {
  port: number;
  received: ReceivedMail[];
  /** Every message offered is rejected with 451 until this is called with false. */
  setOutage: (down: boolean) => void;
  /** How many deliveries were attempted (accepted or rejected). */
  attempts: () => number;
  close: () => Promise<void>;
};

function decodeQuotedPrintable(text: string): string {
  const unfolded = text.replace(/=\r?\n/g, "");
  return Buffer.from(
    unfolded.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
}

function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function parse(raw: string, to: string[]): ReceivedMail {
  const headerText = raw.slice(0, raw.indexOf("\r\n\r\n")).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of headerText.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const header = (name: string) => headers.get(name.toLowerCase());
  return { to, raw, header, subject: decodeEncodedWords(header("subject") ?? ""), body: decodeQuotedPrintable(raw) };
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let down = false;
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        attempts++;
        if (down) {
          callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
          return;
        }
        received.push(parse(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((rcpt) => rcpt.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    setOutage: (value) => {
      down = value;
    },
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The environment a server would have to send through the test SMTP server. */
export function testEmailEnv(port: number): Record<string, string> {
  return {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(port),
    SMTP_SECURE: "false",
    SMTP_FROM: "Stridewise <coach@run.example.org>",
    APP_URL: "https://run.example.org",
    NEXTAUTH_SECRET: "integration-test-secret-0123456789",
  };
}
