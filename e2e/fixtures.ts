import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";

type Fixtures = {
  /** Console messages matching one of these are expected (e.g. the 404 document on a not-found test). */
  allowedConsoleErrors: RegExp[];
};

/**
 * `test` with a `page` that fails the test on any console error or uncaught page error,
 * unless the test lists it in `allowedConsoleErrors`.
 */
export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, run) => {
    const errors: string[] = [];
    const allowed = (text: string) => allowedConsoleErrors.some((pattern) => pattern.test(text));
    page.on("console", (message) => {
      if (message.type() === "error" && !allowed(message.text())) errors.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => {
      if (!allowed(error.message)) errors.push(`page error: ${error.message}`);
    });
    await run(page);
    expect(errors, "the page logged errors").toEqual([]);
  },
});

export { expect };

const screenshotDir = path.join(import.meta.dirname, "screenshots");

/** Saves a full-page screenshot as e2e/screenshots/<project>-<name>.png (git-ignored) for a human to look at. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${testInfo.project.name}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
}

/** Runs axe against WCAG 2 A and AA and fails with a readable list of what it found. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next re-renders the page's metadata after a server action refreshes it, and axe once ran in that moment
  // (document-title, 2026-11-29). Wait for the title first; a page without one still fails, here.
  await expect(page, "the page has a title").toHaveTitle(/\S/);
  const analyze = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  let results = await analyze();
  if (results.violations.some((violation) => violation.id === "document-title")) {
    // the refresh swapped the <title> while axe ran (it did again on 2026-11-29): look once more when it is back
    await expect(page, "the page has a title").toHaveTitle(/\S/);
    results = await analyze();
  }
  const found = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  expect(found, "axe violations").toEqual([]);
}
