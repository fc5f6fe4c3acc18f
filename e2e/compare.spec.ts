import { expect, expectNoAxeViolations, saveScreenshot, test } from "./fixtures";
import type { Page } from "@playwright/test";

// Comparison pages are long (four careers, every figure) and axe takes a while on them on a shared machine.
test.describe.configure({ timeout: 90_000 });

const GROUPS = ["Overview", "Pay", "Education", "Demographics", "Skills", "What each does"];
const SECTIONS = ["In plain words", "Pay and growth", "Every figure side by side", "Pay by state", "Not in public data yet"];

async function expectComparisonPage(page: Page, names: string[]) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(names.join(" vs "));
  for (const section of SECTIONS) await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  const table = page.getByRole("table", { name: "Every figure side by side, grouped, with sources" });
  for (const name of names) await expect(table.getByRole("columnheader", { name, exact: true })).toBeVisible();
  for (const group of GROUPS) await expect(table.getByRole("columnheader", { name: group, exact: true })).toBeVisible();
  await expect(table).toContainText("BLS OEWS, 2025");
  await expect(table).toContainText("O*NET 29.0, 2024");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "page width in CSS px").toBeLessThanOrEqual(page.viewportSize()!.width);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("lead technician vs senior support technician", async ({ page }, testInfo) => {
      const response = await page.goto("/compare/lead-technician-vs-senior-support-technician");
      expect(response?.status()).toBe(200);
      await expectComparisonPage(page, ["Lead Technician", "Senior Support Technician"]);
      await expect(page).toHaveTitle(/Lead Technician vs Senior Support Technician/);
      const mapping = page.getByRole("list", { name: "What each name maps to" });
      await expect(mapping).toContainText("Lead Technician maps to Electrical and Electronic Engineering Technologists and Technicians");
      await expect(mapping).toContainText("Senior Support Technician maps to Computer User Support Specialists");
      await expect(mapping).toContainText("“Support Technician (Support Tech)”");
      const summary = page.getByRole("region", { name: "In plain words" });
      await expect(summary).toContainText("Pay is higher for Lead Technician");
      await expect(summary).toContainText("$61,860 for Senior Support Technician");
      await expect(page.getByRole("img", { name: /Senior Support Technician: median yearly pay by state, May 2025/ })).toBeVisible();
      await expect(page.getByRole("table", { name: /Yearly pay percentiles, May 2025/ })).toContainText("$61,860");
      await expect(page.getByRole("table", { name: "Projected change in employment over ten years" })).toContainText("−3.7%");
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/compare\/lead-technician-vs-senior-support-technician$/);
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
      expect(jsonLd).toMatchObject({ "@type": "ItemList", numberOfItems: 2 });
      await expectNoAxeViolations(page);
      await saveScreenshot(page, testInfo, `comparison-lead-vs-senior${colorScheme === "dark" ? "-dark" : ""}`);
    });
  });
}

test("a four-way comparison shows every group, with missing figures said as such", async ({ page }, testInfo) => {
  const response = await page.goto("/compare/registered-nurses-vs-paramedics-vs-software-developers-vs-air-crew-officers");
  expect(response?.status()).toBe(200);
  await expectComparisonPage(page, ["Registered Nurses", "Paramedics", "Software Developers", "Air Crew Officers"]);
  const table = page.getByRole("table", { name: "Every figure side by side, grouped, with sources" });
  await expect(table.getByRole("row", { name: /^Yearly salary \(median\)/ })).toContainText("not published");
  await expect(page.getByRole("region", { name: "In plain words" })).toContainText("Pay is highest for Software Developers");
  await expect(page.getByRole("region", { name: "Not in public data yet" })).toContainText("Job satisfaction");
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "comparison-four-way");
});

test("non-canonical addresses redirect permanently to the canonical one", async ({ page, request }) => {
  for (const variant of ["/compare/Registered_Nurses--VS--Paramedics", "/compare/registered%20nurses-vs-paramedics", "/compare/registered-nurses-vs-paramedics/"]) {
    const r = await request.get(variant, { maxRedirects: 0 });
    expect(r.status(), variant).toBe(308);
    expect(r.headers().location, variant).toMatch(/\/compare\/registered-nurses-vs-paramedics$/);
  }
  await page.goto("/compare/Registered-Nurses-vs-PARAMEDICS");
  await expect(page).toHaveURL(/\/compare\/registered-nurses-vs-paramedics$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registered Nurses vs Paramedics");
});

test("the same career twice says both map to one occupation", async ({ page }) => {
  await page.goto("/compare/software-developers-vs-software-engineer");
  await expect(page.getByRole("note")).toContainText("Every name here maps to the same occupation");
  await expect(page.getByRole("note").getByRole("link", { name: "Software Developers career page" })).toHaveAttribute("href", "/careers/software-developers");
  await expect(page.getByRole("region", { name: "In plain words" })).toContainText("both map to the same occupation, Software Developers");
});

test("more than four careers is explained", async ({ page }) => {
  await page.goto("/compare/a-vs-b-vs-c-vs-d-vs-e");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare up to four careers at a time");
  await expect(page.getByRole("link", { name: /Compare the first four/ })).toHaveAttribute("href", "/compare/a-vs-b-vs-c-vs-d");
});

test.describe("unknown careers", () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test("give a 404 with suggestions and a search box", async ({ page }, testInfo) => {
    const response = await page.goto("/compare/astronaut-vs-qwertyuiop");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t match every career in this comparison");
    const astronaut = page.getByRole("region", { name: "No career matches “Astronaut”" });
    await expect(astronaut.getByRole("link", { name: "Air Crew Officers" })).toHaveAttribute("href", "/compare/air-crew-officers-vs-qwertyuiop");
    await expect(page.getByRole("region", { name: "No career matches “Qwertyuiop”" })).toContainText("No job title comes close");
    await expect(page.getByRole("combobox", { name: "Find specific jobs" }).last()).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, testInfo, "comparison-not-found");
  });
});

test("the builder: add, reorder, remove; the address follows", async ({ page }, testInfo) => {
  await page.goto("/compare");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare careers");
  const box = page.getByRole("combobox", { name: /Add a career|Add another career/ });
  const add = async (typed: string, option: string) => {
    await box.fill(typed);
    await page.getByRole("option", { name: new RegExp(`^${option}`) }).first().click();
    await expect(page.getByRole("list", { name: "Careers to compare" })).toContainText(option);
  };
  await add("registered nurse", "Registered Nurses");
  await add("paramedic", "Paramedics");
  await add("software developer", "Software Developers");
  await expect(page).toHaveURL(/\/compare\?c=registered-nurses&c=paramedics&c=software-developers$/);

  await page.getByRole("button", { name: "Move Software Developers up" }).click();
  await expect(page).toHaveURL(/c=registered-nurses&c=software-developers&c=paramedics$/);
  await page.getByRole("button", { name: "Remove Registered Nurses" }).click();
  await expect(page).toHaveURL(/\/compare\?c=software-developers&c=paramedics$/);
  await page.getByRole("button", { name: "Swap the two" }).click();
  await expect(page).toHaveURL(/\/compare\?c=paramedics&c=software-developers$/);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, testInfo, "compare-builder");

});

test("the builder: a typed title is kept as the person's name and opens the comparison", async ({ page }) => {
  await page.goto("/compare?c=paramedics&c=software-developers");
  const list = page.getByRole("list", { name: "Careers to compare" });
  await expect(list).toContainText("Software Developers");
  const box = page.getByRole("combobox", { name: "Add another career" });
  await box.fill("lead technician");
  await box.press("Enter");
  await expect(page).toHaveURL(/c=paramedics&c=software-developers&c=lead-technician$/);
  await expect(list).toContainText("Lead Technician");
  await page.getByRole("link", { name: "Compare 3 careers" }).click();
  // the first title search after the server starts builds its index (a few seconds on a busy machine)
  await expect(page).toHaveURL(/\/compare\/paramedics-vs-software-developers-vs-lead-technician$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paramedics vs Software Developers vs Lead Technician");

  // reloading the builder address keeps the list
  await page.goto("/compare?c=paramedics&c=lead-technician");
  await expect(page.getByRole("list", { name: "Careers to compare" })).toContainText("Lead Technician");
  await expect(page.getByRole("list", { name: "Careers to compare" })).toContainText("maps to Electrical and Electronic Engineering Technologists");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the builder is a form the server resolves", async ({ page }) => {
    await page.goto("/compare");
    await page.getByLabel("Career 1").fill("Lead Technician");
    await page.getByLabel("Career 2").fill("senior support technician");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\/lead-technician-vs-senior-support-technician$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lead Technician vs Senior Support Technician");
  });

  test("one career only asks for another", async ({ page }) => {
    await page.goto("/compare?c=nurse&c=&go=1");
    await expect(page.getByRole("alert")).toHaveText("Enter at least 2 careers to compare.");
    await expect(page.getByLabel("Career 1")).toHaveValue("Nurse");
  });
});

test("CSV download and the JSON API", async ({ page, request }) => {
  await page.goto("/compare/registered-nurses-vs-paramedics");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("registered-nurses-vs-paramedics.csv");
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(csv.split("\r\n")[0]).toBe("Group,Figure,Registered Nurses,Paramedics,Source");
  expect(csv).toContain("Overview,Yearly salary (median),\"$97,550\"");

  const json = await request.get("/api/v1/compare?slugs=registered-nurses,paramedics");
  expect(json.status()).toBe(200);
  const body = await json.json();
  expect(body.careers[0].figures.medianAnnualWage).toMatchObject({ value: 97550, source: "BLS OEWS", year: 2025 });
  const bad = await request.get("/api/v1/compare?slugs=registered-nurses");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: "bad_slugs" });
  const unknown = await request.get("/api/v1/compare?slugs=registered-nurses,qwertyuiop");
  expect(unknown.status()).toBe(404);
});

test("career pages link to comparisons with related careers", async ({ page }) => {
  await page.goto("/careers/registered-nurses");
  const section = page.getByRole("region", { name: "Compare Registered Nurses with" });
  const first = section.getByRole("link").first();
  await expect(first).toHaveAttribute("href", /^\/compare\/registered-nurses-vs-[a-z0-9-]+$/);
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Registered Nurses vs ");
});
