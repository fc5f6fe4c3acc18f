import type { Metadata } from "next";
import { UnknownCareers } from "@/components/compare/unknown-careers";
import { notFoundInfo } from "@/lib/compare/not-found-store";

export const metadata: Metadata = { title: "Comparison not found", robots: { index: false } };

export default async function ComparisonNotFound() {
  const info = await notFoundInfo();
  return <UnknownCareers careers={info?.careers ?? []} reason={info?.reason ?? null} />;
}
