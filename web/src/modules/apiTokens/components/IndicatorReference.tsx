import { useId } from 'react';
import type { IndicatorApiQuery } from '@/generated/graphql';
import { CsvColumnTable } from '@/modules/apiTokens/components/CsvColumnTable';

interface IndicatorReferenceProps {
  catalog: IndicatorApiQuery['indicatorApi'];
}

/** The indicators and parameters of the CSV API, as the API generates them from its catalog. */
export function IndicatorReference({ catalog }: IndicatorReferenceProps) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Indicatoren en filters</h2>
      <p>
        Elke indicator is een CSV-bestand: puntkomma’s tussen de kolommen, een komma in getallen, UTF-8. Geef
        altijd een periode: <code>periode=2025</code> (of <code>2025-03</code>, <code>2025-K2</code>), of{' '}
        <code>van=2025-01-01&amp;tot=2025-06-30</code>. Met <code>indeling</code> krijgt u een rij per{' '}
        {catalog.granularities.map((granularity) => granularity.param).join(', ')}; met{' '}
        <code>uitsplitsing</code> (hoogstens twee, met een komma ertussen) een rij per onderdeel. Een
        overzicht als JSON staat op <code>{catalog.basePath}</code>. <code>&lt;uitsplitsing&gt;</code> in een
        kolomnaam staat voor de uitsplitsing, bijvoorbeeld <code>domein_code</code> en <code>domein</code>.
      </p>
      <div className="data-table__scroll" tabIndex={0} role="region" aria-label="Indicatoren">
        <table className="data-table">
          <caption>Indicatoren</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Adres</th>
              <th scope="col">Wat telt mee</th>
            </tr>
          </thead>
          <tbody>
            {catalog.indicators.map((indicator) => (
              <tr key={indicator.name}>
                <th scope="row">{indicator.label}</th>
                <td>
                  <code>{indicator.csvPath}</code>
                </td>
                <td>
                  {indicator.definition}
                  {!indicator.additive && ' Tel deze waarden niet bij elkaar op.'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvColumnTable caption="Kolommen van elk indicatorbestand" columns={catalog.indicatorColumns} />
      <div className="data-table__scroll" tabIndex={0} role="region" aria-label="Filters en uitsplitsingen">
        <table className="data-table">
          <caption>Filters en uitsplitsingen</caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">Betekenis</th>
              <th scope="col">Als filter</th>
              <th scope="col">Als uitsplitsing</th>
            </tr>
          </thead>
          <tbody>
            {catalog.parameters.map((parameter) => (
              <tr key={parameter.param}>
                <th scope="row">
                  <code>{parameter.param}</code>
                </th>
                <td>
                  {parameter.label}: {parameter.definition}
                </td>
                <td>{parameter.filter ? 'Ja' : 'Nee'}</td>
                <td>{parameter.breakdown ? 'Ja' : 'Nee'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
