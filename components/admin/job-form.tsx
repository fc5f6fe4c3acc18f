"use client";

import { useActionState, useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/actions/authed-action";
import type { PostingSnapshot } from "@/lib/admin/jobs";
import { EMPLOYMENT_LABELS, EMPLOYMENT_TYPES, PAY_PERIODS } from "@/lib/jobs/model";
import { FieldError, FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { TitleCombobox } from "@/components/search/title-combobox";
import { ConflictPanel } from "./conflict-panel";

type Values = Record<
  "title" | "companyName" | "locations" | "employmentType" | "payMin" | "payMax" | "payPeriod" | "payCurrency" | "description" | "postedAt" | "expiresAt" | "applyUrl" | "onetCode",
  string
>;

const PERIOD_LABELS: Record<string, string> = { HOUR: "per hour", DAY: "per day", WEEK: "per week", MONTH: "per month", YEAR: "per year" };

const locationsText = (locations: PostingSnapshot["locations"]) =>
  locations.map((l) => (l.remote && !l.state ? "Remote" : [l.city, l.state].filter(Boolean).join(", "))).join("\n");

/** The form's values for a stored posting (or a blank one). */
export function valuesOf(p: PostingSnapshot | null, today: string): Values {
  return {
    title: p?.title ?? "",
    companyName: p?.companyName ?? "",
    locations: p ? locationsText(p.locations) : "",
    employmentType: p?.employmentType ?? "FULL_TIME",
    payMin: p?.payMin?.toString() ?? "",
    payMax: p?.payMax?.toString() ?? "",
    payPeriod: p?.payPeriod ?? "",
    payCurrency: p?.payCurrency ?? "USD",
    description: p?.description ?? "",
    postedAt: p?.postedAt.slice(0, 10) ?? today,
    expiresAt: p?.expiresAt?.slice(0, 10) ?? "",
    applyUrl: p?.applyUrl ?? "",
    onetCode: p?.classifiedBy === "editor" ? (p.onetCode ?? "") : "",
  };
}

const LABELS: Record<keyof Values, string> = {
  title: "Job title",
  companyName: "Company",
  locations: "Locations",
  employmentType: "Employment type",
  payMin: "Pay from",
  payMax: "Pay up to",
  payPeriod: "Pay period",
  payCurrency: "Currency",
  description: "Description (markdown)",
  postedAt: "Posted on",
  expiresAt: "Expires on",
  applyUrl: "Apply URL",
  onetCode: "Occupation",
};

type Props = {
  action: (state: ActionState<PostingSnapshot> | undefined, form: FormData) => Promise<ActionState<PostingSnapshot>>;
  posting: PostingSnapshot | null;
  today: string;
};

/**
 * The job posting editor. Values are held in state, so nothing typed is lost on an error or a conflict. When
 * someone else saved in between, the answer carries their version: both are shown side by side, and saving
 * again (now on their version) keeps what is in the form.
 */
export function JobForm({ action, posting, today }: Props) {
  const router = useRouter();
  const [state, formAction] = useActionState<ActionState<PostingSnapshot> | undefined, FormData>(action, undefined);
  const [values, setValues] = useState<Values>(() => valuesOf(posting, today));
  const [occupation, setOccupation] = useState<string | null>(posting?.classifiedBy === "editor" ? posting.occupationTitle : null);
  const conflict = state?.status === 409 && state.data ? state.data : null;
  // the version this form saves over: the newest of the page's copy and the last answer (a save, or the other
  // editor's version after a conflict, so saving again is a deliberate save over theirs)
  const answered = state?.data ?? null;
  const base = answered && (!posting || answered.version > posting.version) ? answered : posting;

  useEffect(() => {
    if (!state) return;
    if (state.ok && state.data) {
      if (!posting) {
        router.push(`/admin/jobs/${state.data.id}/edit?created=1`);
        return;
      }
      router.refresh();
    }
  }, [state, posting, router]);

  // the page was reloaded after a change made beside the form (expire / open again): follow its version and expiry
  const [seen, setSeen] = useState(posting?.version ?? 0);
  if (posting && posting.version !== seen) {
    setSeen(posting.version);
    if (!answered || posting.version > answered.version) setValues((v) => ({ ...v, expiresAt: valuesOf(posting, today).expiresAt }));
  }

  const set = (name: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setValues({ ...values, [name]: e.target.value });
  const error = (name: string) => state?.fields?.[name];
  const field = (name: keyof Values, input: React.ReactNode, hint?: string) => (
    <div>
      <label htmlFor={`job-${name}`} className="block font-medium">
        {LABELS[name]}
      </label>
      {hint ? (
        <p id={`job-${name}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {input}
      <FieldError id={`job-${name}-error`} message={error(name)} />
    </div>
  );
  const common = (name: keyof Values, hint?: boolean) => ({
    id: `job-${name}`,
    name,
    value: values[name],
    onChange: set(name),
    "aria-invalid": error(name) ? true : undefined,
    "aria-describedby": [hint ? `job-${name}-hint` : "", `job-${name}-error`].filter(Boolean).join(" "),
    className: inputClass,
  });
  const theirs = conflict ? valuesOf(conflict, today) : null;

  return (
    <form action={formAction} noValidate className="grid gap-5">
      {posting ? <input type="hidden" name="id" value={posting.id} /> : null}
      {base ? <input type="hidden" name="version" value={base.version} /> : null}
      {conflict && theirs ? (
        <ConflictPanel
          what="posting"
          version={conflict.version}
          updatedAt={conflict.updatedAt}
          onUseTheirs={() => setValues(theirs)}
          rows={(Object.keys(LABELS) as (keyof Values)[]).map((k) => ({ label: LABELS[k], mine: values[k], theirs: theirs[k] }))}
        />
      ) : null}
      <div className="grid gap-5 md:grid-cols-2">
        {field("title", <input type="text" maxLength={200} {...common("title")} />)}
        {field("companyName", <input type="text" maxLength={200} {...common("companyName")} />)}
      </div>
      {field("locations", <textarea rows={3} {...common("locations", true)} />, "One per line: “City, ST”, “ST” or “Remote”.")}
      <div className="grid gap-5 md:grid-cols-2">
        {field(
          "employmentType",
          <select {...common("employmentType")}>
            {EMPLOYMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {EMPLOYMENT_LABELS[t]}
              </option>
            ))}
          </select>,
        )}
        {field("applyUrl", <input type="url" inputMode="url" maxLength={2000} {...common("applyUrl", true)} />, "An http or https address.")}
      </div>
      <fieldset className="grid gap-5 md:grid-cols-4">
        <legend className="mb-2 font-semibold">Pay (optional)</legend>
        {field("payMin", <input type="text" inputMode="decimal" {...common("payMin")} />)}
        {field("payMax", <input type="text" inputMode="decimal" {...common("payMax")} />)}
        {field(
          "payPeriod",
          <select {...common("payPeriod")}>
            <option value="">No pay given</option>
            {PAY_PERIODS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABELS[p]}
              </option>
            ))}
          </select>,
        )}
        {field("payCurrency", <input type="text" maxLength={3} {...common("payCurrency", true)} />, "Three letters, e.g. USD.")}
      </fieldset>
      <div className="grid gap-5 md:grid-cols-2">
        {field("postedAt", <input type="date" {...common("postedAt")} />)}
        {field("expiresAt", <input type="date" {...common("expiresAt", true)} />, "Optional. After this day the posting leaves search; its page stays.")}
      </div>
      {field("description", <textarea rows={10} {...common("description", true)} />, "Markdown: paragraphs, lists, **bold**, links. Raw HTML is not rendered.")}
      <div>
        <input type="hidden" name="onetCode" value={values.onetCode} />
        <p className="font-medium" id="job-occupation-label">
          Occupation
        </p>
        <p className="text-sm text-ink" id="job-occupation-current" aria-live="polite">
          {values.onetCode
            ? `Chosen by an editor: ${occupation ?? values.onetCode} (${values.onetCode}).`
            : posting?.occupationTitle && posting.classifiedBy !== "editor"
              ? `Classified from the title: ${posting.occupationTitle}. Saving classifies the title again unless you choose one.`
              : "Classified from the title when saved (by the same title search as the site's search box)."}
        </p>
        <label htmlFor="job-occupation-search" className="mt-2 block text-sm font-medium">
          Correct it: search occupations
        </label>
        <TitleCombobox
          id="job-occupation-search"
          name="occupationSearch"
          placeholder="e.g. registered nurse"
          describedBy="job-occupation-current job-onetCode-error"
          className={inputClass}
          onChoose={(s) => {
            setValues((v) => ({ ...v, onetCode: s.onetCode }));
            setOccupation(s.title);
          }}
        />
        {values.onetCode ? (
          <button
            type="button"
            className={`${secondaryButtonClass} mt-2`}
            onClick={() => {
              setValues({ ...values, onetCode: "" });
              setOccupation(null);
            }}
          >
            Classify from the title instead
          </button>
        ) : null}
        <FieldError id="job-onetCode-error" message={error("onetCode")} />
      </div>
      <FormMessage ok={state?.ok} message={state?.message} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving…">{posting ? "Save posting" : "Create posting"}</SubmitButton>
        {posting ? (
          <Link href={`/jobs/${posting.id}`} className="font-medium text-accent underline-offset-4 hover:underline">
            View the public page
          </Link>
        ) : null}
      </div>
    </form>
  );
}
