import { GraphQLError, parse, OperationDefinitionNode, buildSchema } from 'graphql';
import { createFormatError, INTERNAL_ERROR_MESSAGE } from './format-error';
import { QUERY_TOO_COMPLEX, queryCostPlugin } from './query-cost';
import { DATA_BUSY, DATA_BUSY_MESSAGE, dataBusyError } from './database-busy';

describe(createFormatError.name, () => {
  const logger = { error: jest.fn() };

  it('should keep client errors, and make Nest 400s BAD_USER_INPUT', () => {
    const sut = createFormatError(true, logger);
    const formatted = sut(
      {
        message: 'Ongeldige invoer',
        extensions: { code: 'BAD_REQUEST', originalError: { statusCode: 400 } },
      },
      new GraphQLError('Ongeldige invoer'),
    );
    expect(formatted).toEqual({ message: 'Ongeldige invoer', extensions: { code: 'BAD_USER_INPUT' } });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('should give Nest HTTP exceptions outside Apollo’s set a code of their own', () => {
    const sut = createFormatError(true, logger);
    const formatted = sut(
      { message: 'Niet gevonden', extensions: { code: 'INTERNAL_SERVER_ERROR', status: 404 } },
      new GraphQLError('Niet gevonden'),
    );
    expect(formatted.extensions?.code).toBe('NOT_FOUND');
    expect(formatted.message).toBe('Niet gevonden');
  });

  it('should restore QUERY_TOO_COMPLEX that Apollo relabelled as a validation failure', () => {
    const sut = createFormatError(false, logger);
    const original = new GraphQLError('Query te complex', { extensions: { code: QUERY_TOO_COMPLEX } });
    const wrapped = new GraphQLError('Query te complex', {
      originalError: original,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      sut({ message: 'Query te complex', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped)
        .extensions?.code,
    ).toBe(QUERY_TOO_COMPLEX);
  });

  it('should replace unexpected errors in production by a generic message and log them under an id', () => {
    const sut = createFormatError(true, logger);
    const formatted = sut(
      {
        message: 'relation "case_record_daily" does not exist',
        path: ['metrics'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      new GraphQLError('relation "case_record_daily" does not exist', { originalError: new Error('db') }),
    );
    expect(formatted.message.startsWith(INTERNAL_ERROR_MESSAGE)).toBe(true);
    expect(formatted.path).toEqual(['metrics']);
    const errorId = formatted.extensions?.errorId as string;
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId });
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining(errorId));
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('case_record_daily'));
  });

  it('should keep DATA_BUSY and its Dutch message in production, without logging it as unexpected', () => {
    const sut = createFormatError(true, logger);
    const busy = dataBusyError();
    const formatted = sut(
      { message: busy.message, path: ['caseRecords'], extensions: busy.extensions },
      busy,
    );
    expect(formatted).toEqual({
      message: DATA_BUSY_MESSAGE,
      path: ['caseRecords'],
      extensions: { code: DATA_BUSY },
    });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('should leave unexpected errors alone in development', () => {
    const sut = createFormatError(false, logger);
    const formatted = { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(sut(formatted, new Error('boom'))).toBe(formatted);
  });
});

describe(queryCostPlugin.name, () => {
  const schema = buildSchema(`type Row { a: Int } type Query { rows(first: Int): [Row] }`);

  async function run(variables: Record<string, unknown>): Promise<unknown> {
    const document = parse('query ($n: Int) { rows(first: $n) { a } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const sut = queryCostPlugin({ maxCost: 100 }) as any;
    const listener = await sut.requestDidStart({});
    return listener.didResolveOperation({ schema, document, operation, request: { variables } });
  }

  it('should accept a page size within the limit', async () => {
    await expect(run({ n: 50 })).resolves.toBeUndefined();
  });

  it('should refuse a page size that the variables make too expensive', async () => {
    await expect(run({ n: 1000 })).rejects.toMatchObject({
      extensions: { code: QUERY_TOO_COMPLEX, cost: 1001, maxCost: 100, http: { status: 400 } },
    });
  });
});
