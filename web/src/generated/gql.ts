/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Metrics($query: MetricsQueryInput!) {\n    metrics(query: $query) {\n      disclosureControl\n      rows {\n        period\n        complete\n        dimensions {\n          dimension\n          code\n          label\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n      totals {\n        period\n        complete\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n    }\n  }\n": typeof types.MetricsDocument,
    "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n": typeof types.HealthDocument,
};
const documents: Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query Metrics($query: MetricsQueryInput!) {\n    metrics(query: $query) {\n      disclosureControl\n      rows {\n        period\n        complete\n        dimensions {\n          dimension\n          code\n          label\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n      totals {\n        period\n        complete\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n    }\n  }\n": types.MetricsDocument,
    "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n": types.HealthDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Metrics($query: MetricsQueryInput!) {\n    metrics(query: $query) {\n      disclosureControl\n      rows {\n        period\n        complete\n        dimensions {\n          dimension\n          code\n          label\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n      totals {\n        period\n        complete\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n"): typeof import('./graphql').HealthDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
