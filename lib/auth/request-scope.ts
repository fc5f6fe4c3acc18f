import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";

type Scope = { request: Request; setCookies: string[] };
const scope = new AsyncLocalStorage<Scope>();

/**
 * Runs `fn` with `request` as the current request: route handlers wrap their work in it so the session and
 * client address come from the Request they were given (which also lets tests call them, and the server
 * actions, directly with a crafted cookie). Outside such a scope, Next's request cookies and headers are used.
 */
export function runWithRequest<T>(request: Request, fn: () => Promise<T>): Promise<T> {
  return scope.run({ request, setCookies: [] }, fn);
}

export function inRequestScope(): boolean {
  return scope.getStore() !== undefined;
}

export async function readCookie(name: string): Promise<string | undefined> {
  const store = scope.getStore();
  if (!store) return (await cookies()).get(name)?.value;
  const header = store.request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

export async function readHeader(name: string): Promise<string | null> {
  const store = scope.getStore();
  return store ? store.request.headers.get(name) : (await headers()).get(name);
}

/** The client's address for the per-IP limits (see lib/http/client-address.ts and TRUST_PROXY). */
export async function clientIp(): Promise<string> {
  const store = scope.getStore();
  return clientAddress(store ? store.request.headers : await headers(), env().TRUST_PROXY);
}
