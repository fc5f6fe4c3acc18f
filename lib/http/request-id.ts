/**
 * Every request gets an id: proxy.ts sets it on the request (so handlers, actions and onRequestError read it)
 * and on the response. Server errors are logged with it (lib/log.ts) and JSON 5xx answers carry it, so a person
 * can quote it. An id a client sends is replaced, never trusted.
 */
export const REQUEST_ID_HEADER = "x-request-id";

/** 16 characters of [0-9a-z], easy to read out over the phone. */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  let id = "";
  for (const byte of bytes) id += (byte % 36).toString(36);
  return (id + Date.now().toString(36).slice(-6)).slice(0, 16);
}

/** The id of a request, or "none" outside a request that went through proxy.ts (scripts, tests). */
export function requestIdOf(headers: Pick<Headers, "get"> | undefined): string {
  const id = headers?.get(REQUEST_ID_HEADER);
  return id && /^[0-9a-z]{1,64}$/i.test(id) ? id : "none";
}
