import { US_STATES } from "@/lib/us-states";
import "./state-tile-map.css";

/**
 * A US tile map: one equal square per state (and DC), placed roughly where the state lies, shaded by value in
 * five steps. Server-rendered HTML grid, laid out and coloured by state-tile-map.css (a square is a span named
 * by its postal code and step, so a map of 51 states stays small); the caller gives a table alternative.
 * Equal tiles keep small states (DC, RI, DE) as visible as large ones.
 */
export type StateValue = { fips: string; value: number | null; display: string };

/** Five steps of the accent colour, lowest pay first: classes t0…t4 in state-tile-map.css. */
const STEPS = 5;

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
  const step = (v: number) => (max === min ? STEPS - 1 : Math.min(STEPS - 1, Math.floor(((v - min) / (max - min)) * STEPS)));
  const bounds = Array.from({ length: STEPS }, (_, i) => min + ((max - min) * i) / STEPS);

  return (
    <figure className="tile-map">
      <div role="img" aria-label={title} className="tiles">
        {Object.entries(US_STATES).map(([fips, tile]) => {
          const v = byFips.get(fips);
          return (
            <span key={fips} className={`${tile.abbr} t${v?.value != null ? step(v.value) : "n"}`} title={`${tile.name}: ${v?.display ?? "not published"}`}>
              {tile.abbr}
            </span>
          );
        })}
      </div>
      <figcaption className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-ink-muted">
        <span className="font-medium text-ink">Median pay</span>
        {bounds.map((bound, i) => (
          <span key={i} className="inline-flex items-center gap-1.5 tabular-nums">
            <span className={`swatch t${i}`} aria-hidden />
            {i === STEPS - 1 ? `${legendFormat(bound)}+` : `${legendFormat(bound)}–${legendFormat(bounds[i + 1])}`}
          </span>
        ))}
        <span className="inline-flex items-center gap-1.5">
          <span className="swatch tn" aria-hidden />
          not published
        </span>
      </figcaption>
    </figure>
  );
}
