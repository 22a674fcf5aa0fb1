import { builtInProfileColumns, cellsInOrder } from '@leerlus/etl';

/**
 * A small export in the shape of the gemeente-klachten profile (';', dd-mm-jjjj), for tests that upload
 * or import one: the API's imports test and the administrator's browser journey. The columns are
 * the profile's, in its order (callers that change a cell find it by that order).
 */
const GEMEENTE_EXPORT_HEADERS = builtInProfileColumns('gemeente-klachten');

/** One line of the export (ASCII only, so Windows-1252 and UTF-8 read it alike). */
export function gemeenteExportLine(caseNumber: string, received = '03-04-2024'): string {
  return cellsInOrder(GEMEENTE_EXPORT_HEADERS, {
    Zaaknummer: caseNumber,
    'Betreft aanbieder': '',
    Soort: 'Klacht',
    Domein: 'Wmo',
    Onderwerp: 'Wachttijd',
    Kanaal: 'Telefoon',
    Indiener: 'Inwoner',
    Route: 'Informeel',
    'Datum ontvangst': received,
    'Datum ontvangstbevestiging': '05-04-2024',
    'Datum afgehandeld': '15-05-2024',
    Verdaagd: 'nee',
    'Externe commissie': 'nee',
    Uitkomst: 'Gegrond',
    Maatregelen: 'Excuses aangeboden',
    Teruggekoppeld: 'ja',
    BSN: '',
    Wijk: '',
    Omschrijving: 'De hulp duurde lang.',
    Afdeling: 'KCC',
  }).join(';');
}

/** The whole file: header and lines, CRLF line ends as Excel writes them. */
export function gemeenteExportCsv(lines: readonly string[]): string {
  return `${[GEMEENTE_EXPORT_HEADERS.join(';'), ...lines].join('\r\n')}\r\n`;
}
