import { type MapClass } from '@/modules/neighbourhoodMap/utils/mapClasses';
import { measureUnit, type NeighbourhoodMapData } from '@/modules/neighbourhoodMap/utils/mapAreas';

interface MapLegendProps {
  map: NeighbourhoodMapData;
  classes: readonly MapClass[];
  /** The hatch pattern of the map, for the "afgeschermd" swatch. */
  hatchId: string;
}

/** The legend: what is measured, each range in words next to its swatch, and the withheld swatch. */
export function MapLegend({ map, classes, hatchId }: MapLegendProps) {
  const hasSuppressed = map.areas.some((area) => area.suppressed);
  const per = map.measure === 'PER_1000_INHABITANTS';
  return (
    <figcaption className="neighbourhood-map__legend">
      <p>
        <strong>Legenda:</strong> {measureUnit(map)}
        {per
          ? ' (het aantal gedeeld door de inwoners van de wijk uit het CBS-bestand, maal 1.000).'
          : ' (aantal; niet per 1.000 inwoners omdat van een of meer wijken het aantal inwoners ontbreekt).'}{' '}
        Hoe donkerder, hoe meer.
      </p>
      <ul className="neighbourhood-map__classes">
        {classes.map((mapClass) => (
          <li key={mapClass.label}>
            <svg width="24" height="16" aria-hidden="true">
              <rect width="24" height="16" fill={mapClass.fill} stroke="#333333" />
            </svg>
            {mapClass.label}
          </li>
        ))}
        {hasSuppressed && (
          <li>
            <svg width="24" height="16" aria-hidden="true">
              <rect width="24" height="16" fill={`url(#${hatchId})`} stroke="#333333" />
            </svg>
            afgeschermd: niet getoond om privacy te beschermen
          </li>
        )}
      </ul>
    </figcaption>
  );
}
