import { ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, FoutCode } from './domain-error';
import { formatteerGraphqlAntwoord, formatteerGraphqlFout } from './graphql-errors';

function uitResolver(fout: unknown): GraphQLError {
  return new GraphQLError('verpakt', { path: ['x'], originalError: fout as Error });
}

describe('foutafhandeling voor GraphQL-clients', () => {
  it('houdt de Nederlandse melding, code en velden van een domeinfout', () => {
    const f = formatteerGraphqlFout(
      uitResolver(
        new DomainError(FoutCode.BAD_USER_INPUT, 'Titel is leeg', [{ veld: 'input.titel', melding: 'mag niet leeg zijn' }]),
      ),
    );
    expect(f.message).toBe('Titel is leeg');
    expect(f.extensions).toEqual({ code: 'BAD_USER_INPUT', velden: [{ veld: 'input.titel', melding: 'mag niet leeg zijn' }] });
  });

  it('laat geen SQL, tabelnamen of stacktrace uitlekken bij een interne fout', () => {
    const sqlFout = new QueryFailedError(
      'SELECT * FROM initiatief WHERE id = $1',
      ['x'],
      new Error('relation "geheim" does not exist'),
    );
    const f = formatteerGraphqlFout(uitResolver(sqlFout));
    expect(f.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const tekst = JSON.stringify(f.toJSON());
    expect(tekst).not.toMatch(/SELECT|initiatief|geheim|relation|at \w+ \(/);
    const typeFout = formatteerGraphqlFout(uitResolver(new TypeError("Cannot read properties of undefined (reading 'naam')")));
    expect(JSON.stringify(typeFout.toJSON())).not.toMatch(/Cannot read|naam/);
  });

  it('vertaalt Nest-uitzonderingen naar de codes van het contract', () => {
    expect(formatteerGraphqlFout(uitResolver(new ForbiddenException())).extensions.code).toBe('FORBIDDEN');
  });

  it('geeft een verzoekfout (geen data) als BAD_USER_INPUT met HTTP 400', () => {
    const antwoord = formatteerGraphqlAntwoord({ errors: [new GraphQLError('Cannot query field "foo" on type "Query".')] });
    expect(antwoord.statusCode).toBe(400);
    expect(antwoord.response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
