"use client";

import { useActionState, useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/actions/authed-action";
import type { RoleSnapshot } from "@/lib/admin/curated-roles";
import { FieldError, FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { TitleCombobox } from "@/components/search/title-combobox";
import { ConflictPanel } from "./conflict-panel";

type Values = { name: string; slug: string; onetCode: string; occupationTitle: string; description: string; titles: string };

const valuesOf = (r: RoleSnapshot | null): Values => ({
  name: r?.name ?? "",
  slug: r?.slug ?? "",
  onetCode: r?.onetCode ?? "",
  occupationTitle: r?.occupationTitle ?? "",
  description: r?.description ?? "",
  titles: r?.titles.join("\n") ?? "",
});

type Props = {
  action: (state: ActionState<RoleSnapshot> | undefined, form: FormData) => Promise<ActionState<RoleSnapshot>>;
  role: RoleSnapshot | null;
};

/** Creates or edits a curated role; a refused save (someone saved first) shows both versions to merge. */
export function RoleForm({ action, role }: Props) {
  const router = useRouter();
  const [state, formAction] = useActionState<ActionState<RoleSnapshot> | undefined, FormData>(action, undefined);
  const [values, setValues] = useState<Values>(() => valuesOf(role));
  const conflict = state?.status === 409 && state.data ? state.data : null;
  const answered = state?.data ?? null;
  const base = answered && (!role || answered.version > role.version) ? answered : role;
  useEffect(() => {
    if (!state?.ok || !state.data) return;
    if (!role) router.push(`/admin/roles/${state.data.id}?created=1`);
    else router.refresh();
  }, [state, role, router]);

  const error = (name: string) => state?.fields?.[name];
  const field = (name: "name" | "slug" | "description" | "titles", label: string, hint: string | null, input: "input" | "textarea", rows = 4) => {
    const props = {
      id: `role-${name}`,
      name,
      value: values[name],
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues({ ...values, [name]: e.target.value }),
      "aria-invalid": error(name) ? true : undefined,
      "aria-describedby": [hint ? `role-${name}-hint` : "", `role-${name}-error`].filter(Boolean).join(" "),
      className: inputClass,
    };
    return (
      <div>
        <label htmlFor={`role-${name}`} className="block font-medium">
          {label}
        </label>
        {hint ? (
          <p id={`role-${name}-hint`} className="text-sm text-ink-muted">
            {hint}
          </p>
        ) : null}
        {input === "input" ? <input type="text" maxLength={name === "name" ? 80 : 120} {...props} /> : <textarea rows={rows} {...props} />}
        <FieldError id={`role-${name}-error`} message={error(name)} />
      </div>
    );
  };
  const theirs = conflict ? valuesOf(conflict) : null;

  return (
    <form action={formAction} noValidate className="grid gap-6">
      {role ? <input type="hidden" name="id" value={role.id} /> : null}
      {base ? <input type="hidden" name="version" value={base.version} /> : null}
      <input type="hidden" name="onetCode" value={values.onetCode} />
      {conflict && theirs ? (
        <ConflictPanel
          what="role"
          version={conflict.version}
          updatedAt={conflict.updatedAt}
          onUseTheirs={() => setValues(theirs)}
          rows={[
            { label: "Name", mine: values.name, theirs: theirs.name },
            { label: "Address", mine: values.slug, theirs: theirs.slug },
            { label: "Based on", mine: values.occupationTitle || values.onetCode, theirs: theirs.occupationTitle || theirs.onetCode },
            { label: "Description", mine: values.description, theirs: theirs.description },
            { label: "Alternative titles", mine: values.titles, theirs: theirs.titles },
          ]}
        />
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        {field("name", "Role name", "As people say it, e.g. Lead Technician.", "input")}
        {field("slug", "Address", "The page is /careers/<address>. Empty: made from the name.", "input")}
      </div>
      <div>
        <p className="font-medium" id="role-occupation-label">
          Based on the occupation
        </p>
        <p className="text-sm text-ink" id="role-occupation-current" aria-live="polite">
          {values.onetCode ? `${values.occupationTitle || "Chosen"} (${values.onetCode}): its official figures show on the role's page.` : "None chosen yet."}
        </p>
        <label htmlFor="role-occupation-search" className="mt-2 block text-sm font-medium">
          Search occupations
        </label>
        <TitleCombobox
          id="role-occupation-search"
          name="occupationSearch"
          placeholder="e.g. electronics repairer"
          describedBy="role-occupation-current role-onetCode-error"
          className={inputClass}
          onChoose={(s) => setValues((v) => ({ ...v, onetCode: s.onetCode, occupationTitle: s.title }))}
        />
        <FieldError id="role-onetCode-error" message={error("onetCode")} />
      </div>
      {field("description", "Description (markdown)", "Empty: the occupation's description shows. Markdown: paragraphs, lists, **bold**, *italic*, links (http/https); raw HTML is shown as text.", "textarea", 8)}
      {field("titles", "Alternative titles", "One per line: search and comparison addresses with these names lead to this role.", "textarea")}
      <FormMessage ok={state?.ok} message={state?.message} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving…">{role ? "Save role" : "Create role"}</SubmitButton>
        {role ? (
          <Link href={`/careers/${role.slug}`} prefetch={false} className="font-medium text-accent underline-offset-4 hover:underline">
            View the public page
          </Link>
        ) : null}
        <Link href="/admin/roles" className={secondaryButtonClass}>
          Back to roles
        </Link>
      </div>
    </form>
  );
}
