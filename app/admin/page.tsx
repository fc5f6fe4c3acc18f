import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Administration", robots: { index: false } };

export default function AdminPage() {
  return (
    <ComingSoon
      title="Administration"
      status="Coming soon: the editor and admin tools are being built."
      description="Editors and administrators will maintain curated career pages here, review every change in the audit log, manage users and their roles, and moderate company reviews. Each change records who made it and when; editorial text is always marked apart from official figures."
      related={[sections.careers, sections.companies]}
    />
  );
}
