import "server-only";
import { logError } from "@/lib/log";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/http/request-id";

/**
 * A route handler's answer to an unexpected error: one structured log line with the request id, and a JSON
 * body that says what to do and carries the id to quote, never the error itself.
 */
export function serverError(request: Request, error: unknown, message = "Something went wrong on our side. Please try again.", status = 500): Response {
  const requestId = requestIdOf(request.headers);
  const url = new URL(request.url);
  logError("route_error", { requestId, method: request.method, path: url.pathname }, error);
  return Response.json(
    { error: `${message} If it keeps happening, quote reference ${requestId}.`, requestId },
    { status, headers: { "Cache-Control": "no-store", [REQUEST_ID_HEADER]: requestId } },
  );
}
