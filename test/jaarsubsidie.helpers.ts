/**
 * The shared setup of the yearly-subsidy browser tests (issue 22): a wijkraad with a grant for
 * 2027 through the API, one advance paid and one reported change open, made on the dates of the
 * book year with the yearly subsidies' test clock. Returns the token of the wijkraad's secretary.
 */
import { Rol } from '@buurtwerk/core';
import { JaarsubsidieKlok } from '@buurtwerk/jaarsubsidies';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import type { TestContext } from './harness';

export async function wijkraadMetJaarsubsidie(ctx: TestContext): Promise<{ secretaris: string }> {
  const klok = ctx.app.get(JaarsubsidieKlok);
  const beleid = await ctx.tokenFor(Rol.BELEIDSMEDEWERKER, { name: 'Bea Beleid' });
  const beheerder = await ctx.tokenFor(Rol.BEHEERDER);
  const secretaris = await ctx.tokenFor(Rol.PARTNER, { sub: 'wijkraad-secretaris', name: 'Sanne' });
  const { organisatieRegistreren } = await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
    'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
    { input: { naam: 'Wijkraad Heerlerbaan', soort: 'BUURTORGANISATIE', buurtIds: [] } },
    beheerder,
  );
  await ctx.gqlOk(
    'mutation($o: ID!, $g: ID!) { partnerKoppelen(organisatieId: $o, gebruikerId: $g) { id } }',
    { o: organisatieRegistreren.id, g: 'wijkraad-secretaris' },
    beheerder,
  );
  const { subsidieregelingVaststellen } = await ctx.gqlOk<{ subsidieregelingVaststellen: { id: string } }>(
    'mutation($input: SubsidieregelingInput!) { subsidieregelingVaststellen(input: $input) { id } }',
    {
      input: {
        code: 'JAAR_BUURTORG',
        naam: 'Jaarsubsidie buurtorganisaties',
        beschrijving: 'De jaarlijkse subsidie voor wijkraden.',
        geldigVan: '2026-01-01',
        schalen: ['BUURT'],
        aanvragers: ['ORGANISATIE'],
        beslistermijnWeken: 8,
        besluitvorming: 'AMBTELIJK',
        verdeelmethode: 'VOLGORDE_VAN_BINNENKOMST',
        voorwaarden: [],
      },
    },
    beleid,
  );
  await ctx.app
    .get(SubsidieregelsService)
    .subsidieplafondVaststellen(
      { regelingId: subsidieregelingVaststellen.id, periode: '2027', bedrag: 8_000_000 },
      { vandaag: '2026-06-01' },
    );
  const { jaarsubsidieregelingOpslaan } = await ctx.gqlOk<{ jaarsubsidieregelingOpslaan: { id: string } }>(
    'mutation($input: JaarsubsidieregelingInput!) { jaarsubsidieregelingOpslaan(input: $input) { id } }',
    {
      input: {
        code: 'WIJKRADEN',
        naam: 'Jaarsubsidie wijkraden',
        regelingCode: 'JAAR_BUURTORG',
        aanvraagUiterlijk: '10-01',
        verantwoordingUiterlijk: '04-29',
        voorschotschema: 'KWARTAAL',
        voorschotProcent: 80,
        accountantsverklaringVanaf: 5_000_000,
      },
    },
    beleid,
  );
  klok.zet('2026-09-15');
  const { jaarsubsidieAanvragen } = await ctx.gqlOk<{ jaarsubsidieAanvragen: { id: string } }>(
    'mutation($input: JaaraanvraagInput!) { jaarsubsidieAanvragen(input: $input) { id } }',
    {
      input: {
        regelingId: jaarsubsidieregelingOpslaan.id,
        organisatieId: organisatieRegistreren.id,
        boekjaar: 2027,
        gevraagdBedrag: 6_000_000,
        contactEmail: 'secretariaat@wijkraad.example',
        activiteiten: [
          {
            code: 'A1',
            omschrijving: 'Inloop in het buurthuis',
            buurtcodes: ['BU09171000'],
            doelgroepen: ['ouderen'],
            eenheid: 'ochtenden',
            gepland: 180,
          },
          {
            code: 'A2',
            omschrijving: 'Zomerspelen',
            buurtcodes: ['BU09171000'],
            doelgroepen: ['kinderen'],
            eenheid: 'dagen',
            gepland: 10,
          },
        ],
        begroting: [
          { code: 'K1', omschrijving: 'Coördinator', soort: 'KOSTEN', bedrag: 5_000_000 },
          { code: 'K2', omschrijving: 'Activiteiten', soort: 'KOSTEN', bedrag: 2_000_000 },
          { code: 'I1', omschrijving: 'Bijdragen', soort: 'EIGEN_INKOMSTEN', bedrag: 1_000_000 },
        ],
      },
    },
    secretaris,
  );
  klok.zet('2026-11-20');
  const { jaarsubsidieVerlenen } = await ctx.gqlOk<{ jaarsubsidieVerlenen: { betalingen: Array<{ id: string }> } }>(
    'mutation($id: ID!, $input: JaarsubsidieVerlenenInput!) { jaarsubsidieVerlenen(id: $id, input: $input) { betalingen { id } } }',
    {
      id: jaarsubsidieAanvragen.id,
      input: { bedrag: 6_000_000, motivering: 'Het plan past bij de buurtagenda en de begroting sluit.' },
    },
    beleid,
  );
  await ctx.gqlOk(
    'mutation($input: BetalingenVerwerktInput!) { jaarsubsidieBetalingenVerwerkt(input: $input) }',
    { input: { betalingIds: [jaarsubsidieVerlenen.betalingen[0].id], betaaldOp: '2027-01-04' } },
    beleid,
  );
  klok.zet('2027-08-15');
  await ctx.gqlOk(
    'mutation($id: ID!, $input: JaarsubsidieWijzigingInput!) { jaarsubsidieWijzigingMelden(id: $id, input: $input) { id } }',
    {
      id: jaarsubsidieAanvragen.id,
      input: { soort: 'ACTIVITEIT_VERVALT', betreft: 'A2', omschrijving: 'De zomerspelen gaan niet door.' },
    },
    secretaris,
  );
  klok.zet(null);
  return { secretaris };
}
