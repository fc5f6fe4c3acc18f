import { PEER_HEADER } from "@/lib/http/peer-address";

/**
 * The client's address for the per-IP limits, from a request's headers. `trustProxy` = 0 (TRUST_PROXY's
 * default): the TCP peer's address, recorded by lib/http/peer-address.ts; X-Forwarded-For is client input then
 * and ignored. `trustProxy` = N (N proxies in front, each appending the address it saw): the N-th address from
 * the end of X-Forwarded-For, the one the outermost trusted proxy saw; a shorter chain did not come through our
 * proxies, so the peer address again.
 */
export function clientAddress(headers: Pick<Headers, "get">, trustProxy: number): string {
  let ip: string | undefined;
  if (trustProxy > 0) {
    const forwarded = headers.get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
    if (forwarded.length >= trustProxy) ip = forwarded[forwarded.length - trustProxy];
  }
  ip ??= headers.get(PEER_HEADER) ?? "unknown";
  return ip.replace(/^::ffff:/, "").slice(0, 64);
}
