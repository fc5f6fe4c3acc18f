import type { IndexOccupation, IndexTitle } from "@/lib/search/title-index";

/** A handful of real occupations and some of their titles, enough to exercise the matching rules. */
export const occupations: IndexOccupation[] = [
  { onetCode: "15-1232.00", socCode: "15-1232", title: "Computer User Support Specialists", slug: "computer-user-support-specialists", employment: 690_000 },
  { onetCode: "29-1141.00", socCode: "29-1141", title: "Registered Nurses", slug: "registered-nurses", employment: 3_280_000 },
  { onetCode: "29-1141.03", socCode: "29-1141", title: "Critical Care Nurses", slug: "critical-care-nurses", employment: 3_280_000 },
  { onetCode: "29-2061.00", socCode: "29-2061", title: "Licensed Practical and Licensed Vocational Nurses", slug: "licensed-practical-and-licensed-vocational-nurses", employment: 640_000 },
  { onetCode: "43-4071.00", socCode: "43-4071", title: "File Clerks", slug: "file-clerks", employment: 80_000 },
  { onetCode: "49-2011.00", socCode: "49-2011", title: "Computer, Automated Teller, and Office Machine Repairers", slug: "computer-automated-teller-and-office-machine-repairers", employment: 95_000 },
  { onetCode: "53-3032.00", socCode: "53-3032", title: "Heavy and Tractor-Trailer Truck Drivers", slug: "heavy-and-tractor-trailer-truck-drivers", employment: 2_100_000 },
  { onetCode: "13-2011.00", socCode: "13-2011", title: "Accountants and Auditors", slug: "accountants-and-auditors", employment: 1_400_000 },
  { onetCode: "11-1011.00", socCode: "11-1011", title: "Chief Executives", slug: "chief-executives", employment: 210_000 },
];

const t = (onetCode: string, title: string, kind: IndexTitle["kind"], rank: number): IndexTitle => ({ onetCode, title, kind, rank });

export const titles: IndexTitle[] = [
  ...occupations.map((o) => t(o.onetCode, o.title, "OCCUPATION", 100)),
  t("15-1232.00", "Desktop Support Technician (Desktop Support Tech)", "ALTERNATE", 43),
  t("15-1232.00", "Help Desk Technician", "REPORTED", 80),
  t("15-1232.00", "Support Technician (Support Tech)", "ALTERNATE", 41),
  t("15-1232.00", "Technical Support Technician (Technical Support Tech)", "ALTERNATE", 41),
  t("15-1232.00", "IT Support Tech (Information Technology Support Technician)", "ALTERNATE", 41),
  t("43-4071.00", "Support Technician", "ALTERNATE", 41),
  t("49-2011.00", "Support Technician", "ALTERNATE", 41),
  t("49-2011.00", "Field Support Technician", "ALTERNATE", 41),
  t("29-1141.00", "Registered Nurse (RN)", "REPORTED", 80),
  t("29-1141.00", "Staff Nurse", "REPORTED", 80),
  t("29-1141.03", "Intensive Care Unit Registered Nurse (ICU RN)", "ALTERNATE", 42),
  t("29-2061.00", "Licensed Practical Nurse (LPN)", "REPORTED", 80),
  t("53-3032.00", "Truck Driver", "REPORTED", 80),
  t("53-3032.00", "Over the Road Driver (OTR Driver)", "REPORTED", 60),
  t("13-2011.00", "Staff Accountant", "REPORTED", 80),
  t("13-2011.00", "Certified Public Accountant (CPA)", "REPORTED", 80),
  t("11-1011.00", "Chief Executive Officer (CEO)", "REPORTED", 80),
];
