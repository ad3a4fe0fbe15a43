// The ports of the servers that some specs start for themselves, as offsets from E2E_PORT (the main
// test server's port), so that two test runs on one machine (E2E_PORT=3310 beside the default 3210)
// never share a port. Taken elsewhere: +1 and +2 (accounts-email), +61 (morning-email).
const BASE = Number(process.env.E2E_PORT ?? 3210);

export const RELIABILITY_CLIENTS_PORT = BASE + 71;
export const RELIABILITY_KILL_PORT = BASE + 72;
export const FUZZ_PORT = BASE + 73;
export const NO_SECRET_PORT = BASE + 74;
