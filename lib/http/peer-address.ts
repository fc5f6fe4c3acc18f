import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import dc from "node:diagnostics_channel";

/**
 * The TCP peer's address as a request header. `next start` gives route handlers, server actions and proxy.ts no
 * socket, and fills X-Forwarded-For from the socket only when the client did not send one, so that header is
 * client input. Node publishes every incoming request on the `http.server.request.start` channel before the
 * server's request handler sees it; the subscriber below overwrites this header there (a client cannot set it).
 * Installed by instrumentation.ts when the server starts.
 */
export const PEER_HEADER = "x-careerlens-peer";

const holder = globalThis as unknown as { careerlensPeerChannel?: dc.Channel };

export function recordPeerAddresses() {
  if (holder.careerlensPeerChannel) return;
  // kept on globalThis: a channel with no strong reference can be collected with its subscribers (Node 20)
  const channel = dc.channel("http.server.request.start");
  channel.subscribe((message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = (socket.remoteAddress ?? "unknown").replace(/^::ffff:/, "");
  });
  holder.careerlensPeerChannel = channel;
}
