import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export const metadata: Metadata = { title: "Profession group not found" };

export default function ProfessionGroupNotFound() {
  return (
    <NotFoundPanel
      heading="We couldn’t find that group"
      message="No occupational group has this address. Search for the job title you have in mind, or pick a group from the list."
      searchId="group-not-found-search"
      link={{ href: "/professions", label: "Explore professions" }}
    />
  );
}
