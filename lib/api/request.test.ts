import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { bearerToken, clientAddress, isJsonContentType, queryOf, readJsonBody } from "./request";

function post(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }) {
  return new Request("http://localhost/api/v1/runs", { method: "POST", body, headers });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected an ApiError");
}

describe("bearerToken", () => {
  it.each([
    ["Bearer sw_abc", "sw_abc"],
    ["bearer   sw_abc ", "sw_abc"],
    ["Basic dXNlcjpwYXNz", null],
    ["Bearer", null],
    ["Bearer a b", null],
  ])("reads %j as %j", (header, token) => {
    expect(bearerToken(new Headers({ authorization: header }))).toBe(token);
  });

  it("is null without the header", () => {
    expect(bearerToken(new Headers())).toBeNull();
  });
});

describe("clientAddress", () => {
  it("takes the last X-Forwarded-For hop, the one the nearest proxy saw", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientAddress(new Headers({ "x-real-ip": "10.0.0.8" }))).toBe("10.0.0.8");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["Application/JSON", true],
    ["application/merge-patch+json", true],
    ["text/plain", false],
    ["application/x-www-form-urlencoded", false],
    [null, false],
  ])("%j -> %j", (value, expected) => {
    expect(isJsonContentType(value)).toBe(expected);
  });
});

describe("readJsonBody", () => {
  it("parses a JSON body", async () => {
    expect(await readJsonBody(post(JSON.stringify({ distanceKm: 5 })))).toEqual({ distanceKm: 5 });
  });

  it("refuses another content type with 415", async () => {
    const error = await failure(readJsonBody(post("distanceKm=5", { "content-type": "application/x-www-form-urlencoded" })));
    expect([error.status, error.code]).toEqual([415, "unsupported_media_type"]);
  });

  it("refuses a body over the limit with 413, whatever Content-Length says", async () => {
    const big = JSON.stringify({ notes: "x".repeat(2048) });
    expect((await failure(readJsonBody(post(big), 1024))).status).toBe(413);
    const declared = post("{}", { "content-type": "application/json", "content-length": "5000" });
    expect((await failure(readJsonBody(declared, 1024))).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(" ".repeat(200)));
        controller.close();
      },
    });
    const streamed = new Request("http://localhost/", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect((await failure(readJsonBody(streamed, 1024))).code).toBe("payload_too_large");
  });

  it.each([["{ not json"], [""], ["   "]])("refuses %j with 400 invalid_json", async (text) => {
    const error = await failure(readJsonBody(post(text)));
    expect([error.status, error.code]).toEqual([400, "invalid_json"]);
  });

  it("refuses bytes that are not UTF-8", async () => {
    const error = await failure(readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d]))));
    expect(error.code).toBe("invalid_json");
  });
});

describe("queryOf", () => {
  it("gives the query string as an object", () => {
    expect(queryOf(new Request("http://localhost/api/v1/runs?from=2025-01-01&page=2"))).toEqual({ from: "2025-01-01", page: "2" });
  });
});
