/** Small inline icons. Decorative: the text next to them carries the meaning. */
type IconProps = { className?: string };

const base = {
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  "aria-hidden": true,
  focusable: false,
} as const;

export function SearchIcon({ className = "size-5" }: IconProps) {
  return (
    <svg {...base} className={className}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 4.5 4.5" />
    </svg>
  );
}

export function MenuIcon({ className = "size-5" }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M4 7h16M4 12h16M4 17h16" />
    </svg>
  );
}

export function CloseIcon({ className = "size-5" }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  );
}

export function ArrowRightIcon({ className = "size-4" }: IconProps) {
  return (
    <svg {...base} className={className}>
      <path d="M5 12h14M13 6l6 6-6 6" />
    </svg>
  );
}

/** The Careerlens mark: a lens over a rising bar chart. */
export function LogoMark({ className = "size-7" }: IconProps) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden focusable={false} className={className}>
      <circle cx="13.5" cy="13.5" r="9.5" fill="none" stroke="currentColor" strokeWidth="2.75" />
      <path d="m20.6 20.6 7.4 7.4" stroke="currentColor" strokeWidth="3.25" strokeLinecap="round" />
      <rect x="8.5" y="13.5" width="2.6" height="5" rx="0.8" fill="currentColor" />
      <rect x="12.2" y="10.5" width="2.6" height="8" rx="0.8" fill="currentColor" />
      <rect x="15.9" y="8" width="2.6" height="10.5" rx="0.8" fill="currentColor" />
    </svg>
  );
}
