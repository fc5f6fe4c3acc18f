import type { Metadata } from "next";
import { UnknownCareers } from "@/components/compare/unknown-careers";
import { comparisonNotFound } from "@/lib/compare/not-found-store";

export const metadata: Metadata = { title: "Comparison not found", robots: { index: false } };

export default function ComparisonNotFound() {
  const { careers, reason } = comparisonNotFound();
  return <UnknownCareers careers={careers ?? []} reason={reason} />;
}
