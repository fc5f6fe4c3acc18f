"use client";

import { useActionState, useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/actions/authed-action";
import type { OccupationEditSnapshot } from "@/lib/admin/occupation-edits";
import { FieldError, FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { ConflictPanel } from "./conflict-panel";

type FigureRow = { label: string; value: string; unit: string; year: string; sourceName: string; sourceUrl: string };
type Values = { description: string; tasks: string; skills: string[]; addedTitles: string; removedTitles: string; figures: FigureRow[] };
type Skill = { elementId: string; name: string; importance: number | null };

const FIGURE_FIELDS: { key: keyof FigureRow; label: string; hint?: string }[] = [
  { key: "label", label: "Label", hint: "e.g. Median pay in Ohio" },
  { key: "value", label: "Value" },
  { key: "unit", label: "Unit", hint: "e.g. USD per year" },
  { key: "year", label: "Year" },
  { key: "sourceName", label: "Source (publisher)" },
  { key: "sourceUrl", label: "Source address (https://…)" },
];
const BLANK_FIGURE: FigureRow = { label: "", value: "", unit: "", year: "", sourceName: "", sourceUrl: "" };

function valuesOf(s: OccupationEditSnapshot): Values {
  return {
    description: s.description ?? "",
    tasks: (s.tasks ?? []).join("\n"),
    skills: s.skills ?? [],
    addedTitles: s.addedTitles.join("\n"),
    removedTitles: s.removedTitles.join("\n"),
    figures: s.figures.map((f) => ({ ...f, value: String(f.value), year: String(f.year) })),
  };
}

type Props = {
  action: (state: ActionState<OccupationEditSnapshot> | undefined, form: FormData) => Promise<ActionState<OccupationEditSnapshot>>;
  edit: OccupationEditSnapshot;
  official: { description: string | null; tasks: string[] };
  skills: Skill[];
  publicPath: string;
};

/**
 * The editor for one occupation's overlay. Values live in state, so nothing typed is lost on an error or a
 * conflict; a refused save shows both versions (ConflictPanel) and saving again goes over the newer one.
 */
export function OccupationEditForm({ action, edit, official, skills, publicPath }: Props) {
  const router = useRouter();
  const [state, formAction] = useActionState<ActionState<OccupationEditSnapshot> | undefined, FormData>(action, undefined);
  const [values, setValues] = useState<Values>(() => valuesOf(edit));
  const [adding, setAdding] = useState("");
  const conflict = state?.status === 409 && state.data ? state.data : null;
  const answered = state?.data ?? null;
  const base = answered && answered.version > edit.version ? answered : edit;
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  // the page was reloaded after a change beside the form (an admin removed the edits): follow it
  const [seen, setSeen] = useState(edit.version);
  if (edit.version !== seen) {
    setSeen(edit.version);
    if (!answered || edit.version > answered.version) setValues(valuesOf(edit));
  }

  const error = (name: string) => state?.fields?.[name];
  const skillName = (id: string) => skills.find((s) => s.elementId === id)?.name ?? id;
  const text = (name: "description" | "tasks" | "addedTitles" | "removedTitles", rows: number, label: string, hint: string) => (
    <div>
      <label htmlFor={`edit-${name}`} className="block font-medium">
        {label}
      </label>
      <p id={`edit-${name}-hint`} className="text-sm text-ink-muted">
        {hint}
      </p>
      <textarea
        id={`edit-${name}`}
        name={name}
        rows={rows}
        value={values[name]}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        aria-invalid={error(name) ? true : undefined}
        aria-describedby={`edit-${name}-hint edit-${name}-error`}
        className={inputClass}
      />
      <FieldError id={`edit-${name}-error`} message={error(name)} />
    </div>
  );
  const move = (i: number, by: number) => {
    const next = [...values.skills];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item);
    setValues({ ...values, skills: next });
  };
  const setFigure = (i: number, key: keyof FigureRow, value: string) =>
    setValues({ ...values, figures: values.figures.map((f, j) => (j === i ? { ...f, [key]: value } : f)) });
  const figuresText = (v: Values) => v.figures.map((f) => `${f.label}: ${f.value} ${f.unit} (${f.year}; ${f.sourceName}, ${f.sourceUrl})`).join("\n");
  const theirs = conflict ? valuesOf(conflict) : null;

  return (
    <form action={formAction} noValidate className="grid gap-6">
      <input type="hidden" name="onetCode" value={edit.onetCode} />
      <input type="hidden" name="version" value={base.version} />
      <input type="hidden" name="figures" value={JSON.stringify(values.figures)} />
      {values.skills.map((s) => (
        <input key={s} type="hidden" name="skills" value={s} />
      ))}
      {conflict && theirs ? (
        <ConflictPanel
          what="occupation"
          version={conflict.version}
          updatedAt={conflict.updatedAt}
          onUseTheirs={() => setValues(theirs)}
          rows={[
            { label: "Description", mine: values.description, theirs: theirs.description },
            { label: "Responsibilities", mine: values.tasks, theirs: theirs.tasks },
            { label: "Top skills", mine: values.skills.map(skillName).join("\n"), theirs: theirs.skills.map(skillName).join("\n") },
            { label: "Added titles", mine: values.addedTitles, theirs: theirs.addedTitles },
            { label: "Removed titles", mine: values.removedTitles, theirs: theirs.removedTitles },
            { label: "Editorial figures", mine: figuresText(values), theirs: figuresText(theirs) },
          ]}
        />
      ) : null}

      <div>
        {text("description", 8, "Description (markdown)", "Empty: the official O*NET description shows. Markdown: paragraphs, lists, **bold**, *italic*, links (http/https). Raw HTML is shown as text.")}
        {official.description ? (
          <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={() => setValues({ ...values, description: official.description ?? "" })}>
            Start from the official description
          </button>
        ) : null}
      </div>

      <div>
        {text("tasks", 8, "Responsibilities", "One per line, in the order to show. Empty: the official O*NET task statements show.")}
        {official.tasks.length ? (
          <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={() => setValues({ ...values, tasks: official.tasks.join("\n") })}>
            Start from the official tasks
          </button>
        ) : null}
      </div>

      <fieldset aria-describedby="edit-skills-hint edit-skills-error">
        <legend className="font-medium">Top skills</legend>
        <p id="edit-skills-hint" className="text-sm text-ink-muted">
          Choose and order from this occupation&apos;s O*NET skills (their ratings stay O*NET&apos;s). None chosen: the ten most important show.
        </p>
        {values.skills.length ? (
          <ol className="mt-2 space-y-1">
            {values.skills.map((id, i) => (
              <li key={id} className="flex flex-wrap items-center gap-2 rounded-lg border border-line bg-surface px-3 py-1">
                <span className="min-w-0 flex-1">
                  {i + 1}. {skillName(id)}
                </span>
                <button type="button" className="min-h-11 min-w-11 rounded-lg px-2 hover:bg-subtle disabled:opacity-40" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${skillName(id)} up`}>
                  ↑
                </button>
                <button
                  type="button"
                  className="min-h-11 min-w-11 rounded-lg px-2 hover:bg-subtle disabled:opacity-40"
                  disabled={i === values.skills.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`Move ${skillName(id)} down`}
                >
                  ↓
                </button>
                <button type="button" className="min-h-11 rounded-lg px-2 hover:bg-subtle" onClick={() => setValues({ ...values, skills: values.skills.filter((s) => s !== id) })} aria-label={`Remove ${skillName(id)}`}>
                  Remove
                </button>
              </li>
            ))}
          </ol>
        ) : null}
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor="edit-skill-add" className="block text-sm font-medium">
              Add a skill
            </label>
            <select id="edit-skill-add" value={adding} onChange={(e) => setAdding(e.target.value)} className={inputClass}>
              <option value="">Choose a skill…</option>
              {skills
                .filter((s) => !values.skills.includes(s.elementId))
                .map((s) => (
                  <option key={s.elementId} value={s.elementId}>
                    {s.name}
                    {s.importance != null ? ` (importance ${s.importance.toFixed(1)})` : ""}
                  </option>
                ))}
            </select>
          </div>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!adding}
            onClick={() => {
              setValues({ ...values, skills: [...values.skills, adding] });
              setAdding("");
            }}
          >
            Add
          </button>
        </div>
        <FieldError id="edit-skills-error" message={error("skills")} />
      </fieldset>

      <div className="grid gap-6 md:grid-cols-2">
        {text("addedTitles", 5, "Job titles added to search", "One per line: people searching these find this occupation.")}
        {text("removedTitles", 5, "Official titles taken out of search", "One per line, exactly as listed for this occupation (the import keeps them; search stops using them).")}
      </div>

      <fieldset aria-describedby="edit-figures-hint edit-figures-error">
        <legend className="font-medium">Editorial figures</legend>
        <p id="edit-figures-hint" className="text-sm text-ink-muted">
          Figures from other sources, shown apart from the official ones and never replacing them. Each needs a label, value, unit, year and a cited source (publisher and address).
        </p>
        {values.figures.map((f, i) => (
          <div key={i} role="group" aria-label={`Figure ${i + 1}`} className="mt-3 grid gap-3 rounded-lg border border-line p-3 md:grid-cols-3">
            {FIGURE_FIELDS.map(({ key, label, hint }) => {
              const name = `figures.${i}.${key}`;
              return (
                <div key={key}>
                  <label htmlFor={`edit-${name}`} className="block text-sm font-medium">
                    {label}
                  </label>
                  <input
                    id={`edit-${name}`}
                    type={key === "sourceUrl" ? "url" : "text"}
                    inputMode={key === "value" ? "decimal" : key === "year" ? "numeric" : undefined}
                    placeholder={hint}
                    value={f[key]}
                    onChange={(e) => setFigure(i, key, e.target.value)}
                    aria-invalid={error(name) ? true : undefined}
                    aria-describedby={`edit-${name}-error`}
                    className={inputClass}
                  />
                  <FieldError id={`edit-${name}-error`} message={error(name)} />
                </div>
              );
            })}
            <div className="md:col-span-3">
              <button type="button" className={secondaryButtonClass} onClick={() => setValues({ ...values, figures: values.figures.filter((_, j) => j !== i) })}>
                Remove figure {i + 1}
              </button>
            </div>
          </div>
        ))}
        <button type="button" className={`${secondaryButtonClass} mt-3`} onClick={() => setValues({ ...values, figures: [...values.figures, { ...BLANK_FIGURE }] })}>
          Add a figure
        </button>
        <FieldError id="edit-figures-error" message={error("figures")} />
      </fieldset>

      <FormMessage ok={state?.ok} message={state?.message} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving…">Save edits</SubmitButton>
        <Link href={publicPath} prefetch={false} className="font-medium text-accent underline-offset-4 hover:underline">
          View the public page
        </Link>
      </div>
    </form>
  );
}
