import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";

const fitsScreen = async (page: import("@playwright/test").Page) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    const suffix = colorScheme === "dark" ? "-dark" : "";

    test("the professions overview shows the letters and the SOC major groups", async ({ page }, testInfo) => {
      const response = await page.goto("/professions");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explore professions");
      const groups = page.getByRole("region", { name: "Occupational groups" });
      await expect(groups.getByRole("listitem")).toHaveCount(23);
      await expect(groups.getByRole("link", { name: /Healthcare Practitioners and Technical Occupations/ })).toContainText(
        "96 occupations",
      );
      const letters = page.getByRole("navigation", { name: "Job titles by first letter" });
      await expect(letters.getByRole("link")).toHaveCount(27);
      await expect(letters.getByRole("link", { name: /^A: [\d,]+ titles$/ })).toHaveAttribute("href", "/professions?letter=a");
      await expect(page).toHaveTitle(/Explore professions/);
      await fitsScreen(page);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, `professions${suffix}`);
    });

    test("a letter of the index lists titles with the occupation each leads to", async ({ page }, testInfo) => {
      test.setTimeout(90_000); // a long page: axe and a full-page screenshot take a while
      const response = await page.goto("/professions?letter=a");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Job titles starting with A");
      const letters = page.getByRole("navigation", { name: "Job titles by first letter" });
      await expect(letters.getByRole("link", { name: /^A:/ })).toHaveAttribute("aria-current", "page");
      const list = page.getByRole("list", { name: "Job titles starting with A" });
      await expect(list.getByRole("link", { name: "Accountant", exact: true })).toHaveAttribute("href", "/careers/accountants-and-auditors");
      await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", /\/professions\?letter=a$/);
      await fitsScreen(page);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, `professions-a${suffix}`);
    });

    test("a major group lists its occupations with median pay", async ({ page }, testInfo) => {
      const response = await page.goto("/professions/healthcare-practitioners-and-technical");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Healthcare Practitioners and Technical Occupations");
      await expect(page.getByRole("heading", { level: 2, name: /Healthcare Diagnosing or Treating Practitioners/ })).toBeVisible();
      const rn = page.getByRole("link", { name: "Registered Nurses", exact: true });
      await expect(rn).toHaveAttribute("href", "/careers/registered-nurses");
      await expect(rn.locator("xpath=ancestor::div[1]")).toContainText("$97,550");
      await expect(page.getByRole("main")).toContainText("BLS OEWS, May 2025");
      // a figure BLS publishes only for a wider group says so
      const lab = page.getByRole("link", { name: "Medical and Clinical Laboratory Technologists", exact: true });
      await expect(lab.locator("xpath=ancestor::div[1]")).toContainText("(wider group)");
      await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", /\/professions\/healthcare-practitioners-and-technical$/);
      await fitsScreen(page);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, `profession-group${suffix}`);
    });
  });
}

test("letter navigation moves through the A–Z index and titles lead to their career", async ({ page }) => {
  await page.goto("/professions");
  await page.getByRole("navigation", { name: "Job titles by first letter" }).getByRole("link", { name: /^C:/ }).click();
  await expect(page).toHaveURL(/\/professions\?letter=c$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Job titles starting with C");
  await expect(page.getByRole("link", { name: /^C:/ })).toHaveAttribute("aria-current", "page");
  const list = page.getByRole("list", { name: "Job titles starting with C" });
  const cab = list.getByRole("listitem").filter({ hasText: "Cab Driver" }).first();
  await expect(cab).toContainText("Taxi Drivers");
  await cab.getByRole("link").click();
  await expect(page).toHaveURL(/\/careers\/taxi-drivers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Taxi Drivers");

  await page.goto("/professions?letter=0-9");
  await expect(page.getByRole("list", { name: "Job titles starting with 0–9" })).toContainText("3D Artist");
});

test("a SOC code address redirects to the group's page", async ({ page }) => {
  await page.goto("/professions/29-0000");
  await expect(page).toHaveURL(/\/professions\/healthcare-practitioners-and-technical$/);
  await page.goto("/professions/15");
  await expect(page).toHaveURL(/\/professions\/computer-and-mathematical$/);
});

test.describe("bad addresses", () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("an unknown group or letter is a 404 with a search box", async ({ page }, testInfo) => {
    const response = await page.goto("/professions/no-such-group");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that group");
    await expect(page.getByRole("main").getByRole("search")).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "profession-group-not-found");

    expect((await page.goto("/professions/99-0000"))?.status()).toBe(404);
    expect((await page.goto(`/professions/${"x".repeat(3000)}`))?.status()).toBe(404);
    expect((await page.goto("/professions?letter=%3Cscript%3E"))?.status()).toBe(404);
  });

  test("malformed percent-encoding gets the 404 page, not a server error", async ({ page, request }) => {
    const response = await page.goto("/careers/%E0%A4%A");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
    await expect(page.getByRole("main").getByRole("search")).toBeVisible();
    expect((await request.get("/professions/%E0%A4%A")).status()).toBe(404);
    const api = await request.get("/api/v1/occupations/%E0%A4%A");
    expect(api.status()).toBe(400);
    expect(await api.json()).toHaveProperty("error");
    // well-formed encodings are untouched
    expect((await request.get("/careers/registered%2Dnurses")).status()).toBe(200);
  });
});

test("sitemap.xml lists the sections, every career and every group; robots.txt points to it", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  for (const path of ["/", "/careers", "/professions", "/about/data", "/careers/registered-nurses", "/professions/military-specific"]) {
    expect(locs).toContain(path);
  }
  expect(locs.filter((p) => p.startsWith("/careers/")).length).toBeGreaterThan(1000);
  expect(locs.filter((p) => p.startsWith("/professions/"))).toHaveLength(23);
  expect(new Set(locs).size).toBe(locs.length);
  expect(locs).not.toContain("/search");

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
});
