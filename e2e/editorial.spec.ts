import { expect as baseExpect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";
import { newPage, signUpOrIn } from "./sign-in";

// saving a role rebuilds this server's title index (seconds; much longer on a busy machine) and signing in runs
// argon2id: allow for that
const expect = baseExpect.configure({ timeout: 60_000 });

test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });

// careers no other spec opens, so no render of theirs races the save (lib/data/refresh.ts explains that race)
const CAREERS = {
  desktop: { slug: "web-developers", title: "Web Developers", query: "web developer" },
  phone: { slug: "dietitians-and-nutritionists", title: "Dietitians and Nutritionists", query: "dietitian" },
};

test("an editor changes an occupation's description and creates a curated role; career, comparison and search pages show them on the next load, for everyone", async ({ page, browser }, testInfo) => {
  test.setTimeout(420_000);
  const project = testInfo.project.name as keyof typeof CAREERS;
  const career = CAREERS[project] ?? CAREERS.desktop;
  const run = Date.now().toString(36);
  const marker = `Edited description ${run} on ${project}.`;
  await signUpOrIn(page, "Ada Admin", `e2e-admin-${project}@example.com`);

  // find the occupation by a job title and edit it
  await page.goto(`/admin/careers?q=${encodeURIComponent(career.query)}`);
  await page.getByRole("link", { name: career.title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit: ${career.title}` })).toBeVisible();
  await page.getByLabel("Description (markdown)").fill(`${marker}\n\n- It says **who** does it.\n- <script>alert(1)</script> stays text.`);
  await page.getByRole("button", { name: "Add a figure" }).click();
  // (the database outlives runs: earlier runs' figures are above this one)
  const fig = page.getByRole("group", { name: /^Figure \d+$/ }).last();
  await fig.getByLabel("Label").fill("Openings posted in Ohio");
  await fig.getByLabel("Value").fill("1250");
  await fig.getByLabel("Unit").fill("postings");
  await fig.getByLabel("Year").fill("2025");
  await fig.getByLabel("Source (publisher)").fill("Ohio LMI");
  // a figure without a valid source is refused, field by field
  await fig.getByLabel("Source address (https://…)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save edits" }).click();
  await expect(page.getByText("Give the source's address, starting with https:// or http://.")).toBeVisible();
  await fig.getByLabel("Source address (https://…)").fill("https://ohiolmi.com/");
  await page.getByRole("button", { name: "Save edits" }).click();
  await expect(page.getByText("Saved. The career page, comparisons and search show it now.")).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "admin-career-edit");

  // anyone, on the next load: the career page and a comparison including it
  const visitor = await newPage(browser);
  await visitor.page.goto(`/careers/${career.slug}`);
  await expect(visitor.page.getByText(marker)).toBeVisible();
  await expect(visitor.page.getByText("Written by Careerlens editors", { exact: false }).first()).toBeVisible();
  await expect(visitor.page.getByText("<script>alert(1)</script> stays text.")).toBeVisible();
  await expect(visitor.page.getByText("Openings posted in Ohio").first()).toBeVisible();
  await saveScreenshot(visitor.page, testInfo, "career-edited");
  await visitor.page.goto(`/compare/${career.slug}-vs-accountants-and-auditors`);
  await expect(visitor.page.getByText(marker)).toBeVisible();

  // a curated role based on it
  const name = `Bench Lead ${project} ${run}`;
  const slug = name.toLowerCase().replace(/\s+/g, "-");
  await page.goto("/admin/roles/new");
  await page.getByLabel("Role name").fill(name);
  await page.getByLabel("Search occupations").fill(career.query);
  await page.getByRole("option").first().click();
  await expect(page.locator("#role-occupation-current")).toContainText("its official figures show");
  const roleText = `The role ${run}: leads the bench.`;
  await page.getByLabel("Description (markdown)").fill(roleText);
  await page.getByLabel("Alternative titles").fill(`Bench Boss ${run}`);
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByText("Role created.")).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "admin-role-edit");

  await visitor.page.goto(`/careers/${slug}`);
  await expect(visitor.page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(visitor.page.getByText(roleText)).toBeVisible();
  await expect(visitor.page.getByText(/A role curated by Careerlens editors, based on/)).toBeVisible();
  await saveScreenshot(visitor.page, testInfo, "role-page");
  await visitor.page.goto(`/compare/${slug}-vs-accountants-and-auditors`);
  await expect(visitor.page.getByRole("heading", { level: 1, name: new RegExp(`^${name} vs`) })).toBeVisible();
  await expect(visitor.page.getByText(roleText)).toBeVisible();
  await expect(visitor.page.getByText(/a curated role, based on/)).toBeVisible();
  await saveScreenshot(visitor.page, testInfo, "role-comparison");
  await visitor.page.goto(`/search?q=${encodeURIComponent(`bench boss ${run}`)}`);
  await expect(visitor.page.getByRole("link", { name: new RegExp(name) }).first()).toBeVisible();

  // two tabs on one role: the later save is refused and both versions are shown
  const roleUrl = page.url().replace(/\?.*$/, "");
  const stale = await page.context().newPage();
  await stale.goto(roleUrl);
  await page.goto(roleUrl);
  await page.getByLabel("Description (markdown)").fill(`${roleText} First tab.`);
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByText("Saved. The role's page, comparisons and search show it now.")).toBeVisible();
  await stale.getByLabel("Description (markdown)").fill(`${roleText} Second tab.`);
  await stale.getByRole("button", { name: "Save role" }).click();
  await expect(stale.getByRole("heading", { name: /Someone else saved this role/ })).toBeVisible();
  await expect(stale.getByRole("cell", { name: `${roleText} First tab.` })).toBeVisible();
  await expect(stale.getByLabel("Description (markdown)")).toHaveValue(`${roleText} Second tab.`);
  await expectNoAxeViolations(stale);
  await saveScreenshot(stale, testInfo, "admin-role-conflict");

  // the audit log lists both kinds of change with a revert button
  await page.goto("/admin/audit?entity=Occupation");
  await expect(page.getByRole("button", { name: /Revert/ }).first()).toBeVisible();
  await page.goto("/admin/careers");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "admin-careers");
  await page.goto("/admin/roles");
  await expectNoAxeViolations(page);
  await visitor.context.close();
});
