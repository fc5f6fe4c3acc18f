import Link from "next/link";
import { formatPercent, formatWage } from "@/lib/format";
import { changes, type CareerFigures } from "@/lib/saved/snapshot";
import { slugLabel } from "@/lib/saved/limits";

function pay(f: CareerFigures["medianPay"]) {
  if (!f) return { text: "not available", note: null };
  return { text: f.suppressed ? "not published" : formatWage(f), note: `${f.source}, ${f.year}` };
}

function growth(f: CareerFigures["growth"]) {
  if (!f) return { text: "not available", note: null };
  return { text: formatPercent(f.percent, { signed: true }), note: `${f.source} ${f.baseYear}–${f.targetYear}` };
}

function Cell({ value }: { value: { text: string; note: string | null } }) {
  return (
    <>
      <span className="font-medium tabular-nums">{value.text}</span>
      {value.note ? <span className="block text-xs text-ink-muted">{value.note}</span> : null}
    </>
  );
}

const changed = <span className="ml-1 inline-block rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-50">Changed since saved</span>;

/**
 * The key figures of each career as saved and as published now, side by side, each with its source and year;
 * a figure that differs is flagged "Changed since saved".
 */
export function ComparisonFigures({ saved, now, savedAt }: { saved: CareerFigures[]; now: CareerFigures[]; savedAt: string }) {
  const savedDate = savedAt ? new Date(savedAt).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" }) : "when saved";
  const rows = now.map((current) => {
    const before = saved.find((s) => s.slug === current.slug);
    return { current, before, diff: changes(before, current), title: current.title ?? before?.title ?? slugLabel(current.slug) };
  });
  const caption = `Median yearly pay and projected ten-year employment growth, as saved (${savedDate}) and now.`;
  return (
    <>
      {/* Phones: one card per career. */}
      <div className="sm:hidden">
        <p className="text-sm text-ink-muted">{caption}</p>
        <ul className="mt-3 space-y-3">
          {rows.map(({ current, before, diff, title }) => (
            <li key={current.slug} className="rounded-xl border border-line bg-surface p-4">
              <h3 className="font-semibold">
                {current.title ? (
                  <Link href={`/careers/${current.slug}`} className="text-accent underline-offset-4 hover:underline">
                    {title}
                  </Link>
                ) : (
                  title
                )}
              </h3>
              <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
                <div><dt className="text-ink-muted">Median pay when saved</dt><dd><Cell value={pay(before?.medianPay ?? null)} /></dd></div>
                <div><dt className="text-ink-muted">Median pay now</dt><dd><Cell value={pay(current.medianPay)} />{diff.pay && current.title ? changed : null}</dd></div>
                <div><dt className="text-ink-muted">Growth when saved</dt><dd><Cell value={growth(before?.growth ?? null)} /></dd></div>
                <div><dt className="text-ink-muted">Growth now</dt><dd><Cell value={growth(current.growth)} />{diff.growth && current.title ? changed : null}</dd></div>
              </dl>
            </li>
          ))}
        </ul>
      </div>
    <div className="hidden overflow-x-auto rounded-xl border border-line bg-surface sm:block">
      <table className="w-full text-left text-sm">
        <caption className="px-4 pt-4 text-left text-ink-muted">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="px-4 py-3 font-semibold">Career</th>
            <th scope="col" className="px-4 py-3 font-semibold">Median pay when saved</th>
            <th scope="col" className="px-4 py-3 font-semibold">Median pay now</th>
            <th scope="col" className="px-4 py-3 font-semibold">Growth when saved</th>
            <th scope="col" className="px-4 py-3 font-semibold">Growth now</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ current, before, diff, title }) => {
            return (
              <tr key={current.slug} className="border-b border-line last:border-0 align-top">
                <th scope="row" className="px-4 py-3 font-medium">
                  {current.title ? (
                    <Link href={`/careers/${current.slug}`} className="text-accent underline-offset-4 hover:underline">
                      {title}
                    </Link>
                  ) : (
                    <>
                      {title}
                      <span className="block text-xs font-normal text-ink-muted">no current figures for this career</span>
                    </>
                  )}
                </th>
                <td className="px-4 py-3"><Cell value={pay(before?.medianPay ?? null)} /></td>
                <td className="px-4 py-3">
                  <Cell value={pay(current.medianPay)} />
                  {diff.pay && current.title ? changed : null}
                </td>
                <td className="px-4 py-3"><Cell value={growth(before?.growth ?? null)} /></td>
                <td className="px-4 py-3">
                  <Cell value={growth(current.growth)} />
                  {diff.growth && current.title ? changed : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    </>
  );
}
