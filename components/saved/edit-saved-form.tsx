"use client";

import { useActionState, useState } from "react";
import { updateSaved } from "@/lib/actions/saved";
import { FieldError, FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { inputClass } from "@/components/forms/styles";
import { NOTE_MAX, TITLE_MAX } from "@/lib/saved/limits";

/** Title and note of one saved comparison, saved together with the version they were loaded at. */
export function EditSavedForm({ id, version, title, note }: { id: string; version: number; title: string; note: string }) {
  const [state, action] = useActionState(updateSaved, undefined);
  const [values, setValues] = useState({ title, note });
  const prefix = `edit-${id}`;
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={state?.ok && state.data ? state.data.version : version} />
      <div>
        <label htmlFor={`${prefix}-title`} className="block font-medium">
          Title
        </label>
        <input
          id={`${prefix}-title`}
          name="title"
          value={values.title}
          onChange={(e) => setValues({ ...values, title: e.target.value })}
          maxLength={TITLE_MAX}
          aria-invalid={state?.fields?.title ? true : undefined}
          aria-describedby={`${prefix}-title-error`}
          className={inputClass}
        />
        <FieldError id={`${prefix}-title-error`} message={state?.fields?.title} />
      </div>
      <div>
        <label htmlFor={`${prefix}-note`} className="block font-medium">
          Note
        </label>
        <textarea
          id={`${prefix}-note`}
          name="note"
          rows={4}
          value={values.note}
          onChange={(e) => setValues({ ...values, note: e.target.value })}
          aria-invalid={state?.fields?.note ? true : undefined}
          aria-describedby={`${prefix}-note-count ${prefix}-note-error`}
          className={inputClass}
        />
        <p id={`${prefix}-note-count`} className={`text-sm ${values.note.length > NOTE_MAX ? "font-medium text-red-700 dark:text-red-300" : "text-ink-muted"}`}>
          {values.note.length.toLocaleString("en-US")} of {NOTE_MAX.toLocaleString("en-US")} characters
        </p>
        <FieldError id={`${prefix}-note-error`} message={state?.fields?.note} />
      </div>
      <FormMessage ok={state?.ok} message={state?.message} />
      <SubmitButton pendingLabel="Saving…">Save title and note</SubmitButton>
    </form>
  );
}
