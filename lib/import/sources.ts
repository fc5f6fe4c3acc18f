/** Source labels and reference years written to the rows of the tables this importer owns. */
export const ONET_29 = { source: "O*NET 29.0", year: 2024 } as const;
export const ONET_30 = { source: "O*NET 30.1", year: 2025 } as const;
export const SOC_2018 = { source: "SOC 2018", year: 2018 } as const;
export const IPEDS = "NCES IPEDS Completions";
export const SP500 = "S&P 500 constituents (datahub.io)";
