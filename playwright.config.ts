import { defineConfig } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

/**
 * Browser tests run against the production server started by `npm start` (which builds when needed).
 * Chromium is Debian's (`npx playwright install` cannot download here); CHROME_PATH overrides it.
 */
export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-gpu",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
    {
      name: "phone",
      use: {
        browserName: "chromium",
        viewport: { width: 360, height: 780 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  // The production server exactly as the README starts it: `npm start` migrates its own PGlite folder, loads
  // the data on the first run, builds when the sources changed, then serves.
  webServer: {
    command: process.env.E2E_SERVER_COMMAND ?? "npm start",
    // NEXTAUTH_URL: the site is served over plain http here, so session cookies must not be Secure.
    // ADMIN_EMAILS: e2e/admin.spec.ts signs these up and they become administrators.
    // TRUST_PROXY: the specs play the proxy, giving each test its own client address in X-Forwarded-For.
    env: {
      TRUST_PROXY: "1",
      PORT: port,
      HOST: "127.0.0.1",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "pglite:.data/e2e",
      NEXTAUTH_URL: baseURL,
      ADMIN_EMAILS: "e2e-admin-desktop@example.com,e2e-admin-phone@example.com",
    },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 900_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
