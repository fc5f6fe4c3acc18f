import type { TestInfo } from "@playwright/test";
import { expect as baseExpect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";
import { newPage, signUpOrIn } from "./sign-in";

// Sign-up and sign-in run argon2id on the server: allow for a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

// a USER opening /admin/jobs gets the 404 page, which the browser logs
test.use({ allowedConsoleErrors: [/status of 404/] });
test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });

const newEmail = (testInfo: TestInfo, tag: string) => `${tag}-${testInfo.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

test("an admin makes someone an editor, sees it in the audit log; the editor edits a posting and the public page shows it", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  // the first admin comes from ADMIN_EMAILS (set for the e2e server in playwright.config.ts)
  const adminEmail = `e2e-admin-${testInfo.project.name}@example.com`;
  await signUpOrIn(page, "Ada Admin", adminEmail);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "admin-overview");

  // someone signs up as an ordinary user: /admin does not exist for them
  const editorEmail = newEmail(testInfo, "editor");
  const other = await newPage(browser);
  await signUpOrIn(other.page, "Eddie Editor", editorEmail);
  const denied = await other.page.goto("/admin/jobs");
  expect(denied?.status()).toBe(404);

  // the admin finds them and makes them an editor
  await page.goto(`/admin/users?q=${encodeURIComponent(editorEmail)}`);
  await expect(page.getByText("1 account")).toBeVisible();
  await page.getByLabel(`Role of ${editorEmail}`).selectOption("EDITOR");
  await page.getByRole("button", { name: `Change role of ${editorEmail}` }).click();
  await expect(page.getByText("Role changed.")).toBeVisible();
  await expect(page.getByText(/^Editor · joined/)).toBeVisible();
  await expect(page.getByLabel(`Role of ${editorEmail}`)).toHaveValue("EDITOR");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "admin-users");

  await page.goto(`/admin/audit?actor=${encodeURIComponent(adminEmail)}&action=user.role`);
  const entry = page.getByRole("listitem").filter({ hasText: `Account ${editorEmail}` }).first();
  await expect(entry).toContainText("Role changed");
  await expect(entry.getByRole("row", { name: /role/ })).toContainText("EDITOR");
  await expect(entry.getByRole("button", { name: /Revert/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "admin-audit");

  // the editor's session picks up the new role on its next request
  const marker = `Edited in the e2e run ${Date.now()} on ${testInfo.project.name}.`;
  const id = testInfo.project.name === "phone" ? "sample-0043" : "sample-0042";
  await other.page.goto("/admin/jobs");
  await expect(other.page.getByRole("heading", { level: 1, name: "Job postings" })).toBeVisible();
  await other.page.goto(`/admin/jobs/${id}/edit`);
  await expect(other.page.getByRole("heading", { level: 1, name: "Edit job posting" })).toBeVisible();
  await expectNoAxeViolations(other.page);
  // a second tab holds the same version, to be saved after the first one
  const stale = await other.context.newPage();
  await stale.goto(`/admin/jobs/${id}/edit`);
  await expect(stale.getByRole("heading", { level: 1, name: "Edit job posting" })).toBeVisible();
  // a bad value is answered next to its field
  const payMin = other.page.getByLabel("Pay from");
  const before = await payMin.inputValue();
  await payMin.fill("lots");
  await other.page.getByRole("button", { name: "Save posting" }).click();
  await expect(other.page.getByText("Enter the minimum pay as a number.")).toBeVisible();
  await expect(payMin).toHaveAttribute("aria-invalid", "true");
  await payMin.fill(before);
  await other.page.getByLabel("Description (markdown)").fill(marker);
  await other.page.getByRole("button", { name: "Save posting" }).click();
  await expect(other.page.getByText("Saved. The public page shows it now.")).toBeVisible();
  await saveScreenshot(other.page, testInfo, "admin-job-edit");

  // the stale tab's save is refused and shows both versions; the editor merges and saves over it
  const payMax = stale.getByLabel("Pay up to");
  const higher = String(Number(await payMax.inputValue()) + 1000);
  await payMax.fill(higher);
  await stale.getByRole("button", { name: "Save posting" }).click();
  const conflict = stale.getByRole("region", { name: /Someone else saved this posting/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("row", { name: /Description/ })).toContainText(marker);
  await expect(conflict.getByRole("row", { name: /Pay up to/ })).toContainText(higher);
  await expectNoAxeViolations(stale);
  await saveScreenshot(stale, testInfo, "admin-job-conflict");
  await stale.getByLabel("Description (markdown)").fill(marker);
  await stale.getByRole("button", { name: "Save posting" }).click();
  await expect(stale.getByText("Saved. The public page shows it now.")).toBeVisible();

  // the public page, loaded fresh by someone signed out
  const visitor = await newPage(browser);
  await visitor.page.goto(`/jobs/${id}`);
  await expect(visitor.page.getByText(marker)).toBeVisible();
  await expect(visitor.page.getByRole("main")).toContainText(Number(higher).toLocaleString("en-US"));
  await visitor.context.close();

  // the admin sees the editor's change in the log
  await page.goto(`/admin/audit?actor=${encodeURIComponent(editorEmail)}`);
  // two edits: the description, then the merged save that raised the pay
  const edits = page.getByRole("listitem").filter({ hasText: "Posting edited" });
  await expect(edits).toHaveCount(2);
  await expect(edits.filter({ hasText: marker })).toHaveCount(1);
  await expect(edits.first()).toContainText(higher);
  await other.context.close();
});

test("signed out, /admin asks to sign in", async ({ page }, testInfo) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", /callbackUrl=%2Fadmin%2Fusers/);
  await expectNoAxeViolations(page);
  void testInfo;
});
