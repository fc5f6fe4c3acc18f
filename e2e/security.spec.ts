import { test, expect, expectNoAxeViolations, saveScreenshot } from "./fixtures";

test.describe("security headers", () => {
  for (const path of ["/", "/careers/registered-nurses", "/api/v1/search?q=nurse", "/no-such-page"]) {
    test(`${path} carries the CSP and the other headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("object-src 'none'");
      expect(headers["content-security-policy"]).toContain("base-uri 'none'");
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["strict-transport-security"]).toMatch(/max-age=\d{8,}/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("pages run under the CSP without a single violation (typeahead included)", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Find specific jobs" }).first();
    await box.fill("registered nurse");
    await expect(page.getByRole("option").first()).toBeVisible({ timeout: 15_000 });
    await page.goto("/careers/registered-nurses");
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
});

test.describe("request ids", () => {
  test("every answer carries a new one; one sent by the client is replaced", async ({ request }) => {
    const ids = new Set<string>();
    for (const path of ["/", "/careers", "/api/v1/search?q=nurse", "/no-such-page", "/api/v1/search?q=nurse"]) {
      const response = await request.get(path, { headers: { "x-request-id": "chosen-by-client" } });
      const id = response.headers()["x-request-id"];
      expect(id, path).toMatch(/^[0-9a-z]{16}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(5);
  });
});

test.describe("x-middleware-subrequest", () => {
  const SUBREQUEST = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware:proxy:proxy:proxy:proxy:proxy" };

  test("does not skip proxy.ts", async ({ request }) => {
    const response = await request.get("/api/v1/search/%E0%A4%A", { headers: SUBREQUEST });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: "The address has malformed percent-encoding." });
    expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-z]{16}$/);
  });

  test("does not get past the session check", async ({ request }) => {
    for (const [method, path] of [["POST", "/api/v1/saved"], ["PATCH", "/api/v1/saved/x"], ["DELETE", "/api/v1/saved/x"]] as const) {
      const response = await request.fetch(path, { method, headers: SUBREQUEST, data: { slugs: ["a", "b"], title: "t", version: 1 } });
      expect(response.status(), `${method} ${path}`).toBe(401);
    }
  });
});

test.describe("cross-site requests", () => {
  test("a mutating API route refuses a foreign Origin and stores nothing", async ({ request }) => {
    const email = `xsite-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
    const body = { email, name: "Cross Site", password: "lantern orchard pebble sky" };
    const refused = await request.post("/api/v1/account/signup", { data: body, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toEqual({ error: "Refused: this change was sent from another site. Make it on Careerlens itself." });
    // nothing was stored: the same address can still sign up, from the site itself
    const own = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1").origin;
    const accepted = await request.post("/api/v1/account/signup", { data: body, headers: { origin: own, "sec-fetch-site": "same-origin", "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });
    expect(accepted.status()).toBe(201);
  });

});

test.describe("cross-site server actions", () => {
  // Next answers the refused action with a 500, which the page reports in its console
  // (a list of patterns is given as [list, options]: a bare array would be read as that tuple)
  test.use({ allowedConsoleErrors: [[/status of 500/, /React error #441/], { scope: "test" }] });

  test("a server action posted with a foreign Origin is refused by Next before it runs", async ({ page }) => {
    const email = `xsite-action-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
    let actionStatus = 0;
    await page.route("**/signup*", async (route) => {
      const req = route.request();
      if (req.method() !== "POST") return route.continue();
      const headers = { ...(await req.allHeaders()), origin: "https://evil.example", "sec-fetch-site": "cross-site" };
      const response = await route.fetch({ headers });
      actionStatus = response.status();
      await route.fulfill({ response });
    });
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Cross Site");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("lantern orchard pebble sky");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(() => actionStatus, { timeout: 15_000 }).toBeGreaterThanOrEqual(400);
    await page.unroute("**/signup*");
    // no account was made: signing in with it fails like any unknown address
    const signIn = await page.request.post("/api/v1/account/signin", { data: { email, password: "lantern orchard pebble sky" }, headers: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });
    expect(signIn.status()).toBe(401);
  });
});

test.describe("too many searches", () => {
  test("the page people see past the search limit explains it and offers a way on", async ({ page }, testInfo) => {
    const response = await page.goto("/too-many-requests");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Too many searches in a short time" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse careers without searching" })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "too-many-requests");
  });
});
