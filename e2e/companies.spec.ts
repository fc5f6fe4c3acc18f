import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";

const fitsScreen = async (page: import("@playwright/test").Page) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    const suffix = colorScheme === "dark" ? "-dark" : "";

    test("the company list pages through the S&P 500 by name", async ({ page }, testInfo) => {
      const response = await page.goto("/companies");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explore companies");
      await expect(page.getByRole("status")).toHaveText("1–24 of 500 companies");
      const cards = page.getByRole("main").getByRole("listitem");
      await expect(cards).toHaveCount(24);
      await expect(cards.first()).toContainText("3M");
      await expect(page.getByRole("main")).toContainText("Source: S&P 500 constituents");
      await fitsScreen(page);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, `companies${suffix}`);
    });

    test("a company profile shows its facts with their source and its peers", async ({ page }, testInfo) => {
      const response = await page.goto("/companies/3m");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("3M");
      const facts = page.getByRole("region", { name: "Facts" });
      for (const text of ["Industrials", "Industrial Conglomerates", "Saint Paul, Minnesota", "1902", "MMM", "66740"]) {
        await expect(facts).toContainText(text);
      }
      await expect(facts).toContainText("Source: S&P 500 constituents");
      await expect(page.getByRole("region", { name: "Ratings" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Open jobs" })).toBeVisible();
      const peers = page.getByRole("region", { name: "Peers in Industrials" });
      await expect(peers.getByRole("listitem")).toHaveCount(8);
      await expect(peers.getByRole("link", { name: /All 83 Industrials companies/ })).toHaveAttribute("href", "/companies?sector=Industrials");
      await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", /\/companies\/3m$/);
      await fitsScreen(page);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, `company${suffix}`);
    });
  });
}

test("filters and search live in the URL", async ({ page }) => {
  await page.goto("/companies");
  await page.getByLabel("Sector").selectOption("Energy");
  await page.getByRole("button", { name: "Show companies" }).click();
  await expect(page).toHaveURL(/\/companies\?.*sector=Energy/);
  await expect(page.getByRole("status")).toHaveText("1–21 of 21 companies");
  await expect(page.getByLabel("Sector")).toHaveValue("Energy");

  await page.getByLabel("Headquarters").selectOption("Texas");
  await page.getByRole("button", { name: "Show companies" }).click();
  await expect(page).toHaveURL(/state=Texas/);
  const texas = page.getByRole("main").getByRole("listitem");
  expect(await texas.count()).toBeGreaterThan(0);
  for (const text of await texas.allTextContents()) expect(text).toContain("Texas");

  await page.goto("/companies?q=MMM");
  await expect(page.getByRole("main").getByRole("listitem").first()).toContainText("3M");
  await page.goto("/companies?q=zzzz-no-such-company");
  await expect(page.getByRole("status")).toHaveText("No companies match this view.");
  await expect(page.getByRole("main").getByRole("link", { name: "clear the filters" })).toHaveAttribute("href", "/companies");
});

test("pages move forward and odd parameters fall back to defaults", async ({ page }) => {
  await page.goto("/companies");
  await page.getByRole("navigation", { name: "Pages of companies" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/companies\?page=2$/);
  await expect(page.getByRole("status")).toHaveText("25–48 of 500 companies");
  await page.goto("/companies?page=999");
  await expect(page.getByRole("status")).toContainText("past the end");
  const odd = await page.goto("/companies?page=-3&sort=%3Cscript%3E&limit=99999&sector=");
  expect(odd?.status()).toBe(200);
  await expect(page.getByRole("status")).toHaveText("1–24 of 500 companies");
});

test("the companies API lists and describes companies", async ({ request }) => {
  const list = await request.get("/api/v1/companies?sector=Energy&limit=5");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body).toMatchObject({ total: 21, page: 1, limit: 5, pageCount: 5 });
  expect(body.companies).toHaveLength(5);
  expect(body.companies[0]).toMatchObject({ sector: "Energy", source: expect.stringContaining("S&P 500") });

  const one = await request.get("/api/v1/companies/3m");
  expect(one.status()).toBe(200);
  expect((await one.json()).company).toMatchObject({ name: "3M", ticker: "MMM", cik: "66740" });
  expect((await request.get("/api/v1/companies/no-such-company")).status()).toBe(404);
});

test.describe("unknown companies", () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("an unknown or odd slug is a 404 with a search box, never markup", async ({ page }, testInfo) => {
    page.on("dialog", () => {
      throw new Error("a slug ran as script");
    });
    const response = await page.goto("/companies/%E2%9C%93-%3Cb%3Ebold%3C%2Fb%3E");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that company");
    await expect(page.getByRole("main").getByRole("search")).toBeVisible();
    await expect(page.locator("main b")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "company-not-found");
    expect((await page.goto(`/companies/${"x".repeat(3000)}`))?.status()).toBe(404);
  });

  test("a differently cased slug redirects to the canonical one", async ({ page }) => {
    await page.goto("/companies/3M");
    await expect(page).toHaveURL(/\/companies\/3m$/);
  });
});
