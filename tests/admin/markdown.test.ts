/**
 * The markdown renderer used for editors' descriptions (and posting descriptions): everything is text unless it
 * is one of the few allowed forms; links only for http(s), with rel=nofollow. Hostile input stays harmless.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/jobs/markdown";

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("safe markdown", () => {
  it("renders paragraphs, lists, emphasis and http(s) links with rel=nofollow", () => {
    const out = html("First **bold** and *soft*.\n\n- one\n- two\n\n1. a\n2. b\n\nSee [BLS](https://www.bls.gov/ooh/).");
    expect(out).toContain("<p>First <strong>bold</strong> and <em>soft</em>.</p>");
    expect(out).toMatch(/<ul[^>]*><li>one<\/li><li>two<\/li><\/ul>/);
    expect(out).toMatch(/<ol[^>]*><li>a<\/li><li>b<\/li><\/ol>/);
    expect(out).toMatch(/<a href="https:\/\/www.bls.gov\/ooh\/" rel="nofollow noopener noreferrer"[^>]*>BLS<\/a>/);
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>"],
    ["an image with onerror", '<img src=x onerror="alert(1)">'],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a style tag", "<style>body{display:none}</style>"],
    ["a raw anchor", '<a href="javascript:alert(1)">click</a>'],
  ])("shows %s as text, never as HTML", (_, input) => {
    const out = html(`Hello ${input} world`);
    expect(out).not.toMatch(/<(script|img|iframe|style|a)[\s>]/i);
    expect(out).toContain("&lt;");
  });

  it.each([
    ["javascript:", "[x](javascript:alert(1))"],
    ["JavaScript: with capitals", "[x](JaVaScRiPt:alert(1))"],
    ["data:", "[x](data:text/html;base64,PHNjcmlwdD4=)"],
    ["vbscript:", "[x](vbscript:msgbox(1))"],
    ["protocol-relative", "[x](//evil.example/path)"],
    ["a relative path", "[x](/admin/users)"],
  ])("makes no link of a %s address", (_, input) => {
    const out = html(input);
    expect(out).not.toContain("<a");
    expect(out).toContain("x");
  });

  it("keeps attribute-breaking characters inside the href escaped", () => {
    const out = html('[x](https://ok.example/"onmouseover="alert(1))');
    expect(out).not.toMatch(/\sonmouseover=/);
  });

  it("does not nest or rebuild HTML out of markdown pieces", () => {
    const out = html("**<b>bold</b>** and `<script>`");
    expect(out).not.toMatch(/<b>|<script>/);
    expect(out).toContain("<code");
  });
});
