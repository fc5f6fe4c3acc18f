import type { APIRequestContext, TestInfo } from "@playwright/test";
import { expect as baseExpect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";
import { signUpOrIn } from "./sign-in";

// Public pages are rendered once and served from Next's page cache to everyone (docs/decisions/008-page-cache.md);
// the header's account corner is asked from the browser. Sign-up runs argon2id: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });

/** Loads `path` twice; answers the second response's cache header and body. */
async function loadTwice(request: APIRequestContext, path: string) {
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  const second = await request.get(path);
  expect(second.status()).toBe(200);
  return { cache: second.headers()["x-nextjs-cache"], html: await second.text() };
}

const newEmail = (testInfo: TestInfo) => `cached-${testInfo.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

test("public pages come from the page cache, and signed-in visitors get the same page with their menu", async ({ page, request, isMobile }, testInfo) => {
  test.setTimeout(120_000);
  for (const path of ["/", "/careers/registered-nurses", "/compare/lead-technician-vs-senior-support-technician", "/professions/healthcare-practitioners-and-technical", "/about"]) {
    const { cache, html } = await loadTwice(request, path);
    // HIT, or STALE when an earlier visit is over a minute old (served from the cache while it renders anew)
    expect(cache, `${path} is served from the page cache`).toMatch(/^(HIT|STALE)$/);
    expect(html).toContain('href="/signin"'); // the shared page shows "Sign in"; the browser swaps in the menu
  }

  const email = newEmail(testInfo);
  await signUpOrIn(page, "Cass Cached", email);
  await page.goto("/careers/registered-nurses");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Registered Nurses");
  const nav = page.getByRole("navigation", { name: "Main" });
  if (isMobile) await nav.locator("summary", { hasText: "Menu" }).click();
  await expect(nav.getByText("Cass Cached").filter({ visible: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sign in", exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "cached-career-signed-in");

  // the HTML this signed-in browser got is the shared, cached page: nothing of the person is in it
  const signedIn = await page.request.get("/careers/registered-nurses");
  expect(signedIn.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
  const html = await signedIn.text();
  expect(html).not.toContain(email);
  expect(html).not.toContain("Cass Cached");
  // the person's part comes from the account endpoint, never stored by a cache
  const me = await page.request.get("/api/v1/account/me");
  expect(me.headers()["cache-control"]).toContain("no-store");
  expect((await me.json()).user).toMatchObject({ name: "Cass Cached", email, editor: false });
});

test("an editor's save shows on the cached job posting page at the next load, for everyone", async ({ page, request }, testInfo) => {
  test.setTimeout(180_000);
  const id = testInfo.project.name === "phone" ? "sample-0061" : "sample-0060";
  const before = await loadTwice(request, `/jobs/${id}`);
  expect(before.cache).toMatch(/^(HIT|STALE)$/);

  // the first admin comes from ADMIN_EMAILS (playwright.config.ts); admins can edit postings
  await signUpOrIn(page, "Ada Admin", `e2e-admin-${testInfo.project.name}@example.com`);
  const marker = `Cache refresh check ${Date.now()} on ${testInfo.project.name}.`;
  expect(before.html).not.toContain(marker);
  await page.goto(`/admin/jobs/${id}/edit`);
  await page.getByLabel("Description (markdown)").fill(marker);
  await page.getByRole("button", { name: "Save posting" }).click();
  await expect(page.getByText("Saved. The public page shows it now.")).toBeVisible();

  // a signed-out visitor's very next load has the edit, and that render is cached again for the next one
  const after = await request.get(`/jobs/${id}`);
  expect(after.status()).toBe(200);
  expect(await after.text()).toContain(marker);
  const again = await request.get(`/jobs/${id}`);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await again.text()).toContain(marker);
});
