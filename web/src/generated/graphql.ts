/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which period a value is compared with */
export type Comparison =
  /** Geen vergelijking */
  | 'NONE'
  /** Vorige periode */
  | 'PREVIOUS_PERIOD'
  /** Zelfde periode vorig jaar */
  | 'SAME_PERIOD_LAST_YEAR';

/** Inclusive range of calendar days (date of receipt) */
export type DateRangeInput = {
  from: unknown;
  to: unknown;
};

/** A breakdown from the metric catalog */
export type Dimension =
  /** Kanaal */
  | 'channel'
  /** Indiener */
  | 'complainantType'
  /** Domein */
  | 'domain'
  /** Soort */
  | 'kind'
  /** Lijn */
  | 'line'
  /** Wijk */
  | 'neighbourhood'
  /** Uitkomst */
  | 'outcome'
  /** Bronorganisatie */
  | 'sourceOrganisation'
  /** Betrokken organisatie */
  | 'subjectOrganisation'
  /** Thema */
  | 'theme';

/** Time bucket of a series */
export type Granularity =
  /** Halfjaar */
  | 'HALF_YEAR'
  /** Maand */
  | 'MONTH'
  /** Kwartaal */
  | 'QUARTER'
  /** Week (ISO, maandag) */
  | 'WEEK'
  /** Jaar */
  | 'YEAR';

/** A measure from the metric catalog (docs/indicators/themes.md) */
export type Measure =
  /** Aantal klachten en signalen */
  | 'caseCount'
  /** Klachten en signalen per 1.000 inwoners */
  | 'casesPer1000Inhabitants'
  /** Aantal afgehandeld */
  | 'closedCount';

/** Filters: lists of codes, combined with AND between fields and OR within a list */
export type MetricsFilterInput = {
  channel?: Array<string> | null | undefined;
  complainantType?: Array<string> | null | undefined;
  domain?: Array<string> | null | undefined;
  kind?: Array<string> | null | undefined;
  line?: Array<string> | null | undefined;
  /** CBS municipality codes (GMnnnn) */
  municipality?: Array<string> | null | undefined;
  /** Neighbourhood codes; "onbekend" when missing */
  neighbourhood?: Array<string> | null | undefined;
  outcome?: Array<string> | null | undefined;
  /** Organisation codes */
  sourceOrganisation?: Array<string> | null | undefined;
  /** Organisation codes; "onbekend" when missing */
  subjectOrganisation?: Array<string> | null | undefined;
  /** Theme codes; "geen" for records without a theme */
  theme?: Array<string> | null | undefined;
};

/** One indicators query: measures broken down by at most two dimensions over time */
export type MetricsQueryInput = {
  comparison?: Comparison | null | undefined;
  dateRange: DateRangeInput;
  /** At most two */
  dimensions?: Array<Dimension> | null | undefined;
  filters?: MetricsFilterInput | null | undefined;
  /** When given, a series with every bucket in the range */
  granularity?: Granularity | null | undefined;
  measures: Array<Measure>;
  /** False: only complete periods get a comparison. True: an incomplete period is compared with the same days of the comparison period */
  periodToDate?: boolean | null | undefined;
};

/** raad (gemeenteraad), panel (burgerpanel), college (B&W), beleid (beleidsmedewerker), beheer */
export type Role =
  | 'beheer'
  | 'beleid'
  | 'college'
  | 'panel'
  | 'raad';

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { id: number, username: string, displayName: string, role: Role } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: number, username: string, displayName: string, role: Role } | null };

export type MetricsQueryVariables = Exact<{
  query: MetricsQueryInput;
}>;


export type MetricsQuery = { metrics: { disclosureControl: boolean, rows: Array<{ period: string | null, complete: boolean, dimensions: Array<{ dimension: Dimension, code: string, label: string }>, values: Array<{ measure: Measure, value: number | null, suppressed: boolean, previousValue: number | null, previousSuppressed: boolean, change: number | null, changePercentage: number | null, changePercentagePoints: number | null, smallNumbers: boolean | null }> }>, totals: Array<{ period: string | null, complete: boolean, values: Array<{ measure: Measure, value: number | null, suppressed: boolean, previousValue: number | null, previousSuppressed: boolean, change: number | null, changePercentage: number | null, changePercentagePoints: number | null, smallNumbers: boolean | null }> }> } };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { status: string, database: boolean, version: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    id
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MetricsDocument = new TypedDocumentString(`
    query Metrics($query: MetricsQueryInput!) {
  metrics(query: $query) {
    disclosureControl
    rows {
      period
      complete
      dimensions {
        dimension
        code
        label
      }
      values {
        measure
        value
        suppressed
        previousValue
        previousSuppressed
        change
        changePercentage
        changePercentagePoints
        smallNumbers
      }
    }
    totals {
      period
      complete
      values {
        measure
        value
        suppressed
        previousValue
        previousSuppressed
        change
        changePercentage
        changePercentagePoints
        smallNumbers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsQuery, MetricsQueryVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    status
    database
    version
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;