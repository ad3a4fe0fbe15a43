// The production server: Next's request handler behind a plain node:http server, so that the forwarded
// headers are settled while the socket's address is still known (lib/forwarded.ts, `TRUST_PROXY`).
// `next start` has no hook for that: Next fills X-Forwarded-For from the socket only when the client
// sent none, and believes a client's X-Forwarded-Host. Arguments as for `next start`: -p PORT, -H HOST.
import { createServer } from "node:http";
import next from "next";
import { settleForwardedHeaders, trustedProxyHops } from "../lib/forwarded";
import { strictTransportSecurity } from "../lib/security-headers";

function option(args: string[], names: string[]): string | undefined {
  const at = args.findIndex((arg) => names.includes(arg));
  return at === -1 ? undefined : args[at + 1];
}

async function main() {
  const args = process.argv.slice(2);
  const port = Number(option(args, ["-p", "--port"]) ?? process.env.PORT ?? 3000);
  const hostname = option(args, ["-H", "--hostname"]);
  const hops = trustedProxyHops(process.env.TRUST_PROXY);
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
  const server = createServer((req, res) => {
    settleForwardedHeaders(req.headers, req.socket.remoteAddress, hops);
    if (hsts) res.setHeader("Strict-Transport-Security", hsts);
    handle(req, res).catch((error: unknown) => {
      console.error("request failed", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // Longer than a client's or a proxy's idle keep-alive (nginx: 60 s), so the server does not close a
  // connection just as the next request is sent on it (the client then sees ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => {
    const proxies = hops === 0 ? "no proxy trusted" : `${hops} trusted ${hops === 1 ? "proxy" : "proxies"} in front`;
    console.log(`Stridewise is serving on http://${hostname ?? "localhost"}:${port} (${proxies})`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
