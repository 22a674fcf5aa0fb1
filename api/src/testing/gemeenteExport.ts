/**
 * A small export in the shape of the gemeente-klachten profile (';', dd-mm-jjjj), for tests that upload
 * or import one: the API's imports test and the administrator's browser journey.
 */
export const GEMEENTE_EXPORT_HEADERS = [
  'Zaaknummer',
  'Betreft aanbieder',
  'Soort',
  'Domein',
  'Onderwerp',
  'Kanaal',
  'Indiener',
  'Route',
  'Datum ontvangst',
  'Datum ontvangstbevestiging',
  'Datum afgehandeld',
  'Verdaagd',
  'Externe commissie',
  'Uitkomst',
  'Maatregelen',
  'Teruggekoppeld',
  'BSN',
  'Wijk',
  'Omschrijving',
  'Afdeling',
] as const;

/** One line of the export (ASCII only, so Windows-1252 and UTF-8 read it alike). */
export function gemeenteExportLine(caseNumber: string, received = '03-04-2024'): string {
  return [
    caseNumber,
    '',
    'Klacht',
    'Wmo',
    'Wachttijd',
    'Telefoon',
    'Inwoner',
    'Informeel',
    received,
    '05-04-2024',
    '15-05-2024',
    'nee',
    'nee',
    'Gegrond',
    'Excuses aangeboden',
    'ja',
    '',
    '',
    'De hulp duurde lang.',
    'KCC',
  ].join(';');
}

/** The whole file: header and lines, CRLF line ends as Excel writes them. */
export function gemeenteExportCsv(lines: readonly string[]): string {
  return `${[GEMEENTE_EXPORT_HEADERS.join(';'), ...lines].join('\r\n')}\r\n`;
}
