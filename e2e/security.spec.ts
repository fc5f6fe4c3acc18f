import { test, expect } from "./fixtures";

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
