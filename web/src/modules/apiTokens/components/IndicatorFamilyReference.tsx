import { useId } from 'react';
import type { IndicatorApiQuery } from '@/generated/graphql';
import { CsvColumnTable } from '@/modules/apiTokens/components/CsvColumnTable';

interface IndicatorFamilyReferenceProps {
  families: IndicatorApiQuery['indicatorApi']['families'];
}

/** The files beyond the catalog (behandelduur, uitkomsten, thermometer, keten, …) with their columns. */
export function IndicatorFamilyReference({ families }: IndicatorFamilyReferenceProps) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Tabellen met meer waarden</h2>
      <p>
        Deze bestanden hebben per rij meer waarden. Een aantal dat is afgeschermd, is leeg (nooit 0) en de
        kolom erna, <code>…_onderdrukt</code>, zegt dan <code>ja</code>. Bij behandelduur en uitkomsten geeft
        u altijd <code>soort=klacht</code> of <code>soort=bezwaar</code> en hoogstens één uitsplitsing.
        Totalen staan in een eigen bestand (zoals <code>chainTotals</code>), niet als extra regel: dan telt
        een som in Power BI of Excel niets dubbel.
      </p>
      <div className="data-table__scroll" tabIndex={0} role="region" aria-label="Tabellen met meer waarden">
        <table className="data-table">
          <caption>Tabellen met meer waarden</caption>
          <thead>
            <tr>
              <th scope="col">Tabel</th>
              <th scope="col">Adres</th>
              <th scope="col">Wat erin staat</th>
              <th scope="col">Uitsplitsing</th>
              <th scope="col">Filters</th>
            </tr>
          </thead>
          <tbody>
            {families.map((family) => (
              <tr key={family.name}>
                <th scope="row">{family.label}</th>
                <td>
                  <code>{family.csvPath}</code>
                </td>
                <td>{family.definition}</td>
                <td>{family.breakdowns.length > 0 ? family.breakdowns.join(', ') : 'Geen'}</td>
                <td>{family.filters.length > 0 ? family.filters.join(', ') : 'Alleen de periode'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Kolommen per bestand</h3>
      {families.map((family) => (
        <details key={family.name}>
          <summary>
            {family.label} (<code>{family.name}.csv</code>)
          </summary>
          <CsvColumnTable caption={`Kolommen van ${family.label}`} columns={family.columns} />
        </details>
      ))}
    </section>
  );
}
