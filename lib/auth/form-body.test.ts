import { describe, expect, it } from "vitest";
import { MAX_AUTH_BODY_BYTES, parseAuthForm } from "./form-body";

const FORM = "application/x-www-form-urlencoded";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("parseAuthForm: next-auth gets one form, each field once", () => {
  it("reads next-auth's own sign-in form", () => {
    const form = parseAuthForm(`${FORM};charset=UTF-8`, bytes("email=a%40b.example&password=x&csrfToken=t&json=true"));
    expect(form.ok && Object.fromEntries(form.fields)).toEqual({ email: "a@b.example", password: "x", csrfToken: "t", json: "true" });
  });

  it("refuses a field sent twice, whichever one the guard would read", () => {
    expect(parseAuthForm(FORM, bytes("email=decoy%40x.example&email=victim%40x.example&password=p"))).toEqual({
      ok: false,
      status: 400,
      message: 'The field "email" is sent more than once',
    });
  });

  it.each([
    ["JSON", "application/json", bytes('{"email":"a@b.example"}')],
    ["no content type", null, bytes("email=a")],
    ["bytes that are not UTF-8", FORM, new Uint8Array([0x65, 0x3d, 0xff])],
  ])("answers 400 to %s", (_name, type, body) => {
    expect(parseAuthForm(type, body)).toMatchObject({ ok: false, status: 400 });
  });

  it("answers 413 to a body over the limit (read as null)", () => {
    expect(MAX_AUTH_BODY_BYTES).toBeGreaterThan(1024);
    expect(parseAuthForm(FORM, null)).toMatchObject({ ok: false, status: 413 });
  });
});
