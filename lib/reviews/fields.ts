/** What a review holds and how long its fields may be, with no dependencies, so client components import these without the schema (zod). */
export const SUB_RATINGS = [
  { key: "payBenefits", label: "Pay & benefits" },
  { key: "workLife", label: "Work-life balance" },
  { key: "careerGrowth", label: "Career growth" },
  { key: "management", label: "Management" },
  { key: "culture", label: "Culture" },
] as const;
export type SubRatingKey = (typeof SUB_RATINGS)[number]["key"];
export const RATING_KEYS = ["overall", ...SUB_RATINGS.map((s) => s.key)] as const;
export type RatingKey = (typeof RATING_KEYS)[number];

export const TEXT_MIN = 20;
export const TEXT_MAX = 2000;
export const TITLE_MAX = 120;
export const REASON_MAX = 500;
/** One review per author and company within this many months. */
export const REVIEW_WINDOW_MONTHS = 12;
