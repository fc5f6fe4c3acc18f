import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export const metadata: Metadata = { title: "Company not found" };

export default function CompanyNotFound() {
  return (
    <NotFoundPanel
      heading="We couldn’t find that company"
      message="No company has this address. Look it up by name or ticker in the company list, or search for a job title."
      searchId="company-not-found-search"
      link={{ href: "/companies", label: "Explore companies" }}
    />
  );
}
