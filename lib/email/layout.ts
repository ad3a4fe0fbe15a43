// One renderer for every Stridewise email, so the text and HTML alternatives always say the same thing
// and every interpolated value passes through escapeHtml. The HTML is deliberately plain: inline
// styles, one narrow column that reads on a phone, no images, no web fonts, no tracking pixels and no
// external resources of any kind; the only URLs are links to this Stridewise server.

export type EmailBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "facts"; rows: [label: string, value: string][] }
  | { kind: "link"; label: string; url: string };

export type EmailContent = {
  subject: string;
  blocks: EmailBlock[];
  /** Why the email came, and how to stop it: shown small, under a rule. */
  footer: EmailBlock[];
};

export type RenderedEmail = { subject: string; text: string; html: string };

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Only links back to the app are ever built; anything else is a bug, not something to render. */
function checkedUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) throw new RangeError(`Not an http(s) link: ${url}`);
  return url;
}

function blockToText(block: EmailBlock): string {
  switch (block.kind) {
    case "heading":
      return `${block.text}\n${"-".repeat(Math.min(block.text.length, 60))}`;
    case "paragraph":
      return block.text;
    case "list":
      return block.items.map((item) => `- ${item}`).join("\n");
    case "facts":
      return block.rows.map(([label, value]) => `${label}: ${value}`).join("\n");
    case "link":
      return `${block.label}: ${checkedUrl(block.url)}`;
  }
}

const TEXT_STYLE = "margin:0 0 16px;";
const SMALL_STYLE = "margin:0 0 8px;font-size:13px;color:#555;";

function blockToHtml(block: EmailBlock, small: boolean): string {
  const p = small ? SMALL_STYLE : TEXT_STYLE;
  switch (block.kind) {
    case "heading":
      return `<h2 style="margin:24px 0 8px;font-size:18px;line-height:1.3;">${escapeHtml(block.text)}</h2>`;
    case "paragraph":
      return `<p style="${p}">${escapeHtml(block.text)}</p>`;
    case "list":
      return `<ul style="${p}padding-left:20px;">${block.items
        .map((item) => `<li style="margin:0 0 6px;">${escapeHtml(item)}</li>`)
        .join("")}</ul>`;
    case "facts":
      return `<table role="presentation" style="${p}border-collapse:collapse;width:100%;">${block.rows
        .map(
          ([label, value]) =>
            `<tr><td style="padding:4px 12px 4px 0;color:#555;">${escapeHtml(label)}</td><td style="padding:4px 0;font-weight:600;">${escapeHtml(value)}</td></tr>`,
        )
        .join("")}</table>`;
    case "link": {
      const href = escapeHtml(checkedUrl(block.url));
      const style = small ? "color:#555;" : "color:#0b57d0;font-weight:600;";
      return `<p style="${p}"><a href="${href}" style="${style}">${escapeHtml(block.label)}</a></p>`;
    }
  }
}

export function renderEmail(content: EmailContent): RenderedEmail {
  const text = [
    ...content.blocks.map(blockToText),
    "-- ",
    ...content.footer.map(blockToText),
  ].join("\n\n");
  const html = [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#ffffff;">',
    '<div style="max-width:560px;margin:0 auto;padding:20px 16px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;">',
    ...content.blocks.map((block) => blockToHtml(block, false)),
    '<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 16px;">',
    ...content.footer.map((block) => blockToHtml(block, true)),
    "</div></body></html>",
  ].join("\n");
  return { subject: content.subject, text: `${text}\n`, html };
}

/** A link to a page of this Stridewise server. */
export function appLink(appUrl: string, path: string): string {
  return new URL(path, appUrl).toString();
}

export type FooterLinks = {
  appUrl: string;
  /** Stops this kind of email only. */
  unsubscribeUrl: string;
  /** Stops every Stridewise email. */
  unsubscribeAllUrl: string;
};

/** Every email says why it came and carries its own way out, which works without signing in. */
export function footerBlocks(reason: string, links: FooterLinks): EmailBlock[] {
  return [
    { kind: "paragraph", text: reason },
    { kind: "link", label: "Stop these emails", url: links.unsubscribeUrl },
    { kind: "link", label: "Stop all Stridewise emails", url: links.unsubscribeAllUrl },
    { kind: "link", label: "Email settings", url: appLink(links.appUrl, "/settings") },
  ];
}
