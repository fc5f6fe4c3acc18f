import type { Page, TestInfo } from "@playwright/test";
import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";

/** Navigations are server round trips; on a busy machine they can take longer than the default 5 s. */
const NAV = { timeout: 20_000 };

/** The careers on the current page: one table at every width (on phones its rows show as cards). */
function results(page: Page) {
  return page.getByRole("table", { name: /^Careers/ });
}

/** The filter form: open on desktop; on phones it sits behind a "Filter and sort" disclosure, opened here. */
async function filterForm(page: Page, testInfo: TestInfo) {
  const summary = page.locator("summary", { hasText: "Filter and sort" });
  if (testInfo.project.name === "phone") await summary.click();
  else await expect(summary).toBeHidden();
  const form = page.getByRole("form", { name: "Filter and sort" });
  await expect(form).toBeVisible();
  return form;
}

/** The first career link in the results (not a sortable column heading). */
function firstCareer(page: Page) {
  return results(page).locator("tbody a").first();
}

/** A sortable column heading's link, by the column's name (it goes on to say how it sorts). */
const sortLink = (name: string) => new RegExp(`^${name} ?, sort`);

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

  const list = results(page);
  await expect(list).toBeVisible();
  const pays = await list.locator('tbody td[data-label="Median pay"]').allTextContents();
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

test("the results and the filters are drawn once, as a table or as cards by width", async ({ page }, testInfo) => {
  const phone = testInfo.project.name === "phone";
  await page.goto("/careers?group=29&payMin=60000&sort=growth");
  await expect(page.locator("table")).toHaveCount(1);
  await expect(page.locator('form[action="/careers#results"]')).toHaveCount(1);
  const table = results(page);
  await expect(table.locator("tbody tr")).toHaveCount(25);

  // Phones: each row is a card and each figure shows its column's name above it. Desktop: the column headings say it.
  const row = table.locator("tbody tr").first();
  const pay = row.locator('td[data-label="Median pay"]');
  await expect(pay).toHaveText(/^\$[0-9,]+$/);
  const look = await pay.evaluate((td) => ({
    row: getComputedStyle(td.parentElement!).display,
    label: getComputedStyle(td, "::before").display,
    labelWidth: parseFloat(getComputedStyle(td, "::before").width),
  }));
  if (phone) {
    expect(look.row).toBe("grid");
    expect(look.label).toBe("block");
    expect(look.labelWidth).toBeGreaterThan(0);
  } else {
    expect(look.row).toBe("table-row");
    await expect(table.getByRole("columnheader", { name: "Entry education" })).toBeVisible();
  }

  // The sortable headings are visible links at both widths; the current sort is marked.
  await expect(table.getByRole("columnheader", { name: /^Growth/ })).toHaveAttribute("aria-sort", "descending");
  for (const name of ["Career", "Median pay", "Growth", "Openings a year", "Employment"]) {
    await expect(table.getByRole("link", { name: sortLink(name) })).toBeVisible();
  }
  await expect(table.getByRole("row").nth(1).getByRole("rowheader")).toContainText("Bright outlook");

  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);
});

test("keyboard: Tab goes through the sort headings, the careers and the pages", async ({ page }) => {
  await page.goto("/careers?group=29&payMin=60000&sort=growth");
  const table = results(page);
  const sorts = table.locator("thead a");
  await expect(sorts).toHaveCount(5);
  await sorts.first().focus();
  for (let i = 1; i < 5; i++) {
    await page.keyboard.press("Tab");
    await expect(sorts.nth(i)).toBeFocused();
    await expect(sorts.nth(i)).toBeInViewport();
  }
  await page.keyboard.press("Tab");
  await expect(firstCareer(page)).toBeFocused();

  await table.locator("tbody a").last().focus();
  await page.keyboard.press("Tab");
  const page2 = page.getByRole("navigation", { name: "Pages of careers" }).getByRole("link", { name: "Page 2" });
  await expect(page2).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/careers\?group=29&payMin=60000&sort=growth&page=2#results$/, NAV);

  // A sort heading works from the keyboard too: Growth again, lowest first.
  await results(page).getByRole("link", { name: sortLink("Growth") }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/careers\?group=29&payMin=60000&sort=growth&dir=asc#results$/, NAV);
  await expect(results(page).getByRole("columnheader", { name: /^Growth/ })).toHaveAttribute("aria-sort", "ascending");
});

test("pagination moves through the list with rel prev and next", async ({ page }) => {
  await page.goto("/careers");
  const status = page.getByRole("status");
  await expect(status).toContainText("page 1 of");
  const pages = page.getByRole("navigation", { name: "Pages of careers" });
  const next = pages.getByRole("link", { name: "Next →" });
  await expect(next).toHaveAttribute("rel", "next");
  const firstOnPage1 = await firstCareer(page).textContent();
  await next.click();
  await expect(page).toHaveURL(/\/careers\?page=2#results$/, NAV);
  await expect(status).toContainText("showing 26–50, page 2 of");
  const previous = pages.getByRole("link", { name: "← Previous" });
  await expect(previous).toHaveAttribute("rel", "prev");
  await expect(pages.locator('[aria-current="page"]')).toHaveText("Page 2");
  await expect(firstCareer(page)).not.toHaveText(firstOnPage1!);
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

test("a career in the results opens its profile, which shows the bright-outlook badge and rule", async ({ page }) => {
  await page.goto("/careers?q=nurse+practitioners");
  const link = results(page).getByRole("link", { name: "Nurse Practitioners" });
  await expect(results(page)).toContainText("Bright outlook");
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nurse Practitioners", NAV);
  const outlook = page.getByRole("region", { name: "Outlook" });
  await expect(outlook).toContainText("Bright outlook");
  await expect(outlook).toContainText("This career grows fast");
  await expect(outlook).toContainText("2024–2034 (BLS Employment Projections; criteria modelled on O*NET’s Bright Outlook)");
});

test("bright outlook only, and an empty result says so", async ({ page }) => {
  await page.goto("/careers?bright=1&sort=openings");
  await expect(results(page)).toContainText("Fast Food and Counter Workers");
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
    const list = results(page);
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
