import { Logo } from "@/components/site/logo";
import { MenuDisclosure } from "@/components/site/menu-disclosure";
import { NavLink } from "@/components/site/nav-link";
import { navSections } from "@/components/site/sections";
import { AccountNav } from "@/components/site/account-nav";
import { SearchForm } from "@/components/search/search-form";
import { CloseIcon, MenuIcon } from "@/components/ui/icons";

const barLink =
  "inline-flex items-center border-b-2 border-transparent px-3 py-3 text-sm font-medium text-ink-muted no-underline hover:border-line-strong hover:text-ink [&[aria-current]]:border-accent [&[aria-current]]:text-ink";

const menuLink =
  "flex min-h-11 items-center rounded-lg px-3 font-medium text-ink no-underline hover:bg-subtle [&[aria-current]]:bg-accent-soft [&[aria-current]]:text-accent-strong";

/**
 * The site header: one "Main" navigation. Wide screens show the search box and a row of section links;
 * phones fold the same search box and links into a "Menu" disclosure. AccountNav shows "Sign in" or the
 * signed-in person's menu.
 */
export function SiteHeader() {
  return (
    <header className="relative border-b border-line bg-surface">
      <nav aria-label="Main" className="page-width">
        <div className="flex h-16 items-center gap-4 lg:gap-8">
          <Logo />
          <div className="hidden flex-1 lg:block lg:max-w-md">
            <SearchForm id="header-search" />
          </div>
          <AccountNav variant="bar" />

          <MenuDisclosure className="group ml-auto lg:hidden">
            <summary className="inline-flex h-10 items-center gap-2 rounded-lg border border-line-strong px-3 text-sm font-semibold text-ink hover:bg-subtle">
              <MenuIcon className="size-5 group-open:hidden" />
              <CloseIcon className="hidden size-5 group-open:block" />
              Menu
            </summary>
            <div className="absolute inset-x-0 top-full z-40 border-b border-line bg-surface shadow-lg">
              <div className="page-width space-y-5 py-5">
                <SearchForm id="menu-search" showLabel />
                <ul className="grid gap-1 sm:grid-cols-2">
                  {navSections.map((section) => (
                    <li key={section.href}>
                      <NavLink href={section.href} className={menuLink}>
                        {section.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
                <div className="border-t border-line pt-4">
                  <AccountNav variant="menu" />
                </div>
              </div>
            </div>
          </MenuDisclosure>
        </div>

        <ul className="-mx-3 hidden flex-wrap lg:flex">
          {navSections.map((section) => (
            <li key={section.href}>
              <NavLink href={section.href} className={barLink}>
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
