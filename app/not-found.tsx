import type { Metadata } from "next";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <NotFoundPanel
      heading="We couldn’t find that page"
      message="The address may be mistyped, or the page may have moved. Try a job title, or start again from the home page."
      searchId="not-found-search"
      link={{ href: "/", label: "Go to the home page" }}
    />
  );
}
