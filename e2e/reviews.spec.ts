import type { Page } from "@playwright/test";
import { expect as baseExpect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";
import { newPage, signUpOrIn } from "./sign-in";

// Sign-up runs argon2id on the server and the machine may be busy.
const expect = baseExpect.configure({ timeout: 15_000 });

// a USER opening /admin/moderation gets the 404 page, which the browser logs
test.use({ allowedConsoleErrors: [/status of 404/] });
// sign-up is rate-limited per client address: each run comes from its own
test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });

const fitsScreen = async (page: Page) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);
};

test("browse and sort companies; the best-companies page publishes its method", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto("/companies");
  await page.getByLabel("Sector").selectOption("Energy");
  await page.getByLabel("Sort").selectOption("rating");
  await page.getByRole("button", { name: "Show companies" }).click();
  await expect(page).toHaveURL(/sector=Energy/);
  await expect(page).toHaveURL(/sort=rating/);
  const cards = page.getByRole("main").getByRole("listitem");
  // rated companies come first, best adjusted rating first
  const ratings = (await cards.allTextContents()).map((t) => Number(/★\s*([\d.]+)/.exec(t)?.[1] ?? "NaN")).filter((n) => !Number.isNaN(n));
  expect(ratings.length).toBeGreaterThan(0);
  expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
  await page.goto("/companies?sort=jobs");
  await expect(cards.first()).toContainText(/[1-9]\d* open jobs?/);
  await fitsScreen(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "companies-by-jobs");

  await page.goto("/companies/best");
  await expect(page.getByRole("heading", { level: 1, name: "Best companies" })).toBeVisible();
  const method = page.getByRole("region", { name: "How we rank" });
  await expect(method).toContainText("score = (C × m + Σ ratings) ÷ (C + n)");
  await expect(method).toContainText("C = 5");
  await expect(method).toContainText(/at least 3/);
  await expect(page.getByRole("table", { name: "Best companies overall" })).toBeVisible();
  await expect(page.getByText(/Not ranked yet \(fewer than 3 reviews\)/)).toBeVisible();
  await fitsScreen(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "best-companies");
  // the top company's profile, and all its reviews, most helpful first
  const top = page.getByRole("table", { name: "Best companies overall" }).getByRole("row").nth(1).getByRole("link");
  const topName = (await top.textContent())!;
  await top.click();
  await expect(page.getByRole("heading", { level: 1, name: topName })).toBeVisible();
  await expect(page.getByRole("region", { name: "Ratings" })).toContainText(/Adjusted rating from \d+ reviews/);
  await expect(page.getByRole("link", { name: `Sign in to review ${topName}` })).toBeVisible();
  await page.getByRole("link", { name: /^All \d+ reviews/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Reviews of ${topName}` })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: "Most helpful first" }).click();
  await expect(page).toHaveURL(/\/reviews\?order=helpful/);
  const helpful = (await page.getByText(/(person|people) found this helpful/).allTextContents()).map((t) => Number(/(\d+)/.exec(t)![1]));
  expect(helpful.length).toBeGreaterThan(1);
  expect(helpful).toEqual([...helpful].sort((a, b) => b - a));
  await expect(page.getByText("Sample review").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "company-reviews-helpful");

  await page.goto("/companies/best");
  await page.getByRole("link", { name: "By headquarters state" }).click();
  await expect(page).toHaveURL(/by=state/);
  // thin data is said, not ranked
  await expect(page.getByText(/nothing to rank it against yet|there is no ranking/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "best-companies-by-state");
});

test("write a review, an editor approves it, it shows on the profile and the company enters the ranking", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  page.on("dialog", (d) => void d.accept());
  // a company with one review too few to be ranked (a sample one); desktop and phone pick different ones
  await page.goto("/companies/best");
  const thin = page.getByText(/Not ranked yet/).first().getByRole("link");
  const names = await thin.evaluateAll((links) =>
    links.filter((a) => /\(2 reviews\)/.test(a.parentElement?.textContent ?? "")).map((a) => ({ name: a.textContent!, href: a.getAttribute("href")! })),
  );
  expect(names.length, "companies with 2 reviews on /companies/best").toBeGreaterThan(1);
  const target = names[testInfo.project.name === "phone" ? 1 : 0];
  const overall = page.getByRole("table", { name: "Best companies overall" });
  await expect(overall.getByRole("link", { name: target.name, exact: true })).toHaveCount(0);

  // a new person signs up and opens the company
  const email = `reviewer-${testInfo.project.name}-${Date.now()}@example.com`;
  await signUpOrIn(page, "Riley Reviewer", email);
  await page.goto(target.href);
  await expect(page.getByRole("heading", { level: 1, name: target.name })).toBeVisible();
  await expect(page.getByRole("table", { name: "Reviews by overall rating" })).toContainText("5 stars");
  await page.getByRole("link", { name: `Write a review of ${target.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Review ${target.name}` })).toBeVisible();

  // an empty form is answered field by field
  await page.getByRole("button", { name: "Send review" }).click();
  await expect(page.getByText("Rate the company overall from 1 to 5.")).toBeVisible();
  await expect(page.getByText("Rate work-life balance from 1 to 5.")).toBeVisible();
  await expect(page.getByText(/Write at least 20 characters about the pros/)).toBeVisible();
  await expect(page.getByText("Say whether you still work there.")).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "review-form-errors");

  const marker = `Run ${Date.now()} ${testInfo.project.name}: mentors who make time for questions.`;
  for (const group of ["Overall", "Pay & benefits", "Work-life balance", "Career growth", "Management", "Culture"]) {
    await page.getByRole("group", { name: group, exact: true }).getByText("5", { exact: true }).click();
  }
  await page.getByLabel("Pros").fill(`${marker} <script>alert(1)</script>`);
  await page.getByLabel("Cons").fill("Quarter-end weeks are long and the parking is far away.");
  await page.getByLabel("Your job title").fill("Staff Accountant");
  await page.getByLabel("Yes, I work there now").check();
  await saveScreenshot(page, testInfo, "review-form");
  await page.getByRole("button", { name: "Send review" }).click();
  await expect(page.getByRole("heading", { name: "Review sent: waiting for moderation" })).toBeVisible();
  await expect(page.getByText("Your job title is mapped to Accountants and Auditors.")).toBeVisible();

  // the author sees it on the profile, marked as waiting; the public list does not have it yet
  await page.goto(target.href);
  const own = page.getByRole("region", { name: "Your review" });
  await expect(own).toContainText("Waiting for moderation");
  await expect(own).toContainText("mapped to Accountants and Auditors");
  await expect(own).toContainText(marker);
  await expect(own).not.toContainText("<script>");
  await expect(page.getByRole("region", { name: "Reviews", exact: true }).getByText(marker)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "company-own-pending");

  // a plain user cannot open the queue
  expect((await page.goto("/admin/moderation"))?.status()).toBe(404);

  // an editor (the e2e admin from ADMIN_EMAILS) approves it in the moderation queue
  const mod = await newPage(browser);
  mod.page.on("dialog", (d) => void d.accept());
  const adminEmail = `e2e-admin-${testInfo.project.name}@example.com`;
  await signUpOrIn(mod.page, "Ada Admin", adminEmail);
  await mod.page.goto("/admin/moderation?kind=pending");
  await expect(mod.page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
  const item = mod.page.getByRole("article").filter({ hasText: marker });
  await expect(item).toContainText(email);
  await expectNoAxeViolations(mod.page);
  await saveScreenshot(mod.page, testInfo, "moderation");
  await item.getByRole("button", { name: /^Approve/ }).click();
  // once decided, it leaves the queue (the page reloads its data)
  await expect(item).toHaveCount(0);

  // anyone sees it on the profile now, and the company has entered the ranking
  const visitor = await newPage(browser);
  await visitor.page.goto(target.href);
  const reviews = visitor.page.getByRole("region", { name: "Reviews", exact: true });
  await expect(reviews.getByText(marker)).toBeVisible();
  await expect(visitor.page.getByRole("region", { name: "At a glance" })).toContainText(/Published reviews\s*3/);
  await fitsScreen(visitor.page);
  await expectNoAxeViolations(visitor.page);
  await saveScreenshot(visitor.page, testInfo, "company-profile");
  await visitor.page.goto("/companies/best");
  await expect(visitor.page.getByRole("table", { name: "Best companies overall" }).getByRole("link", { name: target.name, exact: true })).toBeVisible();
  await visitor.context.close();

  // the decision is in the audit log; reverting it (to keep the next run's thin company thin) takes it out again
  await mod.page.goto(`/admin/audit?actor=${encodeURIComponent(adminEmail)}&action=review.approve`);
  const entry = mod.page.getByRole("listitem").filter({ hasText: "Review approved" }).first();
  await expect(entry).toContainText(target.name);
  await entry.getByRole("button", { name: /Revert/ }).click();
  // once reverted, the entry offers no second revert (the page reloads its data)
  await expect(entry.getByRole("button", { name: /Revert/ })).toHaveCount(0);
  await mod.page.goto("/companies/best");
  await expect(mod.page.getByRole("table", { name: "Best companies overall" }).getByRole("link", { name: target.name, exact: true })).toHaveCount(0);
  await mod.context.close();
});
