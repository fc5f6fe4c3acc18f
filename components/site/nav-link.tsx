"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentState } from "@/components/site/current-link";

/** A navigation link that marks itself with aria-current when the visitor is on, or inside, its section. */
export function NavLink({ href, className, children }: { href: string; className?: string; children: React.ReactNode }) {
  const pathname = usePathname() ?? "/";
  return (
    <Link href={href} className={className} aria-current={currentState(pathname, href)}>
      {children}
    </Link>
  );
}
