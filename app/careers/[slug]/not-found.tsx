import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export const metadata: Metadata = { title: "Career not found" };

export default function CareerNotFound() {
  return (
    <NotFoundPanel
      heading="We couldn’t find that career"
      message="No occupation has this address. Search for the job title you have in mind, or browse every career."
      searchId="career-not-found-search"
      link={{ href: "/careers", label: "Explore careers" }}
    />
  );
}
