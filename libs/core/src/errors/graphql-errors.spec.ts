import { ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError, FoutCode } from './domain-error';
import { formatteerGraphqlAntwoord, formatteerGraphqlFout, isDatabaseOnbereikbaar } from './graphql-errors';

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

  it('meldt een onbereikbare database als DIENST_NIET_BESCHIKBAAR, niet als interne fout (issue 9)', () => {
    const weg = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const afgesloten = new QueryFailedError(
      'INSERT INTO organisatie',
      [],
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
    );
    // The connection of a mutation's transaction broke: TypeORM released its runner.
    const losgelaten = new QueryRunnerProviderAlreadyReleasedError();
    for (const e of [weg, afgesloten, new Error('Connection terminated unexpectedly'), losgelaten]) {
      const f = formatteerGraphqlFout(uitResolver(e));
      expect(f.extensions.code).toBe('DIENST_NIET_BESCHIKBAAR');
      expect(f.message).not.toMatch(/ECONNREFUSED|INSERT|terminat/);
    }
    expect(isDatabaseOnbereikbaar(new QueryFailedError('SELECT 1', [], Object.assign(new Error('x'), { code: '23505' })))).toBe(
      false,
    );
  });

  it('geeft een ontbrekende waarde voor een verplicht veld als interne fout, niet als BAD_USER_INPUT (issue 9)', () => {
    const f = formatteerGraphqlFout(
      new GraphQLError('Cannot return null for non-nullable field Organisatie.id.', { path: ['x', 'id'] }),
    );
    expect(f.extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('geeft een weigering door mercurius zelf (geen query) als klantfout (issue 9)', () => {
    const mercurius = Object.assign(new Error('Unknown query'), {
      code: 'MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND',
      statusCode: 400,
    });
    const antwoord = formatteerGraphqlAntwoord({ errors: [new GraphQLError('Unknown query', { originalError: mercurius })] });
    expect(antwoord.statusCode).toBe(400);
    expect(antwoord.response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
