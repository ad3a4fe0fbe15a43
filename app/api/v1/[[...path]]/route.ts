import { ApiError, errorResponse } from "@/lib/api/errors";

// Unknown API paths answer in the API's JSON envelope rather than with the HTML 404 page, so a
// script with a typo in its URL reads a useful message.
function notFound(): Response {
  return errorResponse(new ApiError("not_found", "No such endpoint: see /api/v1/openapi.json"));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
