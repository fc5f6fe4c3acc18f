"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";

type Suggestion = { slug: string; title: string; onetCode: string; matchedTitle: string };

type TitleComboboxProps = {
  id: string;
  defaultValue?: string;
  placeholder: string;
  describedBy?: string;
  className: string;
  /** The field name in the form (default "q"). */
  name?: string;
  /** What choosing a suggestion does; default: open that career's page. The box is cleared after. */
  onChoose?: (suggestion: Suggestion) => void;
};

export type { Suggestion as TitleSuggestion };

const DEBOUNCE_MS = 120;
const MIN_CHARS = 2;
const SUGGESTION_LIMIT = 8;

let warmedUp = false;

/**
 * The server builds its title index on the first search after it starts (a few seconds): ask for it when a
 * search box first gets focus, so that the suggestions are ready by the time the first word is typed.
 */
function warmUp() {
  if (warmedUp) return;
  warmedUp = true;
  fetch("/api/v1/search?q=a&limit=1").catch(() => {
    // offline: the suggestions will simply come later
  });
}

/**
 * The search box's typeahead: an ARIA 1.2 combobox with a listbox popup. Typing fetches suggestions from
 * /api/v1/search (debounced); Down/Up move through them, Enter opens the chosen career, Escape closes the list.
 * Enter with nothing chosen submits the form as usual, and
 * without JavaScript the input is a plain text field of the GET form.
 */
export function TitleCombobox({ id, defaultValue = "", placeholder, describedBy, className, name = "q", onChoose }: TitleComboboxProps) {
  const router = useRouter();
  const listId = `${id}-listbox`;
  const statusId = useId();
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const cache = useRef(new Map<string, Suggestion[]>());
  const latest = useRef("");
  // only what the person types asks for suggestions, not the text the page starts with (e.g. on /search?q=)
  const typed = useRef(false);

  // fetch suggestions for the text typed, a little after typing stops
  useEffect(() => {
    const q = value.trim();
    latest.current = q;
    if (!typed.current || q.length < MIN_CHARS) return;
    const cached = cache.current.get(q.toLowerCase());
    const controller = new AbortController();
    const show = (list: Suggestion[]) => {
      if (latest.current !== q) return;
      setSuggestions(list);
      setActive(-1);
      setOpen(list.length > 0);
      setStatus(
        list.length === 0
          ? "No suggestions."
          : `${list.length} suggestion${list.length === 1 ? "" : "s"}; use the up and down arrows to choose.`,
      );
    };
    const timer = window.setTimeout(
      () => {
        if (cached) return show(cached);
        fetch(`/api/v1/search?q=${encodeURIComponent(q)}&limit=${SUGGESTION_LIMIT}`, { signal: controller.signal })
          .then((response) => (response.ok ? (response.json() as Promise<{ results: Suggestion[] }>) : { results: [] }))
          .then((body) => {
            cache.current.set(q.toLowerCase(), body.results);
            show(body.results);
          })
          .catch(() => {
            // aborted or offline: the form still works without suggestions
          });
      },
      cached ? 0 : DEBOUNCE_MS,
    );
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (suggestion: Suggestion) => {
    typed.current = false;
    close();
    if (onChoose) {
      setValue("");
      onChoose(suggestion);
      return;
    }
    setValue(suggestion.title);
    router.push(`/careers/${suggestion.slug}`);
  };

  const showList = open && suggestions.length > 0 && value.trim().length >= MIN_CHARS;

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    switch (event.key) {
      case "ArrowDown":
        if (count === 0) return;
        event.preventDefault();
        if (!open) {
          setOpen(true);
          if (!event.altKey) setActive(0);
        } else setActive((i) => (i + 1) % count);
        return;
      case "ArrowUp":
        if (count === 0) return;
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(count - 1);
        } else setActive((i) => (i <= 0 ? count - 1 : i - 1));
        return;
      case "Enter":
        if (open && active >= 0 && active < count) {
          event.preventDefault();
          choose(suggestions[active]);
        }
        return;
      case "Escape":
        // closes the list only; a second Escape goes on to whatever holds the box (e.g. the phone menu)
        if (showList) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        return;
      default:
        return;
    }
  };

  return (
    <div className="relative flex min-w-0 flex-1">
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(" ") || undefined}
        value={value}
        onChange={(event) => {
          typed.current = true;
          setValue(event.target.value);
          if (event.target.value.trim().length < MIN_CHARS) close();
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          warmUp();
          if (suggestions.length > 0 && value.trim().length >= MIN_CHARS) setOpen(true);
        }}
        onBlur={close}
        placeholder={placeholder}
        enterKeyHint="search"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={200}
        size={1}
        className={`w-full ${className}`}
      />
      <span id={statusId} className="sr-only" aria-live="polite">
        {status}
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested careers"
        hidden={!showList}
        className="absolute inset-x-0 top-full z-50 mt-1 max-h-[min(24rem,70vh)] overflow-y-auto rounded-lg border border-line-strong bg-surface py-1 text-left text-sm shadow-lg"
      >
        {suggestions.map((suggestion, index) => {
          const selected = index === active;
          const sameTitle = suggestion.matchedTitle.toLowerCase() === suggestion.title.toLowerCase();
          return (
            <li
              key={suggestion.onetCode}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={selected}
              onMouseDown={(event) => event.preventDefault()} // keep focus in the box
              onClick={() => choose(suggestion)}
              onMouseMove={() => setActive(index)}
              className={`cursor-pointer px-3 py-2 ${selected ? "bg-accent-soft" : ""}`}
            >
              <span className={`block font-medium break-words ${selected ? "text-accent-strong" : "text-ink"}`}>
                {suggestion.title}
              </span>
              {sameTitle ? null : (
                <span className="block text-xs break-words text-ink-muted">{suggestion.matchedTitle}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
