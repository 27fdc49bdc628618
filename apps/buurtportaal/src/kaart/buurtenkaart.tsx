import { useMemo } from 'react';
import buurtenGeojson from '@buurtdata/buurten.geojson';
import { leesBuurtvormen, maakKaart } from './projectie';

const KAART = maakKaart(leesBuurtvormen(buurtenGeojson), 600);

interface Props {
  /** Codes of buurten to highlight (search results, the current buurt). */
  gemarkeerd?: ReadonlySet<string>;
  onKies?: (code: string) => void;
  titel: string;
  id: string;
}

/**
 * Heerlen's buurten as SVG, drawn from the CBS outlines bundled at build time. For pointer users
 * a buurt can be clicked; for keyboard and screen reader users the same buurten are in the list
 * beside it, so the map itself is one image with a text alternative (WCAG 1.1.1, 2.1.1).
 */
export function Buurtenkaart({ gemarkeerd, onKies, titel, id }: Props) {
  const paden = useMemo(() => KAART.paden, []);
  return (
    <svg
      className="buurtwerk-kaart"
      viewBox={`-4 -4 ${KAART.breedte + 8} ${KAART.hoogte + 8}`}
      role="img"
      aria-labelledby={`${id}-titel`}
      data-testid="buurtenkaart"
    >
      <title id={`${id}-titel`}>{titel}</title>
      {paden.map((p) => (
        <path
          key={p.code}
          d={p.d}
          data-buurtcode={p.code}
          className={gemarkeerd?.has(p.code) ? 'buurtwerk-kaart__gemarkeerd' : undefined}
          onClick={onKies ? () => onKies(p.code) : undefined}
        >
          <title>{p.naam}</title>
        </path>
      ))}
    </svg>
  );
}
