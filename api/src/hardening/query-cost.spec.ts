import { buildSchema, Kind, OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { operationCost, QUERY_TOO_COMPLEX, queryCostRule } from './query-cost';

const schema = buildSchema(`
  type Value { measure: String value: Float }
  type Row { period: String values: [Value!]! }
  type Result { rows(limit: Int): [Row!]! total: Int }
  type Query {
    metrics(first: Int): Result
    rows(pageSize: Int = 3): [Row!]!
    health: String
  }
`);

function costOf(
  query: string,
  options: Parameters<typeof operationCost>[3] = {},
): ReturnType<typeof operationCost> {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return operationCost(schema, document, operation, options);
}

describe(operationCost.name, () => {
  it('should count every field once', () => {
    expect(costOf('{ health }').cost).toBe(1);
    expect(costOf('{ metrics { total } }').cost).toBe(2);
  });

  it('should multiply what is below a list by its limit argument', () => {
    // metrics 1 + rows (1 + 5 x (period 1 + values (1 + 10 x 2)))
    expect(costOf('{ metrics { rows(limit: 5) { period values { measure value } } } }').cost).toBe(
      1 + 1 + 5 * (1 + 1 + 10 * 2),
    );
  });

  it('should use the default list size of 10 without a page-size argument', () => {
    expect(costOf('{ metrics { rows { period } } }').cost).toBe(1 + 1 + 10 * 1);
  });

  it("should use the argument's schema default", () => {
    expect(costOf('{ rows { period } }').cost).toBe(1 + 3 * 1);
  });

  it('should use variable values when known, else the default in the operation', () => {
    const query = 'query ($n: Int = 2) { metrics { rows(limit: $n) { period } } }';
    expect(costOf(query).cost).toBe(1 + 1 + 2);
    expect(costOf(query, { variables: { n: 1000 } }).cost).toBe(1 + 1 + 1000);
  });

  it('should count fragments and inline fragments', () => {
    const query = `{ metrics { ...R } } fragment R on Result { rows(limit: 2) { ... on Row { period } } }`;
    expect(costOf(query).cost).toBe(1 + 1 + 2 * 1);
  });

  it('should not count introspection when it is free, and __typename never', () => {
    const query = '{ __typename __schema { types { name fields { name } } } }';
    expect(costOf(query, { introspectionFree: true }).cost).toBe(0);
    expect(costOf(query).cost).toBe(1 + 1 + 10 * (1 + 1 + 10 * 1));
  });

  it('should count root fields and aliases', () => {
    expect(costOf('{ a: health b: health health }')).toEqual({ cost: 3, rootFields: 3, aliases: 2 });
  });
});

describe(queryCostRule.name, () => {
  const errorsOf = (query: string, options: Parameters<typeof queryCostRule>[0]) =>
    validate(schema, parse(query), [...specifiedRules, queryCostRule(options)]);

  it('should accept an operation within the limits', () => {
    expect(errorsOf('{ metrics { rows { period } } }', { maxCost: 12 })).toEqual([]);
  });

  it('should refuse an operation above the maximum cost with QUERY_TOO_COMPLEX', () => {
    const [error, ...rest] = errorsOf('{ metrics { rows(limit: 100) { values { value } } } }', {
      maxCost: 1000,
    });
    expect(rest).toEqual([]);
    expect(error?.extensions).toEqual({
      code: QUERY_TOO_COMPLEX,
      cost: 1 + 1 + 100 * (1 + 10),
      maxCost: 1000,
    });
    expect(error?.message).toContain('Query te complex: kosten 1102, maximaal 1000');
    expect(error?.message).toContain('cost 1102 exceeds the maximum of 1000');
  });

  it('should refuse too many aliases and root fields', () => {
    const many = Array.from({ length: 6 }, (_, index) => `h${index}: health`).join(' ');
    const errors = errorsOf(`{ ${many} }`, { maxAliases: 5, maxRootFields: 5 });
    expect(errors.map((error) => error.extensions.code)).toEqual([QUERY_TOO_COMPLEX, QUERY_TOO_COMPLEX]);
    expect(errors.map((error) => error.message).join(' ')).toMatch(/Te veel velden.*Te veel aliassen/);
  });
});
