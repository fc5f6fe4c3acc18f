"use client";

import { signIn } from "next-auth/react";
import { secondaryButtonClass } from "@/components/forms/styles";

/** "Continue with GitHub / Google", shown only for the providers the server has configured. */
export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 border-t border-line pt-6">
      <p className="text-sm text-ink-muted">Or continue with</p>
      <div className="mt-3 flex flex-wrap gap-3">
        {providers.map((p) => (
          <button key={p.id} type="button" className={secondaryButtonClass} onClick={() => void signIn(p.id, { callbackUrl })}>
            {p.name}
          </button>
        ))}
      </div>
    </div>
  );
}
