import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";

/** Career profiles with known figures from the real data (BLS OEWS May 2025, EP 2024–34). */
const careers = [
  {
    slug: "computer-user-support-specialists",
    heading: "Computer User Support Specialists",
    median: "$61,860",
    hourly: "$29.74/hr",
    growth: "−3.7%",
    noFigures: false,
  },
  { slug: "registered-nurses", heading: "Registered Nurses", median: "$97,550", hourly: "$46.90/hr", growth: "+4.9%", noFigures: false },
  // BLS publishes no pay for military occupations: the page says so instead of showing zeros.
  { slug: "air-crew-officers", heading: "Air Crew Officers", median: null, hourly: null, growth: null, noFigures: true },
] as const;

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const career of careers) {
      test(`career profile: ${career.slug}`, async ({ page }, testInfo) => {
        const response = await page.goto(`/careers/${career.slug}`);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(career.heading);
        await expect(page).toHaveTitle(new RegExp(career.heading));

        for (const section of ["What they do", "Pay", "Outlook", "How to get in", "Who does it", "Related careers"]) {
          await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
        }

        const glance = page.getByRole("region", { name: "At a glance" });
        if (career.median) await expect(glance).toContainText(career.median);
        if (career.hourly) await expect(glance).toContainText(career.hourly);
        if (career.growth) await expect(glance).toContainText(career.growth);
        if (career.noFigures) {
          await expect(page.getByRole("main")).toContainText("BLS publishes no pay or employment figures");
          await expect(page.getByRole("main")).not.toContainText("$0");
        } else {
          await expect(page.getByRole("main")).toContainText("Source: BLS OEWS, May 2025");
        }

        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);

        await expectNoAxeViolations(page);
        await saveScreenshot(page, testInfo, `career-${career.slug}${colorScheme === "dark" ? "-dark" : ""}`);
      });
    }
  });
}

test("the pay section shows percentiles, the trend and the top states with their sources", async ({ page }) => {
  await page.goto("/careers/computer-user-support-specialists");
  const pay = page.getByRole("region", { name: "Pay" });
  await expect(pay.getByRole("table", { name: /Annual pay percentiles, May 2025/ })).toContainText("$100,540");
  await expect(pay.getByRole("img", { name: /Annual pay by year/ })).toBeVisible();
  await expect(pay.getByRole("table", { name: /Highest paying states/ })).toContainText("California");
  await expect(pay.getByRole("table", { name: /Highest paying states/ }).getByRole("row")).toHaveCount(5 + 1);
  await expect(pay).toContainText("Metropolitan areas only");
  await expect(pay).toContainText("BLS OEWS, May 2024");
});

test("the pay page shows every state on a map and in a table, metros and industries", async ({ page }, testInfo) => {
  await page.goto("/careers/computer-user-support-specialists");
  await page.getByRole("region", { name: "Pay" }).getByRole("link", { name: "Pay in every state, metro area and industry" }).click();
  await expect(page).toHaveURL(/\/careers\/computer-user-support-specialists\/pay$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Computer User Support Specialists: pay by state, metro area and industry");
  const main = page.getByRole("main");
  await expect(main.getByRole("img", { name: /Median annual pay by state, May 2025/ })).toBeVisible();
  const table = main.getByRole("region", { name: "Pay by state table" }).getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(51 + 1);
  await expect(table).toContainText("Wyoming");
  await expect(main.getByRole("table", { name: /Lowest paying states/ })).toBeVisible();
  await expect(main.getByRole("table", { name: /Highest paying metropolitan areas/ }).getByRole("row")).toHaveCount(10 + 1);
  await expect(main.getByRole("table", { name: /Best paying industry sectors/ })).toBeVisible();
  await expect(main).toContainText("Source: BLS OEWS, May 2025 (state estimates");
  await expect(main.getByRole("link", { name: "Back to the Computer User Support Specialists profile" })).toBeVisible();
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "career-pay");
});

test("related careers link to their profiles", async ({ page }) => {
  await page.goto("/careers/computer-user-support-specialists");
  const related = page.getByRole("region", { name: "Related careers" });
  const first = related.getByRole("link").first();
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/careers\/[a-z0-9-]+$/);
});

test.describe("unknown career", () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test("an unknown slug is a real 404 with a search box", async ({ page }, testInfo) => {
    const response = await page.goto("/careers/no-such-career-here");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that career");
    await expect(page.getByRole("main").getByRole("search")).toBeVisible();
    await expect(page.getByRole("main").getByLabel("Find specific jobs")).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "career-not-found");
  });
});

test("the occupations API answers by SOC and O*NET-SOC code, with sources", async ({ request }) => {
  const soc = await request.get("/api/v1/occupations/15-1232");
  expect(soc.status()).toBe(200);
  const body = await soc.json();
  expect(body.occupation.onetCode).toBe("15-1232.00");
  expect(body.figures.medianAnnualWage).toMatchObject({ value: 61860, source: "BLS OEWS", year: 2025 });
  expect((await request.get("/api/v1/occupations/15-1232.00")).status()).toBe(200);
  expect((await request.get("/api/v1/occupations/not-a-code")).status()).toBe(400);
  expect((await request.get("/api/v1/occupations/%25")).status()).toBe(400);
  const bad = await request.get("/api/v1/occupations/%3Cscript%3E");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: "bad_code" });
  expect((await request.get("/api/v1/occupations/99-9998")).status()).toBe(404);
});
