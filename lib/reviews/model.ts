/** What a review is made of: the form's schema with a message per field, and the plain-text clean-up of pros/cons. */
import { z } from "zod";
import { REASON_MAX, TEXT_MAX, TEXT_MIN, TITLE_MAX } from "./fields";

/**
 * Pros and cons are stored as plain text: Unicode normalized, control characters and anything shaped like an HTML
 * tag removed, runs of spaces and blank lines collapsed. Pages render it as text (React escapes it), never as HTML.
 */
export function plainText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/<\/?[a-z!][^>]*>/gi, " ")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const rating = (label: string) =>
  z.coerce
    .number({ error: `Rate ${label} from 1 to 5.` })
    .int(`Rate ${label} from 1 to 5.`)
    .min(1, `Rate ${label} from 1 to 5.`)
    .max(5, `Rate ${label} from 1 to 5.`);

const prose = (label: string) =>
  z
    .string({ error: `Write the ${label}.` })
    .transform(plainText)
    .pipe(
      z
        .string()
        .min(TEXT_MIN, `Write at least ${TEXT_MIN} characters about the ${label}.`)
        .max(TEXT_MAX, `Keep the ${label} to ${TEXT_MAX.toLocaleString("en-US")} characters.`),
    );

/** The review form. Every message names the field and what to do. */
export const reviewFormSchema = z.object({
  company: z.string({ error: "Unknown company." }).trim().regex(/^[a-z0-9-]{1,200}$/, "Unknown company."),
  overall: rating("the company overall"),
  payBenefits: rating("pay & benefits"),
  workLife: rating("work-life balance"),
  careerGrowth: rating("career growth"),
  management: rating("management"),
  culture: rating("culture"),
  pros: prose("pros"),
  cons: prose("cons"),
  jobTitle: z
    .string({ error: "Enter your job title." })
    .transform(plainText)
    .pipe(z.string().min(2, "Enter your job title.").max(TITLE_MAX, `Keep the job title to ${TITLE_MAX} characters.`)),
  currentEmployee: z.enum(["yes", "no"], { error: "Say whether you still work there." }),
});
export type ReviewForm = z.output<typeof reviewFormSchema>;

export const reportSchema = z.object({
  reviewId: z.string().trim().min(1).max(40),
  reason: z
    .string({ error: "Say what is wrong with this review." })
    .transform(plainText)
    .pipe(z.string().min(3, "Say what is wrong with this review.").max(REASON_MAX, `Keep the reason to ${REASON_MAX} characters.`)),
});

export const moderationSchema = z
  .object({
    reviewId: z.string().trim().min(1).max(40),
    version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(2_147_483_647),
    decision: z.enum(["approve", "reject"], { error: "Choose approve or reject." }),
    reason: z
      .string()
      .default("")
      .transform(plainText)
      .pipe(z.string().max(REASON_MAX, `Keep the reason to ${REASON_MAX} characters.`)),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && v.reason.length < 3) ctx.addIssue({ code: "custom", path: ["reason"], message: "Give the reason for rejecting it (the author sees it)." });
  });
