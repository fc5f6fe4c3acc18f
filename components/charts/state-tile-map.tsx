/**
 * A US tile map: one equal square per state (and DC), placed roughly where the state lies, shaded by value in
 * five steps. Server-rendered SVG; the caller gives a table alternative. Equal tiles keep small states
 * (DC, RI, DE) as visible as large ones.
 */
export type StateValue = { fips: string; value: number | null; display: string };

type Tile = { abbr: string; name: string; col: number; row: number };

/** FIPS → postal code, name and tile position (column, row). */
export const STATE_TILES: Record<string, Tile> = {
  "02": { abbr: "AK", name: "Alaska", col: 0, row: 0 },
  "23": { abbr: "ME", name: "Maine", col: 11, row: 0 },
  "55": { abbr: "WI", name: "Wisconsin", col: 6, row: 1 },
  "50": { abbr: "VT", name: "Vermont", col: 10, row: 1 },
  "33": { abbr: "NH", name: "New Hampshire", col: 11, row: 1 },
  "53": { abbr: "WA", name: "Washington", col: 1, row: 2 },
  "16": { abbr: "ID", name: "Idaho", col: 2, row: 2 },
  "30": { abbr: "MT", name: "Montana", col: 3, row: 2 },
  "38": { abbr: "ND", name: "North Dakota", col: 4, row: 2 },
  "27": { abbr: "MN", name: "Minnesota", col: 5, row: 2 },
  "17": { abbr: "IL", name: "Illinois", col: 6, row: 2 },
  "26": { abbr: "MI", name: "Michigan", col: 7, row: 2 },
  "36": { abbr: "NY", name: "New York", col: 9, row: 2 },
  "25": { abbr: "MA", name: "Massachusetts", col: 10, row: 2 },
  "41": { abbr: "OR", name: "Oregon", col: 1, row: 3 },
  "32": { abbr: "NV", name: "Nevada", col: 2, row: 3 },
  "56": { abbr: "WY", name: "Wyoming", col: 3, row: 3 },
  "46": { abbr: "SD", name: "South Dakota", col: 4, row: 3 },
  "19": { abbr: "IA", name: "Iowa", col: 5, row: 3 },
  "18": { abbr: "IN", name: "Indiana", col: 6, row: 3 },
  "39": { abbr: "OH", name: "Ohio", col: 7, row: 3 },
  "42": { abbr: "PA", name: "Pennsylvania", col: 8, row: 3 },
  "34": { abbr: "NJ", name: "New Jersey", col: 9, row: 3 },
  "09": { abbr: "CT", name: "Connecticut", col: 10, row: 3 },
  "44": { abbr: "RI", name: "Rhode Island", col: 11, row: 3 },
  "06": { abbr: "CA", name: "California", col: 1, row: 4 },
  "49": { abbr: "UT", name: "Utah", col: 2, row: 4 },
  "08": { abbr: "CO", name: "Colorado", col: 3, row: 4 },
  "31": { abbr: "NE", name: "Nebraska", col: 4, row: 4 },
  "29": { abbr: "MO", name: "Missouri", col: 5, row: 4 },
  "21": { abbr: "KY", name: "Kentucky", col: 6, row: 4 },
  "54": { abbr: "WV", name: "West Virginia", col: 7, row: 4 },
  "51": { abbr: "VA", name: "Virginia", col: 8, row: 4 },
  "24": { abbr: "MD", name: "Maryland", col: 9, row: 4 },
  "10": { abbr: "DE", name: "Delaware", col: 10, row: 4 },
  "04": { abbr: "AZ", name: "Arizona", col: 2, row: 5 },
  "35": { abbr: "NM", name: "New Mexico", col: 3, row: 5 },
  "20": { abbr: "KS", name: "Kansas", col: 4, row: 5 },
  "05": { abbr: "AR", name: "Arkansas", col: 5, row: 5 },
  "47": { abbr: "TN", name: "Tennessee", col: 6, row: 5 },
  "37": { abbr: "NC", name: "North Carolina", col: 7, row: 5 },
  "45": { abbr: "SC", name: "South Carolina", col: 8, row: 5 },
  "11": { abbr: "DC", name: "District of Columbia", col: 9, row: 5 },
  "40": { abbr: "OK", name: "Oklahoma", col: 4, row: 6 },
  "22": { abbr: "LA", name: "Louisiana", col: 5, row: 6 },
  "28": { abbr: "MS", name: "Mississippi", col: 6, row: 6 },
  "01": { abbr: "AL", name: "Alabama", col: 7, row: 6 },
  "13": { abbr: "GA", name: "Georgia", col: 8, row: 6 },
  "15": { abbr: "HI", name: "Hawaii", col: 0, row: 7 },
  "48": { abbr: "TX", name: "Texas", col: 4, row: 7 },
  "12": { abbr: "FL", name: "Florida", col: 9, row: 7 },
};

const COLS = 12;
const ROWS = 8;
const SIZE = 40;
const GAP = 3;
/** Opacity of the accent colour for the five steps, lowest pay first. */
const STEPS = [0.16, 0.34, 0.52, 0.72, 0.95];

type StateTileMapProps = {
  title: string;
  values: StateValue[];
  legendFormat: (value: number) => string;
  /** The lowest and highest value of the scale, to put several maps on one scale; defaults to these values' range. */
  domain?: [number, number];
};

export function StateTileMap({ title, values, legendFormat, domain }: StateTileMapProps) {
  const byFips = new Map(values.map((v) => [v.fips, v]));
  const known = values.map((v) => v.value).filter((v): v is number => v != null);
  if (known.length === 0) return null;
  const min = domain?.[0] ?? Math.min(...known);
  const max = domain?.[1] ?? Math.max(...known);
  const step = (v: number) => (max === min ? STEPS.length - 1 : Math.min(STEPS.length - 1, Math.floor(((v - min) / (max - min)) * STEPS.length)));
  const bounds = STEPS.map((_, i) => min + ((max - min) * i) / STEPS.length);

  return (
    <figure>
      <svg
        viewBox={`0 0 ${COLS * SIZE} ${ROWS * SIZE}`}
        width="100%"
        role="img"
        aria-label={title}
        className="-mx-2 block h-auto w-[calc(100%+1rem)] max-w-2xl sm:mx-0 sm:w-full"
        focusable="false"
      >
        {Object.entries(STATE_TILES).map(([fips, tile]) => {
          const v = byFips.get(fips);
          const s = v?.value != null ? step(v.value) : null;
          const x = tile.col * SIZE + GAP / 2;
          const y = tile.row * SIZE + GAP / 2;
          const dark = s != null && s >= 3;
          return (
            <g key={fips}>
              <title>{`${tile.name}: ${v?.display ?? "not published"}`}</title>
              <rect x={x} y={y} width={SIZE - GAP} height={SIZE - GAP} rx="4" className="fill-subtle" />
              {s != null ? (
                <rect x={x} y={y} width={SIZE - GAP} height={SIZE - GAP} rx="4" className="fill-accent" opacity={STEPS[s]} />
              ) : (
                <rect
                  x={x + 0.75}
                  y={y + 0.75}
                  width={SIZE - GAP - 1.5}
                  height={SIZE - GAP - 1.5}
                  rx="4"
                  className="fill-none stroke-line-strong"
                  strokeDasharray="3 2"
                  strokeWidth="1"
                />
              )}
              <text
                x={x + (SIZE - GAP) / 2}
                y={y + (SIZE - GAP) / 2}
                dy="0.35em"
                textAnchor="middle"
                className={`text-[15px] font-semibold ${dark ? "fill-canvas" : "fill-ink"}`}
              >
                {tile.abbr}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-ink-muted">
        <span className="font-medium text-ink">Median pay</span>
        {STEPS.map((opacity, i) => (
          <span key={opacity} className="inline-flex items-center gap-1.5 tabular-nums">
            <svg width="14" height="14" aria-hidden focusable="false">
              <rect width="14" height="14" rx="3" className="fill-subtle" />
              <rect width="14" height="14" rx="3" className="fill-accent" opacity={opacity} />
            </svg>
            {i === STEPS.length - 1 ? `${legendFormat(bounds[i])}+` : `${legendFormat(bounds[i])}–${legendFormat(bounds[i + 1])}`}
          </span>
        ))}
        <span className="inline-flex items-center gap-1.5">
          <svg width="14" height="14" aria-hidden focusable="false">
            <rect x="0.5" y="0.5" width="13" height="13" rx="3" className="fill-none stroke-line-strong" strokeDasharray="3 2" />
          </svg>
          not published
        </span>
      </figcaption>
    </figure>
  );
}
