"use client";

import Link from "next/link";
import { useEffect, useState, useSyncExternalStore } from "react";
import { TitleCombobox, type TitleSuggestion } from "@/components/search/title-combobox";
import { canonicalSlug, comparePath, MAX_CAREERS, MIN_CAREERS, slugToName } from "@/lib/compare/slugs";

export type BuilderItem = { slug: string; name: string; detail?: string };

const field =
  "h-11 rounded-lg border border-line-strong bg-surface px-3 text-base text-ink placeholder:text-ink-muted focus-visible:border-accent";
const smallButton =
  "inline-flex h-9 min-w-9 items-center justify-center rounded-lg border border-line-strong bg-surface px-2 text-sm font-medium text-ink hover:border-accent hover:text-accent disabled:cursor-not-allowed disabled:opacity-40";

/**
 * The comparison builder. With JavaScript: a list of two to four careers chosen with the title typeahead, each
 * movable up and down and removable (two can be swapped in one step); the address follows as /compare?c=…&c=…
 * and "Compare" opens the canonical comparison page. Before JavaScript runs (or without it), a plain GET form
 * with four text boxes that the server resolves and redirects to the comparison.
 */
export function CompareBuilder({ initial, error }: { initial: BuilderItem[]; error?: string }) {
  // false while rendering on the server and hydrating (the plain form), true once JavaScript runs
  const ready = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [items, setItems] = useState<BuilderItem[]>(initial.slice(0, MAX_CAREERS));
  const [status, setStatus] = useState("");
  const [boxKey, setBoxKey] = useState(0);

  // the address follows the list, so a half-built comparison can be reloaded or shared
  useEffect(() => {
    if (!ready) return;
    const query = items.map((i) => `c=${encodeURIComponent(i.slug)}`).join("&");
    window.history.replaceState(window.history.state, "", query ? `/compare?${query}` : "/compare");
  }, [items, ready]);

  if (!ready) return <PlainForm initial={initial} error={error} />;

  const add = (item: BuilderItem) => {
    if (!item.slug) return;
    if (items.length >= MAX_CAREERS) return setStatus(`You can compare up to ${MAX_CAREERS} careers.`);
    setItems((list) => [...list, item]);
    setStatus(`Added ${item.name}.`);
  };
  const move = (index: number, by: number) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    setItems((list) => {
      const next = [...list];
      [next[index], next[to]] = [next[to], next[index]];
      return next;
    });
    setStatus(`Moved ${items[index].name} to position ${to + 1}.`);
  };
  const remove = (index: number) => {
    setStatus(`Removed ${items[index].name}.`);
    setItems((list) => list.filter((_, i) => i !== index));
  };

  const slugs = items.map((i) => i.slug);
  return (
    <div className="max-w-3xl">
      {items.length > 0 ? (
        <ol aria-label="Careers to compare" className="space-y-2">
          {items.map((item, index) => (
            <li key={`${item.slug}-${index}`} className="flex items-center gap-3 rounded-xl border border-line bg-surface p-3 shadow-xs">
              <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-accent-soft text-sm font-semibold text-accent-strong" aria-hidden>
                {index + 1}
              </span>
              <span className="min-w-0 flex-1">
                <span className="block font-semibold break-words">{item.name}</span>
                {item.detail ? <span className="block text-sm break-words text-ink-muted">{item.detail}</span> : null}
              </span>
              <span className="flex shrink-0 gap-1">
                <button type="button" className={smallButton} onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move ${item.name} up`}>
                  ↑
                </button>
                <button type="button" className={smallButton} onClick={() => move(index, 1)} disabled={index === items.length - 1} aria-label={`Move ${item.name} down`}>
                  ↓
                </button>
                <button type="button" className={smallButton} onClick={() => remove(index)} aria-label={`Remove ${item.name}`}>
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : null}

      {items.length === 2 ? (
        <button type="button" className={`${smallButton} mt-3 px-3`} onClick={() => {
          setItems((list) => [list[1], list[0]]);
          setStatus("Swapped the two careers.");
        }}>
          ⇅ Swap the two
        </button>
      ) : null}

      {items.length < MAX_CAREERS ? (
        <form
          className="mt-6"
          onSubmit={(event) => {
            event.preventDefault();
            const input = event.currentTarget.elements.namedItem("add") as HTMLInputElement | null;
            const text = input?.value.trim() ?? "";
            if (!text) return;
            const slug = canonicalSlug(text);
            add({ slug, name: slugToName(slug), detail: "a job title: the comparison finds the closest occupation" });
            // a fresh, empty box (its typed text and pending suggestions go with the old one), focus kept
            setBoxKey((k) => k + 1);
            requestAnimationFrame(() => document.getElementById("compare-add")?.focus());
          }}
        >
          <label htmlFor="compare-add" className="mb-2 block font-semibold">
            {items.length === 0 ? "Add a career or job title" : "Add another career"}
          </label>
          <p id="compare-add-hint" className="mb-2 text-sm text-ink-muted">
            Type a job title and pick a career from the list. {items.length < MIN_CAREERS ? `Choose at least ${MIN_CAREERS}.` : `Up to ${MAX_CAREERS}.`}
          </p>
          <div className="flex gap-2">
            <TitleCombobox
              key={boxKey}
              id="compare-add"
              name="add"
              placeholder="e.g. paramedic"
              describedBy="compare-add-hint"
              className={field}
              onChoose={(s: TitleSuggestion) => add({ slug: s.slug, name: s.title })}
            />
            <button type="submit" className={`${smallButton} h-11 px-4`}>
              Add
            </button>
          </div>
        </form>
      ) : (
        <p className="mt-6 text-sm text-ink-muted">That is four careers, the most one comparison shows. Remove one to add another.</p>
      )}

      <p aria-live="polite" className="mt-3 min-h-5 text-sm text-ink-muted">
        {status}
      </p>

      <div className="mt-4">
        {items.length >= MIN_CAREERS ? (
          <Link
            href={comparePath(slugs)}
            prefetch={false}
            className="inline-flex h-12 items-center rounded-lg bg-accent px-6 text-lg font-semibold text-accent-ink no-underline hover:bg-accent-strong"
          >
            Compare {items.length} careers
          </Link>
        ) : (
          <p className="text-sm text-ink-muted">Add {MIN_CAREERS - items.length} more to compare.</p>
        )}
      </div>
    </div>
  );
}

const subscribeNothing = () => () => {};

/** Works without JavaScript: the server reads c=…&go=1, resolves the names and redirects to the comparison. */
function PlainForm({ initial, error }: { initial: BuilderItem[]; error?: string }) {
  return (
    <form method="get" action="/compare" className="max-w-xl space-y-3">
      {error ? (
        <p role="alert" className="rounded-lg border border-line-strong bg-subtle p-3 text-sm">
          {error}
        </p>
      ) : null}
      {Array.from({ length: MAX_CAREERS }, (_, i) => (
        <div key={i}>
          <label htmlFor={`compare-career-${i + 1}`} className="mb-1 block text-sm font-semibold">
            Career {i + 1}
            {i >= MIN_CAREERS ? <span className="font-normal text-ink-muted"> (optional)</span> : null}
          </label>
          <input id={`compare-career-${i + 1}`} name="c" type="text" defaultValue={initial[i]?.name ?? ""} maxLength={120} className={`w-full ${field}`} />
        </div>
      ))}
      <input type="hidden" name="go" value="1" />
      <button type="submit" className="inline-flex h-12 items-center rounded-lg bg-accent px-6 text-lg font-semibold text-accent-ink hover:bg-accent-strong">
        Compare
      </button>
    </form>
  );
}
