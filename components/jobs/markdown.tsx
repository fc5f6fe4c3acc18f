/**
 * A small, safe markdown renderer for posting descriptions: paragraphs, headings, bullet and numbered lists,
 * **bold**, *italic*, `code` and [links](https://…). Everything becomes React elements (text is escaped by
 * React); raw HTML in the input stays visible text, and only http(s) links are made into links.
 */
import type { ReactNode } from "react";

type Block = { kind: "p" | "h" | "ul" | "ol"; lines: string[]; level?: number };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current = null as Block | null;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    if (!line) {
      current = null;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*+•]\s+(.*)$/.exec(line);
    const numbered = /^\d{1,3}[.)]\s+(.*)$/.exec(line);
    if (heading) {
      out.push({ kind: "h", lines: [heading[2]], level: heading[1].length });
      current = null;
    } else if (bullet || numbered) {
      const kind = bullet ? "ul" : "ol";
      const item = (bullet ?? numbered)![1];
      if (current?.kind === kind) current.lines.push(item);
      else out.push((current = { kind, lines: [item] }));
    } else if (current?.kind === "p") current.lines.push(line);
    else out.push((current = { kind: "p", lines: [line] }));
  }
  return out;
}

const INLINE = /(\*\*[^*]+\*\*|__[^_]+__|\*[^*\s][^*]*\*|_[^_\s][^_]*_|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/g;

function inline(text: string, key: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    const k = `${key}-${i}`;
    if (/^(\*\*|__).+\1$/.test(part)) return <strong key={k}>{part.slice(2, -2)}</strong>;
    if (/^`.+`$/.test(part)) return <code key={k} className="rounded bg-subtle px-1">{part.slice(1, -1)}</code>;
    if (/^(\*|_).+\1$/.test(part)) return <em key={k}>{part.slice(1, -1)}</em>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      const safe = /^https?:\/\//i.test(link[2]);
      return safe ? (
        <a key={k} href={link[2]} rel="nofollow noopener noreferrer" className="text-accent underline underline-offset-4">
          {link[1]}
        </a>
      ) : (
        <span key={k}>{link[1]}</span>
      );
    }
    return part;
  });
}

export function Markdown({ text }: { text: string }) {
  return (
    <div className="space-y-4 leading-relaxed">
      {blocks(text).map((b, i) => {
        const key = `b${i}`;
        if (b.kind === "h") return b.level! <= 2 ? <h3 key={key} className="pt-2 text-lg font-semibold">{inline(b.lines[0], key)}</h3> : <h4 key={key} className="pt-1 font-semibold">{inline(b.lines[0], key)}</h4>;
        if (b.kind === "ul" || b.kind === "ol") {
          const List = b.kind;
          return (
            <List key={key} className={`${b.kind === "ul" ? "list-disc" : "list-decimal"} space-y-1 pl-6`}>
              {b.lines.map((l, j) => (
                <li key={j}>{inline(l, `${key}-${j}`)}</li>
              ))}
            </List>
          );
        }
        return <p key={key}>{inline(b.lines.join(" "), key)}</p>;
      })}
    </div>
  );
}
