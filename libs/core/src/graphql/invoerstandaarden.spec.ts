import { buildSchema, type OperationDefinitionNode, parse } from 'graphql';
import { vulInvoerstandaardenAan } from './invoerstandaarden';

const schema = buildSchema(`
  enum Soort { A B }
  input Filter { kenmerk: String!, soort: Soort! = B, labels: [String!]! = [] }
  input Abonnement { url: String!, filters: [Filter!]! = [], pogingen: Int = 3, hoofd: Filter }
  type Query { x(input: Abonnement!, lijst: [Filter!]): String }
`);
const operatie = (q: string) => parse(q).definitions[0] as OperationDefinitionNode;
const Q = operatie('query($input: Abonnement!, $lijst: [Filter!]) { x(input: $input, lijst: $lijst) }');

describe('vulInvoerstandaardenAan', () => {
  it.each([
    ['vult een weggelaten lijst met standaard [] in', { input: { url: 'u' } }, { input: { url: 'u', filters: [], pogingen: 3 } }],
    [
      'vult standaarden in invoerobjecten binnen een lijst in, enums als naam',
      { input: { url: 'u', filters: [{ kenmerk: 'k' }], pogingen: 1 } },
      { input: { url: 'u', filters: [{ kenmerk: 'k', soort: 'B', labels: [] }], pogingen: 1 } },
    ],
    [
      'vult een genest invoerobject en een lijstvariabele aan',
      { input: { url: 'u', filters: [], pogingen: null, hoofd: { kenmerk: 'h' } }, lijst: [{ kenmerk: 'l', soort: 'A' }] },
      {
        input: { url: 'u', filters: [], pogingen: null, hoofd: { kenmerk: 'h', soort: 'B', labels: [] } },
        lijst: [{ kenmerk: 'l', soort: 'A', labels: [] }],
      },
    ],
  ])('%s', (_naam, variabelen, verwacht) => {
    const voor = JSON.stringify(variabelen);
    expect(vulInvoerstandaardenAan(schema, Q, variabelen)).toEqual(verwacht);
    // The client's object is left as it was.
    expect(JSON.stringify(variabelen)).toBe(voor);
  });

  it('geeft null als er niets ontbreekt (geen kopie per verzoek)', () => {
    expect(vulInvoerstandaardenAan(schema, Q, { input: { url: 'u', filters: [], pogingen: 3 } })).toBeNull();
    expect(vulInvoerstandaardenAan(schema, operatie('{ x(input: { url: "u" }) }'), undefined)).toBeNull();
  });

  it('neemt de standaard van een weggelaten variabele over en vult die aan', () => {
    const metStandaard = operatie('query($input: Abonnement! = { url: "s" }) { x(input: $input) }');
    expect(vulInvoerstandaardenAan(schema, metStandaard, {})).toEqual({ input: { url: 's', filters: [], pogingen: 3 } });
  });
});
