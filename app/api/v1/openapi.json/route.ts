import { jsonResponse } from "@/lib/api/errors";
import { buildOpenApiDocument } from "@/lib/api/openapi";

// Public like any API reference: it describes the endpoints and holds no data.
const document = buildOpenApiDocument();

export function GET(): Response {
  return jsonResponse(document);
}
