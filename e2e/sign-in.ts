import type { Browser, Page } from "@playwright/test";
import { expect as baseExpect } from "./fixtures";

// Sign-up and sign-in run argon2id on the server: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

export const PASSWORD = "lantern orchard pebble sky";

/** Signs up (or, when the address already has an account from an earlier run, signs in). */
export async function signUpOrIn(page: Page, name: string, email: string) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  const exists = page.getByText("An account with this email already exists");
  await expect(page.getByRole("heading", { name: "Saved comparisons" }).or(exists)).toBeVisible();
  if (await exists.isVisible()) {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Saved comparisons" })).toBeVisible();
  }
}

/** A second browser (its own cookies) from another client address. */
export async function newPage(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` } });
  return { context, page: await context.newPage() };
}
