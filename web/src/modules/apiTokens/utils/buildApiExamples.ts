/** One worked example: for which tool, how to use it, and the code. */
export interface ApiExample {
  id: string;
  tool: string;
  howTo: string;
  code: string;
}

export interface ExampleRequest {
  /** The dashboard's origin, e.g. https://leerlus.gemeente.nl */
  origin: string;
  /** e.g. /api/v1/indicatoren/caseCount.csv */
  csvPath: string;
  /** Query parameters of the example, in order. */
  params: readonly (readonly [string, string])[];
  /** The same period as a date range, for the GraphQL example. */
  dateRange: { from: string; to: string };
}

/** Where the user pastes their token; never a real one, so examples can be shared. */
export const TOKEN_PLACEHOLDER = 'PLAK-HIER-UW-TOKEN';

const queryString = (params: ExampleRequest['params']): string =>
  params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');

/**
 * Working examples for Power BI, Excel, R, Python, curl and GraphQL against this installation's CSV
 * endpoint (docs/api.md has the same, with a placeholder host).
 */
export function buildApiExamples({ origin, csvPath, params, dateRange }: ExampleRequest): ApiExample[] {
  const url = `${origin}${csvPath}`;
  const fullUrl = `${url}?${queryString(params)}`;
  const mQuery = params.map(([name, value]) => `${name} = "${value}"`).join(', ');
  const rQuery = params.map(([name, value]) => `${name} = "${value}"`).join(', ');
  const pythonQuery = params.map(([name, value]) => `"${name}": "${value}"`).join(', ');
  const powerQuery = [
    'let',
    '    Bron = Csv.Document(',
    `        Web.Contents("${origin}", [`,
    `            RelativePath = "${csvPath.slice(1)}",`,
    `            Query = [${mQuery}],`,
    `            Headers = [Authorization = "Bearer ${TOKEN_PLACEHOLDER}"]`,
    '        ]),',
    '        [Delimiter = ";", Encoding = 65001, QuoteStyle = QuoteStyle.Csv]',
    '    ),',
    '    Koppen = Table.PromoteHeaders(Bron, [PromoteAllScalars = true]),',
    '    Getypt = Table.TransformColumnTypes(Koppen, {{"waarde", type number}}, "nl-NL")',
    'in',
    '    Getypt',
  ].join('\n');
  return [
    {
      id: 'power-bi',
      tool: 'Power BI',
      howTo:
        'Kies Gegevens ophalen → Lege query → Geavanceerde editor en plak de code. Kies bij de vraag om aanmeldgegevens "Anoniem": de token staat al in de code.',
      code: powerQuery,
    },
    {
      id: 'excel',
      tool: 'Excel (Gegevens ophalen en transformeren)',
      howTo:
        'Kies Gegevens → Gegevens ophalen → Uit andere bronnen → Lege query, open de Geavanceerde editor en plak dezelfde code als voor Power BI. Vernieuwen haalt de nieuwste cijfers op.',
      code: powerQuery,
    },
    {
      id: 'r',
      tool: 'R (httr2 en readr)',
      howTo: 'Zet de token in de omgevingsvariabele LEERLUS_TOKEN, bijvoorbeeld in .Renviron.',
      code: [
        'library(httr2)',
        'library(readr)',
        '',
        `antwoord <- request("${url}") |>`,
        `  req_url_query(${rQuery}) |>`,
        '  req_auth_bearer_token(Sys.getenv("LEERLUS_TOKEN")) |>',
        '  req_perform()',
        'cijfers <- read_csv2(I(resp_body_string(antwoord)))',
      ].join('\n'),
    },
    {
      id: 'python',
      tool: 'Python (requests en pandas)',
      howTo: 'Zet de token in de omgevingsvariabele LEERLUS_TOKEN.',
      code: [
        'import io',
        'import os',
        '',
        'import pandas as pd',
        'import requests',
        '',
        'antwoord = requests.get(',
        `    "${url}",`,
        `    params={${pythonQuery}},`,
        '    headers={"Authorization": f"Bearer {os.environ[\'LEERLUS_TOKEN\']}"},',
        '    timeout=60,',
        ')',
        'antwoord.raise_for_status()',
        'cijfers = pd.read_csv(io.StringIO(antwoord.content.decode("utf-8-sig")), sep=";", decimal=",")',
      ].join('\n'),
    },
    {
      id: 'curl',
      tool: 'curl',
      howTo: 'Handig om te testen of de token werkt. Zet de token eerst in LEERLUS_TOKEN.',
      code: `curl --fail-with-body -H "Authorization: Bearer $LEERLUS_TOKEN" \\\n  "${fullUrl}"`,
    },
    {
      id: 'graphql',
      tool: 'GraphQL',
      howTo:
        'Dezelfde cijfers als JSON, met de vraag die het dashboard zelf stelt. Met een token kunt u alleen opvragen, niets wijzigen.',
      code: [
        `curl --fail-with-body -H "Authorization: Bearer $LEERLUS_TOKEN" \\`,
        '  -H "Content-Type: application/json" \\',
        `  -d '{"query":"{ metrics(query: {measures: [caseCount], dimensions: [domain], granularity: MONTH, dateRange: {from: \\"${dateRange.from}\\", to: \\"${dateRange.to}\\"}}) { rows { period dimensions { code label } values { value suppressed } } } }"}' \\`,
        `  "${origin}/graphql"`,
      ].join('\n'),
    },
  ];
}
