import Link from "next/link";
import { LogoMark } from "@/components/ui/icons";

/** The wordmark, linking home. */
export function Logo() {
  return (
    <Link
      href="/"
      className="inline-flex shrink-0 items-center gap-2 rounded-md text-lg font-bold tracking-tight text-ink no-underline"
    >
      <LogoMark className="size-7 text-accent" />
      <span>Careerlens</span>
    </Link>
  );
}
