import Link from "next/link";

const footerLink = "text-ink-muted underline-offset-4 hover:text-ink hover:underline";

/** A footer column's list of links (no hooks: the server footer and its account island both draw it). */
export function FooterLinks({ links }: { links: { href: string; label: string }[] }) {
  return (
    <ul className="space-y-2">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className={footerLink}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
