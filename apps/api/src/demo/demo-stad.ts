import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { amsterdamseDatum, type Gebruiker, opKlok, plusDagen, Rol, UitgaandeMailEntity } from '@buurtwerk/core';
import { BegrotingService, Stemregel, Stemwijze } from '@buurtwerk/burgerbegroting';
import { AmbtsdragerFunctie, BelangenconflictService } from '@buurtwerk/conflict-of-interest';
import { NetwerkbijeenkomstenService } from '@buurtwerk/netwerkbijeenkomsten';
import { ParticipatieService, Standpunt } from '@buurtwerk/buurtregie';
import { PlanService, SignalenService } from '@buurtwerk/signalen';

/**
 * The demo city's past (issue 26): network meetings held and coming, signals in every state and
 * the register of side positions, each made through its service at the moment it happened
 * (`opKlok`), so that every invariant, counter, mail and audit record is what the real
 * procedure leaves behind. Dates are relative to today, so the demo never goes stale. Invented
 * "(voorbeeld)" content only; addresses end in `.invalid` (RFC 2606), so no mail can be delivered.
 */

const DAG = 86_400_000;

/** A moment `dagen` days from `basis` (negative: in the past) at `uur` o'clock, roughly CET. */
function op(basis: Date, dagen: number, uur = 10): Date {
  const d = new Date(basis.getTime() + dagen * DAG);
  d.setUTCHours(uur - 1, 0, 0, 0);
  return d;
}

const medewerker = (sub: string, naam: string, rollen: Rol[]): Gebruiker => ({
  sub,
  naam,
  email: null,
  rollen,
  buurtcode: null,
});

const BELEID = medewerker('demo-beleidsmedewerker', 'Demo beleidsmedewerker', [Rol.BELEIDSMEDEWERKER]);
const GRIFFIE = medewerker('demo-griffie', 'Demo griffie', [Rol.GRIFFIE]);

/** A demo resident with a verified (but undeliverable) address. */
function bewoner(n: number, buurtcode: string): Gebruiker {
  return {
    sub: `demo-bewoner-${n}`,
    naam: `Bewoner ${n} (voorbeeld)`,
    email: `bewoner${n}@voorbeeld.invalid`,
    emailGeverifieerd: true,
    rollen: [Rol.BEWONER],
    buurtcode,
  };
}

export interface DemoStadContext {
  app: NestFastifyApplication;
  nu: Date;
  /** Global id of a demo buurt by its CBS code. */
  buurt: (code: string) => string;
  /** Global ids of the demo organisations, in the order they were registered. */
  organisaties: string[];
}

export async function laadDemoStad(c: DemoStadContext): Promise<void> {
  await laadDemoBijeenkomsten(c);
  await laadDemoSignalen(c);
  await laadDemoRegister(c);
  await laadDemoBurgerbegroting(c);
  await laadDemoPlannen(c);
}

/**
 * Three network meetings (twice a year, each in another buurt, invariant 9): one held four months
 * ago with its report, one in five weeks that is full with a waiting list, and one in half a year.
 * Every sign-up follows the link in its confirmation mail, as a person would.
 */
async function laadDemoBijeenkomsten({ app, nu, buurt }: DemoStadContext): Promise<void> {
  const service = app.get(NetwerkbijeenkomstenService);
  const mails = app.get(DataSource).getRepository(UitgaandeMailEntity);
  const aanmelden = async (bijeenkomstId: string, n: number): Promise<void> => {
    const ontvangen = await service.aanmelden(
      {
        bijeenkomstId,
        naam: `Deelnemer ${n} (voorbeeld)`,
        email: `deelnemer${n}@voorbeeld.invalid`,
        rol: n % 3 === 0 ? 'Buurtorganisatie' : 'Bewoner',
        wensen: n % 5 === 0 ? 'Graag een plek dicht bij de deur (voorbeeld)' : null,
      },
      null,
    );
    const mail = await mails.findOne({
      where: { soort: 'AANMELDING_BEVESTIGEN', aan: `deelnemer${n}@voorbeeld.invalid` },
      order: { aangemaaktOp: 'DESC' },
    });
    const link = mail ? /\/aanmelding-bevestigen\?aanmelding=([^&\s]+)&code=(\S+)/.exec(mail.tekst) : null;
    if (!link) {
      throw new Error(`Demo: geen bevestigingsmail voor deelnemer ${n} (${ontvangen.id})`);
    }
    await service.bevestigen(decodeURIComponent(link[1]), decodeURIComponent(link[2]));
  };

  const geweest = await opKlok(op(nu, -150), () =>
    service.plannen(
      {
        titel: 'Netwerkbijeenkomst voorjaar (voorbeeld)',
        thema: 'Samen eten en ontmoeten',
        begin: op(nu, -120, 19),
        eind: op(nu, -120, 21),
        buurtId: buurt('BU09171100'),
        locatie: 'Gemeenschapshuis (voorbeeld)',
        capaciteit: 40,
      },
      BELEID,
    ),
  );
  for (let n = 1; n <= 9; n++) {
    await opKlok(op(nu, -140 + n), () => aanmelden(geweest.id, n));
  }
  await opKlok(op(nu, -118), () =>
    service.verslagVastleggen(
      geweest.id,
      'Voorbeeldverslag: 31 deelnemers uit negen buurten. Drie initiatieven stelden zich voor; de buurtmoestuin zoekt ' +
        'vrijwilligers en twee buurtorganisaties gaan samen een zomerprogramma maken.',
    ),
  );

  const vol = await opKlok(op(nu, -30), () =>
    service.plannen(
      {
        titel: 'Netwerkbijeenkomst najaar (voorbeeld)',
        thema: 'Wat heeft jouw buurt nodig?',
        begin: op(nu, 35, 19),
        eind: op(nu, 35, 21),
        buurtId: buurt('BU09172200'),
        locatie: 'Buurtzaal (voorbeeld)',
        capaciteit: 12,
      },
      BELEID,
    ),
  );
  for (let n = 10; n <= 25; n++) {
    await opKlok(op(nu, -25 + (n - 10)), () => aanmelden(vol.id, n));
  }

  const later = await opKlok(op(nu, -2), () =>
    service.plannen(
      {
        titel: 'Netwerkbijeenkomst volgend voorjaar (voorbeeld)',
        thema: null,
        begin: op(nu, 190, 19),
        eind: op(nu, 190, 21),
        buurtId: buurt('BU09174101'),
        locatie: 'Buurthuis (voorbeeld)',
        capaciteit: 50,
      },
      BELEID,
    ),
  );
  for (let n = 26; n <= 29; n++) {
    await aanmelden(later.id, n);
  }
}

/**
 * Signals in every state, reported at different moments so that the Regiepaneel's overdue list
 * has content: new, forwarded, in handling (one of each overdue) and handled with feedback.
 */
async function laadDemoSignalen({ app, nu, buurt }: DemoStadContext): Promise<void> {
  const service = app.get(SignalenService);
  const gevallen: Array<{
    dagenGeleden: number;
    buurt: string;
    categorie: string;
    omschrijving: string;
    stappen: Array<{ na: number; doe: 'doorzetten' | 'inBehandeling' | 'afhandelen'; tekst?: string }>;
  }> = [
    {
      dagenGeleden: 1,
      buurt: 'BU09171000',
      categorie: 'Afval en zwerfvuil',
      omschrijving: 'Voorbeeld: bij de glasbak aan het plein staan al dagen vuilniszakken.',
      stappen: [],
    },
    {
      dagenGeleden: 12,
      buurt: 'BU09171001',
      categorie: 'Openbare ruimte',
      omschrijving: 'Voorbeeld: een losliggende stoeptegel bij de bushalte; ouderen struikelen erover.',
      stappen: [],
    },
    {
      dagenGeleden: 6,
      buurt: 'BU09172100',
      categorie: 'Groen',
      omschrijving: 'Voorbeeld: de heg bij de speeltuin groeit over het fietspad.',
      stappen: [{ na: 1, doe: 'doorzetten' }],
    },
    {
      dagenGeleden: 20,
      buurt: 'BU09173300',
      categorie: 'Verkeer en parkeren',
      omschrijving: 'Voorbeeld: auto’s parkeren op de stoep voor de school, kinderen moeten de weg op.',
      stappen: [
        { na: 1, doe: 'doorzetten' },
        { na: 3, doe: 'inBehandeling' },
      ],
    },
    {
      dagenGeleden: 3,
      buurt: 'BU09174000',
      categorie: 'Zorg en welzijn',
      omschrijving: 'Voorbeeld: een oudere buurman komt zijn huis niet meer uit en lijkt eenzaam.',
      stappen: [{ na: 1, doe: 'inBehandeling' }],
    },
    {
      dagenGeleden: 40,
      buurt: 'BU09171000',
      categorie: 'Openbare ruimte',
      omschrijving: 'Voorbeeld: de straatverlichting in het steegje is kapot.',
      stappen: [
        { na: 1, doe: 'doorzetten' },
        { na: 4, doe: 'afhandelen', tekst: 'Voorbeeld: de lamp is vervangen. Bedankt voor uw melding!' },
      ],
    },
    {
      dagenGeleden: 25,
      buurt: 'BU09172101',
      categorie: 'Overlast en veiligheid',
      omschrijving: 'Voorbeeld: ’s avonds laat geluidsoverlast bij het winkelcentrum.',
      stappen: [
        { na: 2, doe: 'inBehandeling' },
        {
          na: 9,
          doe: 'afhandelen',
          tekst: 'Voorbeeld: de wijkagent loopt er de komende weken ’s avonds een extra ronde.',
        },
      ],
    },
  ];
  for (const [i, g] of gevallen.entries()) {
    const melder = bewoner(100 + i, g.buurt);
    const gemeld = await opKlok(op(nu, -g.dagenGeleden, 9 + (i % 8)), () =>
      service.melden({ buurtId: buurt(g.buurt), categorie: g.categorie, omschrijving: g.omschrijving }, melder),
    );
    for (const s of g.stappen) {
      await opKlok(op(nu, -g.dagenGeleden + s.na, 14), async () => {
        if (s.doe === 'doorzetten') {
          await service.doorzetten(gemeld.id, gemeld.afdeling ?? 'Buurtgericht werken', BELEID);
        } else if (s.doe === 'inBehandeling') {
          await service.inBehandelingNemen(gemeld.id, BELEID);
        } else {
          await service.afhandelen(gemeld.id, s.tekst ?? '', BELEID);
        }
      });
    }
  }
}

/**
 * The public register of side positions (Gemeentewet art. 12, 41b, 66): three office holders, one
 * of them on the board of a demo organisation (which makes them step aside when that
 * organisation applies; the organisation itself is never excluded), and one ended position.
 */
async function laadDemoRegister({ nu, app, organisaties }: DemoStadContext): Promise<void> {
  const service = app.get(BelangenconflictService);
  const vandaag = amsterdamseDatum(nu);
  const begin = plusDagen(vandaag, -600);
  const ambtsdragers = [
    { naam: 'Mr. L. Janssen (voorbeeld)', functie: AmbtsdragerFunctie.RAADSLID, partij: 'Partij A (voorbeeld)' },
    { naam: 'D. Bemelmans (voorbeeld)', functie: AmbtsdragerFunctie.RAADSLID, partij: 'Partij B (voorbeeld)' },
    { naam: 'Drs. M. Quaedvlieg (voorbeeld)', functie: AmbtsdragerFunctie.WETHOUDER, partij: 'Partij A (voorbeeld)' },
  ];
  const ids: string[] = [];
  for (const a of ambtsdragers) {
    ids.push((await service.ambtsdragerRegistreren({ ...a, vanaf: begin, tot: null }, GRIFFIE)).id);
  }
  const functies = [
    {
      ambtsdragerId: ids[0],
      organisatieId: organisaties[1],
      organisatieNaam: 'Stichting Samen Sterk Hoensbroek (voorbeeld)',
      functie: 'Bestuurslid (penningmeester)',
      bezoldigd: false,
      vanaf: plusDagen(vandaag, -400),
      tot: null,
    },
    {
      ambtsdragerId: ids[1],
      organisatieId: null,
      organisatieNaam: 'Voetbalvereniging Heerlen-Noord (voorbeeld)',
      functie: 'Jeugdtrainer',
      bezoldigd: false,
      vanaf: plusDagen(vandaag, -500),
      tot: null,
    },
    {
      ambtsdragerId: ids[2],
      organisatieId: null,
      organisatieNaam: 'Adviesbureau Zuid (voorbeeld)',
      functie: 'Adviseur',
      bezoldigd: true,
      vanaf: plusDagen(vandaag, -590),
      tot: plusDagen(vandaag, -200),
    },
  ];
  for (const f of functies) {
    await service.nevenfunctieMelden(f, GRIFFIE);
  }
}

const PROJECTEN = [
  { titel: 'Bankjes langs het wandelpad (voorbeeld)', kosten: 320_000 },
  { titel: 'Een buurtmoestuin achter de school (voorbeeld)', kosten: 450_000 },
  { titel: 'Verlichting op het trapveldje (voorbeeld)', kosten: 600_000 },
  { titel: 'Zomerprogramma voor kinderen (voorbeeld)', kosten: 250_000 },
  { titel: 'Een AED in de straat met cursus (voorbeeld)', kosten: 180_000 },
];

/**
 * The citizen budget: a round in Hoensbroek whose voting closed three weeks ago (with its
 * result by Method of Equal Shares and the explanation per voter), and a round in Heerlerbaan
 * that is open for voting now. Residents vote with the buurt their sign-in says they live in.
 */
async function laadDemoBurgerbegroting({ app, nu, buurt }: DemoStadContext): Promise<void> {
  const service = app.get(BegrotingService);
  const rondes = [
    {
      naam: 'Buurtbudget Hoensbroek (voorbeeld)',
      buurten: ['BU09171000', 'BU09171001'],
      aangemaakt: -70,
      vanaf: -50,
      tot: -20,
      stemmers: 24,
      stemwijze: Stemwijze.APPROVAL,
    },
    {
      naam: 'Buurtbudget Heerlerbaan (voorbeeld)',
      buurten: ['BU09174000', 'BU09174100'],
      aangemaakt: -10,
      vanaf: -5,
      tot: 25,
      stemmers: 9,
      stemwijze: Stemwijze.KNAPSACK,
    },
  ];
  for (const [r, ronde] of rondes.entries()) {
    const aangemaakt = await opKlok(op(nu, ronde.aangemaakt), () =>
      service.rondeAanmaken(
        {
          naam: ronde.naam,
          buurtIds: ronde.buurten.map(buurt),
          budget: 1_000_000,
          stemmenVanaf: op(nu, ronde.vanaf, 9),
          stemmenTot: op(nu, ronde.tot, 18),
          regel: Stemregel.EQUAL_SHARES,
          stemwijze: ronde.stemwijze,
        },
        BELEID,
      ),
    );
    const projecten: string[] = [];
    for (const p of PROJECTEN) {
      const project = await opKlok(op(nu, ronde.aangemaakt + 2), () =>
        service.projectToevoegen({ rondeId: aangemaakt.id, titel: p.titel, kosten: p.kosten }, BELEID),
      );
      projecten.push(project.id);
    }
    for (let n = 0; n < ronde.stemmers; n++) {
      // Deterministic ballots with a clear favourite and a spread, kept within the budget (knapsack).
      const gekozen = [0, 1, 2, 3, 4].filter((i) => (n * 7 + i * 3 + r) % 5 < (i === 1 ? 4 : 2));
      const binnenBudget: number[] = [];
      let totaal = 0;
      for (const i of gekozen.length > 0 ? gekozen : [n % PROJECTEN.length]) {
        if (totaal + PROJECTEN[i].kosten <= 1_000_000) {
          binnenBudget.push(i);
          totaal += PROJECTEN[i].kosten;
        }
      }
      await opKlok(op(nu, ronde.vanaf + 1 + (n % Math.max(1, ronde.tot - ronde.vanaf - 2)), 12), () =>
        service.stemUitbrengen(
          aangemaakt.id,
          binnenBudget.map((i) => projecten[i]),
          null,
          bewoner(200 + r * 100 + n, ronde.buurten[n % ronde.buurten.length]),
        ),
      );
    }
  }
}

/**
 * Plans touching buurten (visible to staff and the buurtregisseurs), one of them published to
 * residents with a participation window (Omgevingswet): reactions for, against and neutral, one
 * already answered by the municipality.
 */
async function laadDemoPlannen({ app, nu, buurt }: DemoStadContext): Promise<void> {
  const plannen = app.get(PlanService);
  const participatie = app.get(ParticipatieService);
  const vandaag = amsterdamseDatum(nu);
  const herinrichting = await plannen.registreren(
    {
      titel: 'Herinrichting van het Burgemeester de Hesselleplein (voorbeeld)',
      omschrijving: 'Voorbeeldplan: meer groen, minder parkeerplaatsen en een speelplek op het plein.',
      afdeling: 'Ruimtelijke ontwikkeling',
      startdatum: plusDagen(vandaag, 120),
      einddatum: plusDagen(vandaag, 300),
      buurtIds: [buurt('BU09171000'), buurt('BU09171001')],
    },
    BELEID,
  );
  await plannen.registreren(
    {
      titel: 'Vervanging van de riolering in de Kommen (voorbeeld)',
      omschrijving: 'Voorbeeldplan: de straat ligt zes weken open; bewoners krijgen een brief over de omleiding.',
      afdeling: 'Beheer openbare ruimte',
      startdatum: plusDagen(vandaag, 60),
      einddatum: plusDagen(vandaag, 102),
      buurtIds: [buurt('BU09173300')],
    },
    BELEID,
  );
  const voorbereid = await participatie.voorbereiden(
    herinrichting.id,
    {
      vraag: 'Wat vind jij belangrijk voor het nieuwe plein: groen, spelen, parkeren of een plek om te zitten?',
      openVan: vandaag,
      openTot: plusDagen(vandaag, 28),
    },
    BELEID,
  );
  await participatie.publiceren(voorbereid.id, BELEID);
  const reacties = [
    { tekst: 'Graag veel schaduw en bankjes, voor ouderen is het plein nu te heet (voorbeeld).', standpunt: Standpunt.VOOR },
    { tekst: 'Ik vrees dat we straks nergens meer kunnen parkeren (voorbeeld).', standpunt: Standpunt.TEGEN },
    { tekst: 'Denk aan een veilige oversteek naar de school (voorbeeld).', standpunt: Standpunt.NEUTRAAL },
  ];
  for (const [i, r] of reacties.entries()) {
    const reactie = await participatie.reageren(voorbereid.id, r, bewoner(700 + i, 'BU09171000'));
    if (i === 1) {
      await participatie.beantwoorden(
        reactie.id,
        'Voorbeeld: de parkeerplaatsen komen terug in de straat ernaast; in het ontwerp staat waar.',
        BELEID,
      );
    }
  }
}
