import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { BuurtEntity, BuurtenService } from '@buurtwerk/buurten';
import { OrganisatieEntity, OrganisatieSoort, PartnersService } from '@buurtwerk/partners';

/**
 * DEMO DATA — invented people, organisations and activities so that a fresh `npm start` shows a
 * living platform. Every name here is fictional and marked "(voorbeeld)"; nothing is Heerlen's
 * real staff, partners or figures. Loaded only by `npm start` (the embedded default), never by
 * `npm run start:api`.
 */
export const DEMO_MARKERING = '(voorbeeld)';

const REGISSEURS = [
  { naam: 'Sanne Hermans (voorbeeld)', buurten: ['BU09171000', 'BU09171001', 'BU09171100', 'BU09171101'] },
  { naam: 'Ruud Lemmens (voorbeeld)', buurten: ['BU09172100', 'BU09172101', 'BU09172200'] },
  { naam: 'Fatima el Amrani (voorbeeld)', buurten: ['BU09173300', 'BU09173301', 'BU09173400'] },
  { naam: 'Joep Vleugels (voorbeeld)', buurten: ['BU09174000', 'BU09174100', 'BU09174101'] },
];

const ORGANISATIES = [
  {
    naam: 'Buurtpunt De Kommen (voorbeeld)',
    soort: OrganisatieSoort.BUURTORGANISATIE,
    beschrijving: 'Voorbeeldorganisatie: inloop, koffieochtenden en hulp bij formulieren.',
    buurten: ['BU09173300', 'BU09173301'],
  },
  {
    naam: 'Stichting Samen Sterk Hoensbroek (voorbeeld)',
    soort: OrganisatieSoort.STICHTING,
    beschrijving: 'Voorbeeldorganisatie: buurtmoestuin en maaltijden voor ouderen.',
    buurten: ['BU09171000', 'BU09171001'],
  },
  {
    naam: 'Welzijnscoöperatie Parkstad (voorbeeld)',
    soort: OrganisatieSoort.MAATSCHAPPELIJKE_PARTNER,
    beschrijving: 'Voorbeeld van een maatschappelijke partner met opbouwwerkers in alle buurten.',
    buurten: ['BU09171000', 'BU09172100', 'BU09173300', 'BU09174000'],
  },
  {
    naam: 'Buurtvereniging Heerlerbaan Vooruit (voorbeeld)',
    soort: OrganisatieSoort.VERENIGING,
    beschrijving: 'Voorbeeldorganisatie: straatfeesten en een jaarlijkse opschoondag.',
    buurten: ['BU09174000', 'BU09174100'],
  },
];

function dagenVanaf(nu: Date, dagen: number, uur: number): Date {
  const d = new Date(nu);
  d.setUTCDate(d.getUTCDate() + dagen);
  d.setUTCHours(uur - 1, 0, 0, 0); // roughly local time in CET
  return d;
}

export async function laadDemodata(app: NestFastifyApplication): Promise<boolean> {
  const ds = app.get(DataSource);
  if (await ds.getRepository(OrganisatieEntity).existsBy({ naam: ORGANISATIES[0].naam })) {
    return false;
  }
  const buurten = app.get(BuurtenService);
  const partners = app.get(PartnersService);
  const codes = new Map((await ds.getRepository(BuurtEntity).find()).map((b) => [b.code, b]));
  const globalId = (code: string): string => {
    const b = codes.get(code);
    if (!b) {
      throw new Error(`Demobuurt ${code} bestaat niet`);
    }
    return Buffer.from(`Buurt:${b.id}`).toString('base64url');
  };
  for (const [i, r] of REGISSEURS.entries()) {
    await buurten.medewerkerRegistreren({
      naam: r.naam,
      functie: 'Buurtregisseur',
      email: `buurtregisseur${i + 1}@voorbeeld.invalid`,
      telefoon: '14 045',
      gebruikerId: `demo-buurtregisseur-${i + 1}`,
      buurtIds: r.buurten.map(globalId),
    });
  }
  const beheerder = { sub: 'demo-beheerder', naam: 'Demo beheerder', email: null, rollen: [], buurtcode: null };
  const nu = new Date();
  for (const [i, o] of ORGANISATIES.entries()) {
    const org = await partners.organisatieRegistreren({
      naam: o.naam,
      soort: o.soort,
      beschrijving: o.beschrijving,
      buurtIds: o.buurten.map(globalId),
    });
    await partners.activiteitPubliceren(
      {
        titel: ['Koffieochtend', 'Samen tuinieren', 'Spreekuur opbouwwerk', 'Opschoondag'][i] + ' (voorbeeld)',
        beschrijving: 'Voorbeeldactiviteit om te laten zien hoe de agenda werkt.',
        begin: dagenVanaf(nu, 3 + i * 4, 10),
        eind: dagenVanaf(nu, 3 + i * 4, 12),
        locatie: 'Buurthuis (voorbeeld)',
        buurtId: globalId(o.buurten[0]),
        organisatorId: org.id,
        vrijwilligersGezocht: i % 2 === 0,
      },
      { ...beheerder, rollen: ['BEHEERDER' as never] },
    );
  }
  new Logger('Demo').log(`Voorbeeldgegevens geladen: ${REGISSEURS.length} buurtregisseurs, ${ORGANISATIES.length} organisaties.`);
  return true;
}
