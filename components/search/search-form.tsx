import { SearchIcon } from "@/components/ui/icons";
import { TitleCombobox } from "./title-combobox";

type SearchFormProps = {
  /** Unique per page: the input's id, which its label points at. */
  id: string;
  defaultValue?: string;
  /** "large" for the home hero and the search page; "compact" for the header. */
  size?: "compact" | "large";
  /** Show the "Find specific jobs" label above the box; otherwise it is read by screen readers only. */
  showLabel?: boolean;
  hint?: string;
};

/**
 * "Find specific jobs": a plain GET form to /search, so it works before (and without) any JavaScript; with
 * JavaScript the box suggests careers as you type (TitleCombobox).
 */
export function SearchForm({ id, defaultValue, size = "compact", showLabel = false, hint }: SearchFormProps) {
  const large = size === "large";
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <form action="/search" method="get" role="search" className="w-full">
      <label
        htmlFor={id}
        className={showLabel ? `mb-2 block font-semibold ${large ? "text-lg" : "text-sm"}` : "sr-only"}
      >
        Find specific jobs
      </label>
      {hint ? (
        <p id={hintId} className="mb-3 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex gap-2">
        <TitleCombobox
          id={id}
          defaultValue={defaultValue}
          placeholder={showLabel ? "e.g. dental hygienist" : "Job title, e.g. dental hygienist"}
          describedBy={hintId}
          className={`rounded-lg border border-line-strong bg-surface text-ink placeholder:text-ink-muted focus-visible:border-accent ${
            large ? "h-12 px-4 text-base sm:h-14 sm:text-lg" : "h-10 px-3 text-sm"
          }`}
        />
        <button
          type="submit"
          className={`inline-flex shrink-0 items-center gap-2 rounded-lg bg-accent font-semibold text-accent-ink hover:bg-accent-strong ${
            large ? "h-12 px-4 sm:h-14 sm:px-6 sm:text-lg" : "h-10 px-3 text-sm"
          }`}
        >
          <SearchIcon className={large ? "size-5" : "size-4"} />
          <span className={large ? "" : "sr-only"}>Search</span>
        </button>
      </div>
    </form>
  );
}
