/**
 * Errors people can act on: every request gets an id (proxy.ts), a server error is logged as one JSON line with
 * it, and what the person sees (an API's JSON, an action's message, an error page's reference) lets them quote it
 * without showing anything of the server's insides.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";
import { proxy } from "@/proxy";
import { onRequestError } from "@/instrumentation";
import { newRequestId, requestIdOf } from "@/lib/http/request-id";
import { mutation } from "@/lib/api/mutation";
import { serverError } from "@/lib/api/server-error";
import { authedAction } from "@/lib/actions/authed-action";
import { runWithRequest } from "@/lib/auth/request-scope";
import { cookieFor, userWithSession, useTestDb } from "@/tests/accounts/helpers";

let lines: string[];
let original: typeof console.error;
beforeEach(() => {
  lines = [];
  original = console.error;
  console.error = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
});
afterEach(() => {
  console.error = original;
});

const SECRET = 'relation "SecretTable" does not exist at PrismaClient.query';

describe("request ids", () => {
  it("are 16 lower-case letters and digits, different every time", () => {
    const ids = new Set(Array.from({ length: 1000 }, newRequestId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{16}$/);
  });

  it("proxy.ts sets one on the request and the response, replacing one the client sent", async () => {
    const response = await proxy(new NextRequest("http://localhost/careers", { headers: { "x-request-id": "attacker<script>" } }));
    const id = response.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-z]{16}$/);
    // the request the app sees carries the same id (Next passes overridden request headers this way)
    expect(response.headers.get("x-middleware-request-x-request-id")).toBe(id);
    const broken = await proxy(new NextRequest("http://localhost/api/v1/search/%E0%A4%A"));
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { requestId: string }).requestId).toBe(broken.headers.get("x-request-id"));
  });

  it("only a well-formed id is read back", () => {
    expect(requestIdOf(new Headers({ "x-request-id": "abc123" }))).toBe("abc123");
    expect(requestIdOf(new Headers({ "x-request-id": "a b" }))).toBe("none");
    expect(requestIdOf(undefined)).toBe("none");
  });
});

describe("server errors", () => {
  const req = () => new Request("http://localhost/api/v1/saved", { method: "POST", headers: { "x-request-id": "req0000000000042" } });

  it("a route handler's 5xx JSON carries the id and none of the error; the log line has both", async () => {
    const response = serverError(req(), new Error(SECRET), "Search is unavailable right now. Please try again.", 503);
    expect(response.status).toBe(503);
    expect(response.headers.get("x-request-id")).toBe("req0000000000042");
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: "Search is unavailable right now. Please try again. If it keeps happening, quote reference req0000000000042.", requestId: "req0000000000042" });
    expect(text).not.toMatch(/Secret|Prisma/);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: "error", event: "route_error", requestId: "req0000000000042", method: "POST", path: "/api/v1/saved", error: { message: SECRET } });
    expect(line.error.stack).toContain("errors.test.ts");
  });

  it("a mutating route that throws answers 500 through lib/api/mutation.ts", async () => {
    const response = await mutation(req(), async () => {
      throw new TypeError(SECRET);
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: string; requestId: string };
    expect(body.error).toBe("Something went wrong on our side. Please try again. If it keeps happening, quote reference req0000000000042.");
    expect(lines).toHaveLength(1);
  });

  it("a server action that throws answers 500 with the reference to quote", async () => {
    await useTestDb();
    const { user } = await userWithSession("err@example.com");
    const failing = authedAction(z.object({}), async () => {
      throw new Error(SECRET);
    });
    const request = new Request("http://localhost/", { method: "POST", headers: { cookie: await cookieFor(user), "x-request-id": "req0000000000077", "x-forwarded-for": "192.0.2.1" } });
    const state = await runWithRequest(request, () => failing(undefined, {}));
    expect(state).toMatchObject({ ok: false, status: 500 });
    expect(state.message).toBe("Something went wrong on our side. Please try again; if it keeps happening, quote reference req0000000000077.");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ event: "action_error", requestId: "req0000000000077", userId: user.id, error: { message: SECRET } });
  });

  it("an error while rendering a page is logged with the request id and the digest the error page shows", async () => {
    const error = Object.assign(new Error(SECRET), { digest: "2851463937" });
    await onRequestError(
      error,
      { path: "/careers/x", method: "GET", headers: { "x-request-id": "req0000000000099" } },
      { routerKind: "App Router", routePath: "/careers/[slug]", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined },
    );
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      event: "request_error",
      requestId: "req0000000000099",
      digest: "2851463937",
      path: "/careers/x",
      routePath: "/careers/[slug]",
      routeType: "render",
      error: { message: SECRET },
    });
  });
});
