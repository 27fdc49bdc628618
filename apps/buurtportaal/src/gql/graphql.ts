/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AanmeldingInput = {
  bijeenkomstId: string | number;
  email: string;
  naam: string;
  organisatieId?: string | number | null | undefined;
  /** e.g. bewoner, initiatiefnemer, buurtorganisatie, ambtenaar, wethouder */
  rol?: string | null | undefined;
  /** Accessibility or dietary needs, free text. Seen only by the organisers. */
  wensen?: string | null | undefined;
};

export type AanmeldingStatus =
  | 'AANGEMELD'
  | 'AFGEMELD'
  /** Received: a place (or waiting-list place) is held until the link in the mail is followed (aanmeldingBevestigen); without confirmation it expires. */
  | 'TE_BEVESTIGEN'
  | 'WACHTLIJST';

export type AanvragerSoort = 'BEWONER' | 'BEWONERSGROEP' | 'ORGANISATIE';

export type AmbtsdragerFunctie = 'BURGEMEESTER' | 'COMMISSIELID' | 'RAADSLID' | 'WETHOUDER';

/** A cost line, own income, or a subsidy from someone else. */
export type BegrotingSoort = 'ANDERE_SUBSIDIE' | 'EIGEN_INKOMSTEN' | 'KOSTEN';

/** Where a need on the buurtagenda came from. */
export type BehoefteBron = 'BEWONER' | 'BUURTREGISSEUR' | 'ENQUETE' | 'PARTNER' | 'SIGNAAL';

export type BehoefteInput = {
  /** Staff: BUURTREGISSEUR (default), ENQUETE or SIGNAAL. Residents always bring in as BEWONER, partners as PARTNER. */
  bron?: BehoefteBron | null | undefined;
  buurtId: string | number;
  omschrijving: string;
  /** Evidence: survey results, numbers, observations. */
  onderbouwing?: string | null | undefined;
  /** Partners: the organisation they bring it in for (required for PARTNER). */
  organisatieId?: string | number | null | undefined;
  soort: BehoefteSoort;
  /** Theme, e.g. "groen", "ontmoeting", "verkeer". */
  thema: string;
  titel: string;
};

export type BehoefteSoort =
  /** Something the buurt needs. */
  | 'BEHOEFTE'
  /** A bottleneck: something that goes wrong in the buurt. */
  | 'KNELPUNT'
  /** Something the buurt would like to have or do. */
  | 'WENS';

export type BehoefteStatus =
  /** Not taken onto the agenda (e.g. not about this buurt); never public. */
  | 'AFGEWEZEN'
  /** Answered: an initiative, plan or activity met it. */
  | 'BEANTWOORD'
  /** Brought in by a resident or partner; the buurtregisseur has not curated it yet (not public). */
  | 'INGEDIEND'
  /** On the agenda, nobody has taken it up yet. */
  | 'OPEN'
  /** Someone (the municipality, a partner, residents) works on it. */
  | 'OPGEPAKT'
  /** No longer relevant. */
  | 'VERVALLEN';

export type BeraadAanmeldingInput = {
  beraadId: string | number;
  /** For the invitation if drawn; else the account address is used. */
  email?: string | null | undefined;
  kenmerken: Array<BeraadAntwoordInput>;
  naam: string;
  /** Consent to processing these answers for the draw (AVG art. 6(1)(a)); must be true. */
  toestemming: boolean;
};

export type BeraadAntwoordInput = {
  sleutel: string;
  waarde: string;
};

export type BeraadStatus =
  /** Volunteers can register. */
  | 'AANMELDEN'
  /** The panel is drawn with the published seed. */
  | 'GELOOT'
  /** Registration closed; the LEXIMIN distribution and inputs hash are published. */
  | 'VERDELING_BEREKEND';

/** Awb 2:14: how the applicant receives letters. */
export type Berichtkanaal =
  /** By e-mail, with the letter as PDF. */
  | 'EMAIL'
  /** As a notification in the Buurtportaal. */
  | 'PORTAAL';

export type BesluitUitkomst = 'AFGEWEZEN' | 'BUITEN_BEHANDELING' | 'TOEGEKEND';

export type Besluitvorming =
  /** Decided by municipal staff. */
  | 'AMBTELIJK'
  /** Decided by a panel of residents (buurtaktie-regeling). */
  | 'BUURTPANEL';

/** The decision on the objection (Awb 7:11). */
export type BezwaarBeslissing = 'GEGROND' | 'NIET_ONTVANKELIJK' | 'ONGEGROND';

/** An objection (Awb 6:5): name and signature are the signed-in identity; the date is the moment of receipt. */
export type BezwaarInput = {
  /** Postal address of the objector (Awb 6:5 lid 1 sub a). */
  adres: string;
  /** Required for anyone but the applicant: how the decision affects them directly (Awb 1:2). */
  belang?: string | null | undefined;
  /** The decision objected to (a Besluit of an initiative). */
  besluitId: string | number;
  /** Why the decision is wrong in the objector’s view (Awb 6:5 lid 1 sub d). */
  gronden: string;
};

export type BezwaarStatus = 'BESLOTEN' | 'HOORZITTING_GEPLAND' | 'INGETROKKEN' | 'IN_BEHANDELING' | 'ONTVANGEN';

export type BijeenkomstStatus = 'AFGEROND' | 'GEANNULEERD' | 'GEPLAND';

export type BriefSoort =
  /** Awb 4:5: information is missing; the decision term is suspended (4:15). */
  | 'AANVULLINGSVERZOEK'
  /** Awb 7:11-7:12: the decision on an objection, with the notice of appeal (Awb 8:1). */
  | 'BESLISSING_OP_BEZWAAR'
  /** A decision with its reasons and the objection notice (Awb 3:45-3:47). */
  | 'BESLUIT'
  /** Awb 6:14: the objection was received. */
  | 'BEZWAAR_ONTVANGST'
  /** Awb 4:3a: the request was received. */
  | 'ONTVANGSTBEVESTIGING'
  /** Awb 4:14: the decision takes longer; the new term and why (not a decision). */
  | 'VERDAGING';

export type ConciergeVerzoekSoort = 'HULP' | 'MELDING';

export type ConciergeVerzoekStatus = 'AFGEROND' | 'DOORGEZET' | 'NIEUW' | 'OPGEPAKT';

export type ConciergeVraagInput = {
  buurtId: string | number;
  /** MELDING for a department: a signal category (signaalcategorieen); it is then routed as a signal. */
  categorie?: string | null | undefined;
  /** The resident consents that the concierge sees and notes their name (AVG art. 6(1)(a)); without it the request is anonymous to the concierge. */
  naamToestemming?: boolean | null | undefined;
  omschrijving: string;
  soort: ConciergeVerzoekSoort;
};

/** Awb 4:17: WACHTTIJD in the two weeks after the notice of default, LOOPT while a penalty accrues, GESTOPT once the decision was taken (or the request withdrawn) or 42 days were reached. */
export type DwangsomFase = 'GESTOPT' | 'LOOPT' | 'WACHTTIJD';

export type HeitjeDeelnameStatus = 'GECLAIMD' | 'VOLTOOID';

export type InitiatiefInput = {
  aantalBetrokkenBewoners?: number | null | undefined;
  aanvragen: Array<OndersteuningsaanvraagInput>;
  aanvragerSoort: AanvragerSoort;
  beschrijving: string;
  buurtIds: Array<string | number>;
  einddatum?: string | null | undefined;
  organisatieId?: string | number | null | undefined;
  schaal: Schaal;
  stadsdeelId?: string | number | null | undefined;
  startdatum?: string | null | undefined;
  titel: string;
};

export type InitiatiefStatus =
  | 'AANVULLING_GEVRAAGD'
  | 'AFGEWEZEN'
  | 'BIJ_BUURTPANEL'
  | 'BUITEN_BEHANDELING'
  | 'CONCEPT'
  | 'INGEDIEND'
  | 'INGETROKKEN'
  | 'IN_BEHANDELING'
  | 'TOEGEKEND'
  | 'UITGEVOERD'
  | 'VASTGESTELD';

export type InstrumentSoort = 'ADVIES' | 'ANDERS' | 'FINANCIELE_BIJDRAGE' | 'LOCATIE' | 'MATERIAAL' | 'PROMOTIE' | 'VERZEKERING';

export type JaarbesluitSoort = 'AFWIJZING' | 'AMBTSHALVE_VASTSTELLING' | 'VASTSTELLING' | 'VERLENING' | 'WIJZIGING';

/** Advance (Awb 4:95), rest (Awb 4:87) or recovery (Awb 4:57). */
export type JaarsubsidieBetalingSoort = 'NABETALING' | 'TERUGVORDERING' | 'VOORSCHOT';

export type JaarsubsidieBetalingStatus = 'BETAALD' | 'GEPLAND' | 'VERVALLEN';

export type JaarsubsidieStatus = 'AFGEWEZEN' | 'INGEDIEND' | 'VASTGESTELD' | 'VERANTWOORD' | 'VERLEEND';

/** Awb 4:38: a material change the organisation reports during the year. */
export type JaarsubsidieWijzigingInput = {
  /** For a budget shift: the amount moved. */
  bedrag?: number | null | undefined;
  /** The activity code that lapses, or the cost line a shift moves from. */
  betreft?: string | null | undefined;
  omschrijving: string;
  soort: JaarsubsidieWijzigingSoort;
};

/** What kind of change is reported (Awb 4:38). */
export type JaarsubsidieWijzigingSoort = 'ACTIVITEIT_VERVALT' | 'BEGROTINGSVERSCHUIVING' | 'OVERIG';

export type OndersteuningsaanvraagInput = {
  eigenBijdrage?: number | null | undefined;
  gevraagdBedrag?: number | null | undefined;
  instrumentId: string | number;
  toelichting?: string | null | undefined;
};

export type OrganisatieSoort =
  'BUURTORGANISATIE' | 'MAATSCHAPPELIJKE_PARTNER' | 'ONDERNEMER' | 'OVERIG' | 'STICHTING' | 'VERENIGING';

/** The buurtpanel's advice. A residents' panel advises; the official with the mandate decides on behalf of the college. */
export type PanelAdvies = 'NEGATIEF' | 'POSITIEF';

export type PlanReactieInput = {
  /** Partners: the organisation they react for. */
  organisatieId?: string | number | null | undefined;
  standpunt?: Standpunt | null | undefined;
  tekst: string;
};

export type Schaal = 'BUURT' | 'STAD' | 'STADSDEEL';

export type SignaalInput = {
  buurtId: string | number;
  /** One of signaalcategorieen (by name). */
  categorie: string;
  omschrijving: string;
};

export type SignaalStatus = 'AFGEHANDELD' | 'DOORGEZET' | 'IN_BEHANDELING' | 'NIEUW';

/** Position of a reaction to a plan. */
export type Standpunt = 'NEUTRAAL' | 'TEGEN' | 'VOOR';

export type Stemkeuze = 'ONTHOUDING' | 'TEGEN' | 'VOOR';

/** Why a subsidy is settled lower than granted (Awb 4:46). */
export type VaststellingsGrond =
  /** de activiteiten hebben niet of niet geheel plaatsgevonden (Awb 4:46 lid 2 onder a) */
  | 'ACTIVITEITEN_NIET_VERRICHT'
  /** de ontvanger heeft onjuiste of onvolledige gegevens verstrekt, waardoor anders zou zijn beslist (Awb 4:46 lid 2 onder c) */
  | 'ONJUISTE_GEGEVENS'
  /** de verlening was onjuist en de ontvanger wist of behoorde dat te weten (Awb 4:46 lid 2 onder d) */
  | 'VERLENING_ONJUIST'
  /** de ontvanger heeft niet voldaan aan de verplichtingen die aan de subsidie verbonden zijn (Awb 4:46 lid 2 onder b) */
  | 'VERPLICHTINGEN_NIET_NAGEKOMEN'
  /** de werkelijke kosten zijn lager dan begroot; de subsidie wordt overeenkomstig de verlening op die kosten vastgesteld (Awb 4:46 lid 1) */
  | 'WERKELIJKE_KOSTEN_LAGER';

export type Verdeelmethode =
  /** Requests of one period are ranked and decided together. */
  | 'VERGELIJKENDE_BEOORDELING'
  /** Awb 4:26: complete requests in order of receipt until the ceiling is reached. */
  | 'VOLGORDE_VAN_BINNENKOMST';

export type Verzendstatus =
  /** Placed in the Buurtportaal (the applicant chose that channel). */
  | 'GEPLAATST'
  /** Delivery failed after every retry: staff must make the letter known another way. */
  | 'MISLUKT'
  /** The mail was delivered to the mail server: the letter is sent. */
  | 'VERZONDEN'
  /** The mail is in the outbox (or being retried). */
  | 'WACHTEND';

export type VrijwilligerAanmeldenInput = {
  /** For the organiser to contact you. Mails about your sign-up go to it only when it is the verified address of your account. */
  email: string;
  /** You are at least the minimum age of the request; required (true) when the request has one. */
  minimumLeeftijdBevestigd?: boolean | null | undefined;
  naam: string;
  telefoon?: string | null | undefined;
  /** A note for the organiser. */
  toelichting?: string | null | undefined;
  /** Agreement with Vrijwilligersverzoek.toestemmingstekst; must be true. */
  toestemming: boolean;
  verzoekId: string | number;
};

export type VrijwilligerStatus =
  /** Has one of the places. */
  | 'AANGEMELD'
  /** Withdrawn. */
  | 'AFGEMELD'
  /** On the waiting list; moves up in order of receipt when someone withdraws. */
  | 'WACHTLIJST';

export type VrijwilligersThema =
  | 'CULTUUR'
  | 'EVENEMENTEN'
  | 'GROEN_EN_BUITEN'
  | 'JEUGD'
  | 'OUDEREN'
  | 'OVERIG'
  | 'SCHOON_EN_VEILIG'
  | 'SPORT_EN_SPEL'
  | 'TAAL_EN_LEREN'
  | 'ZORG_EN_WELZIJN';

export type VrijwilligersprofielInput = {
  beschikbaarheid?: string | null | undefined;
  buurtIds: Array<string | number>;
  interesses: Array<VrijwilligersThema>;
  /** Mail me new matching requests (needs a verified e-mail address on your account). */
  mailBijNieuweVerzoeken: boolean;
};

/** A request for volunteers. Give exactly one of organisatieId (you are a member) or initiatiefId (you are its initiator). */
export type VrijwilligersverzoekInput = {
  /** How many volunteers are needed. */
  aantal: number;
  begin: string;
  beschrijving: string;
  buurtId: string | number;
  eind?: string | null | undefined;
  initiatiefId?: string | number | null | undefined;
  locatie: string;
  minimumLeeftijd?: number | null | undefined;
  organisatieId?: string | number | null | undefined;
  thema: VrijwilligersThema;
  /** What the volunteers will do, in a few words. */
  titel: string;
  vaardigheden?: Array<string> | null | undefined;
  /** Whether a VOG (certificate of conduct) is needed; not given: no. */
  vogNodig?: boolean | null | undefined;
};

export type VrijwilligersverzoekStatus = 'GEANNULEERD' | 'OPEN';

export type BuurtportaalAanmeldingBevestigenMutationVariables = Exact<{
  aanmeldingId: string | number;
  code: string;
}>;

export type BuurtportaalAanmeldingBevestigenMutation = {
  aanmeldingBevestigen: { id: string; status: AanmeldingStatus; wachtlijstPositie: number | null };
};

export type BuurtportaalAfmeldenMutationVariables = Exact<{
  aanmeldingId: string | number;
  afmeldcode: string;
}>;

export type BuurtportaalAfmeldenMutation = { afmelden: { id: string; status: AanmeldingStatus } };

export type BuurtportaalAfmeldenMetCodeMutationVariables = Exact<{
  email: string;
  afmeldcode: string;
}>;

export type BuurtportaalAfmeldenMetCodeMutation = { afmeldenMetCode: { id: string; status: AanmeldingStatus } };

export type BuurtportaalIngebrekestellingMutationVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalIngebrekestellingMutation = { ingebrekestellingIndienen: { id: string } };

export type BuurtportaalMijnBezwarenQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalMijnBezwarenQuery = {
  mijnBezwaren: Array<{
    id: string;
    referentie: string;
    status: BezwaarStatus;
    ingediendOp: string;
    tijdig: boolean;
    bezwaartermijnEinde: string;
    beslissenUiterlijk: string;
    hoorzittingOp: string | null;
    hoorzittingPlaats: string | null;
    beslissing: BezwaarBeslissing | null;
    beroepMogelijkTot: string | null;
    brieven: Array<{
      id: string;
      soort: BriefSoort;
      kenmerk: string;
      onderwerp: string;
      datum: string;
      kanaal: Berichtkanaal;
      verzendstatus: Verzendstatus;
      verzondenOp: string | null;
      pdfUrl: string;
      html: string;
    }>;
    initiatief: { id: string } | null;
  }>;
};

export type BuurtportaalBezwaarMakenMutationVariables = Exact<{
  input: BezwaarInput;
}>;

export type BuurtportaalBezwaarMakenMutation = { bezwaarMaken: { id: string; referentie: string } };

export type BuurtportaalBijeenkomstenQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalBijeenkomstenQuery = {
  netwerkbijeenkomsten: Array<{
    id: string;
    titel: string;
    thema: string | null;
    begin: string;
    eind: string;
    locatie: string;
    status: BijeenkomstStatus;
    capaciteit: number;
    plaatsenBeschikbaar: number;
    aantalOpWachtlijst: number;
    buurt: { naam: string };
  }>;
};

export type BuurtportaalAanmeldenMutationVariables = Exact<{
  input: AanmeldingInput;
}>;

export type BuurtportaalAanmeldenMutation = { aanmelden: { id: string; status: AanmeldingStatus } };

export type BuurtportaalBurgerberadenQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalBurgerberadenQuery = {
  burgerberaden: Array<{
    id: string;
    onderwerp: string;
    beschrijving: string;
    grootte: number;
    status: BeraadStatus;
    aanmeldenTot: string;
    zaadBron: string;
    gelootOp: string | null;
    kenmerken: Array<{ sleutel: string; naam: string; waarden: Array<{ waarde: string; label: string }> }>;
  }>;
};

export type BuurtportaalBeraadAanmeldenMutationVariables = Exact<{
  input: BeraadAanmeldingInput;
}>;

export type BuurtportaalBeraadAanmeldenMutation = { beraadAanmelden: { id: string } };

export type BuurtportaalBuurtQueryVariables = Exact<{
  code: string;
  vanaf: string;
}>;

export type BuurtportaalBuurtQuery = {
  buurt: {
    code: string;
    naam: string;
    wijk: { naam: string };
    stadsdeel: { naam: string } | null;
    buurtregisseur: { naam: string; functie: string; email: string | null; telefoon: string | null } | null;
    partners: {
      totalCount: number;
      edges: Array<{
        node: { id: string; naam: string; soort: OrganisatieSoort; beschrijving: string | null; website: string | null };
      }>;
    };
    activiteiten: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          titel: string;
          beschrijving: string | null;
          begin: string;
          eind: string | null;
          locatie: string | null;
          geannuleerd: boolean;
          vrijwilligersGezocht: boolean;
          organisator: { naam: string } | null;
        };
      }>;
    };
  } | null;
};

export type BuurtportaalBuurtagendaQueryVariables = Exact<{
  code: string;
}>;

export type BuurtportaalBuurtagendaQuery = {
  buurt: { id: string; code: string; naam: string; buurtregisseur: { naam: string } | null } | null;
};

export type BuurtportaalBehoeftenQueryVariables = Exact<{
  buurtId: string | number;
}>;

export type BuurtportaalBehoeftenQuery = {
  buurtagenda: Array<{
    id: string;
    soort: BehoefteSoort;
    thema: string;
    titel: string;
    omschrijving: string;
    bron: BehoefteBron;
    status: BehoefteStatus;
    statusToelichting: string | null;
    steun: number;
    gesteundDoorMij: boolean;
    aangemaaktOp: string;
    organisatie: { naam: string } | null;
  }>;
};

export type BuurtportaalBehoefteToevoegenMutationVariables = Exact<{
  input: BehoefteInput;
}>;

export type BuurtportaalBehoefteToevoegenMutation = { behoefteToevoegen: { id: string } };

export type BuurtportaalBehoefteSteunenMutationVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalBehoefteSteunenMutation = { behoefteSteunen: { id: string; steun: number; gesteundDoorMij: boolean } };

export type BuurtportaalBehoefteSteunIntrekkenMutationVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalBehoefteSteunIntrekkenMutation = {
  behoefteSteunIntrekken: { id: string; steun: number; gesteundDoorMij: boolean };
};

export type BuurtportaalConciergeQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalConciergeQuery = {
  buurtconcierges: Array<{ id: string; naam: string; buurten: Array<string>; buurtIds: Array<string>; beschikbaarheid: string }>;
  signaalcategorieen: Array<{ naam: string; afdeling: string }>;
};

export type BuurtportaalMijnConciergeVerzoekenQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalMijnConciergeVerzoekenQuery = {
  mijnConciergeVerzoeken: Array<{
    id: string;
    buurt: string;
    soort: ConciergeVerzoekSoort;
    omschrijving: string;
    status: ConciergeVerzoekStatus;
    signaalReferentie: string | null;
    reactie: string | null;
    gevraagdOp: string;
    afgerondOp: string | null;
  }>;
};

export type BuurtportaalConciergeVragenMutationVariables = Exact<{
  input: ConciergeVraagInput;
}>;

export type BuurtportaalConciergeVragenMutation = {
  conciergeVragen: { id: string; buurt: string; signaalReferentie: string | null };
};

export type BuurtportaalHeitjeQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalHeitjeQuery = {
  heitjeKlussen: Array<{
    id: string;
    titel: string;
    beschrijving: string;
    buurtnaam: string;
    materialen: string;
    beloning: number;
    plaatsenVrij: number;
    organisatienaam: string;
  }>;
  mijnHeitjes: {
    saldo: number;
    verdiendDitJaar: number;
    jaarplafond: number;
    deelnames: Array<{ id: string; klusId: string; klustitel: string; status: HeitjeDeelnameStatus }>;
    mutaties: Array<{ op: string; omschrijving: string; bedrag: number }>;
  };
  heitjeWinkels: Array<{ id: string; naam: string; actief: boolean }>;
};

export type BuurtportaalHeitjeClaimenMutationVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalHeitjeClaimenMutation = { heitjeKlusClaimen: { id: string; klustitel: string } };

export type BuurtportaalHeitjeBetaalcodeMutationVariables = Exact<{
  bedrag: number;
}>;

export type BuurtportaalHeitjeBetaalcodeMutation = { heitjeBetaalcodeMaken: { code: string; bedrag: number; geldigTot: string } };

export type BuurtportaalIdeeGegevensQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalIdeeGegevensQuery = {
  menukaart: Array<{
    id: string;
    naam: string;
    soort: InstrumentSoort;
    beschrijving: string;
    voorwaarden: string | null;
    regeling: { id: string } | null;
  }>;
  subsidieregelingen: Array<{
    id: string;
    naam: string;
    beschrijving: string;
    maximumBedrag: number | null;
    beslistermijnWeken: number;
    besluitvorming: Besluitvorming;
    verdeelmethode: Verdeelmethode;
    aanvraagperiodeVan: string | null;
    aanvraagperiodeTot: string | null;
    gedeeltelijkToekennen: boolean;
    criteria: Array<{ code: string; omschrijving: string; gewicht: number }>;
    voorwaarden: Array<{ code: string; omschrijving: string }>;
    plafonds: Array<{ periode: string; beschikbaar: number; stadsdeel: { naam: string } | null }>;
  }>;
  buurten: Array<{ id: string; code: string; naam: string; wijk: { naam: string } }>;
  mijnInitiatieven: Array<{
    id: string;
    referentie: string;
    status: InitiatiefStatus;
    titel: string;
    beschrijving: string;
    schaal: Schaal;
    aanvragerSoort: AanvragerSoort;
    aanvullingVerzoek: string | null;
    aanvullenUiterlijk: string | null;
    aantalBetrokkenBewoners: number | null;
    startdatum: string | null;
    einddatum: string | null;
    organisatie: { id: string } | null;
    buurten: Array<{ id: string }>;
    aanvragen: Array<{
      gevraagdBedrag: number | null;
      eigenBijdrage: number | null;
      toelichting: string | null;
      instrument: { id: string };
    }>;
  }>;
};

export type BuurtportaalToetsQueryVariables = Exact<{
  input: InitiatiefInput;
}>;

export type BuurtportaalToetsQuery = {
  toetsInitiatief: { ontvankelijk: boolean; bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }> };
};

export type BuurtportaalIdeeOpslaanMutationVariables = Exact<{
  id?: string | number | null | undefined;
  input: InitiatiefInput;
}>;

export type BuurtportaalIdeeOpslaanMutation = {
  initiatiefOpslaan: { id: string; status: InitiatiefStatus; gewijzigdOp: string };
};

export type BuurtportaalIdeeIndienenMutationVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalIdeeIndienenMutation = {
  initiatiefIndienen: {
    id: string;
    referentie: string;
    status: InitiatiefStatus;
    ingediendOp: string | null;
    beslissenUiterlijk: string | null;
    toetsresultaat: {
      ontvankelijk: boolean;
      bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }>;
    } | null;
  };
};

export type BuurtportaalAanvullenMutationVariables = Exact<{
  id: string | number;
  input: InitiatiefInput;
}>;

export type BuurtportaalAanvullenMutation = {
  aanvullingAanleveren: { id: string; referentie: string; status: InitiatiefStatus; beslissenUiterlijk: string | null };
};

export type BuurtportaalMijnOrganisatiesQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalMijnOrganisatiesQuery = { mijnOrganisaties: Array<{ id: string; naam: string }> };

export type BuurtportaalIdeeenbankQueryVariables = Exact<{
  zoek?: string | null | undefined;
  thema?: VrijwilligersThema | null | undefined;
}>;

export type BuurtportaalIdeeenbankQuery = {
  ideeenbank: Array<{
    rang: number;
    uitsnede: string;
    verhaal: {
      id: string;
      titel: string;
      watGedaan: string;
      voorWie: string;
      watWerkte: string;
      watNiet: string;
      thema: VrijwilligersThema;
      kosten: number | null;
    };
  }>;
};

export type BuurtportaalMijnJaarsubsidiesQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalMijnJaarsubsidiesQuery = {
  mijnJaarsubsidies: Array<{
    id: string;
    referentie: string;
    organisatieNaam: string;
    boekjaar: number;
    status: JaarsubsidieStatus;
    gevraagdBedrag: number;
    verleendBedrag: number | null;
    vastgesteldBedrag: number | null;
    betaald: number;
    verantwoordingUiterlijk: string | null;
    nieuweTermijnTot: string | null;
    accountantsverklaringNodig: boolean;
    verplichtingen: Array<string>;
    activiteiten: Array<{ code: string; omschrijving: string }>;
    begroting: Array<{ code: string; omschrijving: string; soort: BegrotingSoort }>;
    betalingen: Array<{
      id: string;
      soort: JaarsubsidieBetalingSoort;
      volgnummer: number;
      bedrag: number;
      vervaldatum: string;
      status: JaarsubsidieBetalingStatus;
    }>;
    besluiten: Array<{ id: string; soort: JaarbesluitSoort; datum: string; bezwaarMogelijkTot: string | null; brief: string }>;
    wijzigingen: Array<{ id: string; omschrijving: string; afgehandeld: boolean }>;
  }>;
};

export type BuurtportaalJaarsubsidieWijzigingMeldenMutationVariables = Exact<{
  id: string | number;
  input: JaarsubsidieWijzigingInput;
}>;

export type BuurtportaalJaarsubsidieWijzigingMeldenMutation = { jaarsubsidieWijzigingMelden: { id: string } };

export type BuurtportaalMijnBijeenkomstaanmeldingenQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalMijnBijeenkomstaanmeldingenQuery = {
  mijnBijeenkomstaanmeldingen: Array<{
    id: string;
    status: AanmeldingStatus;
    wachtlijstPositie: number | null;
    aangemeldOp: string;
    bijeenkomst: { id: string; titel: string; begin: string; locatie: string; status: BijeenkomstStatus };
  }>;
};

export type BuurtportaalMijnBijeenkomstaanmeldingAfmeldenMutationVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalMijnBijeenkomstaanmeldingAfmeldenMutation = {
  mijnBijeenkomstaanmeldingAfmelden: { id: string; status: AanmeldingStatus };
};

export type BuurtportaalMijnInitiatievenQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalMijnInitiatievenQuery = {
  mijnInitiatieven: Array<{
    id: string;
    referentie: string;
    titel: string;
    status: InitiatiefStatus;
    ingediendOp: string | null;
    beslissenUiterlijk: string | null;
    aanvullingVerzoek: string | null;
    aanvullenUiterlijk: string | null;
    opgeschortTot: string | null;
    ingebrekestellingMogelijk: boolean;
    aanvragerSoort: AanvragerSoort;
    verslag: string | null;
    werkelijkeKosten: number | null;
    verdaging: { oorspronkelijkeTermijn: string; nieuweTermijn: string; motivering: string } | null;
    dwangsom: {
      ingebrekestellingOntvangen: string;
      verschuldigdVanaf: string;
      fase: DwangsomFase;
      dagen: number;
      bedrag: number;
      besluit: { verschuldigd: boolean; bedrag: number; motivering: string } | null;
    } | null;
    organisatie: { naam: string } | null;
    vaststelling: { grond: VaststellingsGrond | null; motivering: string | null } | null;
    aanvragen: Array<{
      id: string;
      gevraagdBedrag: number | null;
      toegekendBedrag: number | null;
      vastgesteldBedrag: number | null;
      instrument: { naam: string };
    }>;
    besluit: {
      uitkomst: BesluitUitkomst;
      motivering: string;
      genomenOp: string;
      genomenDoor: string;
      verleendBedrag: number;
      bezwaarMogelijkTot: string;
      bezwaartermijnEinde: string | null;
    } | null;
    brieven: Array<{
      id: string;
      soort: BriefSoort;
      kenmerk: string;
      onderwerp: string;
      datum: string;
      kanaal: Berichtkanaal;
      verzendstatus: Verzendstatus;
      verzondenOp: string | null;
      pdfUrl: string;
      html: string;
    }>;
    besluiten: Array<{ id: string }>;
    historie: Array<{ van: InitiatiefStatus | null; naar: InitiatiefStatus; op: string; toelichting: string | null }>;
  }>;
};

export type BuurtportaalIntrekkenMutationVariables = Exact<{
  id: string | number;
  toelichting?: string | null | undefined;
}>;

export type BuurtportaalIntrekkenMutation = { initiatiefIntrekken: { id: string; status: InitiatiefStatus } };

export type BuurtportaalMijnPanelstemmingenQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalMijnPanelstemmingenQuery = {
  mijnPanelstemmingen: Array<{
    sluitOp: string;
    mijnStem: { keuze: Stemkeuze; toelichting: string | null; uitgebrachtOp: string } | null;
    panel: { naam: string; quorum: number; aantalLeden: number };
    initiatief: {
      id: string;
      referentie: string;
      titel: string;
      beschrijving: string;
      startdatum: string | null;
      einddatum: string | null;
      aantalBetrokkenBewoners: number | null;
      buurten: Array<{ naam: string }>;
      aanvragen: Array<{
        id: string;
        gevraagdBedrag: number | null;
        instrument: { naam: string };
        regeling: { naam: string } | null;
      }>;
    };
  }>;
};

export type BuurtportaalPanelStemMutationVariables = Exact<{
  initiatiefId: string | number;
  keuze: Stemkeuze;
  toelichting?: string | null | undefined;
}>;

export type BuurtportaalPanelStemMutation = {
  panelStemUitbrengen: {
    gesloten: boolean;
    mijnStem: { keuze: Stemkeuze; toelichting: string | null; uitgebrachtOp: string } | null;
  };
};

export type BuurtportaalMijnSignalenQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type BuurtportaalMijnSignalenQuery = {
  signalen: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        referentie: string;
        categorie: string;
        omschrijving: string;
        status: SignaalStatus;
        afdeling: string | null;
        gemeldOp: string;
        reactieUiterlijk: string;
        overTijd: boolean;
        terugkoppeling: string | null;
        buurt: { code: string; naam: string };
        buurtregisseur: { naam: string } | null;
      };
    }>;
  };
};

export type BuurtportaalVrijwilligersprofielQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalVrijwilligersprofielQuery = {
  mijnVrijwilligersprofiel: {
    interesses: Array<VrijwilligersThema>;
    beschikbaarheid: string | null;
    mailBijNieuweVerzoeken: boolean;
    email: string | null;
    buurten: Array<{ id: string }>;
  } | null;
  buurten: Array<{ id: string; naam: string }>;
};

export type BuurtportaalVrijwilligersprofielOpslaanMutationVariables = Exact<{
  input: VrijwilligersprofielInput;
}>;

export type BuurtportaalVrijwilligersprofielOpslaanMutation = {
  vrijwilligersprofielOpslaan: { mailBijNieuweVerzoeken: boolean; email: string | null };
};

export type BuurtportaalNevenfunctieregisterQueryVariables = Exact<{
  peildatum?: string | null | undefined;
}>;

export type BuurtportaalNevenfunctieregisterQuery = {
  ambtsdragers: Array<{
    id: string;
    naam: string;
    functie: AmbtsdragerFunctie;
    partij: string | null;
    vanaf: string;
    tot: string | null;
    nevenfuncties: Array<{
      id: string;
      functie: string;
      organisatieNaam: string;
      bezoldigd: boolean;
      vanaf: string;
      tot: string | null;
      organisatie: { naam: string } | null;
    }>;
  }>;
};

export type BuurtportaalPaneladviesQueryVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalPaneladviesQuery = {
  panelstemming: {
    gesloten: boolean;
    geslotenOp: string | null;
    sluitOp: string;
    aantalVoor: number;
    aantalTegen: number;
    aantalOnthouding: number;
    advies: PanelAdvies | null;
    adviesGevolgd: boolean | null;
    afwijkingsreden: string | null;
    overwegingen: Array<{ keuze: Stemkeuze; toelichting: string }>;
    panel: { naam: string };
  } | null;
};

export type BuurtportaalOpenPlannenQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalOpenPlannenQuery = {
  openPlannen: Array<{
    id: string;
    titel: string;
    omschrijving: string | null;
    afdeling: string;
    startdatum: string;
    einddatum: string | null;
    vraag: string;
    openVan: string;
    openTot: string;
    open: boolean;
    aantalReacties: number;
    buurten: Array<{ naam: string }>;
  }>;
};

export type BuurtportaalPlanReagerenMutationVariables = Exact<{
  participatieId: string | number;
  input: PlanReactieInput;
}>;

export type BuurtportaalPlanReagerenMutation = { planReageren: { id: string } };

export type BuurtportaalVerslagQueryVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalVerslagQuery = {
  participatieverslag: {
    titel: string;
    afdeling: string;
    vraag: string;
    buurten: Array<string>;
    regisseursGeinformeerdOp: string;
    aantalGeinformeerdeRegisseurs: number;
    gepubliceerdOp: string | null;
    openVan: string;
    openTot: string;
    reacties: number;
    voor: number;
    tegen: number;
    neutraal: number;
    zonderStandpunt: number;
    vanBewoners: number;
    vanPartners: number;
    beantwoord: number;
    onbeantwoord: number;
    antwoorden: Array<{ standpunt: Standpunt | null; van: string; ontvangenOp: string; antwoord: string | null }>;
  } | null;
};

export type BuurtportaalSignaalGegevensQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalSignaalGegevensQuery = {
  signaalcategorieen: Array<{ naam: string; afdeling: string; reactietermijnDagen: number }>;
  buurten: Array<{ id: string; code: string; naam: string; wijk: { naam: string } }>;
};

export type BuurtportaalSignaalMeldenMutationVariables = Exact<{
  input: SignaalInput;
}>;

export type BuurtportaalSignaalMeldenMutation = {
  signaalMelden: {
    id: string;
    referentie: string;
    afdeling: string | null;
    reactieUiterlijk: string;
    buurtregisseur: { naam: string } | null;
  };
};

export type BuurtportaalBuurtenQueryVariables = Exact<{
  zoek?: string | null | undefined;
}>;

export type BuurtportaalBuurtenQuery = {
  buurten: Array<{ code: string; naam: string; wijk: { naam: string }; ligging: { lat: number; lon: number } | null }>;
};

export type BuurtportaalBijPostcodeQueryVariables = Exact<{
  postcode: string;
  huisnummer?: number | null | undefined;
}>;

export type BuurtportaalBijPostcodeQuery = { buurtBijPostcode: { code: string; naam: string } | null };

export type BuurtportaalBijLocatieQueryVariables = Exact<{
  lat: number;
  lon: number;
}>;

export type BuurtportaalBijLocatieQuery = { buurtBijLocatie: { code: string; naam: string } | null };

export type BuurtportaalUitvoeringGegevensQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalUitvoeringGegevensQuery = {
  mijnInitiatieven: Array<{
    id: string;
    referentie: string;
    titel: string;
    status: InitiatiefStatus;
    besluit: { verleendBedrag: number; genomenOp: string } | null;
  }>;
};

export type BuurtportaalUitvoeringMeldenMutationVariables = Exact<{
  id: string | number;
  verslag: string;
  werkelijkeKosten: number;
}>;

export type BuurtportaalUitvoeringMeldenMutation = {
  uitvoeringMelden: { id: string; status: InitiatiefStatus; verslag: string | null; werkelijkeKosten: number | null };
};

export type BuurtportaalOrganisatorGegevensQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalOrganisatorGegevensQuery = {
  mijnVrijwilligersverzoeken: Array<{
    id: string;
    titel: string;
    begin: string;
    eind: string | null;
    status: VrijwilligersverzoekStatus;
    aantal: number;
    plaatsenBeschikbaar: number;
    wachtlijst: number;
    organisatorNaam: string;
  }>;
  mijnOrganisaties: Array<{ id: string; naam: string }>;
  mijnInitiatieven: Array<{ id: string; titel: string; status: InitiatiefStatus }>;
  buurten: Array<{ id: string; naam: string }>;
};

export type BuurtportaalVrijwilligersverzoekPlaatsenMutationVariables = Exact<{
  input: VrijwilligersverzoekInput;
}>;

export type BuurtportaalVrijwilligersverzoekPlaatsenMutation = { vrijwilligersverzoekPlaatsen: { id: string; titel: string } };

export type BuurtportaalVrijwilligersVanVerzoekQueryVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalVrijwilligersVanVerzoekQuery = {
  vrijwilligersVanVerzoek: Array<{
    id: string;
    naam: string;
    email: string;
    telefoon: string | null;
    toelichting: string | null;
    status: VrijwilligerStatus;
    wachtlijstPositie: number | null;
    bevestigdOp: string | null;
  }>;
};

export type BuurtportaalVrijwilligerBevestigenMutationVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalVrijwilligerBevestigenMutation = { vrijwilligerBevestigen: { id: string; bevestigdOp: string | null } };

export type BuurtportaalVrijwilligersverzoekenQueryVariables = Exact<{
  buurtId?: string | number | null | undefined;
  thema?: VrijwilligersThema | null | undefined;
}>;

export type BuurtportaalVrijwilligersverzoekenQuery = {
  vrijwilligersverzoeken: Array<{
    id: string;
    titel: string;
    thema: VrijwilligersThema;
    begin: string;
    eind: string | null;
    locatie: string;
    aantal: number;
    plaatsenBeschikbaar: number;
    organisatorNaam: string;
    buurt: { naam: string };
  }>;
  buurten: Array<{ id: string; naam: string }>;
};

export type BuurtportaalVrijwilligersverzoekQueryVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalVrijwilligersverzoekQuery = {
  vrijwilligersverzoek: {
    id: string;
    titel: string;
    beschrijving: string;
    thema: VrijwilligersThema;
    begin: string;
    eind: string | null;
    locatie: string;
    aantal: number;
    plaatsenBeschikbaar: number;
    wachtlijst: number;
    vaardigheden: Array<string>;
    minimumLeeftijd: number | null;
    vogNodig: boolean;
    open: boolean;
    status: VrijwilligersverzoekStatus;
    organisatorNaam: string;
    toestemmingstekst: string;
    buurt: { naam: string };
  } | null;
};

export type BuurtportaalMijnVrijwilligersaanmeldingenQueryVariables = Exact<{ [key: string]: never }>;

export type BuurtportaalMijnVrijwilligersaanmeldingenQuery = {
  mijnVrijwilligersaanmeldingen: Array<{
    id: string;
    status: VrijwilligerStatus;
    wachtlijstPositie: number | null;
    bevestigd: boolean;
    aangemeldOp: string;
    verzoek: { id: string; titel: string; begin: string; eind: string | null; locatie: string; organisatorNaam: string };
  }>;
};

export type BuurtportaalVrijwilligerAanmeldenMutationVariables = Exact<{
  input: VrijwilligerAanmeldenInput;
}>;

export type BuurtportaalVrijwilligerAanmeldenMutation = {
  vrijwilligerAanmelden: { id: string; status: VrijwilligerStatus; wachtlijstPositie: number | null; bevestigd: boolean };
};

export type BuurtportaalVrijwilligerAfmeldenMutationVariables = Exact<{
  id: string | number;
}>;

export type BuurtportaalVrijwilligerAfmeldenMutation = { vrijwilligerAfmelden: { id: string; status: VrijwilligerStatus } };

export class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const BuurtportaalAanmeldingBevestigenDocument = new TypedDocumentString(`
    mutation BuurtportaalAanmeldingBevestigen($aanmeldingId: ID!, $code: String!) {
  aanmeldingBevestigen(aanmeldingId: $aanmeldingId, code: $code) {
    id
    status
    wachtlijstPositie
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalAanmeldingBevestigenMutation,
  BuurtportaalAanmeldingBevestigenMutationVariables
>;
export const BuurtportaalAfmeldenDocument = new TypedDocumentString(`
    mutation BuurtportaalAfmelden($aanmeldingId: ID!, $afmeldcode: String!) {
  afmelden(aanmeldingId: $aanmeldingId, afmeldcode: $afmeldcode) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalAfmeldenMutation, BuurtportaalAfmeldenMutationVariables>;
export const BuurtportaalAfmeldenMetCodeDocument = new TypedDocumentString(`
    mutation BuurtportaalAfmeldenMetCode($email: String!, $afmeldcode: String!) {
  afmeldenMetCode(email: $email, afmeldcode: $afmeldcode) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalAfmeldenMetCodeMutation, BuurtportaalAfmeldenMetCodeMutationVariables>;
export const BuurtportaalIngebrekestellingDocument = new TypedDocumentString(`
    mutation BuurtportaalIngebrekestelling($id: ID!) {
  ingebrekestellingIndienen(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalIngebrekestellingMutation, BuurtportaalIngebrekestellingMutationVariables>;
export const BuurtportaalMijnBezwarenDocument = new TypedDocumentString(`
    query BuurtportaalMijnBezwaren {
  mijnBezwaren {
    id
    referentie
    status
    ingediendOp
    tijdig
    bezwaartermijnEinde
    beslissenUiterlijk
    hoorzittingOp
    hoorzittingPlaats
    beslissing
    beroepMogelijkTot
    brieven {
      id
      soort
      kenmerk
      onderwerp
      datum
      kanaal
      verzendstatus
      verzondenOp
      pdfUrl
      html
    }
    initiatief {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalMijnBezwarenQuery, BuurtportaalMijnBezwarenQueryVariables>;
export const BuurtportaalBezwaarMakenDocument = new TypedDocumentString(`
    mutation BuurtportaalBezwaarMaken($input: BezwaarInput!) {
  bezwaarMaken(input: $input) {
    id
    referentie
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBezwaarMakenMutation, BuurtportaalBezwaarMakenMutationVariables>;
export const BuurtportaalBijeenkomstenDocument = new TypedDocumentString(`
    query BuurtportaalBijeenkomsten {
  netwerkbijeenkomsten {
    id
    titel
    thema
    begin
    eind
    locatie
    status
    capaciteit
    plaatsenBeschikbaar
    aantalOpWachtlijst
    buurt {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBijeenkomstenQuery, BuurtportaalBijeenkomstenQueryVariables>;
export const BuurtportaalAanmeldenDocument = new TypedDocumentString(`
    mutation BuurtportaalAanmelden($input: AanmeldingInput!) {
  aanmelden(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalAanmeldenMutation, BuurtportaalAanmeldenMutationVariables>;
export const BuurtportaalBurgerberadenDocument = new TypedDocumentString(`
    query BuurtportaalBurgerberaden {
  burgerberaden {
    id
    onderwerp
    beschrijving
    grootte
    status
    aanmeldenTot
    zaadBron
    gelootOp
    kenmerken {
      sleutel
      naam
      waarden {
        waarde
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBurgerberadenQuery, BuurtportaalBurgerberadenQueryVariables>;
export const BuurtportaalBeraadAanmeldenDocument = new TypedDocumentString(`
    mutation BuurtportaalBeraadAanmelden($input: BeraadAanmeldingInput!) {
  beraadAanmelden(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBeraadAanmeldenMutation, BuurtportaalBeraadAanmeldenMutationVariables>;
export const BuurtportaalBuurtDocument = new TypedDocumentString(`
    query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {
  buurt(code: $code) {
    code
    naam
    wijk {
      naam
    }
    stadsdeel {
      naam
    }
    buurtregisseur {
      naam
      functie
      email
      telefoon
    }
    partners(first: 100) {
      totalCount
      edges {
        node {
          id
          naam
          soort
          beschrijving
          website
        }
      }
    }
    activiteiten(vanaf: $vanaf, first: 50) {
      totalCount
      edges {
        node {
          id
          titel
          beschrijving
          begin
          eind
          locatie
          geannuleerd
          vrijwilligersGezocht
          organisator {
            naam
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBuurtQuery, BuurtportaalBuurtQueryVariables>;
export const BuurtportaalBuurtagendaDocument = new TypedDocumentString(`
    query BuurtportaalBuurtagenda($code: String!) {
  buurt(code: $code) {
    id
    code
    naam
    buurtregisseur {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBuurtagendaQuery, BuurtportaalBuurtagendaQueryVariables>;
export const BuurtportaalBehoeftenDocument = new TypedDocumentString(`
    query BuurtportaalBehoeften($buurtId: ID!) {
  buurtagenda(buurtId: $buurtId) {
    id
    soort
    thema
    titel
    omschrijving
    bron
    status
    statusToelichting
    steun
    gesteundDoorMij
    aangemaaktOp
    organisatie {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBehoeftenQuery, BuurtportaalBehoeftenQueryVariables>;
export const BuurtportaalBehoefteToevoegenDocument = new TypedDocumentString(`
    mutation BuurtportaalBehoefteToevoegen($input: BehoefteInput!) {
  behoefteToevoegen(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBehoefteToevoegenMutation, BuurtportaalBehoefteToevoegenMutationVariables>;
export const BuurtportaalBehoefteSteunenDocument = new TypedDocumentString(`
    mutation BuurtportaalBehoefteSteunen($id: ID!) {
  behoefteSteunen(id: $id) {
    id
    steun
    gesteundDoorMij
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBehoefteSteunenMutation, BuurtportaalBehoefteSteunenMutationVariables>;
export const BuurtportaalBehoefteSteunIntrekkenDocument = new TypedDocumentString(`
    mutation BuurtportaalBehoefteSteunIntrekken($id: ID!) {
  behoefteSteunIntrekken(id: $id) {
    id
    steun
    gesteundDoorMij
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalBehoefteSteunIntrekkenMutation,
  BuurtportaalBehoefteSteunIntrekkenMutationVariables
>;
export const BuurtportaalConciergeDocument = new TypedDocumentString(`
    query BuurtportaalConcierge {
  buurtconcierges {
    id
    naam
    buurten
    buurtIds
    beschikbaarheid
  }
  signaalcategorieen {
    naam
    afdeling
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalConciergeQuery, BuurtportaalConciergeQueryVariables>;
export const BuurtportaalMijnConciergeVerzoekenDocument = new TypedDocumentString(`
    query BuurtportaalMijnConciergeVerzoeken {
  mijnConciergeVerzoeken {
    id
    buurt
    soort
    omschrijving
    status
    signaalReferentie
    reactie
    gevraagdOp
    afgerondOp
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalMijnConciergeVerzoekenQuery,
  BuurtportaalMijnConciergeVerzoekenQueryVariables
>;
export const BuurtportaalConciergeVragenDocument = new TypedDocumentString(`
    mutation BuurtportaalConciergeVragen($input: ConciergeVraagInput!) {
  conciergeVragen(input: $input) {
    id
    buurt
    signaalReferentie
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalConciergeVragenMutation, BuurtportaalConciergeVragenMutationVariables>;
export const BuurtportaalHeitjeDocument = new TypedDocumentString(`
    query BuurtportaalHeitje {
  heitjeKlussen {
    id
    titel
    beschrijving
    buurtnaam
    materialen
    beloning
    plaatsenVrij
    organisatienaam
  }
  mijnHeitjes {
    saldo
    verdiendDitJaar
    jaarplafond
    deelnames {
      id
      klusId
      klustitel
      status
    }
    mutaties {
      op
      omschrijving
      bedrag
    }
  }
  heitjeWinkels {
    id
    naam
    actief
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalHeitjeQuery, BuurtportaalHeitjeQueryVariables>;
export const BuurtportaalHeitjeClaimenDocument = new TypedDocumentString(`
    mutation BuurtportaalHeitjeClaimen($id: ID!) {
  heitjeKlusClaimen(klusId: $id) {
    id
    klustitel
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalHeitjeClaimenMutation, BuurtportaalHeitjeClaimenMutationVariables>;
export const BuurtportaalHeitjeBetaalcodeDocument = new TypedDocumentString(`
    mutation BuurtportaalHeitjeBetaalcode($bedrag: Int!) {
  heitjeBetaalcodeMaken(bedrag: $bedrag) {
    code
    bedrag
    geldigTot
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalHeitjeBetaalcodeMutation, BuurtportaalHeitjeBetaalcodeMutationVariables>;
export const BuurtportaalIdeeGegevensDocument = new TypedDocumentString(`
    query BuurtportaalIdeeGegevens {
  menukaart {
    id
    naam
    soort
    beschrijving
    voorwaarden
    regeling {
      id
    }
  }
  subsidieregelingen {
    id
    naam
    beschrijving
    maximumBedrag
    beslistermijnWeken
    besluitvorming
    verdeelmethode
    aanvraagperiodeVan
    aanvraagperiodeTot
    gedeeltelijkToekennen
    criteria {
      code
      omschrijving
      gewicht
    }
    voorwaarden {
      code
      omschrijving
    }
    plafonds {
      periode
      beschikbaar
      stadsdeel {
        naam
      }
    }
  }
  buurten {
    id
    code
    naam
    wijk {
      naam
    }
  }
  mijnInitiatieven {
    id
    referentie
    status
    titel
    beschrijving
    schaal
    aanvragerSoort
    organisatie {
      id
    }
    aanvullingVerzoek
    aanvullenUiterlijk
    aantalBetrokkenBewoners
    startdatum
    einddatum
    buurten {
      id
    }
    aanvragen {
      instrument {
        id
      }
      gevraagdBedrag
      eigenBijdrage
      toelichting
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalIdeeGegevensQuery, BuurtportaalIdeeGegevensQueryVariables>;
export const BuurtportaalToetsDocument = new TypedDocumentString(`
    query BuurtportaalToets($input: InitiatiefInput!) {
  toetsInitiatief(input: $input) {
    ontvankelijk
    bevindingen {
      voorwaarde
      voldaan
      toelichting
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalToetsQuery, BuurtportaalToetsQueryVariables>;
export const BuurtportaalIdeeOpslaanDocument = new TypedDocumentString(`
    mutation BuurtportaalIdeeOpslaan($id: ID, $input: InitiatiefInput!) {
  initiatiefOpslaan(id: $id, input: $input) {
    id
    status
    gewijzigdOp
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalIdeeOpslaanMutation, BuurtportaalIdeeOpslaanMutationVariables>;
export const BuurtportaalIdeeIndienenDocument = new TypedDocumentString(`
    mutation BuurtportaalIdeeIndienen($id: ID!) {
  initiatiefIndienen(id: $id) {
    id
    referentie
    status
    ingediendOp
    beslissenUiterlijk
    toetsresultaat {
      ontvankelijk
      bevindingen {
        voorwaarde
        voldaan
        toelichting
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalIdeeIndienenMutation, BuurtportaalIdeeIndienenMutationVariables>;
export const BuurtportaalAanvullenDocument = new TypedDocumentString(`
    mutation BuurtportaalAanvullen($id: ID!, $input: InitiatiefInput!) {
  aanvullingAanleveren(id: $id, input: $input) {
    id
    referentie
    status
    beslissenUiterlijk
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalAanvullenMutation, BuurtportaalAanvullenMutationVariables>;
export const BuurtportaalMijnOrganisatiesDocument = new TypedDocumentString(`
    query BuurtportaalMijnOrganisaties {
  mijnOrganisaties {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalMijnOrganisatiesQuery, BuurtportaalMijnOrganisatiesQueryVariables>;
export const BuurtportaalIdeeenbankDocument = new TypedDocumentString(`
    query BuurtportaalIdeeenbank($zoek: String, $thema: VrijwilligersThema) {
  ideeenbank(zoek: $zoek, thema: $thema) {
    rang
    uitsnede
    verhaal {
      id
      titel
      watGedaan
      voorWie
      watWerkte
      watNiet
      thema
      kosten
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalIdeeenbankQuery, BuurtportaalIdeeenbankQueryVariables>;
export const BuurtportaalMijnJaarsubsidiesDocument = new TypedDocumentString(`
    query BuurtportaalMijnJaarsubsidies {
  mijnJaarsubsidies {
    id
    referentie
    organisatieNaam
    boekjaar
    status
    gevraagdBedrag
    verleendBedrag
    vastgesteldBedrag
    betaald
    verantwoordingUiterlijk
    nieuweTermijnTot
    accountantsverklaringNodig
    verplichtingen
    activiteiten {
      code
      omschrijving
    }
    begroting {
      code
      omschrijving
      soort
    }
    betalingen {
      id
      soort
      volgnummer
      bedrag
      vervaldatum
      status
    }
    besluiten {
      id
      soort
      datum
      bezwaarMogelijkTot
      brief
    }
    wijzigingen {
      id
      omschrijving
      afgehandeld
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalMijnJaarsubsidiesQuery, BuurtportaalMijnJaarsubsidiesQueryVariables>;
export const BuurtportaalJaarsubsidieWijzigingMeldenDocument = new TypedDocumentString(`
    mutation BuurtportaalJaarsubsidieWijzigingMelden($id: ID!, $input: JaarsubsidieWijzigingInput!) {
  jaarsubsidieWijzigingMelden(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalJaarsubsidieWijzigingMeldenMutation,
  BuurtportaalJaarsubsidieWijzigingMeldenMutationVariables
>;
export const BuurtportaalMijnBijeenkomstaanmeldingenDocument = new TypedDocumentString(`
    query BuurtportaalMijnBijeenkomstaanmeldingen {
  mijnBijeenkomstaanmeldingen {
    id
    status
    wachtlijstPositie
    aangemeldOp
    bijeenkomst {
      id
      titel
      begin
      locatie
      status
    }
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalMijnBijeenkomstaanmeldingenQuery,
  BuurtportaalMijnBijeenkomstaanmeldingenQueryVariables
>;
export const BuurtportaalMijnBijeenkomstaanmeldingAfmeldenDocument = new TypedDocumentString(`
    mutation BuurtportaalMijnBijeenkomstaanmeldingAfmelden($id: ID!) {
  mijnBijeenkomstaanmeldingAfmelden(aanmeldingId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalMijnBijeenkomstaanmeldingAfmeldenMutation,
  BuurtportaalMijnBijeenkomstaanmeldingAfmeldenMutationVariables
>;
export const BuurtportaalMijnInitiatievenDocument = new TypedDocumentString(`
    query BuurtportaalMijnInitiatieven {
  mijnInitiatieven {
    id
    referentie
    titel
    status
    ingediendOp
    beslissenUiterlijk
    aanvullingVerzoek
    aanvullenUiterlijk
    opgeschortTot
    ingebrekestellingMogelijk
    verdaging {
      oorspronkelijkeTermijn
      nieuweTermijn
      motivering
    }
    dwangsom {
      ingebrekestellingOntvangen
      verschuldigdVanaf
      fase
      dagen
      bedrag
      besluit {
        verschuldigd
        bedrag
        motivering
      }
    }
    aanvragerSoort
    organisatie {
      naam
    }
    verslag
    werkelijkeKosten
    vaststelling {
      grond
      motivering
    }
    aanvragen {
      id
      instrument {
        naam
      }
      gevraagdBedrag
      toegekendBedrag
      vastgesteldBedrag
    }
    besluit {
      uitkomst
      motivering
      genomenOp
      genomenDoor
      verleendBedrag
      bezwaarMogelijkTot
      bezwaartermijnEinde
    }
    brieven {
      id
      soort
      kenmerk
      onderwerp
      datum
      kanaal
      verzendstatus
      verzondenOp
      pdfUrl
      html
    }
    besluiten {
      id
    }
    historie {
      van
      naar
      op
      toelichting
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalMijnInitiatievenQuery, BuurtportaalMijnInitiatievenQueryVariables>;
export const BuurtportaalIntrekkenDocument = new TypedDocumentString(`
    mutation BuurtportaalIntrekken($id: ID!, $toelichting: String) {
  initiatiefIntrekken(id: $id, toelichting: $toelichting) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalIntrekkenMutation, BuurtportaalIntrekkenMutationVariables>;
export const BuurtportaalMijnPanelstemmingenDocument = new TypedDocumentString(`
    query BuurtportaalMijnPanelstemmingen {
  mijnPanelstemmingen {
    sluitOp
    mijnStem {
      keuze
      toelichting
      uitgebrachtOp
    }
    panel {
      naam
      quorum
      aantalLeden
    }
    initiatief {
      id
      referentie
      titel
      beschrijving
      startdatum
      einddatum
      aantalBetrokkenBewoners
      buurten {
        naam
      }
      aanvragen {
        id
        gevraagdBedrag
        instrument {
          naam
        }
        regeling {
          naam
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalMijnPanelstemmingenQuery, BuurtportaalMijnPanelstemmingenQueryVariables>;
export const BuurtportaalPanelStemDocument = new TypedDocumentString(`
    mutation BuurtportaalPanelStem($initiatiefId: ID!, $keuze: Stemkeuze!, $toelichting: String) {
  panelStemUitbrengen(
    initiatiefId: $initiatiefId
    keuze: $keuze
    toelichting: $toelichting
  ) {
    gesloten
    mijnStem {
      keuze
      toelichting
      uitgebrachtOp
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalPanelStemMutation, BuurtportaalPanelStemMutationVariables>;
export const BuurtportaalMijnSignalenDocument = new TypedDocumentString(`
    query BuurtportaalMijnSignalen($after: String) {
  signalen(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        referentie
        categorie
        omschrijving
        status
        afdeling
        gemeldOp
        reactieUiterlijk
        overTijd
        terugkoppeling
        buurt {
          code
          naam
        }
        buurtregisseur {
          naam
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalMijnSignalenQuery, BuurtportaalMijnSignalenQueryVariables>;
export const BuurtportaalVrijwilligersprofielDocument = new TypedDocumentString(`
    query BuurtportaalVrijwilligersprofiel {
  mijnVrijwilligersprofiel {
    interesses
    beschikbaarheid
    mailBijNieuweVerzoeken
    email
    buurten {
      id
    }
  }
  buurten {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalVrijwilligersprofielQuery, BuurtportaalVrijwilligersprofielQueryVariables>;
export const BuurtportaalVrijwilligersprofielOpslaanDocument = new TypedDocumentString(`
    mutation BuurtportaalVrijwilligersprofielOpslaan($input: VrijwilligersprofielInput!) {
  vrijwilligersprofielOpslaan(input: $input) {
    mailBijNieuweVerzoeken
    email
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalVrijwilligersprofielOpslaanMutation,
  BuurtportaalVrijwilligersprofielOpslaanMutationVariables
>;
export const BuurtportaalNevenfunctieregisterDocument = new TypedDocumentString(`
    query BuurtportaalNevenfunctieregister($peildatum: Date) {
  ambtsdragers {
    id
    naam
    functie
    partij
    vanaf
    tot
    nevenfuncties(peildatum: $peildatum) {
      id
      functie
      organisatieNaam
      organisatie {
        naam
      }
      bezoldigd
      vanaf
      tot
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalNevenfunctieregisterQuery, BuurtportaalNevenfunctieregisterQueryVariables>;
export const BuurtportaalPaneladviesDocument = new TypedDocumentString(`
    query BuurtportaalPaneladvies($id: ID!) {
  panelstemming(initiatiefId: $id) {
    gesloten
    geslotenOp
    sluitOp
    aantalVoor
    aantalTegen
    aantalOnthouding
    advies
    adviesGevolgd
    afwijkingsreden
    overwegingen {
      keuze
      toelichting
    }
    panel {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalPaneladviesQuery, BuurtportaalPaneladviesQueryVariables>;
export const BuurtportaalOpenPlannenDocument = new TypedDocumentString(`
    query BuurtportaalOpenPlannen {
  openPlannen {
    id
    titel
    omschrijving
    afdeling
    startdatum
    einddatum
    vraag
    openVan
    openTot
    open
    aantalReacties
    buurten {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalOpenPlannenQuery, BuurtportaalOpenPlannenQueryVariables>;
export const BuurtportaalPlanReagerenDocument = new TypedDocumentString(`
    mutation BuurtportaalPlanReageren($participatieId: ID!, $input: PlanReactieInput!) {
  planReageren(participatieId: $participatieId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalPlanReagerenMutation, BuurtportaalPlanReagerenMutationVariables>;
export const BuurtportaalVerslagDocument = new TypedDocumentString(`
    query BuurtportaalVerslag($id: ID!) {
  participatieverslag(participatieId: $id) {
    titel
    afdeling
    vraag
    buurten
    regisseursGeinformeerdOp
    aantalGeinformeerdeRegisseurs
    gepubliceerdOp
    openVan
    openTot
    reacties
    voor
    tegen
    neutraal
    zonderStandpunt
    vanBewoners
    vanPartners
    beantwoord
    onbeantwoord
    antwoorden {
      standpunt
      van
      ontvangenOp
      antwoord
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalVerslagQuery, BuurtportaalVerslagQueryVariables>;
export const BuurtportaalSignaalGegevensDocument = new TypedDocumentString(`
    query BuurtportaalSignaalGegevens {
  signaalcategorieen {
    naam
    afdeling
    reactietermijnDagen
  }
  buurten {
    id
    code
    naam
    wijk {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalSignaalGegevensQuery, BuurtportaalSignaalGegevensQueryVariables>;
export const BuurtportaalSignaalMeldenDocument = new TypedDocumentString(`
    mutation BuurtportaalSignaalMelden($input: SignaalInput!) {
  signaalMelden(input: $input) {
    id
    referentie
    afdeling
    reactieUiterlijk
    buurtregisseur {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalSignaalMeldenMutation, BuurtportaalSignaalMeldenMutationVariables>;
export const BuurtportaalBuurtenDocument = new TypedDocumentString(`
    query BuurtportaalBuurten($zoek: String) {
  buurten(zoek: $zoek) {
    code
    naam
    wijk {
      naam
    }
    ligging {
      lat
      lon
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBuurtenQuery, BuurtportaalBuurtenQueryVariables>;
export const BuurtportaalBijPostcodeDocument = new TypedDocumentString(`
    query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {
  buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {
    code
    naam
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBijPostcodeQuery, BuurtportaalBijPostcodeQueryVariables>;
export const BuurtportaalBijLocatieDocument = new TypedDocumentString(`
    query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {
  buurtBijLocatie(lat: $lat, lon: $lon) {
    code
    naam
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalBijLocatieQuery, BuurtportaalBijLocatieQueryVariables>;
export const BuurtportaalUitvoeringGegevensDocument = new TypedDocumentString(`
    query BuurtportaalUitvoeringGegevens {
  mijnInitiatieven {
    id
    referentie
    titel
    status
    besluit {
      verleendBedrag
      genomenOp
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalUitvoeringGegevensQuery, BuurtportaalUitvoeringGegevensQueryVariables>;
export const BuurtportaalUitvoeringMeldenDocument = new TypedDocumentString(`
    mutation BuurtportaalUitvoeringMelden($id: ID!, $verslag: String!, $werkelijkeKosten: Centen!) {
  uitvoeringMelden(
    id: $id
    verslag: $verslag
    werkelijkeKosten: $werkelijkeKosten
  ) {
    id
    status
    verslag
    werkelijkeKosten
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalUitvoeringMeldenMutation, BuurtportaalUitvoeringMeldenMutationVariables>;
export const BuurtportaalOrganisatorGegevensDocument = new TypedDocumentString(`
    query BuurtportaalOrganisatorGegevens {
  mijnVrijwilligersverzoeken {
    id
    titel
    begin
    eind
    status
    aantal
    plaatsenBeschikbaar
    wachtlijst
    organisatorNaam
  }
  mijnOrganisaties {
    id
    naam
  }
  mijnInitiatieven {
    id
    titel
    status
  }
  buurten {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalOrganisatorGegevensQuery, BuurtportaalOrganisatorGegevensQueryVariables>;
export const BuurtportaalVrijwilligersverzoekPlaatsenDocument = new TypedDocumentString(`
    mutation BuurtportaalVrijwilligersverzoekPlaatsen($input: VrijwilligersverzoekInput!) {
  vrijwilligersverzoekPlaatsen(input: $input) {
    id
    titel
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalVrijwilligersverzoekPlaatsenMutation,
  BuurtportaalVrijwilligersverzoekPlaatsenMutationVariables
>;
export const BuurtportaalVrijwilligersVanVerzoekDocument = new TypedDocumentString(`
    query BuurtportaalVrijwilligersVanVerzoek($id: ID!) {
  vrijwilligersVanVerzoek(verzoekId: $id) {
    id
    naam
    email
    telefoon
    toelichting
    status
    wachtlijstPositie
    bevestigdOp
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalVrijwilligersVanVerzoekQuery,
  BuurtportaalVrijwilligersVanVerzoekQueryVariables
>;
export const BuurtportaalVrijwilligerBevestigenDocument = new TypedDocumentString(`
    mutation BuurtportaalVrijwilligerBevestigen($id: ID!) {
  vrijwilligerBevestigen(aanmeldingId: $id) {
    id
    bevestigdOp
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalVrijwilligerBevestigenMutation,
  BuurtportaalVrijwilligerBevestigenMutationVariables
>;
export const BuurtportaalVrijwilligersverzoekenDocument = new TypedDocumentString(`
    query BuurtportaalVrijwilligersverzoeken($buurtId: ID, $thema: VrijwilligersThema) {
  vrijwilligersverzoeken(buurtId: $buurtId, thema: $thema) {
    id
    titel
    thema
    begin
    eind
    locatie
    aantal
    plaatsenBeschikbaar
    organisatorNaam
    buurt {
      naam
    }
  }
  buurten {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalVrijwilligersverzoekenQuery,
  BuurtportaalVrijwilligersverzoekenQueryVariables
>;
export const BuurtportaalVrijwilligersverzoekDocument = new TypedDocumentString(`
    query BuurtportaalVrijwilligersverzoek($id: ID!) {
  vrijwilligersverzoek(id: $id) {
    id
    titel
    beschrijving
    thema
    begin
    eind
    locatie
    aantal
    plaatsenBeschikbaar
    wachtlijst
    vaardigheden
    minimumLeeftijd
    vogNodig
    open
    status
    organisatorNaam
    toestemmingstekst
    buurt {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<BuurtportaalVrijwilligersverzoekQuery, BuurtportaalVrijwilligersverzoekQueryVariables>;
export const BuurtportaalMijnVrijwilligersaanmeldingenDocument = new TypedDocumentString(`
    query BuurtportaalMijnVrijwilligersaanmeldingen {
  mijnVrijwilligersaanmeldingen {
    id
    status
    wachtlijstPositie
    bevestigd
    aangemeldOp
    verzoek {
      id
      titel
      begin
      eind
      locatie
      organisatorNaam
    }
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalMijnVrijwilligersaanmeldingenQuery,
  BuurtportaalMijnVrijwilligersaanmeldingenQueryVariables
>;
export const BuurtportaalVrijwilligerAanmeldenDocument = new TypedDocumentString(`
    mutation BuurtportaalVrijwilligerAanmelden($input: VrijwilligerAanmeldenInput!) {
  vrijwilligerAanmelden(input: $input) {
    id
    status
    wachtlijstPositie
    bevestigd
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalVrijwilligerAanmeldenMutation,
  BuurtportaalVrijwilligerAanmeldenMutationVariables
>;
export const BuurtportaalVrijwilligerAfmeldenDocument = new TypedDocumentString(`
    mutation BuurtportaalVrijwilligerAfmelden($id: ID!) {
  vrijwilligerAfmelden(aanmeldingId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<
  BuurtportaalVrijwilligerAfmeldenMutation,
  BuurtportaalVrijwilligerAfmeldenMutationVariables
>;
