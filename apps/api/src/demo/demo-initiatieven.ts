import { DataSource } from 'typeorm';
import { amsterdamseDatum, fromGlobalId, type Gebruiker, opKlok, plusDagen, Rol, toGlobalId } from '@buurtwerk/core';
import { BelangenconflictService } from '@buurtwerk/conflict-of-interest';
import {
  AanvraagbesluitService,
  BehandelingService,
  Berichtkanaal,
  BesluitUitkomst,
  BrievenService,
  BuurtpanelService,
  IndieningService,
  OndersteuningsaanvraagEntity,
  Stemkeuze,
  VaststellingService,
  VaststellingsGrond,
} from '@buurtwerk/initiatives';
import { PartnersService } from '@buurtwerk/partners';
import { AanvragerSoort, Schaal, SubsidieregelsService } from '@buurtwerk/subsidieregels';
import type { DemoStadContext } from './demo-stad';

/**
 * The initiatives of the demo city (issue 26): requests in every status under both demo rules,
 * across several buurten, each made through the services at the moment each step happened
 * (`opKlok`): submitted, taken in handling, asked for more information, put to the buurtpanel,
 * voted on, decided with reasons, carried out and settled. All steps of all initiatives run in
 * the order of their moments, so references, the line for the ceiling (docs/domein.md,
 * invariant 3) and the ledger are what the real procedure leaves behind. Submission days are
 * spread so that the Regiepaneel's work queue has overdue, nearly due and later items.
 *
 * The panel's closed votes were put to it less than two weeks ago and closed when every member
 * who could vote had voted (the rule of buurtpanel.rules.ts), so their closing time still lies
 * ahead: a vote whose closing time lies in the past would meanwhile be closed by the job that
 * closes expired votes, on the real clock.
 *
 * Invented "(voorbeeld)" people and content; addresses end in `.invalid` (RFC 2606).
 */

const DAG = 86_400_000;

/** A moment `dagen` days from `basis` (negative: in the past) at `uur` o'clock, roughly CET. */
function op(basis: Date, dagen: number, uur = 10): Date {
  const d = new Date(basis.getTime() + dagen * DAG);
  d.setUTCHours(uur - 1, 0, 0, 0);
  return d;
}

const persoon = (sub: string, naam: string, rollen: Rol[], email: string | null = null, buurtcode: string | null = null) =>
  ({ sub, naam, email, emailGeverifieerd: email !== null, rollen, buurtcode }) satisfies Gebruiker;

const BELEID = persoon('demo-beleidsmedewerker', 'Demo beleidsmedewerker', [Rol.BELEIDSMEDEWERKER]);
/** An official who declares a personal interest in the Stichting's request (and so steps aside). */
const KIM = persoon('demo-beleidsmedewerker-2', 'Kim Schepers (voorbeeld)', [Rol.BELEIDSMEDEWERKER]);
const REGISSEUR: Record<string, Gebruiker> = {
  hoensbroek: persoon('demo-buurtregisseur-1', 'Sanne Hermans (voorbeeld)', [Rol.BUURTREGISSEUR]),
  heerlerheide: persoon('demo-buurtregisseur-2', 'Ruud Lemmens (voorbeeld)', [Rol.BUURTREGISSEUR]),
  centrum: persoon('demo-buurtregisseur-3', 'Fatima el Amrani (voorbeeld)', [Rol.BUURTREGISSEUR]),
  heerlerbaan: persoon('demo-buurtregisseur-4', 'Joep Vleugels (voorbeeld)', [Rol.BUURTREGISSEUR]),
};

/** The Buurtportaal's demo resident (sign-in "Noor Bewoner"): applicant and member of the panel. */
const NOOR = persoon('demo-bewoner', 'Noor Bewoner (voorbeeld)', [Rol.BEWONER], 'noor@voorbeeld.invalid', 'BU09173300');
/** The Buurtportaal's demo partner, who works for Buurtpunt De Kommen. */
const PIM = persoon('demo-partner', 'Pim Partner (voorbeeld)', [Rol.PARTNER], 'pim@voorbeeld.invalid');
/** The secretary of Stichting Samen Sterk Hoensbroek, who applies on its behalf. */
const ELS = persoon('demo-partner-2', 'Els Vinken (voorbeeld)', [Rol.PARTNER], 'els@voorbeeld.invalid');

function bewoner(n: number, buurtcode: string): Gebruiker {
  return persoon(`demo-bewoner-${n}`, `Bewoner ${n} (voorbeeld)`, [Rol.BEWONER], `bewoner${n}@voorbeeld.invalid`, buurtcode);
}

/** The members of the demo buurtpanel: Noor and four neighbours. */
const PANELLEDEN = [NOOR, ...[801, 802, 803, 804].map((n) => bewoner(n, n % 2 === 0 ? 'BU09173300' : 'BU09173301'))];
const [, LID1, LID2, LID3, LID4] = PANELLEDEN;

type Regel = 'buurtaktie' | 'stadsdeel';

interface Aanvraag {
  instrument: string;
  gevraagd?: number;
  eigen?: number;
  toelichting?: string;
}

interface Plan {
  titel: string;
  beschrijving: string;
  regel: Regel;
  buurten: string[];
  indiener: Gebruiker;
  /** Global id of the applying organisation (index in DemoStadContext.organisaties). */
  organisatie?: number;
  bewoners: number;
  /** Days after the day of submission that the initiative starts, and how long it runs. */
  startNa: number;
  duur: number;
  aanvragen: Aanvraag[];
}

/** One step in the city's history: on day `dag` (relative to today) at `uur`. */
interface Stap {
  dag: number;
  uur: number;
  doe: () => Promise<unknown>;
}

export async function laadDemoInitiatieven(c: DemoStadContext): Promise<void> {
  const { app, nu, buurt, organisaties } = c;
  const indiening = app.get(IndieningService);
  const behandeling = app.get(BehandelingService);
  const aanvraagbesluit = app.get(AanvraagbesluitService);
  const vaststelling = app.get(VaststellingService);
  const panelen = app.get(BuurtpanelService);
  const brieven = app.get(BrievenService);
  const conflicten = app.get(BelangenconflictService);
  const partners = app.get(PartnersService);
  const ds = app.get(DataSource);

  const menukaart = await app.get(SubsidieregelsService).menukaart(true);
  const instrument = (naam: string): string => {
    const i = menukaart.find((m) => m.naam === naam);
    if (!i) {
      throw new Error(`Demo: instrument "${naam}" staat niet op de menukaart`);
    }
    return i.id;
  };
  const GELD: Record<Regel, string> = {
    buurtaktie: 'Buurtbudget (voorbeeld)',
    stadsdeel: 'Bijdrage stadsdeelinitiatief (voorbeeld)',
  };

  // Els applies on behalf of the Stichting: a BEHEERDER linked her to it, as for Pim and De Kommen.
  await partners.partnerKoppelen(organisaties[1], ELS.sub);

  const stappen: Stap[] = [];
  const stap = (dag: number, uur: number, doe: () => Promise<unknown>) => stappen.push({ dag, uur, doe });

  /** An initiative's life: saved as a draft on `ingediend` (or `concept`), then the given steps. */
  const initiatief = (plan: Plan, ingediend: number | null, concept = ingediend ?? -4) => {
    const dossier = { id: '' };
    const invoer = (dag: number, wijziging: Partial<Plan> = {}) => {
      const p = { ...plan, ...wijziging };
      const start = plusDagen(amsterdamseDatum(op(nu, dag)), p.startNa);
      return {
        titel: p.titel,
        beschrijving: p.beschrijving,
        schaal: p.regel === 'buurtaktie' ? Schaal.BUURT : Schaal.STADSDEEL,
        buurtIds: p.buurten.map(buurt),
        aanvragerSoort:
          p.organisatie !== undefined
            ? AanvragerSoort.ORGANISATIE
            : p.regel === 'buurtaktie'
              ? AanvragerSoort.BEWONER
              : AanvragerSoort.BEWONERSGROEP,
        organisatieId: p.organisatie !== undefined ? organisaties[p.organisatie] : null,
        aantalBetrokkenBewoners: p.bewoners,
        startdatum: start,
        einddatum: plusDagen(start, p.duur),
        aanvragen: p.aanvragen.map((a) => ({
          instrumentId: instrument(a.instrument === 'geld' ? GELD[p.regel] : a.instrument),
          gevraagdBedrag: a.gevraagd ?? null,
          eigenBijdrage: a.eigen ?? null,
          toelichting: a.toelichting ?? null,
        })),
      };
    };
    stap(concept, 9, async () => {
      dossier.id = (await indiening.opslaan(null, invoer(ingediend ?? concept), plan.indiener)).id;
      // Awb 2:14: the applicant chose to receive letters in the Buurtportaal (placed there at once).
      await brieven.kanaalKiezen(dossier.id, Berichtkanaal.PORTAAL, plan.indiener);
    });
    if (ingediend !== null) {
      stap(ingediend, 11, () => indiening.indienen(dossier.id, plan.indiener));
    }
    return { dossier, invoer };
  };

  const aanvraagIds = async (initiatiefId: string): Promise<string[]> => {
    const rijen = await ds.getRepository(OndersteuningsaanvraagEntity).find({
      where: { initiatiefId: fromGlobalId(initiatiefId, 'Initiatief', 'initiatiefId') },
      order: { volgnummer: 'ASC' },
    });
    return rijen.map((r) => toGlobalId('Ondersteuningsaanvraag', r.id));
  };

  const panel = await opKlok(op(nu, -120), () =>
    panelen.instellen(
      {
        naam: 'Buurtpanel Heerlen-Centrum (voorbeeld)',
        buurtIds: [buurt('BU09173300'), buurt('BU09173301')],
        quorum: 3,
        leden: PANELLEDEN.map((l) => l.sub),
      },
      BELEID,
    ),
  );
  const stem = (id: { id: string }, lid: Gebruiker, keuze: Stemkeuze, reden: string) =>
    panelen.stemUitbrengen(id.id, keuze, reden, lid);

  // ---------------------------------------------------------------- Buurtaktie (buurtpanel advises)

  // A draft of the demo resident, not yet submitted.
  initiatief(
    {
      titel: 'Koffie op de stoep (voorbeeld)',
      beschrijving: 'Elke eerste zaterdag van de maand zetten we koffie op de stoep, zodat buren elkaar leren kennen.',
      regel: 'buurtaktie',
      buurten: ['BU09173300'],
      indiener: NOOR,
      bewoners: 6,
      startNa: 45,
      duur: 180,
      aanvragen: [{ instrument: 'geld', gevraagd: 30_000, eigen: 5_000, toelichting: 'Koffie, thee, bekers en een statafel.' }],
    },
    null,
    -4,
  );

  // Submitted three days ago: later in the work queue.
  initiatief(
    {
      titel: 'Bloembakken in de Akerstraat (voorbeeld)',
      beschrijving: 'Bewoners zetten twaalf bloembakken langs de straat en zorgen samen voor de planten.',
      regel: 'buurtaktie',
      buurten: ['BU09173301'],
      indiener: bewoner(901, 'BU09173301'),
      bewoners: 12,
      startNa: 40,
      duur: 120,
      aanvragen: [
        { instrument: 'geld', gevraagd: 95_000, eigen: 15_000, toelichting: 'Bakken, aarde en planten.' },
        { instrument: 'Materiaal lenen (voorbeeld)', toelichting: 'Kruiwagens en schoppen voor de plantdag.' },
      ],
    },
    -3,
  );

  // Submitted two months ago and never taken in handling: overdue in the work queue.
  initiatief(
    {
      titel: 'Jeu-de-boulesbaan bij het buurthuis (voorbeeld)',
      beschrijving: 'Een baan voor jeu de boules naast het buurthuis, met een bank erbij. Ouderen en kinderen spelen samen.',
      regel: 'buurtaktie',
      buurten: ['BU09172100'],
      indiener: bewoner(902, 'BU09172100'),
      bewoners: 9,
      startNa: 60,
      duur: 365,
      aanvragen: [{ instrument: 'geld', gevraagd: 140_000, eigen: 20_000, toelichting: 'Grind, opsluitbanden en een bank.' }],
    },
    -63,
  );

  // In handling, the decision deadline close (within the week).
  const barbecue = initiatief(
    {
      titel: 'Buurtbarbecue Op de Nobel (voorbeeld)',
      beschrijving: 'Een barbecue op het pleintje voor alle buren, met een kraam waar kinderen zelf iets bakken.',
      regel: 'buurtaktie',
      buurten: ['BU09173301'],
      indiener: bewoner(903, 'BU09173301'),
      bewoners: 8,
      startNa: 35,
      duur: 0,
      aanvragen: [{ instrument: 'geld', gevraagd: 60_000, eigen: 12_000, toelichting: 'Vlees, groente, houtskool en borden.' }],
    },
    -52,
  );
  stap(-47, 10, () => behandeling.inBehandelingNemen(barbecue.dossier.id, REGISSEUR.centrum));

  // With the panel now: an open vote, two of five members have voted.
  const repaircafe = initiatief(
    {
      titel: 'Repaircafé in Heerlen-Centrum (voorbeeld)',
      beschrijving: 'Eens per maand repareren vrijwilligers samen met buren kapotte spullen, onder het genot van koffie.',
      regel: 'buurtaktie',
      buurten: ['BU09173300'],
      indiener: bewoner(904, 'BU09173300'),
      bewoners: 7,
      startNa: 50,
      duur: 300,
      aanvragen: [
        { instrument: 'geld', gevraagd: 110_000, eigen: 15_000, toelichting: 'Gereedschap, soldeerstations en onderdelen.' },
        { instrument: 'Ruimte in een buurthuis (voorbeeld)', toelichting: 'Eén zaterdagmiddag per maand.' },
      ],
    },
    -25,
  );
  stap(-21, 10, () => behandeling.inBehandelingNemen(repaircafe.dossier.id, REGISSEUR.centrum));
  stap(-2, 14, () => panelen.voorleggen(repaircafe.dossier.id, panel.id, op(nu, 10, 18), BELEID));
  stap(-1, 19, () => stem(repaircafe.dossier, LID1, Stemkeuze.VOOR, 'Goed voor het milieu en je leert je buren kennen.'));
  stap(-1, 21, () =>
    stem(repaircafe.dossier, LID2, Stemkeuze.TEGEN, 'Er is al een repaircafé in de wijk ernaast, twee is te veel.'),
  );

  // The demo resident's own request, advised positively by the panel and granted. Noor is a member
  // of the panel and steps aside for her own request (docs/domein.md, invariant 7).
  const speeltuin = initiatief(
    {
      titel: 'Samen de speeltuin opknappen (voorbeeld)',
      beschrijving: 'Op twee zaterdagen schilderen buren de toestellen, planten struiken en zetten een nieuwe bank neer.',
      regel: 'buurtaktie',
      buurten: ['BU09173300'],
      indiener: NOOR,
      bewoners: 14,
      startNa: 42,
      duur: 30,
      aanvragen: [
        { instrument: 'geld', gevraagd: 125_000, eigen: 25_000, toelichting: 'Verf, struiken en een bank.' },
        { instrument: 'Vrijwilligersverzekering (voorbeeld)', toelichting: 'Voor de vrijwilligers op de klusdagen.' },
      ],
    },
    -35,
  );
  stap(-30, 10, () => behandeling.inBehandelingNemen(speeltuin.dossier.id, REGISSEUR.centrum));
  stap(-12, 14, () => panelen.voorleggen(speeltuin.dossier.id, panel.id, op(nu, 3, 18), BELEID));
  stap(-11, 19, () => stem(speeltuin.dossier, LID1, Stemkeuze.VOOR, 'De speeltuin is echt toe aan een opknapbeurt.'));
  stap(-11, 20, () => stem(speeltuin.dossier, LID2, Stemkeuze.VOOR, 'Mooi dat buren het zelf doen, dat houdt het netjes.'));
  stap(-10, 18, () =>
    stem(speeltuin.dossier, LID3, Stemkeuze.ONTHOUDING, 'Ik woon er te ver vandaan om het goed te kunnen beoordelen.'),
  );
  stap(-10, 21, () => stem(speeltuin.dossier, LID4, Stemkeuze.VOOR, 'Veel kinderen spelen er; een veilige plek is belangrijk.'));
  stap(-7, 11, () => panelen.besluitOpAdvies(speeltuin.dossier.id, BesluitUitkomst.TOEGEKEND, null, BELEID));

  // Advised negatively by the panel and refused.
  const graffiti = initiatief(
    {
      titel: 'Graffitiwand bij de parkeergarage (voorbeeld)',
      beschrijving: 'Jongeren maken onder begeleiding een graffitikunstwerk op de blinde muur van de parkeergarage.',
      regel: 'buurtaktie',
      buurten: ['BU09173301'],
      indiener: bewoner(905, 'BU09173301'),
      bewoners: 5,
      startNa: 30,
      duur: 14,
      aanvragen: [
        { instrument: 'geld', gevraagd: 150_000, eigen: 17_000, toelichting: 'Spuitbussen, steigers en een kunstenaar.' },
      ],
    },
    -40,
  );
  stap(-36, 10, () => behandeling.inBehandelingNemen(graffiti.dossier.id, REGISSEUR.centrum));
  stap(-13, 14, () => panelen.voorleggen(graffiti.dossier.id, panel.id, op(nu, 2, 18), BELEID));
  stap(-12, 19, () =>
    stem(graffiti.dossier, LID1, Stemkeuze.TEGEN, 'De eigenaar van de garage heeft nog geen toestemming gegeven.'),
  );
  stap(-12, 20, () => stem(graffiti.dossier, LID2, Stemkeuze.TEGEN, 'Eerst afspraken met de eigenaar, dan pas geld.'));
  stap(-11, 18, () => stem(graffiti.dossier, LID3, Stemkeuze.VOOR, 'Een mooie muur maakt de straat vrolijker.'));
  stap(-11, 19, () => stem(graffiti.dossier, LID4, Stemkeuze.TEGEN, 'Het plan zegt niet wie de muur later schoonhoudt.'));
  stap(-11, 21, () => stem(graffiti.dossier, NOOR, Stemkeuze.TEGEN, 'Zonder toestemming van de eigenaar kan het niet doorgaan.'));
  stap(-8, 11, () => panelen.besluitOpAdvies(graffiti.dossier.id, BesluitUitkomst.AFGEWEZEN, null, BELEID));

  // Withdrawn by the applicant.
  const springkussen = initiatief(
    {
      titel: 'Buurtfeest met springkussen (voorbeeld)',
      beschrijving: 'Een middag voor de hele straat met een springkussen, muziek en een potluck.',
      regel: 'buurtaktie',
      buurten: ['BU09174000'],
      indiener: bewoner(906, 'BU09174000'),
      bewoners: 10,
      startNa: 35,
      duur: 0,
      aanvragen: [{ instrument: 'geld', gevraagd: 80_000, eigen: 10_000 }],
    },
    -45,
  );
  stap(-38, 16, () =>
    indiening.intrekken(
      springkussen.dossier.id,
      'De buurtvereniging betaalt het feest dit jaar zelf; we hebben het geld niet meer nodig.',
      bewoner(906, 'BU09174000'),
    ),
  );

  // Waiting for information the applicant still has to send (Awb 4:5; the term stands still, Awb 4:15).
  const kastjes = initiatief(
    {
      titel: 'Buurtbibliotheekkastjes (voorbeeld)',
      beschrijving: 'Vier kastjes in de straat waar buren boeken ruilen, gemaakt door de jongeren van de buurt.',
      regel: 'buurtaktie',
      buurten: ['BU09174100'],
      indiener: bewoner(907, 'BU09174100'),
      bewoners: 6,
      startNa: 40,
      duur: 365,
      aanvragen: [{ instrument: 'geld', gevraagd: 70_000, eigen: 10_000 }],
    },
    -20,
  );
  stap(-15, 10, () => behandeling.inBehandelingNemen(kastjes.dossier.id, REGISSEUR.heerlerbaan));
  stap(-6, 10, () =>
    behandeling.aanvullingVragen(
      kastjes.dossier.id,
      'Stuur ons een begroting per kastje (hout, verf, glas) en laat weten waar de kastjes komen te staan.',
      14,
      REGISSEUR.heerlerbaan,
    ),
  );

  // ---------------------------------------------------------------- Stadsdeelinitiatief (staff decide)

  // Granted, carried out and settled lower on the actual costs (Awb 4:46 lid 1).
  const zomerschool = initiatief(
    {
      titel: 'Zomerschool voor kinderen in Heerlerbaan (voorbeeld)',
      beschrijving:
        'Drie weken in de zomervakantie: taal, sport en knutselen voor kinderen van 6 tot 12, door buren en studenten.',
      regel: 'stadsdeel',
      buurten: ['BU09174000', 'BU09174100', 'BU09174101'],
      indiener: bewoner(911, 'BU09174000'),
      bewoners: 25,
      startNa: 60,
      duur: 21,
      aanvragen: [
        { instrument: 'geld', gevraagd: 500_000, eigen: 150_000, toelichting: 'Begeleiding, materiaal, lunch en uitstapjes.' },
        { instrument: 'Promotie via de gemeente (voorbeeld)', toelichting: 'Aandacht in de wijkkrant voor de inschrijving.' },
      ],
    },
    -210,
  );
  stap(-205, 10, () => behandeling.inBehandelingNemen(zomerschool.dossier.id, REGISSEUR.heerlerbaan));
  stap(-180, 15, async () => {
    const [geld] = await aanvraagIds(zomerschool.dossier.id);
    return aanvraagbesluit.besluitNemen(
      {
        initiatiefId: zomerschool.dossier.id,
        uitkomst: BesluitUitkomst.TOEGEKEND,
        motivering:
          'De zomerschool voldoet aan alle voorwaarden van de regeling: 25 bewoners doen mee, de eigen bijdrage is 23% en het ' +
          'plan is goed uitgewerkt. We kennen het gevraagde bedrag helemaal toe.',
        bedragen: [{ aanvraagId: geld, bedrag: 500_000 }],
      },
      BELEID,
    );
  });
  stap(-60, 20, () =>
    vaststelling.uitvoeringMelden(
      zomerschool.dossier.id,
      'Voorbeeldverslag: 48 kinderen deden mee, 14 buren en 6 studenten begeleidden. De uitstapjes waren goedkoper dan begroot ' +
        'omdat de mijnmuseum-gidsen zich als vrijwilliger aanmeldden.',
      420_000,
      bewoner(911, 'BU09174000'),
    ),
  );
  stap(-30, 14, async () => {
    const [geld] = await aanvraagIds(zomerschool.dossier.id);
    return vaststelling.subsidieVaststellen(
      zomerschool.dossier.id,
      [{ aanvraagId: geld, bedrag: 420_000 }],
      'De werkelijke kosten waren € 4.200,00 in plaats van de begrote € 5.000,00; we stellen de subsidie vast op de werkelijke kosten.',
      BELEID,
      VaststellingsGrond.WERKELIJKE_KOSTEN_LAGER,
    );
  });

  // Granted and carried out; the report is in, the settlement still to do.
  const wandelroutes = initiatief(
    {
      titel: 'Wandelroutes langs de mijnhistorie (voorbeeld)',
      beschrijving: 'Bewoners zetten drie wandelroutes uit langs de sporen van de mijnen, met bordjes en een folder.',
      regel: 'stadsdeel',
      buurten: ['BU09172100', 'BU09172101', 'BU09172200'],
      indiener: bewoner(912, 'BU09172101'),
      bewoners: 16,
      startNa: 45,
      duur: 90,
      aanvragen: [{ instrument: 'geld', gevraagd: 380_000, eigen: 100_000, toelichting: 'Bordjes, ontwerp en drukwerk.' }],
    },
    -160,
  );
  stap(-155, 10, () => behandeling.inBehandelingNemen(wandelroutes.dossier.id, REGISSEUR.heerlerheide));
  stap(-130, 15, async () => {
    const [geld] = await aanvraagIds(wandelroutes.dossier.id);
    return aanvraagbesluit.besluitNemen(
      {
        initiatiefId: wandelroutes.dossier.id,
        uitkomst: BesluitUitkomst.TOEGEKEND,
        motivering:
          'De wandelroutes brengen bewoners van drie buurten samen en maken de geschiedenis van het stadsdeel zichtbaar. Het ' +
          'initiatief voldoet aan de voorwaarden; we kennen het gevraagde bedrag toe.',
        bedragen: [{ aanvraagId: geld, bedrag: 380_000 }],
      },
      BELEID,
    );
  });
  stap(-12, 20, () =>
    vaststelling.uitvoeringMelden(
      wandelroutes.dossier.id,
      'Voorbeeldverslag: de drie routes zijn uitgezet en geopend met een wandeling van 70 buren. De folder ligt in de bibliotheek.',
      380_000,
      bewoner(912, 'BU09172101'),
    ),
  );

  // Partly granted, on behalf of Stichting Samen Sterk Hoensbroek. A council member of the public
  // register sits on its board, and an official declared a personal interest: both step aside,
  // and the decision records it (Awb 2:4; docs/domein.md, invariant 7).
  const maaltijden = initiatief(
    {
      titel: 'Maaltijden voor ouderen in Hoensbroek (voorbeeld)',
      beschrijving:
        'Twee keer per week koken vrijwilligers een warme maaltijd voor alleenwonende ouderen in het buurthuis; wie niet kan komen, krijgt haar thuis.',
      regel: 'stadsdeel',
      buurten: ['BU09171000', 'BU09171001'],
      indiener: ELS,
      organisatie: 1,
      bewoners: 30,
      startNa: 60,
      duur: 300,
      aanvragen: [
        {
          instrument: 'geld',
          gevraagd: 650_000,
          eigen: 200_000,
          toelichting: 'Boodschappen, keukenhuur, een bezorgfiets en een uitje voor de vrijwilligers.',
        },
        { instrument: 'Ruimte in een buurthuis (voorbeeld)', toelichting: 'De keuken op dinsdag en vrijdag.' },
      ],
    },
    -80,
  );
  stap(-76, 10, () => behandeling.inBehandelingNemen(maaltijden.dossier.id, REGISSEUR.hoensbroek));
  stap(-70, 16, () =>
    conflicten.belangVerklaren(
      {
        initiatiefId: maaltijden.dossier.id,
        toelichting: 'Mijn moeder krijgt de maaltijden van deze stichting; ik behandel deze aanvraag daarom niet (voorbeeld).',
      },
      KIM,
    ),
  );
  stap(-18, 15, async () => {
    const [geld] = await aanvraagIds(maaltijden.dossier.id);
    return aanvraagbesluit.besluitNemen(
      {
        initiatiefId: maaltijden.dossier.id,
        uitkomst: BesluitUitkomst.TOEGEKEND,
        motivering:
          'De maaltijden voor ouderen passen goed bij de regeling en voldoen aan de voorwaarden. We kennen € 5.600,00 toe in plaats ' +
          'van € 6.500,00: het uitje voor de vrijwilligers (€ 900,00) is geen activiteit voor de buurt en valt daarom buiten de regeling.',
        bedragen: [{ aanvraagId: geld, bedrag: 560_000 }],
      },
      BELEID,
    );
  });

  // Refused: the festival runs two years and is an event, both outside the rule.
  const festival = initiatief(
    {
      titel: 'Buurtfestival Heerlen-Stad, twee zomers lang (voorbeeld)',
      beschrijving: 'Twee zomers lang elke maand een festival met podium, markt en foodtrucks in het centrum.',
      regel: 'stadsdeel',
      buurten: ['BU09173300', 'BU09173400'],
      indiener: bewoner(913, 'BU09173400'),
      bewoners: 12,
      startNa: 60,
      duur: 730,
      aanvragen: [{ instrument: 'geld', gevraagd: 750_000, eigen: 250_000, toelichting: 'Podium, geluid en beveiliging.' }],
    },
    -62,
  );
  stap(-58, 10, () => behandeling.inBehandelingNemen(festival.dossier.id, REGISSEUR.centrum));
  stap(-16, 15, () =>
    aanvraagbesluit.besluitNemen(
      {
        initiatiefId: festival.dossier.id,
        uitkomst: BesluitUitkomst.AFGEWEZEN,
        motivering:
          'Het festival duurt twee jaar, terwijl de regeling initiatieven van hoogstens een jaar steunt. Bovendien is het een ' +
          'evenement met een evenementenvergunning, en evenementen vallen buiten de regeling. Een kleiner initiatief van een jaar ' +
          'kunt u opnieuw aanvragen.',
      },
      BELEID,
    ),
  );

  // In handling and past its decision deadline: overdue in the work queue.
  const taalcafe = initiatief(
    {
      titel: 'Taalcafé in Mariarade (voorbeeld)',
      beschrijving: 'Elke woensdag oefenen nieuwe en oude buren samen Nederlands aan de koffietafel.',
      regel: 'stadsdeel',
      buurten: ['BU09171100', 'BU09171101'],
      indiener: bewoner(914, 'BU09171100'),
      bewoners: 18,
      startNa: 45,
      duur: 300,
      aanvragen: [
        {
          instrument: 'geld',
          gevraagd: 240_000,
          eigen: 70_000,
          toelichting: 'Lesmateriaal, koffie en een vrijwilligersbedankje.',
        },
      ],
    },
    -100,
  );
  stap(-95, 10, () => behandeling.inBehandelingNemen(taalcafe.dossier.id, REGISSEUR.hoensbroek));

  // The demo partner's request for Buurtpunt De Kommen: information asked and supplied, deadline near.
  const formulierenhulp = initiatief(
    {
      titel: 'Formulierenhulp op drie plekken (voorbeeld)',
      beschrijving:
        'Vrijwilligers helpen buren met brieven en formulieren, elke week in het buurtpunt, de bibliotheek en de moskee.',
      regel: 'stadsdeel',
      buurten: ['BU09173300', 'BU09173301'],
      indiener: PIM,
      organisatie: 0,
      bewoners: 20,
      startNa: 50,
      duur: 360,
      aanvragen: [
        { instrument: 'geld', gevraagd: 300_000, eigen: 80_000, toelichting: 'Training van vrijwilligers, laptops en printen.' },
      ],
    },
    -90,
  );
  stap(-88, 10, () => behandeling.inBehandelingNemen(formulierenhulp.dossier.id, REGISSEUR.centrum));
  stap(-84, 10, () =>
    behandeling.aanvullingVragen(
      formulierenhulp.dossier.id,
      'Laat ons weten hoeveel vrijwilligers er al zijn en op welke dagen de drie plekken open zijn.',
      10,
      REGISSEUR.centrum,
    ),
  );
  stap(-81, 20, () =>
    indiening.aanvullingAanleveren(
      formulierenhulp.dossier.id,
      formulierenhulp.invoer(-90, {
        beschrijving:
          'Vrijwilligers helpen buren met brieven en formulieren: maandag in het buurtpunt, woensdag in de bibliotheek en vrijdag ' +
          'in de moskee. Acht vrijwilligers doen al mee; vier volgen nog de training.',
      }),
      PIM,
    ),
  );

  // Submitted last week: later in the work queue.
  initiatief(
    {
      titel: 'Energiecoaches voor de buurt (voorbeeld)',
      beschrijving: 'Buren leren buren energie besparen: tochtstrips, radiatorfolie en een gesprek aan de keukentafel.',
      regel: 'stadsdeel',
      buurten: ['BU09174000', 'BU09174101'],
      indiener: bewoner(915, 'BU09174101'),
      bewoners: 11,
      startNa: 45,
      duur: 200,
      aanvragen: [{ instrument: 'geld', gevraagd: 420_000, eigen: 110_000, toelichting: 'Training, materiaal en flyers.' }],
    },
    -6,
  );

  // Every step in the order of its moment (the sort is stable: same moment, order written).
  const volgorde = stappen.map((s, i) => ({ ...s, i, moment: op(nu, s.dag, s.uur) }));
  volgorde.sort((a, b) => a.moment.getTime() - b.moment.getTime() || a.i - b.i);
  for (const s of volgorde) {
    await opKlok(s.moment, s.doe);
  }
}
