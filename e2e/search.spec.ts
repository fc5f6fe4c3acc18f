import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";
import { mainNav, openMenuIfCollapsed } from "./site-shell";

// A fresh server builds its title index on the first search (a few seconds): do that before the timed steps.
test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  expect((await api.get("/api/v1/search?q=nurse&limit=1", { timeout: 110_000 })).status()).toBe(200);
  await api.dispose();
});

/** The header search box: in the bar on wide screens, behind "Menu" on phones. */
async function headerBox(page: Page) {
  await openMenuIfCollapsed(page);
  return mainNav(page).getByRole("combobox", { name: "Find specific jobs" });
}

test("the header box suggests careers as you type and opens one from the keyboard", async ({ page }, testInfo) => {
  await page.goto("/careers");
  const box = await headerBox(page);
  await box.click();
  await box.pressSequentially("registered nur", { delay: 30 });

  const listbox = page.getByRole("listbox", { name: "Suggested careers" });
  await expect(listbox).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const options = listbox.getByRole("option");
  await expect(options.first()).toContainText("Registered Nurses");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "search-typeahead");

  // Down moves the active option (the box keeps focus), Up wraps, Escape closes the list
  await box.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
  await expect(box).toBeFocused();
  await box.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await box.press("ArrowUp");
  await box.press("Escape");
  await expect(listbox).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).toHaveValue("registered nur");

  // reopen, choose the first suggestion with Enter: the career page opens
  await box.press("ArrowDown");
  await expect(listbox).toBeVisible();
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/careers\/registered-nurses$/);
});

test("Enter with no suggestion chosen runs the full search", async ({ page }) => {
  await page.goto("/");
  const box = await headerBox(page);
  await box.fill("sr desktop support tech");
  await expect(page.getByRole("listbox", { name: "Suggested careers" }).first()).toBeVisible();
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=sr\+desktop\+support\+tech$/);
  const results = page.getByRole("main").getByRole("list", { name: /match/ });
  await expect(results.getByRole("link").first()).toHaveAttribute("href", "/careers/computer-user-support-specialists");
});

test("the search page lists the occupations a title may mean", async ({ page }, testInfo) => {
  await page.goto("/search?q=registered+nurse");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find specific jobs");
  await expect(page.getByRole("status")).toContainText("registered nurse");
  const results = page.getByRole("main").getByRole("list", { name: /match/ });
  const first = results.getByRole("listitem").first();
  await expect(first).toContainText("Registered Nurses");
  await expect(first).toContainText("SOC 29-1141");
  await expect(first.getByRole("link")).toHaveAttribute("href", "/careers/registered-nurses");
  expect(await results.getByRole("listitem").count()).toBeGreaterThan(1);
  await expect(page.getByRole("main").getByRole("combobox", { name: "Find specific jobs" })).toHaveValue("registered nurse");
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(page.viewportSize()!.width);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "search-results");

  // an ambiguous title shows which title matched
  await page.goto("/search?q=support+technician");
  await expect(page.getByRole("main").getByText("Matched title:").first()).toBeVisible();
});

test("a search that finds nothing says so and offers a way on", async ({ page }, testInfo) => {
  await page.goto("/search?q=qqqxzzv");
  await expect(page.getByRole("status")).toContainText("No occupation matches");
  await expect(page.getByRole("heading", { name: "Suggestions" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Registered nurse" })).toHaveAttribute("href", "/search?q=registered%20nurse");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "search-no-match");

  await page.goto("/search");
  await expect(page.getByRole("status")).toContainText("Type a job title");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "search-empty");
});

test("the search API answers in the documented shape and refuses bad input", async ({ request }) => {
  const ok = await request.get("/api/v1/search?q=truck+driver&limit=3");
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { results: Record<string, unknown>[] };
  expect(body.results).toHaveLength(3);
  expect(body.results[0]).toMatchObject({ slug: "heavy-and-tractor-trailer-truck-drivers", socCode: "53-3032", onetCode: "53-3032.00" });
  for (const bad of ["", "?q=", "?q=nurse&limit=0", `?q=${"a".repeat(201)}`]) {
    const response = await request.get(`/api/v1/search${bad}`);
    expect(response.status(), bad).toBe(400);
    expect(Object.keys(await response.json())).toEqual(["error"]);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search box is a plain form", async ({ page }) => {
    await page.goto("/search");
    const box = page.getByRole("main").getByRole("combobox", { name: "Find specific jobs" });
    await box.fill("truck driver");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=truck\+driver$/);
    await expect(page.getByRole("main").getByRole("link").first()).toBeVisible();
    await expect(page.getByRole("main").getByRole("list", { name: /match/ }).getByRole("link").first()).toHaveAttribute(
      "href",
      "/careers/heavy-and-tractor-trailer-truck-drivers",
    );
  });
});
