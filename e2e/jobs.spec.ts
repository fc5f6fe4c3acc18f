import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";

const main = (page: Page) => page.getByRole("main");
const results = (page: Page) => main(page).getByRole("list", { name: /postings/ });

async function noOverflow(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);
}

test("explore jobs: browse by career group, state and company, with sample postings labelled", async ({ page }, testInfo) => {
  await page.goto("/jobs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explore jobs");
  for (const name of ["By career group", "By state", "By company"]) await expect(main(page).getByRole("heading", { name })).toBeVisible();
  const cards = results(page).getByRole("listitem");
  await expect(cards).toHaveCount(20);
  await expect(cards.first()).toContainText("Sample posting");
  await expect(main(page).getByRole("navigation", { name: "Pages of results" })).toBeVisible();
  await noOverflow(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "jobs");

  // browse by state: every result is in that state
  const state = main(page).getByRole("region", { name: "By state" }).getByRole("link").first();
  const stateName = (await state.textContent())!.trim();
  await state.click();
  await expect(page).toHaveURL(/\/jobs\?state=[A-Z]{2}$/);
  await expect(main(page).getByRole("list", { name: "Active filters" })).toContainText(stateName);
  const code = new URL(page.url()).searchParams.get("state")!;
  for (const text of await results(page).getByRole("listitem").allTextContents()) expect(text).toMatch(new RegExp(`, ${code}\\b|${stateName}`));
});

test("find specific jobs: a title-aware keyword search, then filters and sorts, all in the URL", async ({ page }, testInfo) => {
  test.setTimeout(90_000); // the first keyword search builds the title index (a few seconds)
  // search for the first posting's own career by a different wording of its title
  await page.goto("/jobs");
  const firstCareer = results(page).getByRole("listitem").first().getByRole("link").last();
  const careerTitle = (await firstCareer.textContent())!.trim();
  await main(page).getByLabel("Job title, keyword or company").fill(careerTitle.toLowerCase());
  await main(page).getByRole("button", { name: "Search jobs" }).click();
  await expect(page).toHaveURL(/\/jobs\?q=/);
  await expect(page.getByRole("status")).toContainText(careerTitle);
  await expect(results(page).getByRole("listitem").first()).toContainText(careerTitle);

  // the desktop-support example from the title search reads as its occupation
  await page.goto("/jobs?q=sr+desktop+support+tech");
  await expect(page.getByRole("status")).toContainText("Computer User Support Specialists");
  await expect(main(page).getByLabel("Job title, keyword or company")).toHaveValue("sr desktop support tech");

  // filters: remote only, sorted by pay (a plain GET form: the URL holds everything)
  await page.goto("/jobs");
  await main(page).getByLabel("Remote only").check();
  await main(page).getByLabel("Sort by").selectOption("pay");
  await main(page).getByRole("button", { name: "Search jobs" }).click();
  await expect(page).toHaveURL(/remote=1/);
  await expect(page).toHaveURL(/sort=pay/);
  await expect(page.getByRole("status")).toContainText("highest pay first");
  const texts = await results(page).getByRole("listitem").allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) expect(t).toContain("Remote");
  await noOverflow(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "jobs-filtered");

  // removing a filter chip drops it from the URL
  await main(page).getByRole("list", { name: "Active filters" }).getByRole("link", { name: /Remote/ }).click();
  await expect(page).not.toHaveURL(/remote=1/);

  // nonsense parameters are explained, not a 500
  const response = await page.goto("/jobs?payMin=lots&posted=99&page=0");
  expect(response?.status()).toBe(200);
  await expect(main(page).getByRole("alert")).toContainText("payMin");
});

test("a job page: everything about the posting, pay against BLS percentiles, JSON-LD and links", async ({ page }, testInfo) => {
  await page.goto("/jobs");
  const link = results(page).getByRole("listitem").first().getByRole("heading").getByRole("link");
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/jobs\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(main(page).getByText("Sample posting").first()).toBeVisible();
  await expect(main(page).getByRole("heading", { name: "How the pay compares" })).toBeVisible();
  const table = main(page).getByRole("table", { name: /Pay percentiles/ });
  await expect(table).toContainText("This posting");
  await expect(table).toContainText("United States");
  await expect(main(page).getByText(/Source: BLS OEWS/).first()).toBeVisible();
  await expect(main(page).getByRole("link", { name: "More postings for this career" })).toHaveAttribute("href", /\/jobs\?career=/);
  const career = main(page).getByRole("region").first();
  expect(career).toBeTruthy();
  const compare = main(page).getByRole("link", { name: / vs / }).first();
  if (await compare.count()) await expect(compare).toHaveAttribute("href", /^\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+$/);

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(ld).toMatchObject({ "@context": "https://schema.org", "@type": "JobPosting", title, hiringOrganization: { "@type": "Organization" } });
  expect(ld.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(ld.baseSalary).toMatchObject({ "@type": "MonetaryAmount", currency: "USD", value: { "@type": "QuantitativeValue" } });
  expect(ld.jobLocation ?? ld.jobLocationType).toBeTruthy();

  await noOverflow(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "job");

  // the API gives the same posting
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const api = await page.request.get(`/api/v1/jobs/${id}`);
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({ id, title, isSample: true, expired: false });
});

test("an expired posting keeps its page with a notice and leaves search", async ({ page }, testInfo) => {
  let expiredId: string | null = null;
  for (let n = 1; n <= 300 && !expiredId; n++) {
    const id = `sample-${String(n).padStart(4, "0")}`;
    const r = await page.request.get(`/api/v1/jobs/${id}`);
    if (r.ok() && (await r.json()).expired) expiredId = id;
  }
  expect(expiredId, "an expired sample posting").not.toBeNull();
  const response = await page.goto(`/jobs/${expiredId}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "This posting has expired" })).toBeVisible();
  await expect(main(page).getByText("Sample posting").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "job-expired");
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  const search = await (await page.request.get(`/api/v1/jobs?q=${encodeURIComponent(title)}`)).json();
  expect(search.results.map((r: { id: string }) => r.id)).not.toContain(expiredId);
});

test("unknown postings are a 404 and the API refuses bad parameters", async ({ page }) => {
  const missing = await page.request.get("/jobs/no-such-posting-here");
  expect(missing.status()).toBe(404);
  const bad = await page.request.get("/api/v1/jobs?sort=cheapest&type=GIG");
  expect(bad.status()).toBe(400);
  const error = (await bad.json()).error;
  expect(error).toMatch(/sort must be one of relevance, date, pay/);
  expect(error).toMatch(/type must be one of FULL_TIME/);
  const ok = await page.request.get("/api/v1/jobs?remote=1&sort=pay");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body).toMatchObject({ page: 1 });
  const pays = body.results.map((r: { pay: { max: number; period: string } | null }) => r.pay);
  expect(pays.length).toBeGreaterThan(0);
  for (const r of body.results) expect(r.locations.some((l: { remote: boolean }) => l.remote)).toBe(true);
});
