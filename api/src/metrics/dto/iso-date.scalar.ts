import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../periods';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be an ISO calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A calendar day as `YYYY-MM-DD` (no time, no time zone); kept as a string end to end. */
export const IsoDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 YYYY-MM-DD',
  serialize: parse,
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD');
    return parse(ast.value);
  },
});
