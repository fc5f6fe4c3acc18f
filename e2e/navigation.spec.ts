import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";
import { mainNav, openMenuIfCollapsed } from "./site-shell";

test("the current section is marked with aria-current", async ({ page }) => {
  await page.goto("/companies/best");
  await openMenuIfCollapsed(page);
  const nav = mainNav(page);
  await expect(nav.getByRole("link", { name: "Best companies" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Explore companies" })).not.toHaveAttribute("aria-current");

  await page.goto("/careers/registered-nurses");
  await openMenuIfCollapsed(page);
  await expect(nav.getByRole("link", { name: "Explore careers" })).toHaveAttribute("aria-current", "true");
  await expect(nav.getByRole("link", { name: "Explore jobs" })).not.toHaveAttribute("aria-current");
});

test("the header search box finds specific jobs", async ({ page }) => {
  await page.goto("/careers");
  await openMenuIfCollapsed(page);
  const box = mainNav(page).getByRole("combobox", { name: "Find specific jobs" });
  await box.fill("dental hygienist");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=dental\+hygienist$/);
  await expect(page.getByRole("status")).toContainText("dental hygienist");
  await expect(page.getByRole("main").getByRole("combobox", { name: "Find specific jobs" })).toHaveValue(
    "dental hygienist",
  );
});

test("the search page copes with empty, repeated and hostile queries", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByRole("status")).toContainText("Type a job title");

  await page.goto("/search?q=");
  await expect(page.getByRole("status")).toContainText("Type a job title");

  page.on("dialog", () => {
    throw new Error("a query ran as script");
  });
  await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}&q=second`);
  await expect(page.getByRole("status")).toContainText("<script>alert(1)</script>");
  await expect(page.getByRole("status")).not.toContainText("second");

  await page.goto(`/search?q=${"a".repeat(5000)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find specific jobs");
});

test("odd comparison addresses get a clear answer", async ({ page }) => {
  // (odd company slugs are now a real 404: see e2e/companies.spec.ts)
  // one career is not a comparison: the builder opens with it, and says what an address looks like
  await page.goto("/compare/just-one-career");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare careers");
  await expect(page.getByRole("main")).toContainText("-vs-");
  await expect(page.getByRole("list", { name: "Careers to compare" })).toContainText("Just One Career");

  await page.goto("/compare/a-vs-b-vs-c-vs-d-vs-e");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare up to four careers at a time");
});

test.describe("unknown addresses", () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("show a friendly 404 with a way home", async ({ page }, testInfo) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
    await expect(page.getByRole("main").getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "not-found");
  });
});

test.describe("phone menu", () => {
  test.skip(({ isMobile }) => !isMobile, "the menu is only shown on phones");

  test("opens and closes from the keyboard and closes after navigating", async ({ page }, testInfo) => {
    await page.goto("/");
    const toggle = mainNav(page).locator("summary");
    const careers = mainNav(page).getByRole("link", { name: "Explore careers" });

    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // logo
    await page.keyboard.press("Tab"); // menu toggle
    await expect(toggle).toBeFocused();
    await expect(careers).toBeHidden();

    await page.keyboard.press("Enter");
    await expect(careers).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "menu-open");

    await page.keyboard.press("Escape");
    await expect(careers).toBeHidden();
    await expect(toggle).toBeFocused();

    await page.keyboard.press("Space");
    await expect(careers).toBeVisible();
    await careers.click();
    await expect(page).toHaveURL(/\/careers$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explore careers");
    await expect(careers).toBeHidden();
  });
});
