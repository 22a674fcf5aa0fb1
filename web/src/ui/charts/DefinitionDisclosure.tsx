export interface MetricDefinition {
  definition: string;
  /** Null when no law defines the figure. */
  legalBasis: string | null;
}

/** "Wat betekent dit?": native <details>, so keyboard and screen readers work without scripting. */
export function DefinitionDisclosure({ definition, legalBasis }: MetricDefinition) {
  return (
    <details className="definition">
      <summary>Wat betekent dit?</summary>
      <p>{definition}</p>
      {legalBasis && (
        <p>
          <strong>Wettelijke basis:</strong> {legalBasis}
        </p>
      )}
    </details>
  );
}
