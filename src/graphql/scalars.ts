import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeISOResolver, JSONResolver } from 'graphql-scalars';

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * AWS `long` (64-bit). Inside the gateway it is always a `bigint`; on the wire it
 * is a JSON number while exact in a double and a decimal string beyond, because
 * most JSON parsers would silently round a larger number.
 */
export const LongScalar = new GraphQLScalarType<bigint, number | string>({
  name: 'Long',
  serialize(value) {
    const long = toLong(value, (message) => new GraphQLError(message));
    return long <= SAFE_MAX && long >= -SAFE_MAX ? Number(long) : long.toString();
  },
  parseValue(value) {
    return toLong(value, (message) => new GraphQLError(message));
  },
  parseLiteral(node: ValueNode) {
    if (node.kind !== Kind.INT && node.kind !== Kind.STRING) {
      throw new GraphQLError(`Long must be an integer or a decimal string, got a ${node.kind}.`, {
        nodes: node,
      });
    }
    return toLong(node.value, (message) => new GraphQLError(message, { nodes: node }));
  },
});

function toLong(value: unknown, fail: (message: string) => GraphQLError): bigint {
  let long: bigint;
  if (typeof value === 'bigint') long = value;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) long = BigInt(value);
  // Beyond 2^53 a number has already lost digits; quoting it would show a value the client never sent.
  else if (typeof value === 'number' && Number.isInteger(value))
    throw fail('Long beyond ±(2^53 − 1) arrived as a rounded number; send it as a decimal string.');
  else if (typeof value === 'string' && /^-?\d{1,20}$/.test(value)) long = BigInt(value);
  else throw fail(`Long must be a whole number (or a decimal string of one), got ${JSON.stringify(value)}.`);
  if (long < LONG_MIN || long > LONG_MAX) throw fail(`Long must fit in 64 bits, got ${long}.`);
  return long;
}

/** The scalar resolvers of schema.graphql. */
export const scalarResolvers = {
  Long: LongScalar,
  DateTime: DateTimeISOResolver,
  JSON: JSONResolver,
};
