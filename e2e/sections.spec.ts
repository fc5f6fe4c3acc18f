import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";
import { onetAttribution, routes, sectionLinks } from "./routes";
import { mainNav, openMenuIfCollapsed } from "./site-shell";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const route of routes) {
      test(`${route.name}: ${route.path}`, async ({ page }, testInfo) => {
        const response = await page.goto(route.path);
        expect(response?.status()).toBe(200);

        await expect(page.getByRole("heading", { level: 1 })).toHaveText(route.heading);
        await expect(page.getByRole("banner")).toBeVisible();
        await expect(mainNav(page)).toBeVisible();
        await expect(page.getByRole("main")).toBeVisible();

        const footer = page.getByRole("contentinfo");
        await expect(footer).toContainText(onetAttribution);
        await expect(footer).toContainText("O*NET 30.1");
        for (const source of ["OEWS", "Employment Projections", "CPS", "SOC 2018", "NCES IPEDS"]) {
          await expect(footer).toContainText(source);
        }
        await expect(footer.getByRole("link", { name: "About the data" })).toHaveAttribute("href", "/about/data");

        // The skip link is the first Tab stop and hands focus to <main>.
        await page.keyboard.press("Tab");
        const skipLink = page.getByRole("link", { name: "Skip to main content" });
        await expect(skipLink).toBeFocused();
        await expect(skipLink).toBeVisible();
        await page.keyboard.press("Enter");
        await expect(page.locator("main#main")).toBeFocused();

        // Nothing is wider than the screen. (On phones the browser widens the layout to fit overflowing content,
        // so compare with the configured viewport, not window.innerWidth.)
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);

        await expectNoAxeViolations(page);
        await saveScreenshot(page, testInfo, colorScheme === "light" ? route.name : `${route.name}-dark`);

        // Every section is one tap or click away (behind "Menu" on phones), and so is the title search.
        await openMenuIfCollapsed(page);
        const nav = mainNav(page);
        for (const link of sectionLinks) {
          await expect(nav.getByRole("link", { name: link.name, exact: true })).toHaveAttribute("href", link.href);
          await expect(nav.getByRole("link", { name: link.name, exact: true })).toBeVisible();
        }
        await expect(nav.getByRole("combobox", { name: "Find specific jobs" })).toBeVisible();
      });
    }
  });
}
