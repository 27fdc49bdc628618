import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { amsterdamseDatum, BUURTWERK_CONFIG, type BuurtwerkConfig } from '@buurtwerk/core';
import { BuurtEntity, BuurtenService } from '@buurtwerk/buurten';
import { OrganisatieEntity, OrganisatieSoort, PartnersService } from '@buurtwerk/partners';
import { BehoefteBron, BehoefteSoort, BehoefteStatus, BuurtagendaService } from '@buurtwerk/buurtregie';
import {
  AanvragerSoort,
  Besluitvorming,
  InstrumentSoort,
  Schaal,
  SubsidieregelsService,
  Verdeelmethode,
} from '@buurtwerk/subsidieregels';
import { laadDemoInitiatieven } from './demo-initiatieven';
import { laadDemoBuurtregie } from './demo-buurtregie';
import { laadDemoMeedoen } from './demo-meedoen';
import { laadDemoStad } from './demo-stad';

/**
 * DEMO DATA — invented people, organisations and activities so that a fresh `npm start` shows a
 * living platform. Every name here is fictional and marked "(voorbeeld)"; nothing is Heerlen's
 * real staff, partners or figures. Loaded only by `npm start` (the embedded default), never by
 * `npm run start:api` and never with NODE_ENV=production.
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

/**
 * Whether the server loads the demo data at start-up: never in production (a production
 * database must not get invented people, whatever flags the process was started with), and
 * not with `--zonder-demo`.
 */
export function demodataBijStart(argv: readonly string[], config: Pick<BuurtwerkConfig, 'nodeEnv'>): boolean {
  return config.nodeEnv !== 'production' && !argv.includes('--zonder-demo');
}

export async function laadDemodata(app: NestFastifyApplication): Promise<boolean> {
  // Fail closed: also a caller other than main.ts cannot put demo data into production.
  if (app.get<BuurtwerkConfig>(BUURTWERK_CONFIG).nodeEnv === 'production') {
    throw new Error('Voorbeeldgegevens worden nooit geladen in productie (NODE_ENV=production).');
  }
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
  const organisaties: string[] = [];
  for (const [i, o] of ORGANISATIES.entries()) {
    const org = await partners.organisatieRegistreren({
      naam: o.naam,
      soort: o.soort,
      beschrijving: o.beschrijving,
      buurtIds: o.buurten.map(globalId),
    });
    organisaties.push(org.id);
    if (i === 0) {
      // The Buurtportaal's demo partner (sign-in "Pim Partner") works for the first organisation.
      await partners.partnerKoppelen(org.id, 'demo-partner');
    }
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
  const instrumenten = await laadDemoMenukaart(app);
  const behoeften = await laadDemoBuurtagenda(app, globalId);
  await laadDemoStad({ app, nu, buurt: globalId, organisaties });
  await laadDemoMeedoen({ app, nu, buurt: globalId, organisaties });
  await laadDemoInitiatieven({ app, nu, buurt: globalId, organisaties });
  await laadDemoBuurtregie({ app, nu, buurt: globalId, organisaties, behoeften, instrumenten });
  new Logger('Demo').log(`Voorbeeldgegevens geladen: ${REGISSEURS.length} buurtregisseurs, ${ORGANISATIES.length} organisaties.`);
  return true;
}

/** A few curated needs on the agendas of two demo buurten (buurtregie, issue 20). Invented "(voorbeeld)" content. */
const BEHOEFTEN = [
  {
    buurt: 'BU09171000',
    soort: BehoefteSoort.KNELPUNT,
    thema: 'verkeer',
    titel: 'Te hard rijden langs de basisschool (voorbeeld)',
    omschrijving: 'Ouders zien dagelijks auto’s die te hard rijden bij het schoolplein.',
    bron: BehoefteBron.ENQUETE,
    onderbouwing: 'Voorbeeldenquête: 64% van 210 bewoners noemt dit.',
    status: BehoefteStatus.OPGEPAKT,
  },
  {
    buurt: 'BU09171000',
    soort: BehoefteSoort.WENS,
    thema: 'ontmoeting',
    titel: 'Een plek om elkaar te ontmoeten (voorbeeld)',
    omschrijving: 'Sinds het buurthuis dicht is, is er geen plek om binnen samen te komen.',
    bron: BehoefteBron.BUURTREGISSEUR,
    onderbouwing: null,
    status: BehoefteStatus.OPEN,
  },
  {
    buurt: 'BU09172100',
    soort: BehoefteSoort.BEHOEFTE,
    thema: 'groen',
    titel: 'Meer schaduw in de speeltuin (voorbeeld)',
    omschrijving: 'In de zomer is de speeltuin te heet om te spelen.',
    bron: BehoefteBron.SIGNAAL,
    onderbouwing: 'Voorbeeld: zeven signalen over hitte in de speeltuin.',
    status: BehoefteStatus.BEANTWOORD,
  },
] as const;

/** Returns the global ids of the needs by title. */
async function laadDemoBuurtagenda(
  app: NestFastifyApplication,
  globalId: (code: string) => string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const agenda = app.get(BuurtagendaService);
  const beheerder = {
    sub: 'demo-beheerder',
    naam: 'Demo beheerder',
    email: null,
    rollen: ['BEHEERDER' as never],
    buurtcode: null,
  };
  for (const b of BEHOEFTEN) {
    const nieuw = await agenda.toevoegen(
      {
        buurtId: globalId(b.buurt),
        soort: b.soort,
        thema: b.thema,
        titel: b.titel,
        omschrijving: b.omschrijving,
        bron: b.bron,
        onderbouwing: b.onderbouwing,
      },
      beheerder,
    );
    ids.set(b.titel, nieuw.id);
    if (b.status !== BehoefteStatus.OPEN) {
      await agenda.statusWijzigen(
        nieuw.id,
        b.status,
        b.status === BehoefteStatus.BEANTWOORD ? 'Voorbeeld: er staan nu schaduwdoeken.' : null,
        beheerder,
      );
    }
  }
  return ids;
}

/**
 * Demo menukaart and two EXAMPLE subsidy rules modelled on the idea of the buurtaktie-regeling
 * (small-scale, social cohesion, a budget with costs and income, events excluded). All names,
 * amounts and terms are invented "(voorbeeld)" figures, not Heerlen's real rules or budgets.
 */
/** Returns the global ids of the menukaart's instruments by name. */
async function laadDemoMenukaart(app: NestFastifyApplication): Promise<Map<string, string>> {
  const regels = app.get(SubsidieregelsService);
  const beheerder = { sub: 'demo-beheerder', naam: 'Demo beheerder', email: null, rollen: [], buurtcode: null };
  const buurtaktie = await regels.subsidieregelingVaststellen(
    {
      code: 'BUURTAKTIE_VOORBEELD',
      naam: 'Buurtaktie (voorbeeld)',
      beschrijving:
        'Voorbeeldregeling: een kleine bijdrage voor een initiatief van bewoners dat mensen in één of twee buurten samenbrengt. ' +
        'U stuurt een begroting mee met de kosten én de inkomsten (eigen bijdrage, sponsoring, entree). Een buurtpanel van bewoners ' +
        'beoordeelt de aanvraag. Evenementen (zoals festivals, kermissen of markten met een evenementenvergunning) vallen buiten ' +
        'deze regeling; dat toetst een medewerker. Bedragen en termijnen zijn verzonnen voorbeeldwaarden.',
      geldigVan: '2025-01-01',
      geldigTot: null,
      schalen: [Schaal.BUURT],
      aanvragers: [AanvragerSoort.BEWONER, AanvragerSoort.BEWONERSGROEP],
      maximumBedrag: 150_000,
      beslistermijnWeken: 8,
      besluitvorming: Besluitvorming.BUURTPANEL,
      verdeelmethode: Verdeelmethode.VOLGORDE_VAN_BINNENKOMST,
      voorwaarden: [
        {
          code: 'KLEINSCHALIG',
          omschrijving: 'Het initiatief speelt in hoogstens twee buurten.',
          regel: { '<=': [{ var: 'aantalBuurten' }, 2] },
        },
        {
          code: 'SAMEN',
          omschrijving: 'Minstens vijf bewoners uit de buurt doen mee (sociale samenhang).',
          regel: { '>=': [{ var: 'aantalBetrokkenBewoners' }, 5] },
        },
        {
          code: 'EIGEN_BIJDRAGE',
          omschrijving: 'Bewoners dragen minstens 10% van de begroting zelf (geld of inkomsten).',
          regel: { '>=': [{ var: 'eigenBijdrageProcent' }, 10] },
        },
        {
          code: 'OP_TIJD',
          omschrijving: 'De aanvraag komt minstens vier weken voor de start binnen.',
          regel: { '>=': [{ var: 'dagenTotStart' }, 28] },
        },
      ],
    },
    beheerder,
  );
  const stadsdeel = await regels.subsidieregelingVaststellen(
    {
      code: 'STADSDEELINITIATIEF_VOORBEELD',
      naam: 'Stadsdeelinitiatief (voorbeeld)',
      beschrijving:
        'Voorbeeldregeling voor grotere initiatieven van bewonersgroepen of buurtorganisaties voor een heel stadsdeel of de stad, ' +
        'met een begroting van kosten en inkomsten. Een beleidsmedewerker beslist. Evenementen vallen buiten deze regeling. ' +
        'Bedragen en termijnen zijn verzonnen voorbeeldwaarden.',
      geldigVan: '2025-01-01',
      geldigTot: null,
      schalen: [Schaal.STADSDEEL, Schaal.STAD],
      aanvragers: [AanvragerSoort.BEWONERSGROEP, AanvragerSoort.ORGANISATIE],
      maximumBedrag: 750_000,
      beslistermijnWeken: 13,
      besluitvorming: Besluitvorming.AMBTELIJK,
      verdeelmethode: Verdeelmethode.VOLGORDE_VAN_BINNENKOMST,
      voorwaarden: [
        {
          code: 'EIGEN_BIJDRAGE',
          omschrijving: 'De aanvragers dragen minstens 20% van de begroting zelf.',
          regel: { '>=': [{ var: 'eigenBijdrageProcent' }, 20] },
        },
        {
          code: 'SAMEN',
          omschrijving: 'Minstens tien bewoners doen mee.',
          regel: { '>=': [{ var: 'aantalBetrokkenBewoners' }, 10] },
        },
        {
          code: 'LOOPTIJD',
          omschrijving: 'Het initiatief duurt hoogstens een jaar.',
          regel: { '<=': [{ var: 'looptijdDagen' }, 366] },
        },
      ],
    },
    beheerder,
  );
  const jaar = Number(amsterdamseDatum(new Date()).slice(0, 4));
  for (const [regeling, bedrag] of [
    [buurtaktie, 2_500_000],
    [stadsdeel, 6_000_000],
  ] as const) {
    // Last year too: the demo's initiatives were submitted up to seven months ago.
    for (const periode of [jaar - 1, jaar, jaar + 1]) {
      // Demo only: published as if before the period started (Awb 4:22 requires that).
      await regels.subsidieplafondVaststellen(
        { regelingId: regeling.id, periode: String(periode), bedrag },
        { vandaag: `${periode - 1}-12-01` },
      );
    }
  }
  const instrumenten = [
    {
      naam: 'Buurtbudget (voorbeeld)',
      soort: InstrumentSoort.FINANCIELE_BIJDRAGE,
      regelingId: buurtaktie.id,
      beschrijving: 'Een bijdrage in de kosten van een klein buurtinitiatief, volgens de Buurtaktie (voorbeeld).',
    },
    {
      naam: 'Bijdrage stadsdeelinitiatief (voorbeeld)',
      soort: InstrumentSoort.FINANCIELE_BIJDRAGE,
      regelingId: stadsdeel.id,
      beschrijving: 'Een bijdrage voor een groter initiatief in een stadsdeel of de stad.',
    },
    {
      naam: 'Materiaal lenen (voorbeeld)',
      soort: InstrumentSoort.MATERIAAL,
      beschrijving: 'Partytent, statafels, geluidsset, afvalgrijpers en hesjes uit de gemeentelijke uitleen.',
    },
    {
      naam: 'Promotie via de gemeente (voorbeeld)',
      soort: InstrumentSoort.PROMOTIE,
      beschrijving: 'Aandacht in de buurtagenda, op sociale media en in de wijkkrant.',
    },
    {
      naam: 'Ruimte in een buurthuis (voorbeeld)',
      soort: InstrumentSoort.LOCATIE,
      beschrijving: 'Gebruik van een zaal in een buurthuis of gemeentelijk pand, op afspraak.',
    },
    {
      naam: 'Advies van de buurtregisseur (voorbeeld)',
      soort: InstrumentSoort.ADVIES,
      beschrijving: 'Hulp bij plan, begroting, vergunningen en contacten met partners in de buurt.',
    },
    {
      naam: 'Vrijwilligersverzekering (voorbeeld)',
      soort: InstrumentSoort.VERZEKERING,
      beschrijving: 'Vrijwilligers bij het initiatief zijn verzekerd voor ongevallen en aansprakelijkheid.',
    },
  ];
  const ids = new Map<string, string>();
  for (const i of instrumenten) {
    ids.set(i.naam, (await regels.instrumentToevoegen(i)).id);
  }
  return ids;
}
