import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  GraphQLCompositeType,
  ValidationContext,
  valueFromASTUntyped,
} from 'graphql';

/**
 * Query cost: every field costs 1; a field that returns a list multiplies the cost of what is
 * selected below it by its page size (argument `limit`, `first` or `pageSize`; otherwise
 * DEFAULT_LIST_SIZE). A dashboard panel costs a few hundred to a few thousand; the maximum leaves room
 * for a page that asks several panels at once and refuses queries that would make the server
 * build millions of objects.
 */
export const DEFAULT_MAX_QUERY_COST = 25_000;
export const DEFAULT_LIST_SIZE = 10;
/** Root fields (aliases included) per operation: a dashboard page asks a handful of panels. */
export const MAX_ROOT_FIELDS = 20;
/** Aliased fields per operation (fragments included): aliases repeat work without nesting deeper. */
export const MAX_ALIASES = 30;

const PAGE_SIZE_ARGUMENTS = ['limit', 'first', 'pageSize'];
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export interface QueryCostOptions {
  maxCost?: number;
  defaultListSize?: number;
  maxRootFields?: number;
  maxAliases?: number;
  /** `__schema` / `__type` cost nothing (development: GraphiQL and codegen introspect). */
  introspectionFree?: boolean;
  /**
   * Per root field: the rows its answer will hold, from its arguments (e.g. periods × dimensions of
   * `metrics`); added to its cost, so a field whose answer grows with its arguments is priced by it.
   */
  answerRows?: Readonly<Record<string, (args: Record<string, unknown>) => number>>;
}

export interface QueryCost {
  cost: number;
  rootFields: number;
  aliases: number;
}

/**
 * The cost of one operation. Variables are used when given (at execution); during validation
 * they are unknown, and a page-size variable counts as its default in the operation, else the
 * argument's default in the schema, else the default list size.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  options: QueryCostOptions & { variables?: Readonly<Record<string, unknown>> } = {},
): QueryCost {
  const defaultListSize = options.defaultListSize ?? DEFAULT_LIST_SIZE;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      variableDefaults.set(definition.variable.name.value, valueFromASTUntyped(definition.defaultValue));
    }
  }
  let aliases = 0;
  const countedAliases = new Set<FieldNode>();

  const pageSize = (node: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number => {
    for (const name of PAGE_SIZE_ARGUMENTS) {
      const argument = node.arguments?.find((candidate) => candidate.name.value === name);
      let value: unknown;
      if (argument) {
        if (argument.value.kind === Kind.VARIABLE) {
          const variable = argument.value.name.value;
          value = options.variables?.[variable] ?? variableDefaults.get(variable);
        } else {
          value = valueFromASTUntyped(argument.value);
        }
      }
      value ??= field?.args.find((candidate) => candidate.name === name)?.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.ceil(value);
    }
    return defaultListSize;
  };

  const rowsOf = (node: FieldNode, field: GraphQLField<unknown, unknown> | undefined): number => {
    const estimate = options.answerRows?.[node.name.value];
    if (!estimate || !field) return 0;
    try {
      return estimate(getArgumentValues(field, node, options.variables ?? {}));
    } catch {
      // Variables not known yet (validation): queryCostPlugin prices the field once they are.
      return 0;
    }
  };

  const selectionCost = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType | undefined,
    visiting: Set<string>,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias && !countedAliases.has(selection)) {
          countedAliases.add(selection);
          aliases++;
        }
        const name = selection.name.value;
        if (name === '__typename') continue;
        if (INTROSPECTION_FIELDS.has(name) && options.introspectionFree) continue;
        const field =
          name === '__schema'
            ? SchemaMetaFieldDef
            : name === '__type'
              ? TypeMetaFieldDef
              : parentType && 'getFields' in parentType
                ? parentType.getFields()[name]
                : undefined;
        const type = field?.type;
        const namedType = type ? getNamedType(type) : undefined;
        const childType = namedType && isCompositeType(namedType) ? namedType : undefined;
        const below = selection.selectionSet ? selectionCost(selection.selectionSet, childType, visiting) : 0;
        const multiplier = type && isListType(getNullableType(type)) ? pageSize(selection, field) : 1;
        total += 1 + multiplier * below + rowsOf(selection, field);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parentType;
        total += selectionCost(
          selection.selectionSet,
          condition && isCompositeType(condition) ? condition : parentType,
          visiting,
        );
      } else {
        const fragment = fragments.get(selection.name.value);
        // Unknown and cyclic fragments are reported by graphql's own rules.
        if (!fragment || visiting.has(fragment.name.value)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        visiting.add(fragment.name.value);
        total += selectionCost(
          fragment.selectionSet,
          condition && isCompositeType(condition) ? condition : parentType,
          visiting,
        );
        visiting.delete(fragment.name.value);
      }
    }
    return total;
  };

  const rootType =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const cost = selectionCost(operation.selectionSet, rootType ?? undefined, new Set());
  return { cost, rootFields: countRootFields(operation.selectionSet, fragments, new Set()), aliases };
}

function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') count++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, fragments, visiting);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || visiting.has(fragment.name.value)) continue;
      visiting.add(fragment.name.value);
      count += countRootFields(fragment.selectionSet, fragments, visiting);
      visiting.delete(fragment.name.value);
    }
  }
  return count;
}

/** The errors for an operation over the limits (empty when it is within them). */
export function costErrors(
  measured: QueryCost,
  options: QueryCostOptions,
  nodes?: OperationDefinitionNode,
): GraphQLError[] {
  const maxCost = options.maxCost ?? DEFAULT_MAX_QUERY_COST;
  const maxRootFields = options.maxRootFields ?? MAX_ROOT_FIELDS;
  const maxAliases = options.maxAliases ?? MAX_ALIASES;
  const errors: GraphQLError[] = [];
  const error = (message: string, extensions: Record<string, number>): GraphQLError =>
    new GraphQLError(message, {
      ...(nodes ? { nodes } : {}),
      extensions: { code: QUERY_TOO_COMPLEX, ...extensions },
    });
  if (measured.cost > maxCost) {
    errors.push(
      error(
        `Query te complex: kosten ${measured.cost}, maximaal ${maxCost}. ` +
          `Query too complex: cost ${measured.cost} exceeds the maximum of ${maxCost}.`,
        { cost: measured.cost, maxCost },
      ),
    );
  }
  if (measured.rootFields > maxRootFields) {
    errors.push(
      error(
        `Te veel velden in één verzoek: ${measured.rootFields}, maximaal ${maxRootFields}. ` +
          `Too many root fields: ${measured.rootFields} exceeds the maximum of ${maxRootFields}.`,
        { rootFields: measured.rootFields, maxRootFields },
      ),
    );
  }
  if (measured.aliases > maxAliases) {
    errors.push(
      error(
        `Te veel aliassen in één verzoek: ${measured.aliases}, maximaal ${maxAliases}. ` +
          `Too many aliases: ${measured.aliases} exceeds the maximum of ${maxAliases}.`,
        { aliases: measured.aliases, maxAliases },
      ),
    );
  }
  return errors;
}

/**
 * Validation rule: refuses operations over the cost, root-field or alias limits before anything
 * executes. Page-size variables are not known yet here; queryCostPlugin checks again with them.
 */
export function queryCostRule(options: QueryCostOptions = {}): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    OperationDefinition(node) {
      const measured = operationCost(context.getSchema(), context.getDocument(), node, options);
      for (const error of costErrors(measured, options, node)) context.reportError(error);
    },
  });
}

/**
 * The same limits once the variables are known (a `first: $n` could otherwise ask for any page
 * size). Answers HTTP 400 like a validation error.
 */
export type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export function queryCostPlugin(options: QueryCostOptions = {}): ApolloPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request }) => {
          if (!operation) return Promise.resolve();
          const variables = request.variables;
          if (!variables || !Object.keys(variables).length) return Promise.resolve();
          const measured = operationCost(schema, document, operation, { ...options, variables });
          const [error] = costErrors(measured, options, operation);
          if (error) {
            error.extensions.http = { status: 400 };
            return Promise.reject(error);
          }
          return Promise.resolve();
        },
      }),
  };
}

/** The limits for this installation: LEERLUS_MAX_QUERY_COST, introspection free in development. */
export function queryCostOptionsFor(
  config: { production: boolean; maxQueryCost?: number },
  answerRows: QueryCostOptions['answerRows'] = {},
): QueryCostOptions {
  return {
    maxCost: config.maxQueryCost ?? DEFAULT_MAX_QUERY_COST,
    introspectionFree: !config.production,
    answerRows,
  };
}
