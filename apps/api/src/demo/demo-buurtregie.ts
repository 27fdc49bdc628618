import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { amsterdamseDatum, type Gebruiker, opKlok, plusDagen, Rol } from '@buurtwerk/core';
import { MdoService, ProgrammaService } from '@buurtwerk/buurtregie';
import { SignaalStatus, SignalenService } from '@buurtwerk/signalen';

/**
 * Demo data of the buurtregie work (issue 20, 26): a multidisciplinary consultation held three
 * weeks ago about two buurten of Hoensbroek, with its minutes and actions for the line (one on an
 * open signal, one on a need, one overdue), the next one planned, and the city-wide yearly
 * programme with goals on the buurten's needs, a budget per instrument and a partner's input,
 * adopted early in the year (and in evaluation from December); next year's programme is a
 * draft open for partners' input. Made through the services at the moment each step happened.
 */

const DAG = 86_400_000;

const BELEID: Gebruiker = {
  sub: 'demo-beleidsmedewerker',
  naam: 'Lotte Beleid (voorbeeld)',
  email: null,
  rollen: [Rol.BELEIDSMEDEWERKER],
  buurtcode: null,
};

const PARTNER: Gebruiker = {
  sub: 'demo-partner',
  naam: 'Pim Partner (voorbeeld)',
  email: null,
  rollen: [Rol.PARTNER],
  buurtcode: null,
};

interface DemoBuurtregieContext {
  app: NestFastifyApplication;
  nu: Date;
  buurt: (code: string) => string;
  organisaties: string[];
  /** Global ids of the demo needs by title. */
  behoeften: Map<string, string>;
  /** Global ids of the menukaart's instruments by name. */
  instrumenten: Map<string, string>;
}

function op(basis: Date, dagen: number): Date {
  const d = new Date(basis.getTime() + dagen * DAG);
  d.setUTCHours(9, 0, 0, 0);
  return d;
}

function nodig(map: Map<string, string>, sleutel: string): string {
  const id = map.get(sleutel);
  if (!id) {
    throw new Error(`Demo: ${sleutel} ontbreekt`);
  }
  return id;
}

export async function laadDemoBuurtregie(c: DemoBuurtregieContext): Promise<void> {
  await laadDemoMdo(c);
  await laadDemoProgramma(c);
}

async function laadDemoMdo({ app, nu, buurt, behoeften }: DemoBuurtregieContext): Promise<void> {
  const mdo = app.get(MdoService);
  const signalen = app.get(SignalenService);
  const hoensbroek = [buurt('BU09171000'), buurt('BU09171001')];
  const deelnemers = [
    { naam: 'Sanne Hermans (voorbeeld)', afdeling: 'Buurtgericht werken' },
    { naam: 'Kees Dassen (voorbeeld)', afdeling: 'Beheer openbare ruimte' },
    { naam: 'Ayla Demir (voorbeeld)', afdeling: 'Sociaal domein' },
    { naam: 'Wijkagent Hoensbroek (voorbeeld)', afdeling: 'Openbare orde en veiligheid' },
  ];
  const geweest = op(nu, -21);
  const gehouden = await opKlok(op(nu, -35), () =>
    mdo.inplannen(
      { titel: 'MDO Hoensbroek (voorbeeld)', datum: amsterdamseDatum(geweest), buurtIds: hoensbroek, deelnemers },
      BELEID,
    ),
  );
  // The open signal about the loose paving stone in BU09171001 (laadDemoSignalen) goes to the line.
  const { edges } = await signalen.zoek(
    { buurtId: buurt('BU09171001'), status: [SignaalStatus.NIEUW], first: 10 } as Parameters<SignalenService['zoek']>[0],
    BELEID,
  );
  const stoeptegel = edges.map((e) => e.node).find((s) => s.omschrijving.includes('stoeptegel'));
  await opKlok(geweest, async () => {
    await mdo.notulenVastleggen(
      gehouden.id,
      'Voorbeeldnotulen: besproken zijn de open behoeften van de buurtagenda, de signalen die over tijd zijn en de ' +
        'herinrichting van het plein. Afspraken staan hieronder als acties.',
      BELEID,
    );
    if (stoeptegel) {
      await mdo.actieToevoegen(
        gehouden.id,
        {
          besluit: 'De losse stoeptegel bij de bushalte wordt deze maand hersteld (voorbeeld).',
          afdeling: 'Beheer openbare ruimte',
          deadline: plusDagen(amsterdamseDatum(geweest), 28),
          signaalId: stoeptegel.id,
        },
        BELEID,
      );
    }
    await mdo.actieToevoegen(
      gehouden.id,
      {
        besluit: 'Zoeken naar een binnenruimte voor ontmoeting nu het buurthuis dicht is (voorbeeld).',
        afdeling: 'Sociaal domein',
        deadline: plusDagen(amsterdamseDatum(geweest), 60),
        behoefteId: nodig(behoeften, 'Een plek om elkaar te ontmoeten (voorbeeld)'),
      },
      BELEID,
    );
    await mdo.actieToevoegen(
      gehouden.id,
      {
        besluit: 'Extra controle op snelheid bij de basisschool in de eerste schoolweken (voorbeeld).',
        afdeling: 'Openbare orde en veiligheid',
        deadline: plusDagen(amsterdamseDatum(geweest), 7),
      },
      BELEID,
    );
  });
  await mdo.inplannen(
    {
      titel: 'MDO Hoensbroek, vervolg (voorbeeld)',
      datum: amsterdamseDatum(op(nu, 21)),
      buurtIds: hoensbroek,
      deelnemers,
    },
    BELEID,
  );
}

async function laadDemoProgramma({ app, nu, organisaties, behoeften, instrumenten }: DemoBuurtregieContext): Promise<void> {
  const programma = app.get(ProgrammaService);
  const jaar = Number(amsterdamseDatum(nu).slice(0, 4));
  // Early in the year, and at least six weeks ago (a demo loaded in January starts it last year).
  const begin = new Date(Math.min(Date.UTC(jaar, 0, 10, 9), nu.getTime() - 45 * DAG));
  const dezeJaar = await opKlok(begin, async () => {
    const p = await programma.opstellen(
      {
        jaar,
        stadsdeelId: null,
        titel: `Uitvoeringsprogramma buurtgericht werken ${jaar} (voorbeeld)`,
        inleiding: 'Voorbeeld: wat we dit jaar samen met bewoners en partners doen op de behoeften van de buurtagenda.',
      },
      BELEID,
    );
    await programma.doelToevoegen(p.id, {
      titel: 'Elkaar binnen kunnen ontmoeten in Hoensbroek (voorbeeld)',
      eigenaar: 'Sociaal domein',
      behoefteIds: [nodig(behoeften, 'Een plek om elkaar te ontmoeten (voorbeeld)')],
      acties: [
        { omschrijving: 'Ruimte zoeken en een beheerder vinden (voorbeeld)', eigenaar: 'Sociaal domein' },
        { omschrijving: 'Samen met bewoners een programma maken (voorbeeld)', eigenaar: 'Buurtpunt De Kommen (voorbeeld)' },
      ],
    });
    await programma.doelToevoegen(p.id, {
      titel: 'Veilig naar school (voorbeeld)',
      eigenaar: 'Verkeer en mobiliteit',
      behoefteIds: [nodig(behoeften, 'Te hard rijden langs de basisschool (voorbeeld)')],
      acties: [{ omschrijving: 'Snelheidsremmers en controle (voorbeeld)', eigenaar: 'Verkeer en mobiliteit' }],
    });
    await programma.budgetVaststellen({
      programmaId: p.id,
      instrumentId: nodig(instrumenten, 'Buurtbudget (voorbeeld)'),
      bedrag: 2_500_000,
    });
    await programma.budgetVaststellen({
      programmaId: p.id,
      instrumentId: nodig(instrumenten, 'Materiaal lenen (voorbeeld)'),
      bedrag: 300_000,
    });
    await programma.inbrengOpenen({
      id: p.id,
      openVan: amsterdamseDatum(begin),
      openTot: plusDagen(amsterdamseDatum(begin), 21),
    });
    return p;
  });
  await opKlok(new Date(begin.getTime() + 7 * DAG), () =>
    programma.inbrengGeven(
      dezeJaar.id,
      {
        organisatieId: organisaties[0],
        tekst: 'Voorbeeld: wij kunnen de inloop op dinsdag en donderdag openstellen voor ontmoeting.',
      },
      PARTNER,
    ),
  );
  await opKlok(new Date(begin.getTime() + 30 * DAG), () => programma.vaststellen(dezeJaar.id));
  if (amsterdamseDatum(nu) >= `${jaar}-12-01`) {
    // From December the year's programme is evaluated (the year report's figures come with it).
    await programma.evaluatieStarten(dezeJaar.id);
  }
  const volgend = await programma.opstellen(
    {
      jaar: jaar + 1,
      stadsdeelId: null,
      titel: `Uitvoeringsprogramma buurtgericht werken ${jaar + 1} (voorbeeld)`,
      inleiding: 'Voorbeeld: het concept voor volgend jaar; partners kunnen nu hun inbreng geven.',
    },
    BELEID,
  );
  await programma.inbrengOpenen({
    id: volgend.id,
    openVan: amsterdamseDatum(nu),
    openTot: amsterdamseDatum(new Date(nu.getTime() + 28 * DAG)),
  });
}
