/** Class names shared by forms and button-like links (a plain module, so server components can use them). */
export const inputClass =
  "mt-1 block w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-base text-ink placeholder:text-ink-muted aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-300";

export const buttonClass =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink hover:bg-accent-strong disabled:opacity-60";

export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-line-strong bg-surface px-4 py-2 font-semibold text-ink hover:bg-subtle disabled:opacity-60";

export const dangerButtonClass =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200";
