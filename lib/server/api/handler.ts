import "server-only";
import { logger } from "../log";
import { ZodError, type z } from "zod";
import { ApiError, errorResponse, fromZodError, validationError } from "../../api/errors";
import type { RateLimitDecision } from "../../api/rate-limit";
import { bearerToken, clientAddress, MAX_JSON_BYTES, readJsonBody } from "../../api/request";
import { Prisma } from "../../generated/prisma/client";
import { InputError, NotFoundError } from "../data/errors";
import { authenticateToken, type ApiUser } from "../data/tokens";
import { parseIdempotencyKey } from "../../validation/idempotency-key";
import { limiters } from "./limits";

type Params = Record<string, string>;

export type ApiContext<P extends Params> = {
  user: ApiUser;
  req: Request;
  params: P;
  /** The parsed JSON body when the route takes one (`body: "json"`), else undefined. */
  body: unknown;
};

type Options = {
  /** "json": the route reads a JSON body (415 without the content type, 413 above maxBytes). */
  body?: "json";
  maxBytes?: number;
};

// Bearer auth is not a cookie, so cross-site forms cannot ride on it: no CSRF check needed here.
const CHALLENGE = 'Bearer realm="stridewise"';

function rateLimited(decision: Extract<RateLimitDecision, { allowed: false }>, scope: string): ApiError {
  return new ApiError("rate_limited", `Too many requests ${scope}: try again in ${decision.retryAfterSec} s`, undefined, {
    "Retry-After": String(decision.retryAfterSec),
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": "0",
  });
}

/** Everything the API sends for a thrown error; unknown errors are logged here and never described. */
export function toApiError(error: unknown, req: Request): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return fromZodError(error);
  if (error instanceof InputError) return validationError(error.fieldErrors);
  if (error instanceof NotFoundError) return new ApiError("not_found", error.message);
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new ApiError("conflict", "That already exists");
  }
  logger.error({ err: error, method: req.method, path: new URL(req.url).pathname }, "API request failed");
  return new ApiError("internal_error", "Something went wrong on our side. Try again later.");
}

/**
 * The one way into the JSON API: rate limit by address, authenticate the bearer token, rate limit
 * by token, read the body, run the route, and turn whatever it throws into the error envelope.
 * Routes call the same data functions and schemas as the pages; they only translate HTTP.
 */
export function apiHandler<P extends Params = Params>(
  handler: (context: ApiContext<P>) => Promise<Response>,
  options: Options = {},
) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    let userId: string | undefined;
    const respond = (response: Response) => {
      // One line per request: no bodies, no token, no query string (it may hold dates, never secrets, but
      // the path is enough to find a request).
      logger.info(
        { method: req.method, path: new URL(req.url).pathname, status: response.status, ms: Math.round(performance.now() - started), userId },
        "api request",
      );
      return response;
    };
    try {
      const byAddress = await limiters.perAddress.take(clientAddress(req.headers));
      if (!byAddress.allowed) throw rateLimited(byAddress, "from this address");

      const token = bearerToken(req.headers);
      if (!token) {
        throw new ApiError("unauthorized", "Send a personal access token: Authorization: Bearer <token>", undefined, {
          "WWW-Authenticate": CHALLENGE,
        });
      }
      const auth = await authenticateToken(token);
      if (!auth) {
        throw new ApiError("unauthorized", "The token is not valid or has been revoked", undefined, {
          "WWW-Authenticate": `${CHALLENGE}, error="invalid_token"`,
        });
      }

      userId = auth.user.id;
      const byToken = await limiters.perToken.take(auth.tokenId);
      if (!byToken.allowed) throw rateLimited(byToken, "with this token");

      const body = options.body === "json" ? await readJsonBody(req, options.maxBytes ?? MAX_JSON_BYTES) : undefined;
      const response = await handler({ user: auth.user, req, params: await route.params, body });
      response.headers.set("X-RateLimit-Limit", String(byToken.limit));
      response.headers.set("X-RateLimit-Remaining", String(byToken.remaining));
      return respond(response);
    } catch (error) {
      return respond(errorResponse(toApiError(error, req)));
    }
  };
}

/** Parses a schema or throws the 400 envelope with its field errors. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}

/** For rows fetched by id: missing and someone else's are the same 404. */
export function orNotFound<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw new NotFoundError(`${what} not found`);
  return row;
}

/** The request's Idempotency-Key header (undefined without one); a malformed key is a 400. */
export function idempotencyKeyOf(req: Request): string | undefined {
  const key = parseIdempotencyKey(req.headers.get("idempotency-key"));
  if (key === undefined) {
    throw validationError({
      "Idempotency-Key": "Use 1-100 letters, digits, '-', '_', '.' or ':' (a UUID is good)",
    });
  }
  return key ?? undefined;
}

/** A new entry is 201 Created; the same Idempotency-Key again is 200 with the entry stored the first time. */
export function savedResponseInit(location: string, replayed: boolean): { status: number; headers: Record<string, string> } {
  return replayed
    ? { status: 200, headers: { Location: location, "Idempotent-Replayed": "true" } }
    : { status: 201, headers: { Location: location } };
}
