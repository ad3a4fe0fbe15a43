// The account emails (issue 19): a password reset link, and the link that confirms a new address.
// They are sent because someone asked, so the footer says what to do if it was not you, and there
// is no unsubscribe link.
import { ACCOUNT_LINK_LIFETIME_MS, type AccountLinkPurpose } from "../auth/account-link";
import { renderEmail, type RenderedEmail } from "./layout";

const MINUTES = ACCOUNT_LINK_LIFETIME_MS / 60_000;

export function accountLinkUrl(appUrl: string, purpose: AccountLinkPurpose, token: string): string {
  const url = new URL(purpose === "reset-password" ? "/reset-password" : "/confirm-email", appUrl);
  url.searchParams.set("token", token);
  return url.toString();
}

export function buildAccountEmail(purpose: AccountLinkPurpose, url: string, address: string): RenderedEmail {
  if (purpose === "reset-password") {
    return renderEmail({
      subject: "Stridewise: reset your password",
      blocks: [
        { kind: "paragraph", text: `Someone asked to reset the password of the Stridewise account ${address}.` },
        { kind: "link", label: "Choose a new password", url },
        { kind: "paragraph", text: `The link works once, for ${MINUTES} minutes. Setting a new password signs you out everywhere.` },
      ],
      footer: [{ kind: "paragraph", text: "If it was not you, ignore this email: your password stays as it is." }],
    });
  }
  return renderEmail({
    subject: "Stridewise: confirm your new email address",
    blocks: [
      { kind: "paragraph", text: `Someone asked to use ${address} as the email of a Stridewise account.` },
      { kind: "link", label: "Confirm this address", url },
      { kind: "paragraph", text: `The link works once, for ${MINUTES} minutes. Until then the account keeps its old address.` },
    ],
    footer: [{ kind: "paragraph", text: "If it was not you, ignore this email: nothing changes." }],
  });
}
