import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { amsterdamseDatum, type Gebruiker, Rol } from '@buurtwerk/core';
import { BurgerberaadService } from '@buurtwerk/burgerberaad';
import { HeitjeService } from '@buurtwerk/heitje';
import { VrijwilligersService, VrijwilligersThema } from '@buurtwerk/meedoen';
import { OrganisatieSoort, PartnersService } from '@buurtwerk/partners';

/**
 * Demo data of the taking-part modules (issue 26): volunteer requests with volunteers, 't Heerlens
 * Heitje (jobs, a resident who earned and spent heitjes at a shop) and a burgerberaad open for
 * volunteers. Made through the services as their users would; invented "(voorbeeld)" content.
 */

const DAG = 86_400_000;

interface DemoMeedoenContext {
  app: NestFastifyApplication;
  nu: Date;
  buurt: (code: string) => string;
  /** Global ids of the demo organisations; the first is the demo partner's (Buurtpunt De Kommen). */
  organisaties: string[];
}

const PARTNER: Gebruiker = {
  sub: 'demo-partner',
  naam: 'Pim Partner (voorbeeld)',
  email: null,
  rollen: [Rol.PARTNER],
  buurtcode: null,
};

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

export async function laadDemoMeedoen(c: DemoMeedoenContext): Promise<void> {
  await laadDemoVrijwilligers(c);
  await laadDemoHeitje(c);
  await laadDemoBurgerberaad(c);
}

async function laadDemoVrijwilligers({ app, nu, buurt, organisaties }: DemoMeedoenContext): Promise<void> {
  const service = app.get(VrijwilligersService);
  const verzoeken = [
    {
      titel: 'Handen gezocht voor de buurtmoestuin (voorbeeld)',
      beschrijving: 'Elke zaterdagochtend wieden, zaaien en oogsten. Geen ervaring nodig; koffie staat klaar.',
      thema: VrijwilligersThema.GROEN_EN_BUITEN,
      dagen: 12,
      aantal: 6,
      vaardigheden: ['tuinieren'],
    },
    {
      titel: 'Taalmaatje voor een nieuwe buurtbewoner (voorbeeld)',
      beschrijving: 'Een uur per week samen Nederlands oefenen in het buurtpunt.',
      thema: VrijwilligersThema.TAAL_EN_LEREN,
      dagen: 20,
      aantal: 2,
      vaardigheden: ['geduld', 'Nederlands'],
    },
  ];
  for (const [i, v] of verzoeken.entries()) {
    const begin = new Date(nu.getTime() + v.dagen * DAG);
    begin.setUTCHours(8, 0, 0, 0);
    const verzoek = await service.plaatsen(
      {
        organisatieId: organisaties[0],
        titel: v.titel,
        beschrijving: v.beschrijving,
        thema: v.thema,
        begin,
        eind: new Date(begin.getTime() + 3 * 3_600_000),
        buurtId: buurt('BU09173300'),
        locatie: 'Buurtpunt De Kommen (voorbeeld)',
        aantal: v.aantal,
        vaardigheden: v.vaardigheden,
        minimumLeeftijd: null,
        vogNodig: i === 1,
      },
      PARTNER,
    );
    for (let n = 0; n < 2 + i; n++) {
      const wie = bewoner(400 + i * 10 + n, 'BU09173300');
      await service.aanmelden(
        {
          verzoekId: verzoek.id,
          naam: wie.naam,
          email: wie.email ?? '',
          toestemming: true,
          toelichting: n === 0 ? 'Ik kan meestal op zaterdag (voorbeeld).' : null,
        },
        wie,
      );
    }
  }
}

async function laadDemoHeitje({ app, nu, buurt, organisaties }: DemoMeedoenContext): Promise<void> {
  const heitje = app.get(HeitjeService);
  const partners = app.get(PartnersService);
  const winkelOrganisatie = await partners.organisatieRegistreren({
    naam: 'Bakkerij Op de Hoek (voorbeeld)',
    soort: OrganisatieSoort.ONDERNEMER,
    beschrijving: 'Voorbeeldwinkel waar je met heitjes kunt betalen.',
    buurtIds: [buurt('BU09173300')],
  });
  await partners.partnerKoppelen(winkelOrganisatie.id, 'demo-winkelier');
  const winkel = await heitje.winkelRegistreren({ naam: 'Bakkerij Op de Hoek (voorbeeld)', organisatieId: winkelOrganisatie.id });
  const klussen = [
    {
      titel: 'Bankjes schilderen op het plein (voorbeeld)',
      materialen: 'Verf, kwasten, schuurpapier',
      beloning: 10,
      plaatsen: 4,
    },
    { titel: 'Afvalbakken opknappen (voorbeeld)', materialen: 'Staalborstel, verf, handschoenen', beloning: 6, plaatsen: 3 },
    {
      titel: 'Stoepkrijt-parcours bij de school (voorbeeld)',
      materialen: 'Stoepkrijt en een voorbeeldtekening',
      beloning: 4,
      plaatsen: 6,
    },
  ];
  const ids: string[] = [];
  for (const k of klussen) {
    ids.push(
      (
        await heitje.klusAanmaken({
          titel: k.titel,
          beschrijving: 'Voorbeeldklus: samen de buurt onderhouden, met begeleiding van Buurtpunt De Kommen.',
          buurtId: buurt('BU09173300'),
          materialen: k.materialen,
          beloning: k.beloning,
          plaatsen: k.plaatsen,
          organisatieId: organisaties[0],
        })
      ).id,
    );
  }
  // One resident did the first job: confirmed by the guiding organisation, then paid 4 heitjes at the bakery.
  const harde = bewoner(500, 'BU09173300');
  const deelname = await heitje.claimen(ids[0], harde);
  await heitje.voltooien(deelname.id, `Voorbeeld: vier bankjes geschilderd op ${amsterdamseDatum(nu)}.`, PARTNER);
  await heitje.claimen(ids[1], bewoner(501, 'BU09173300'));
  const code = await heitje.betaalcodeMaken(4, harde);
  await heitje.betalingBevestigen(winkel.id, code.code, {
    sub: 'demo-winkelier',
    naam: 'Wim Winkelier (voorbeeld)',
    email: null,
    rollen: [Rol.PARTNER],
    buurtcode: null,
  });
}

async function laadDemoBurgerberaad({ app, nu }: DemoMeedoenContext): Promise<void> {
  const service = app.get(BurgerberaadService);
  const beraad = await service.aanmaken({
    onderwerp: 'Hoe houden we de buurten schoon? (voorbeeld)',
    beschrijving:
      'Voorbeeld van een burgerberaad: twaalf gelote inwoners adviseren de gemeenteraad in drie avonden over afval en zwerfvuil.',
    grootte: 6,
    kenmerken: [
      {
        sleutel: 'leeftijd',
        naam: 'Leeftijd',
        waarden: [
          { waarde: 'jong', label: '16 tot 40 jaar', min: 2, max: 4 },
          { waarde: 'oud', label: '40 jaar en ouder', min: 2, max: 4 },
        ],
      },
      {
        sleutel: 'stadsdeel',
        naam: 'Stadsdeel',
        waarden: [
          { waarde: 'noord', label: 'Heerlen-Noord', min: 2, max: 4 },
          { waarde: 'centrum', label: 'Heerlen-Centrum en -Zuid', min: 2, max: 4 },
        ],
      },
    ],
    aanmeldenTot: new Date(nu.getTime() + 21 * DAG),
    zaadBron: 'Voorbeeld: de trekking van de Staatsloterij van de eerste vrijdag na het sluiten van de aanmelding',
    zaadToezegging: null,
  });
  for (let n = 0; n < 14; n++) {
    const wie = bewoner(600 + n, n % 2 === 0 ? 'BU09171000' : 'BU09173300');
    await service.aanmelden(
      {
        beraadId: beraad.id,
        naam: `Vrijwilliger ${n + 1} (voorbeeld)`,
        email: wie.email,
        kenmerken: [
          { sleutel: 'leeftijd', waarde: n % 3 === 0 ? 'jong' : 'oud' },
          { sleutel: 'stadsdeel', waarde: n % 2 === 0 ? 'noord' : 'centrum' },
        ],
        toestemming: true,
      },
      wie,
    );
  }
}
