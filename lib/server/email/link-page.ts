// The small pages behind the links in emails (unsubscribe, morning check): plain HTML from a route
// handler, so they work without a session and without JavaScript. No scripts at all (the CSP's inline
// allowance is for Next's own pages); a style block is allowed by style-src.
import { escapeHtml } from "../../email/layout";

const BODY_STYLE = "font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5";

export function linkPage(status: number, title: string, body: string, options: { style?: string; headers?: Record<string, string> } = {}): Response {
  const style = options.style ? `<style>${options.style}</style>` : "";
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)} · Stridewise</title>${style}</head><body style="${BODY_STYLE}"><h1 style="font-size:1.4rem">${escapeHtml(title)}</h1>${body}</body></html>`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      // The token is in the address: do not hand it to another site, nor to a search engine.
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
      ...options.headers,
    },
  });
}
