import type { Page } from "@playwright/test";

/** The main navigation landmark. */
export const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** On phones the section links sit behind the "Menu" disclosure: open it when it is shown. Returns whether it did. */
export async function openMenuIfCollapsed(page: Page): Promise<boolean> {
  const toggle = mainNav(page).locator("summary", { hasText: "Menu" });
  if (!(await toggle.isVisible())) return false;
  await toggle.click();
  return true;
}
