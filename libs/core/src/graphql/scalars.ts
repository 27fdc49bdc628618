import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** Money is integer euro cents everywhere (docs/domein.md, invariant 1). JSON number on the wire. */
export const CentenScalar = new GraphQLScalarType<number | bigint | string, number>({
  name: 'Centen',
  description: 'Integer number of euro cents, 0 or more, at most Number.MAX_SAFE_INTEGER.',
  serialize(value) {
    const n = typeof value === 'string' ? Number(value) : Number(value as number | bigint);
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new GraphQLError('Centen kan niet worden weergegeven.');
    }
    return n;
  },
  parseValue(value) {
    return parseCenten(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) {
      throw centenFout();
    }
    return parseCenten(Number(ast.value));
  },
});

function centenFout(): GraphQLError {
  return new GraphQLError(
    'Een bedrag is een geheel aantal eurocenten, 0 of meer en niet groter dan 9007199254740991 (bijvoorbeeld 12550 voor € 125,50).',
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

function parseCenten(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw centenFout();
  }
  return value;
}

const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (Europe/Amsterdam), `YYYY-MM-DD`. Kept as a string: no time zone shifts. */
export const DatumScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD`.',
  serialize(value) {
    if (value instanceof Date) {
      return value.toISOString().slice(0, 10);
    }
    return String(value);
  },
  parseValue(value) {
    return parseDatum(value);
  },
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) {
      throw datumFout();
    }
    return parseDatum(ast.value);
  },
});

function datumFout(): GraphQLError {
  return new GraphQLError('Een datum heeft de vorm JJJJ-MM-DD, bijvoorbeeld 2027-03-15.', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export function isGeldigeDatum(value: string): boolean {
  const m = DATUM.exec(value);
  if (!m) {
    return false;
  }
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function parseDatum(value: unknown): string {
  if (typeof value !== 'string' || !isGeldigeDatum(value)) {
    throw datumFout();
  }
  return value;
}

const DATUM_TIJD = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A moment in time, ISO 8601 with an offset (RFC 3339). */
export const DatumTijdScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A moment in time, ISO 8601 / RFC 3339 with offset, e.g. 2027-03-15T19:30:00+01:00.',
  serialize(value) {
    const d = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(d.getTime())) {
      throw new GraphQLError('Tijdstip kan niet worden weergegeven.');
    }
    return d.toISOString();
  },
  parseValue(value) {
    return parseDatumTijd(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw datumTijdFout();
    }
    return parseDatumTijd(ast.value);
  },
});

function datumTijdFout(): GraphQLError {
  return new GraphQLError(
    'Een tijdstip heeft de vorm JJJJ-MM-DDTuu:mm:ss met tijdzone, bijvoorbeeld 2027-03-15T19:30:00+01:00.',
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

function parseDatumTijd(value: unknown): Date {
  if (typeof value !== 'string' || !DATUM_TIJD.test(value) || !isGeldigeDatum(value.slice(0, 10))) {
    throw datumTijdFout();
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) {
    throw datumTijdFout();
  }
  return d;
}

function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    case Kind.ENUM:
      return ast.value;
    case Kind.VARIABLE:
      throw new GraphQLError('Variabelen binnen een JSON-waarde worden niet ondersteund.');
  }
}

/** A JSON value (used for JSON Logic rule expressions). */
export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'A JSON value (used for JSON Logic rule expressions).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => literalToJson(ast),
});
