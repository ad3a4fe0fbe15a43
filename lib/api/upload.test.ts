import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { readUploadedFile, uploadName } from "./upload";

const URL_BASE = "http://localhost/api/v1/imports";
const bytes = new TextEncoder().encode("<gpx></gpx>");

async function failure(request: Request, maxBytes = 1024): Promise<ApiError> {
  const error = await readUploadedFile(request, maxBytes).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("readUploadedFile", () => {
  it("takes a raw body with its name from ?name=, or else from Content-Disposition", async () => {
    const named = await readUploadedFile(new Request(`${URL_BASE}?name=run.gpx`, { method: "POST", body: bytes }), 1024);
    expect(named).toEqual({ name: "run.gpx", bytes });
    const disposed = new Request(URL_BASE, { method: "POST", body: bytes, headers: { "content-disposition": 'attachment; filename="Morning Run.gpx"' } });
    expect((await readUploadedFile(disposed, 1024)).name).toBe("Morning Run.gpx");
    expect((await readUploadedFile(new Request(URL_BASE, { method: "POST", body: bytes }), 1024)).name).toBe("upload");
  });

  it("takes the file field of a multipart form, as curl -F and phone shortcuts send it", async () => {
    const form = new FormData();
    form.append("note", "hello");
    form.append("file", new File([bytes], "phone/Evening Run.gpx"));
    const result = await readUploadedFile(new Request(URL_BASE, { method: "POST", body: form }), 1024);
    expect(result.name).toBe("Evening Run.gpx");
    expect([...result.bytes]).toEqual([...bytes]);
  });

  it("refuses an empty body, a form without a file, and a file over the limit", async () => {
    expect((await failure(new Request(URL_BASE, { method: "POST" }))).code).toBe("validation_failed");
    const form = new FormData();
    form.append("note", "no file here");
    expect((await failure(new Request(URL_BASE, { method: "POST", body: form }))).message).toContain("The form has no file");
    expect((await failure(new Request(URL_BASE, { method: "POST", body: new Uint8Array(2000) }))).code).toBe("payload_too_large");
    const big = new FormData();
    big.append("file", new File([new Uint8Array(2000)], "big.fit"));
    expect((await failure(new Request(URL_BASE, { method: "POST", body: big }))).code).toBe("payload_too_large");
  });

  it("keeps only the base name of a path", () => {
    expect(uploadName(undefined, "C:\\Users\\me\\run.fit")).toBe("run.fit");
    expect(uploadName("", "  ")).toBe("upload");
  });
});
