/**
 * Legal terms (and guideline terms) as configuration (domain.md, "Indicators"). Literal on purpose, so
 * every norm is greppable and reviewable; the handling-time indicators read their terms from here,
 * never from numbers in SQL. Terms are calendar days unless `workingDays` says otherwise.
 * User-facing description: docs/indicators/handling-times.md.
 */

export type NormStatus = 'wettelijk' | 'richtlijn';

/** Which records a norm is measured on. */
export type NormSubject = 'klacht' | 'bezwaar' | 'melding' | 'aanvraag' | 'hulpvraag';

export interface NormExtension {
  /** At most this many extra calendar days. */
  maxDays: number;
  /** How often the term may be extended. */
  times: number;
  condition: string;
}

export interface NormDefinition {
  code: string;
  label: string;
  /** Domains the norm applies to; null = every domain of the social domain. */
  domains: readonly string[] | null;
  subject: NormSubject;
  startEvent: string;
  endEvent: string;
  termDays: number;
  /** True when termDays counts working days (Wgs threatening situation). */
  workingDays: boolean;
  extension: NormExtension | null;
  /** The longer term with an external (complaints) or advisory (objections) committee. */
  committeeTermDays: number | null;
  legalBasis: string;
  status: NormStatus;
  /** Whether Leerlus can measure it with the data model, and how. */
  computable: boolean;
  dataNote: string;
}

export const NORMS = {
  awb_9_11: {
    code: 'awb_9_11',
    label: 'Klachtbehandeling: binnen 6 weken afhandelen',
    domains: null,
    subject: 'klacht',
    startEvent: 'Ontvangst van het klaagschrift (case_record.received_on)',
    endEvent: 'Schriftelijke afhandeling van de klacht (case_record.closed_on)',
    termDays: 42,
    workingDays: false,
    extension: {
      maxDays: 28,
      times: 1,
      condition: 'Eenmaal, schriftelijk, met opgaaf van redenen aan klager (case_record.extended)',
    },
    committeeTermDays: 70,
    legalBasis: 'Awb art. 9:11 (lid 1: 6 weken, 10 weken bij een klachtadviescommissie; lid 2: verdaging)',
    status: 'wettelijk',
    computable: true,
    dataNote:
      'Gemeten op dossiers van soort klacht. Wettelijk bindend voor de eerste lijn bij de gemeente; voor klachten bij aanbieders en de tweede lijn gebruikt Leerlus dezelfde termijn als referentie. Bij verdaging telt de maximale verdaging van 4 weken; externe commissie = case_record.external_committee.',
  },
  awb_7_10: {
    code: 'awb_7_10',
    label: 'Beslissing op bezwaar: binnen 6 weken (12 met adviescommissie)',
    domains: null,
    subject: 'bezwaar',
    startEvent:
      'Einde van de bezwaartermijn van 6 weken (Awb 6:7); benaderd met de ontvangstdatum van het bezwaarschrift (objection_decision.objection_received_on)',
    endEvent: 'Beslissing op bezwaar (objection_decision.decided_on)',
    termDays: 42,
    workingDays: false,
    extension: {
      maxDays: 42,
      times: 1,
      condition:
        'Verdaging met ten hoogste 6 weken (objection_decision.extended); verder uitstel alleen met instemming van de indiener (niet in de gegevens)',
    },
    committeeTermDays: 84,
    legalBasis: 'Awb art. 7:10 (lid 1: 6 of 12 weken na afloop van de bezwaartermijn; lid 2: verdaging)',
    status: 'wettelijk',
    computable: true,
    dataNote:
      'De gegevens kennen alleen de ontvangstdatum van het bezwaar, niet het einde van de bezwaartermijn. Leerlus laat de termijn bij ontvangst beginnen: een bezwaar dat vroeg in de bezwaartermijn binnenkomt lijkt daardoor later dan wettelijk (strenger dan de wet, nooit ruimer).',
  },
  wmo_2_3_2: {
    code: 'wmo_2_3_2',
    label: 'Wmo: onderzoek binnen 6 weken na de melding',
    domains: ['wmo'],
    subject: 'melding',
    startEvent:
      'Melding van de behoefte aan maatschappelijke ondersteuning (case_record.received_on, soort melding)',
    endEvent: 'Afronding van het onderzoek (case_record.closed_on)',
    termDays: 42,
    workingDays: false,
    extension: null,
    committeeTermDays: null,
    legalBasis: 'Wmo 2015 art. 2.3.2 lid 1',
    status: 'wettelijk',
    computable: false,
    dataNote:
      'Nog niet gemeten: een melding in case_record is een signaal over de ondersteuning, geen Wmo-melding met onderzoek; het einde van het onderzoek (verslag) staat niet in de gegevens.',
  },
  wmo_2_3_5: {
    code: 'wmo_2_3_5',
    label: 'Wmo: beschikking binnen 2 weken na de aanvraag',
    domains: ['wmo'],
    subject: 'aanvraag',
    startEvent: 'Ontvangst van de aanvraag',
    endEvent: 'Beschikking op de aanvraag',
    termDays: 14,
    workingDays: false,
    extension: null,
    committeeTermDays: null,
    legalBasis: 'Wmo 2015 art. 2.3.5 lid 1',
    status: 'wettelijk',
    computable: false,
    dataNote:
      'Niet meetbaar: het datamodel bevat geen aanvragen en beschikkingen, alleen de datum van het primaire besluit bij bezwaren.',
  },
  jeugdwet_awb_4_13: {
    code: 'jeugdwet_awb_4_13',
    label: 'Jeugdwet: beschikking binnen een redelijke termijn, uiterlijk 8 weken',
    domains: ['jeugd'],
    subject: 'aanvraag',
    startEvent: 'Ontvangst van de aanvraag',
    endEvent: 'Beschikking op de aanvraag',
    termDays: 56,
    workingDays: false,
    extension: null,
    committeeTermDays: null,
    legalBasis: 'Awb art. 4:13 (de Jeugdwet kent geen eigen beslistermijn)',
    status: 'wettelijk',
    computable: false,
    dataNote: 'Niet meetbaar: het datamodel bevat geen aanvragen en beschikkingen.',
  },
  jeugd_treeknorm: {
    code: 'jeugd_treeknorm',
    label: 'Jeugdhulp: wachttijd tot start hulp (Treeknorm, regionaal)',
    domains: ['jeugd'],
    subject: 'hulpvraag',
    startEvent: 'Aanmelding bij de aanbieder',
    endEvent: 'Start van de hulp',
    termDays: 28,
    workingDays: false,
    extension: null,
    committeeTermDays: null,
    legalBasis:
      'Geen wettelijke termijn; Treeknormen (veldnorm), per regio vast te stellen. Standaard: 4 weken aanmeldwachttijd plus behandelwachttijd, hier 4 weken als instelbare richtlijn.',
    status: 'richtlijn',
    computable: false,
    dataNote:
      'Niet meetbaar: wachttijden tot start hulp staan niet in de gegevens. Leerlus toont wel klachten over wachttijd (thema wachttijd).',
  },
  wgs_4_regulier: {
    code: 'wgs_4_regulier',
    label: 'Schuldhulp: eerste gesprek binnen 4 weken na de hulpvraag',
    domains: ['schuldhulp'],
    subject: 'hulpvraag',
    startEvent: 'Verzoek om schuldhulpverlening (hulpvraag)',
    endEvent: 'Eerste gesprek',
    termDays: 28,
    workingDays: false,
    extension: null,
    committeeTermDays: null,
    legalBasis: 'Wet gemeentelijke schuldhulpverlening art. 4 lid 1',
    status: 'wettelijk',
    computable: false,
    dataNote:
      'Niet meetbaar: het datamodel heeft geen datum van het eerste gesprek. De ontvangstdatum van een hulpvraag (case_record.received_on) is er wel; de afsluitdatum is het einde van het dossier, niet het eerste gesprek.',
  },
  wgs_4_dreigend: {
    code: 'wgs_4_dreigend',
    label: 'Schuldhulp bij dreigende situatie: eerste gesprek binnen 3 werkdagen',
    domains: ['schuldhulp'],
    subject: 'hulpvraag',
    startEvent:
      'Verzoek bij een bedreigende situatie (dreigende huisuitzetting, afsluiting van energie of water, opzegging van de zorgverzekering)',
    endEvent: 'Eerste gesprek',
    termDays: 3,
    workingDays: true,
    extension: null,
    committeeTermDays: null,
    legalBasis: 'Wet gemeentelijke schuldhulpverlening art. 4 lid 2',
    status: 'wettelijk',
    computable: false,
    dataNote:
      'Niet meetbaar: geen datum van het eerste gesprek en geen kenmerk "bedreigende situatie" in het datamodel.',
  },
} as const satisfies Record<string, NormDefinition>;
export type NormCode = keyof typeof NORMS;

/**
 * The term (calendar days) that applies to one record under a norm: the record's own term when it has one
 * (from the source, or from a handling norm at import; 0 = none), else the committee term when a committee
 * was involved, else the legal term; plus the maximum extension when the term was extended.
 */
export function applicableTermDays(
  norm: NormDefinition,
  committee: boolean,
  extended: boolean,
  ownTermDays = 0,
): number {
  const legal = committee && norm.committeeTermDays !== null ? norm.committeeTermDays : norm.termDays;
  const base = ownTermDays > 0 ? ownTermDays : legal;
  return base + (extended && norm.extension ? norm.extension.maxDays : 0);
}
