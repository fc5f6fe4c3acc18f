import Link from "next/link";
import { buttonClass, secondaryButtonClass } from "@/components/forms/styles";

/** What a signed-out visitor sees on a page that needs an account: why, and the way in (coming back here). */
export function SignedOutNotice({ title, text, returnTo }: { title: string; text: string; returnTo: string }) {
  const back = encodeURIComponent(returnTo);
  return (
    <div className="page-width py-10 sm:py-14">
      <div className="max-w-2xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{title}</h1>
        <p className="mt-4 text-lg text-ink-muted">{text}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href={`/signin?callbackUrl=${back}`} className={`${buttonClass} no-underline`}>
            Sign in
          </Link>
          <Link href={`/signup?callbackUrl=${back}`} className={`${secondaryButtonClass} no-underline`}>
            Create an account
          </Link>
        </div>
      </div>
    </div>
  );
}
