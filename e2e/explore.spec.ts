import type { Page, TestInfo } from "@playwright/test";
import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";

/** Navigations are server round trips; on a busy machine they can take longer than the default 5 s. */
const NAV = { timeout: 20_000 };

/** The careers on the current page: the table on desktop, the cards on phones. */
function results(page: Page, testInfo: TestInfo) {
  return testInfo.project.name === "phone"
    ? page.getByRole("list", { name: /^Careers/ })
    : page.getByRole("table", { name: /^Careers/ });
}

/** The filter form; on phones it sits behind a "Filter and sort" disclosure, opened here. */
async function filterForm(page: Page, testInfo: TestInfo) {
  if (testInfo.project.name === "phone") await page.locator("summary", { hasText: "Filter and sort" }).click();
  const form = page.getByRole("form", { name: "Filter and sort" });
  await expect(form).toBeVisible();
  return form;
}

/** The first career link in the results (not a sortable column heading). */
function firstCareer(page: Page, testInfo: TestInfo) {
  return results(page, testInfo).locator(testInfo.project.name === "phone" ? "li > a" : "tbody a").first();
}

/** "$123,456" → 123456. */
const dollars = (text: string) => Number(text.replace(/[^0-9]/g, ""));

test("filter by field and pay, sort by pay: the URL holds the view", async ({ page }, testInfo) => {
  await page.goto("/careers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explore careers");
  const form = await filterForm(page, testInfo);
  await form.getByLabel("Field (SOC major group)").selectOption("15");
  await form.getByLabel("Median pay at least").selectOption("100000");
  await form.getByLabel("Sort by").selectOption("pay");
  await form.getByRole("button", { name: "Show careers" }).click();

  // The submitted form lands on the view's one clean URL.
  await expect(page).toHaveURL(/\/careers\?group=15&payMin=100000&sort=pay#results$/, NAV);
  await expect(page.getByRole("status")).toContainText("careers");
  await expect(page.getByRole("status")).toContainText("by median pay, highest first");
  await expect(page.getByRole("link", { name: /Computer and Mathematical Occupations.*remove this filter/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Pay ≥ \$100,000.*remove this filter/ })).toBeVisible();
  await expect((await filterForm(page, testInfo)).getByLabel("Field (SOC major group)")).toHaveValue("15");

  const list = results(page, testInfo);
  await expect(list).toBeVisible();
  const pays = testInfo.project.name === "phone"
    ? await list.locator("li dl div:first-child dd").allTextContents()
    : await list.locator("tbody tr td:nth-child(2)").allTextContents();
  expect(pays.length).toBeGreaterThan(3);
  const values = pays.map(dollars);
  expect(values.every((v) => v >= 100_000)).toBe(true);
  expect([...values].sort((a, b) => b - a)).toEqual(values);

  // Removing one chip keeps the rest.
  await page.getByRole("link", { name: /Pay ≥ \$100,000.*remove this filter/ }).click();
  await expect(page).toHaveURL(/\/careers\?group=15&sort=pay#results$/, NAV);
  await expect(page.getByRole("link", { name: /Pay ≥/ })).toHaveCount(0);

  // A shared link opens the same view.
  await page.goto("/careers?sort=pay&group=15");
  await expect(page).toHaveURL(/\/careers\?group=15&sort=pay$/, NAV);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/careers\?group=15&sort=pay$/);
  await expect(page).toHaveTitle(/Computer and Mathematical careers/);
});

test("pagination moves through the list with rel prev and next", async ({ page }, testInfo) => {
  await page.goto("/careers");
  const status = page.getByRole("status");
  await expect(status).toContainText("page 1 of");
  const pages = page.getByRole("navigation", { name: "Pages of careers" });
  const next = pages.getByRole("link", { name: "Next →" });
  await expect(next).toHaveAttribute("rel", "next");
  const firstOnPage1 = await firstCareer(page, testInfo).textContent();
  await next.click();
  await expect(page).toHaveURL(/\/careers\?page=2#results$/, NAV);
  await expect(status).toContainText("showing 26–50, page 2 of");
  const previous = pages.getByRole("link", { name: "← Previous" });
  await expect(previous).toHaveAttribute("rel", "prev");
  await expect(pages.locator('[aria-current="page"]')).toHaveText("Page 2");
  await expect(firstCareer(page, testInfo)).not.toHaveText(firstOnPage1!);
  await previous.click();
  await expect(page).toHaveURL(/\/careers#results$/, NAV);
});

test("browse by field sets the group filter", async ({ page }) => {
  await page.goto("/careers");
  const fields = page.getByRole("region", { name: "Browse by field" });
  await expect(fields.getByRole("link")).toHaveCount(23);
  await fields.getByRole("link", { name: /^Healthcare Practitioners and Technical/ }).click();
  await expect(page).toHaveURL(/\/careers\?group=29#results$/, NAV);
  await expect(page.getByRole("link", { name: /Healthcare Practitioners and Technical Occupations.*remove this filter/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Browse by field" }).getByRole("link", { name: /^Healthcare Practitioners/ })).toHaveAttribute(
    "aria-current",
    "true",
  );
});

test("top lists show ten careers each with figures and sources, and their careers open", async ({ page }) => {
  await page.goto("/careers");
  const top = page.getByRole("region", { name: "Top lists" });
  for (const name of ["Highest paying", "Fastest growing", "Most openings", "Most jobs"]) {
    await expect(top.getByRole("list", { name })).toBeVisible();
    await expect(top.getByRole("list", { name }).getByRole("listitem")).toHaveCount(10);
  }
  await expect(top).toContainText("Source: BLS OEWS, May 2025");
  await expect(top).toContainText("Source: BLS Employment Projections, 2024–2034");
  await expect(top.getByRole("list", { name: "Most openings" }).getByRole("listitem").first()).toContainText("Fast Food and Counter Workers");

  const first = top.getByRole("list", { name: "Highest paying" }).getByRole("link").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/careers\/[a-z0-9-]+$/, NAV);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, NAV);
});

test("the home page shows short top lists linking to careers and the full lists", async ({ page }, testInfo) => {
  await page.goto("/");
  const top = page.getByRole("region", { name: "Careers at the top" });
  for (const name of ["Highest paying", "Fastest growing", "Most openings"]) {
    await expect(top.getByRole("list", { name }).getByRole("listitem")).toHaveCount(5);
  }
  await expect(top).toContainText("Source: BLS OEWS, May 2025");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "home-top-lists");
  await top.getByRole("link", { name: "Top 10 fastest growing" }).click();
  await expect(page).toHaveURL(/\/careers#fastest-growing$/, NAV);
  await expect(page.locator("#fastest-growing")).toBeInViewport();
});

test("a career in the results opens its profile, which shows the bright-outlook badge and rule", async ({ page }, testInfo) => {
  await page.goto("/careers?q=nurse+practitioners");
  const link = results(page, testInfo).getByRole("link", { name: "Nurse Practitioners" });
  await expect(results(page, testInfo)).toContainText("Bright outlook");
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nurse Practitioners", NAV);
  const outlook = page.getByRole("region", { name: "Outlook" });
  await expect(outlook).toContainText("Bright outlook");
  await expect(outlook).toContainText("This career grows fast");
  await expect(outlook).toContainText("2024–2034 (BLS Employment Projections; criteria modelled on O*NET’s Bright Outlook)");
});

test("bright outlook only, and an empty result says so", async ({ page }, testInfo) => {
  await page.goto("/careers?bright=1&sort=openings");
  await expect(results(page, testInfo)).toContainText("Fast Food and Counter Workers");
  await expect(page.getByRole("main")).toContainText("criteria modelled on O*NET’s Bright Outlook");

  await page.goto("/careers?group=55&payMin=50000");
  await expect(page.getByRole("status")).toHaveText("No careers match these filters.");
  await page.getByRole("main").getByRole("link", { name: "Clear all filters" }).first().click();
  await expect(page).toHaveURL(/\/careers#results$/, NAV);
  await expect(page.getByRole("status")).toContainText("1,016 careers");
});

test("odd addresses get a note, never an error", async ({ page }) => {
  const response = await page.goto("/careers?group=99&payMin=lots&zone=9&sort=%3Cscript%3E&page=-1&per=7");
  expect(response?.status()).toBe(200);
  const note = page.getByRole("note", { name: "About this address" });
  await expect(note).toContainText("not a SOC major group");
  await expect(note).toContainText("job zones run from 1 to 5");
  await expect(page.getByRole("status")).toContainText("1,016 careers");

  await page.goto("/careers?page=999");
  await expect(page.getByRole("note", { name: "About this address" })).toContainText("showing the last");
  await expect(page.getByRole("status")).toContainText("showing 1001–1016");

  const long = await page.goto(`/careers?q=${"x".repeat(5000)}&payMin=${"9".repeat(40)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explore careers");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form submits as a plain GET", async ({ page }, testInfo) => {
    await page.goto("/careers");
    const form = await filterForm(page, testInfo);
    await form.getByLabel("Title contains").fill("engineers");
    await form.getByLabel("Typical entry education").selectOption("bachelor");
    await form.getByLabel("Bright outlook only").check();
    await form.getByRole("button", { name: "Show careers" }).click();
    await expect(page).toHaveURL(/\/careers\?q=engineers&education=bachelor&bright=1#results$/, NAV);
    await expect(page.getByRole("link", { name: /Title: “engineers”.*remove this filter/ })).toBeVisible();
    const list = results(page, testInfo);
    await expect(list).toContainText("Engineers");
    await expect(list).toContainText("Bright outlook");
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`a filtered view is accessible (${colorScheme})`, async ({ page }, testInfo) => {
    test.slow(); // axe and a full-page screenshot of a long page
    await page.emulateMedia({ colorScheme });
    await page.goto("/careers?group=29&payMin=60000&sort=growth&bright=1");
    await expect(page.getByRole("status")).toContainText("careers");
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, `careers-filtered${colorScheme === "dark" ? "-dark" : ""}`);
  });
}
