import type { PanelSampleQuery } from '@/generated/graphql';
import { formatDateTime, formatNumber } from '@/lib/format';
import { RedrawCheck } from '@/modules/panel/components/RedrawCheck';
import { useIsPanelCoordinator } from '@/modules/panel/hooks/useIsPanelCoordinator';
import { allocationLabels, stratifyByLabels } from '@/modules/panel/utils/panelLabels';
import { scalarText } from '@/ui/scalarText';

type Sample = PanelSampleQuery['panelSample'];

/** How the sample was drawn (so anyone can check it), its groups with weights, and progress per member. */
export function SampleFacts({ sample }: { sample: Sample }) {
  const coordinator = useIsPanelCoordinator();
  return (
    <section className="panel" aria-labelledby="sample-facts-title">
      <h2 id="sample-facts-title">Zo is de steekproef getrokken</h2>
      <dl className="facts">
        <dt>Welke beslissingen</dt>
        <dd>{sample.frame.description}</dd>
        <dt>Aantal</dt>
        <dd>
          {formatNumber(sample.drawn)} van de {formatNumber(sample.frameCount)} beslissingen
        </dd>
        <dt>Startwaarde (seed)</dt>
        <dd>
          <code>{sample.seed}</code>
        </dd>
        <dt>Verdeling</dt>
        <dd>
          {sample.stratifyBy
            ? `Per ${stratifyByLabels[sample.stratifyBy].toLowerCase()}. ${sample.allocation ? allocationLabels[sample.allocation] : ''}`
            : 'Niet verdeeld over groepen'}
        </dd>
        <dt>Getrokken door</dt>
        <dd>
          {sample.drawnByName}, {formatDateTime(scalarText(sample.drawnAt))}
        </dd>
        <dt>Beoordeeld</dt>
        <dd>
          {formatNumber(sample.reviewed)} van de {formatNumber(sample.drawn)} zaken
        </dd>
      </dl>
      {coordinator && <RedrawCheck sampleId={sample.id} />}
      {sample.strata.length > 1 && (
        <table className="data-table">
          <caption>Groepen en hun gewicht</caption>
          <thead>
            <tr>
              <th scope="col">Groep</th>
              <th scope="col" className="data-table__number">
                Getrokken
              </th>
              <th scope="col" className="data-table__number">
                Gewicht
              </th>
            </tr>
          </thead>
          <tbody>
            {sample.strata.map((stratum) => (
              <tr key={stratum.stratum}>
                <th scope="row">{stratum.label}</th>
                <td className="data-table__number">{formatNumber(stratum.drawn)}</td>
                <td className="data-table__number">{formatNumber(stratum.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sample.members.length > 0 && (
        <table className="data-table">
          <caption>Voortgang per panellid</caption>
          <thead>
            <tr>
              <th scope="col">Panellid</th>
              <th scope="col" className="data-table__number">
                Toegewezen
              </th>
              <th scope="col" className="data-table__number">
                Beoordeeld
              </th>
            </tr>
          </thead>
          <tbody>
            {sample.members.map((member) => (
              <tr key={member.userId}>
                <th scope="row">{member.displayName}</th>
                <td className="data-table__number">{formatNumber(member.assigned)}</td>
                <td className="data-table__number">{formatNumber(member.reviewed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
