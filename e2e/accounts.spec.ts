import type { Browser, Page, TestInfo } from "@playwright/test";
import { expect as baseExpect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";

// Sign-up, sign-in and password changes run argon2id on the server: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const PASSWORD = "lantern orchard pebble sky";

/** A new address per test and project, so runs and parallel workers never collide. */
/**
 * Each test browses from its own client address (as if behind a proxy that sets X-Forwarded-For), so the
 * per-IP sign-up limit counts this test's sign-ups, not every run's on this machine.
 */
test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });

function newEmail(testInfo: TestInfo, tag: string) {
  return `${tag}-${testInfo.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

async function fillSignUp(page: Page, name: string, email: string) {
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test.describe("saved comparisons", () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("sign up from Save, edit the note, share, open the link signed out, revoke, delete with undo", async ({ page, browser }, testInfo) => {
    test.setTimeout(120_000);
    const email = newEmail(testInfo, "saver");
    const title = "Registered Nurses vs Paramedics";

    // Signed out, "Save comparison" on a comparison page sends people to sign in and back; they create an
    // account on the way.
    await page.goto("/compare/registered-nurses-vs-paramedics");
    await page.getByRole("button", { name: "Save comparison" }).click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/, { timeout: 20_000 });
    await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
    await expect(page).toHaveURL(/\/signup\?callbackUrl=/);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "account-signup");
    await fillSignUp(page, "Sam Saver", email);

    // Back on the save page, the save completes by itself.
    await expect(page.getByText("Saved", { exact: true })).toBeVisible({ timeout: 15_000 });
    await page.getByRole("link", { name: "Open your saved comparison" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const savedUrl = page.url();
    await expect(page.getByRole("link", { name: "Open the full comparison" })).toHaveAttribute("href", "/compare/registered-nurses-vs-paramedics");
    // Then-and-now figures: a table on wide screens, one card per career on phones; each figure names its source.
    const figures = page.getByRole("region", { name: "Then and now" });
    await expect(figures.getByRole("link", { name: "Registered Nurses" }).filter({ visible: true })).toBeVisible();
    await expect(figures.getByText("BLS OEWS, 2025").filter({ visible: true }).first()).toBeVisible();

    // Edit the note.
    await page.getByRole("textbox", { name: "Note" }).fill("Ask both about night shifts.");
    await page.getByRole("button", { name: "Save title and note" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("main")).toContainText("Ask both about night shifts.");

    // Share by link, then open the link in a signed-out browser.
    await page.getByRole("button", { name: "Share: anyone with the link" }).click();
    const shareBox = page.getByLabel("Share link");
    await expect(shareBox).toHaveValue(/\/shared\/[\w-]{20,}$/);
    const shareUrl = await shareBox.inputValue();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "account-saved-item");

    const visitor = await newPage(browser);
    await visitor.page.goto(shareUrl);
    await expect(visitor.page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitor.page.getByRole("main")).toContainText("Shared by Sam Saver");
    await expect(visitor.page.getByRole("main")).toContainText("Ask both about night shifts.");
    await expect(visitor.page.getByRole("button", { name: /Save title and note|Stop sharing/ })).toHaveCount(0);
    await expectNoAxeViolations(visitor.page);
    await saveScreenshot(visitor.page, testInfo, "account-shared");

    // Revoke: the same link now answers 404.
    await page.getByRole("button", { name: "Stop sharing" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link turned off" })).toBeVisible();
    const gone = await visitor.page.goto(shareUrl);
    expect(gone?.status()).toBe(404);
    // The signed-out visitor cannot open the owner's page either.
    await visitor.page.goto(savedUrl);
    await expect(visitor.page.getByRole("main")).toContainText("Sign in to open yours");
    await visitor.context.close();

    // The list: title, careers, note, last changed; delete, undo, delete.
    await page.goto("/saved");
    const item = page.getByRole("listitem").filter({ hasText: title });
    await expect(item).toContainText("Registered Nurses vs Paramedics");
    await expect(item).toContainText("Ask both about night shifts.");
    await expect(item).toContainText("Last changed");
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "account-saved-list");
    await item.getByRole("button", { name: `Delete “${title}”` }).click();
    await expect(page.getByText(`Deleted “${title}”.`)).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: title })).toHaveCount(1);
    await page.getByRole("button", { name: `Delete “${title}”` }).click();
    await expect(page.getByRole("main")).toContainText("Nothing saved yet.");
  });
});

test("sign out everywhere ends the session in a second browser", async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  const email = newEmail(testInfo, "everywhere");
  await page.goto("/signup");
  await fillSignUp(page, "Eve Where", email);
  await expect(page).toHaveURL(/\/saved$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saved comparisons");

  const second = await newPage(browser);
  await signIn(second.page, email);
  await expect(second.page).toHaveURL(/\/saved$/, { timeout: 20_000 });
  await expect(second.page.getByRole("main")).toContainText("Nothing saved yet.");

  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "account-settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin\?signedOut=everywhere/, { timeout: 20_000 });
  await expect(page.getByRole("main")).toContainText("signed out on every device");

  await second.page.reload();
  await expect(second.page.getByRole("main")).toContainText("Sign in to see the comparisons you saved");
  await second.context.close();
});

test("sign-in answers, the account menu, sign out and account deletion", async ({ page, isMobile }, testInfo) => {
  test.setTimeout(90_000);
  const email = newEmail(testInfo, "leaver");
  await page.goto("/signup");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await page.getByLabel("Name").fill("Lee Leaver");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("password1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/too easy to guess/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/saved$/, { timeout: 20_000 });

  // The footer's account links follow suit: no "Sign in" or "Create an account" for someone signed in.
  const footerAccount = page.getByRole("contentinfo").getByRole("navigation", { name: "Account" });
  await expect(footerAccount.getByRole("link", { name: "Saved comparisons" })).toBeVisible();
  await expect(footerAccount.getByRole("link", { name: "Sign in", exact: true })).toHaveCount(0);

  // The header shows the person's menu instead of "Sign in"; signing out from it ends the session.
  const nav = page.getByRole("navigation", { name: "Main" });
  if (isMobile) await nav.locator("summary", { hasText: "Menu" }).click();
  else await nav.locator("summary", { hasText: "Lee Leaver" }).click();
  await expect(nav.getByRole("link", { name: "Account settings" })).toBeVisible();
  await nav.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  if (isMobile) await nav.locator("summary", { hasText: "Menu" }).click();
  await expect(nav.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await expect(footerAccount.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();

  // Wrong password and unknown email get the same answer.
  await signIn(page, email, "not my password at all");
  await expect(page.getByRole("status").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "account-signin-error");
  await signIn(page, `nobody-${email}`, "not my password at all");
  await expect(page.getByRole("status").filter({ hasText: "That email and password do not match an account." })).toBeVisible();

  // Delete the account: it asks for the email first, then everything goes.
  await signIn(page, email);
  await expect(page).toHaveURL(/\/saved$/, { timeout: 20_000 });
  await page.goto("/account");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type your email address exactly to confirm.")).toBeVisible();
  await page.getByLabel(/Type your email address/).fill(email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/\?accountDeleted=1$/, { timeout: 20_000 });
  await signIn(page, email);
  await expect(page.getByRole("status").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
});
