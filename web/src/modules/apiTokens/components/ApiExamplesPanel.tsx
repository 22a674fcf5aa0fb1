import { useId } from 'react';
import { CopyButton } from '@/modules/apiTokens/components/CopyButton';
import { buildApiExamples, TOKEN_PLACEHOLDER } from '@/modules/apiTokens/utils/buildApiExamples';

interface ApiExamplesPanelProps {
  /** The CSV path of the indicator the examples fetch. */
  csvPath: string;
}

/** Working examples per tool for this installation; the user pastes their own token. */
export function ApiExamplesPanel({ csvPath }: ApiExamplesPanelProps) {
  const id = useId();
  const lastYear = String(new Date().getFullYear() - 1);
  const examples = buildApiExamples({
    origin: window.location.origin,
    csvPath,
    params: [
      ['periode', lastYear],
      ['indeling', 'maand'],
      ['uitsplitsing', 'domein'],
    ],
    dateRange: { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` },
  });
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Voorbeelden</h2>
      <p>
        Elk voorbeeld haalt het aantal klachten en signalen van {lastYear} op, per maand en per domein.
        Vervang <code>{TOKEN_PLACEHOLDER}</code> of <code>$LEERLUS_TOKEN</code> door uw eigen token. U krijgt
        dezelfde cijfers als in het dashboard: met uw rol en voor uw gemeente.
      </p>
      {examples.map((example) => (
        <div key={example.id} className="api-example">
          <h3 id={`${id}-${example.id}`}>{example.tool}</h3>
          <p>{example.howTo}</p>
          <pre className="api-example__code" tabIndex={0} aria-labelledby={`${id}-${example.id}`}>
            <code>{example.code}</code>
          </pre>
          <CopyButton text={example.code} what={`het voorbeeld voor ${example.tool}`} />
        </div>
      ))}
    </section>
  );
}
