/**
 * Saved comparisons: every action and route checks the session and scopes by owner. User B calls the real
 * route handlers and server actions with A's ids and gets 404; nobody signed in gets 401.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { cookieFor, request, userWithSession, useTestDb } from "./helpers";
import { runWithRequest } from "@/lib/auth/request-scope";
import { deleteSaved, moveSaved, restoreSaved, saveComparison, setVisibility, updateSaved } from "@/lib/actions/saved";
import * as listRoute from "@/app/api/v1/saved/route";
import * as itemRoute from "@/app/api/v1/saved/[id]/route";
import * as exportRoute from "@/app/api/v1/account/export/route";
import { getShared } from "@/lib/data/saved";
import type { ActionState } from "@/lib/actions/authed-action";
import { MAX_SAVED, NOTE_MAX } from "@/lib/saved/limits";

let db: Database;
let a: { id: string; cookie: string };
let b: { id: string; cookie: string };
let aItem: string;

const as = <T,>(cookie: string | undefined, fn: () => Promise<T>) => runWithRequest(request("/", { cookie }), fn);
const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  db = await useTestDb();
  const ua = await userWithSession("a@example.com", "Ada");
  const ub = await userWithSession("b@example.com", "Bo");
  a = { id: ua.user.id, cookie: ua.cookie };
  b = { id: ub.user.id, cookie: ub.cookie };
  const saved = await as(a.cookie, () => saveComparison(undefined, { slugs: ["registered-nurses", "paramedics"], title: "Nursing or EMS" }));
  expect(saved).toMatchObject({ ok: true });
  aItem = saved.data!.id;
});
afterAll(async () => {
  await db?.close();
});

describe("without a session", () => {
  it("routes answer 401 and actions refuse", async () => {
    expect((await listRoute.GET(request("/api/v1/saved"))).status).toBe(401);
    expect((await listRoute.POST(request("/api/v1/saved", { method: "POST", body: { slugs: ["a-b", "c-d"], title: "x" } }))).status).toBe(401);
    expect((await itemRoute.GET(request(`/api/v1/saved/${aItem}`), params(aItem))).status).toBe(401);
    expect((await itemRoute.PATCH(request(`/api/v1/saved/${aItem}`, { method: "PATCH", body: { version: 1, note: "x" } }), params(aItem))).status).toBe(401);
    expect((await itemRoute.DELETE(request(`/api/v1/saved/${aItem}`, { method: "DELETE" }), params(aItem))).status).toBe(401);
    expect((await exportRoute.GET(request("/api/v1/account/export"))).status).toBe(401);
    expect(await as(undefined, () => deleteSaved(undefined, { id: aItem }))).toMatchObject({ ok: false, status: 401 });
    expect(await as("next-auth.session-token=forged", () => deleteSaved(undefined, { id: aItem }))).toMatchObject({ status: 401 });
  });
});

describe("user B and A's comparison", () => {
  it("cannot read it through the route", async () => {
    const res = await itemRoute.GET(request(`/api/v1/saved/${aItem}`, { cookie: b.cookie }), params(aItem));
    expect(res.status).toBe(404);
    const list = await listRoute.GET(request("/api/v1/saved", { cookie: b.cookie }));
    expect(((await list.json()) as { results: unknown[] }).results).toEqual([]);
    const mine = await itemRoute.GET(request(`/api/v1/saved/${aItem}`, { cookie: a.cookie }), params(aItem));
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ title: "Nursing or EMS", slugs: ["registered-nurses", "paramedics"] });
  });

  it("cannot change, share, move, delete or restore it (404), and nothing changes", async () => {
    const patch = await itemRoute.PATCH(
      request(`/api/v1/saved/${aItem}`, { method: "PATCH", cookie: b.cookie, body: { version: 1, title: "pwned", note: "pwned" } }),
      params(aItem),
    );
    expect(patch.status).toBe(404);
    const share = await itemRoute.PATCH(request(`/api/v1/saved/${aItem}`, { method: "PATCH", cookie: b.cookie, body: { visibility: "LINK" } }), params(aItem));
    expect(share.status).toBe(404);
    expect((await itemRoute.DELETE(request(`/api/v1/saved/${aItem}`, { method: "DELETE", cookie: b.cookie }), params(aItem))).status).toBe(404);
    const attempts: (() => Promise<ActionState<unknown>>)[] = [
      () => updateSaved(undefined, { id: aItem, version: 1, note: "pwned" }),
      () => setVisibility(undefined, { id: aItem, visibility: "LINK" }),
      () => moveSaved(undefined, { id: aItem, direction: "down" }),
      () => deleteSaved(undefined, { id: aItem }),
      () => restoreSaved(undefined, { id: aItem }),
    ];
    for (const action of attempts) {
      expect(await as(b.cookie, action)).toMatchObject({ ok: false, status: 404 });
    }
    const row = await db.prisma.savedComparison.findUniqueOrThrow({ where: { id: aItem } });
    expect(row).toMatchObject({ title: "Nursing or EMS", note: "", visibility: "PRIVATE", shareSlug: null, deletedAt: null, version: 1 });
  });

  it("does not see it in an export", async () => {
    const res = await exportRoute.GET(request("/api/v1/account/export", { cookie: b.cookie }));
    const body = (await res.json()) as { account: { email: string }; savedComparisons: unknown[] };
    expect(body.account.email).toBe("b@example.com");
    expect(body.savedComparisons).toEqual([]);
    const csv = await (await exportRoute.GET(request("/api/v1/account/export?format=csv", { cookie: a.cookie }))).text();
    expect(csv.split("\r\n")[1]).toContain("Nursing or EMS,registered-nurses | paramedics,/compare/registered-nurses-vs-paramedics");
  });
});

describe("the owner", () => {
  it("edits with version checks: a stale write is refused", async () => {
    const first = await as(a.cookie, () => updateSaved(undefined, { id: aItem, version: 1, note: "Ask about night shifts" }));
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await as(a.cookie, () => updateSaved(undefined, { id: aItem, version: 1, note: "older tab" }));
    expect(stale).toMatchObject({ ok: false, status: 409 });
    const long = await as(a.cookie, () => updateSaved(undefined, { id: aItem, version: 2, note: "x".repeat(NOTE_MAX + 1) }));
    expect(long).toMatchObject({ ok: false, status: 400 });
    expect(long.fields?.note).toMatch(/up to 2,000 characters/);
  });

  it("shares by link, and revoking makes the old link stop working", async () => {
    const on = await as(a.cookie, () => setVisibility(undefined, { id: aItem, visibility: "LINK" }));
    const slug = on.data!.shareSlug!;
    expect(slug).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(await getShared(slug)).toMatchObject({ id: aItem, ownerName: "Ada", note: "Ask about night shifts" });
    await as(a.cookie, () => setVisibility(undefined, { id: aItem, visibility: "PRIVATE" }));
    expect(await getShared(slug)).toBeNull();
  });

  it("deletes with undo, reorders, and is refused past the limit with a clear message", async () => {
    const second = await as(a.cookie, () => saveComparison(undefined, { slugs: ["dentists-general", "dental-hygienists"], title: "Teeth" }));
    let list = (await (await listRoute.GET(request("/api/v1/saved", { cookie: a.cookie }))).json()) as { results: { id: string }[] };
    expect(list.results.map((r) => r.id)).toEqual([second.data!.id, aItem]);
    await as(a.cookie, () => moveSaved(undefined, { id: aItem, direction: "up" }));
    list = (await (await listRoute.GET(request("/api/v1/saved", { cookie: a.cookie }))).json()) as typeof list;
    expect(list.results.map((r) => r.id)).toEqual([aItem, second.data!.id]);

    expect(await as(a.cookie, () => deleteSaved(undefined, { id: aItem }))).toMatchObject({ ok: true });
    expect((await itemRoute.GET(request(`/api/v1/saved/${aItem}`, { cookie: a.cookie }), params(aItem))).status).toBe(404);
    expect(await as(a.cookie, () => restoreSaved(undefined, { id: aItem }))).toMatchObject({ ok: true });
    expect((await itemRoute.GET(request(`/api/v1/saved/${aItem}`, { cookie: a.cookie }), params(aItem))).status).toBe(200);

    const bad = await as(a.cookie, () => saveComparison(undefined, { slugs: ["only-one"], title: "x" }));
    expect(bad).toMatchObject({ status: 400, fields: { slugs: "A comparison has 2 to 4 careers." } });

    const c = await userWithSession("c@example.com");
    await db.prisma.savedComparison.createMany({
      data: Array.from({ length: MAX_SAVED }, (_, i) => ({ ownerId: (c.user as { id: string }).id, slugs: ["a", "b"], title: `n${i}`, snapshot: {} })),
    });
    const over = await as(c.cookie, () => saveComparison(undefined, { slugs: ["x-y", "z-w"], title: "one more" }));
    expect(over).toMatchObject({ ok: false, status: 400 });
    expect(over.message).toContain("100 saved comparisons");
  });

  it("a fresh cookie for a deleted user is refused", async () => {
    const d = await userWithSession("d@example.com");
    await db.prisma.user.delete({ where: { id: d.user.id } });
    expect((await listRoute.GET(request("/api/v1/saved", { cookie: d.cookie }))).status).toBe(401);
    await expect(cookieFor(d.user)).rejects.toThrow();
  });
});

describe("characters PostgreSQL cannot store", () => {
  it("a NUL in an id or a text field is refused with a message, and nothing changes (found by tests/fuzz/actions)", async () => {
    const before = await db.prisma.savedComparison.findUniqueOrThrow({ where: { id: aItem } });
    expect(await as(a.cookie, () => deleteSaved(undefined, { id: "\u0000" }))).toMatchObject({ ok: false, status: 400 });
    const note = await as(a.cookie, () => updateSaved(undefined, { id: aItem, version: before.version, note: "fine\u0000not" }));
    expect(note).toMatchObject({ ok: false, status: 400 });
    expect(note.message).toMatch(/NUL character/);
    expect(await db.prisma.savedComparison.findUniqueOrThrow({ where: { id: aItem } })).toEqual(before);
  });
});
