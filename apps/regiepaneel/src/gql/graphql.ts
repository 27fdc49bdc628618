/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AanmeldingStatus =
  | 'AANGEMELD'
  | 'AFGEMELD'
  /** Received: a place (or waiting-list place) is held until the link in the mail is followed (aanmeldingBevestigen); without confirmation it expires. */
  | 'TE_BEVESTIGEN'
  | 'WACHTLIJST';

export type AanvragerSoort = 'BEWONER' | 'BEWONERSGROEP' | 'ORGANISATIE';

export type AmbtsdragerFunctie = 'BURGEMEESTER' | 'COMMISSIELID' | 'RAADSLID' | 'WETHOUDER';

export type AmbtsdragerInput = {
  functie: AmbtsdragerFunctie;
  gebruikerId?: string | number | null | undefined;
  naam: string;
  partij?: string | null | undefined;
  tot?: string | null | undefined;
  vanaf: string;
};

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

export type BehoefteKoppelingSoort = 'ACTIVITEIT' | 'INITIATIEF' | 'PLAN' | 'SIGNAAL';

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

export type BeraadKenmerkInput = {
  naam: string;
  sleutel: string;
  waarden: Array<BeraadKenmerkwaardeInput>;
};

export type BeraadKenmerkwaardeInput = {
  label: string;
  max: number;
  min: number;
  /** Stable key, lowercase letters, digits and hyphens. */
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

export type BesluitInput = {
  /** Depart from the rule (a grant above its maximum, an unmet condition, staff deciding where a buurtpanel decides): only with afwijkingMotivering; recorded with the decision. */
  afwijken?: boolean | null | undefined;
  /** Why this decision departs from the rule (Awb 3:46, 4:84): at least one full sentence. */
  afwijkingMotivering?: string | null | undefined;
  /** Granted amount per request (Ondersteuningsaanvraag.id); omitted means nothing granted. */
  bedragen?: Array<ToekenningInput> | null | undefined;
  initiatiefId: string | number;
  /** The reason (Awb 3:46): at least one full sentence, for the applicant. */
  motivering: string;
  uitkomst: BesluitUitkomst;
};

/** What kind of decision was taken on the request (more kinds follow; treat an unknown one as "other"). */
export type BesluitSoort =
  /** The request is refused (Awb 4:35, 4:25). */
  | 'AFWIJZING'
  /** Awb 4:5: the request is not handled, because the aanvulling term passed unused. */
  | 'BUITEN_BEHANDELING'
  /** Awb 4:18: the decision on the penalty for deciding late (Awb 4:17); bedrag is what is owed. */
  | 'DWANGSOM'
  /** Granted, but less than requested; the rest is refused. */
  | 'GEDEELTELIJKE_TOEKENNING'
  /** Awb 4:29: the subsidy is granted as requested. */
  | 'TOEKENNING'
  /** Awb 4:42-4:47: the subsidy is settled after the activity. */
  | 'VASTSTELLING';

export type BesluitUitkomst = 'AFGEWEZEN' | 'BUITEN_BEHANDELING' | 'TOEGEKEND';

export type Besluitvorming =
  /** Decided by municipal staff. */
  | 'AMBTELIJK'
  /** Decided by a panel of residents (buurtaktie-regeling). */
  | 'BUURTPANEL';

export type BezwaarBedragInput = {
  aanvraagId: string | number;
  bedrag: number;
};

/** The decision on the objection (Awb 7:11). */
export type BezwaarBeslissing = 'GEGROND' | 'NIET_ONTVANKELIJK' | 'ONGEGROND';

export type BezwaarBeslissingInput = {
  /** With nieuweUitkomst TOEGEKEND: the new granted amount per request (others keep theirs). */
  bedragen?: Array<BezwaarBedragInput> | null | undefined;
  beslissing: BezwaarBeslissing;
  bezwaarId: string | number;
  /** Reasons (Awb 7:12), in plain language for the objector. */
  motivering: string;
  /** GEGROND only: the new decision that takes the place of the revoked one (Awb 7:11). */
  nieuweUitkomst?: BesluitUitkomst | null | undefined;
};

/** AANVRAGER: the applicant (or a member of the applying organisation); BELANGHEBBENDE: another interested party (Awb 1:2). */
export type BezwaarHoedanigheid = 'AANVRAGER' | 'BELANGHEBBENDE';

export type BezwaarStatus = 'BESLOTEN' | 'HOORZITTING_GEPLAND' | 'INGETROKKEN' | 'IN_BEHANDELING' | 'ONTVANGEN';

export type BijeenkomstStatus = 'AFGEROND' | 'GEANNULEERD' | 'GEPLAND';

/** A part of a letter the municipality words itself. */
export type BriefBlok = 'INLEIDING' | 'SLOT' | 'VERANTWOORDING' | 'VERPLICHTINGEN';

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

export type BrieftekstInput = {
  blok: BriefBlok;
  briefsoort: string;
  /** The regeling code; empty for the default. */
  regelingCode: string;
  /** Empty: the regeling uses the default again (for the default itself: the block is left out). */
  tekst: string;
};

export type BurgerberaadInput = {
  aanmeldenTot: string;
  beschrijving: string;
  grootte: number;
  kenmerken: Array<BeraadKenmerkInput>;
  onderwerp: string;
  /** How the seed will be obtained, e.g. "drand quicknet, ronde 12345678". */
  zaadBron: string;
  /** SHA-256 (64 hex) of a seed committed in advance. */
  zaadToezegging?: string | null | undefined;
};

export type BuurtconciergeInput = {
  beschikbaarheid: string;
  buurtIds: Array<string | number>;
  /** The concierge's sign-in id. */
  gebruikerId: string;
  naam: string;
};

export type BuurtpanelInput = {
  buurtIds: Array<string | number>;
  /** Members, by their gebruikerId. */
  leden: Array<string | number>;
  naam: string;
  quorum: number;
};

export type ConciergeAfrondenInput = {
  id: string | number;
  /** What the concierge did or answers; the resident reads it under "my requests". */
  reactie: string;
};

export type ConciergeDoorzettenInput = {
  /** The signal category (signaalcategorieen) of the department that owns it. */
  categorie: string;
  id: string | number;
  /** The concierge's addition for the department (what they saw). */
  toelichting?: string | null | undefined;
};

export type ConciergeLogregelInput = {
  buurtId: string | number;
  categorie: string;
  /** YYYY-MM-DD */
  datum: string;
  doorverwezen?: boolean | null | undefined;
  minuten: number;
  /** A resident's name, only with their consent. */
  naamMetToestemming?: string | null | undefined;
  /** A few words; no names of residents. */
  notitie: string;
  /** CONTACT or TAAK */
  soort: string;
  verzoekId?: string | number | null | undefined;
};

export type ConciergeVerzoekSoort = 'HULP' | 'MELDING';

export type ConciergeVerzoekStatus = 'AFGEROND' | 'DOORGEZET' | 'NIEUW' | 'OPGEPAKT';

export type ConflictGrond =
  /** The person sits on the applying organisation's board. */
  | 'BESTUURSFUNCTIE'
  /** The person submitted the initiative. */
  | 'INDIENER'
  /** The person holds a registered side position at the applying organisation. */
  | 'NEVENFUNCTIE'
  /** The person declared an interest themselves. */
  | 'VERKLARING';

/** Awb 4:17: WACHTTIJD in the two weeks after the notice of default, LOOPT while a penalty accrues, GESTOPT once the decision was taken (or the request withdrawn) or 42 days were reached. */
export type DwangsomFase = 'GESTOPT' | 'LOOPT' | 'WACHTTIJD';

export type GelijkgesteldeDagInput = {
  /** Citation of the decree, e.g. "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag". */
  besluit: string;
  datum: string;
};

export type HeitjeKlusInput = {
  /** Heitjes per participant. */
  beloning: number;
  beschrijving: string;
  buurtId: string | number;
  /** What the municipality supplies (paint, brushes, gloves …). */
  materialen: string;
  /** The guiding buurt organisation. */
  organisatieId: string | number;
  plaatsen: number;
  titel: string;
};

export type HeitjeWinkelInput = {
  naam: string;
  /** The shop's organisation; its members confirm payments. */
  organisatieId: string | number;
};

export type HeitjeWisselkoersInput = {
  /** Euro cents per heitje. */
  centenPerHeitje: number;
  /** YYYY-MM-DD */
  geldigVanaf: string;
};

/** Awb 7:3 sub a–e: the only grounds on which the hearing may be waived. */
export type HoorzittingAfzienGrond =
  | 'AFSTAND_VAN_HOREN'
  | 'KENNELIJK_NIET_ONTVANKELIJK'
  | 'KENNELIJK_ONGEGROND'
  | 'NIET_TIJDIG_VERZOCHT'
  | 'VOLLEDIG_TEGEMOETGEKOMEN';

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

export type InstrumentInput = {
  beschrijving: string;
  naam: string;
  regelingId?: string | number | null | undefined;
  soort: InstrumentSoort;
  voorwaarden?: string | null | undefined;
};

export type InstrumentSoort = 'ADVIES' | 'ANDERS' | 'FINANCIELE_BIJDRAGE' | 'LOCATIE' | 'MATERIAAL' | 'PROMOTIE' | 'VERZEKERING';

/** A menukaart item as it should read now; its soort never changes (add a new item for another kind). */
export type InstrumentWijzigingInput = {
  beschrijving: string;
  naam: string;
  /** The subsidy rule; required for FINANCIELE_BIJDRAGE, none when left out. */
  regelingId?: string | number | null | undefined;
  voorwaarden?: string | null | undefined;
};

/** Advance (Awb 4:95), rest (Awb 4:87) or recovery (Awb 4:57). */
export type JaarsubsidieBetalingSoort = 'NABETALING' | 'TERUGVORDERING' | 'VOORSCHOT';

export type JaarsubsidieBetalingStatus = 'BETAALD' | 'GEPLAND' | 'VERVALLEN';

export type JaarsubsidieStatus = 'AFGEWEZEN' | 'INGEDIEND' | 'VASTGESTELD' | 'VERANTWOORD' | 'VERLEEND';

/** The area of a year report: one buurt, a stadsdeel or the whole city. */
export type JaarverslagSchaal = 'BUURT' | 'STAD' | 'STADSDEEL';

export type MdoActieInput = {
  /** The responsible department (one of `afdelingen`). */
  afdeling: string;
  /** A need of the buurtagenda it concerns: an open need becomes OPGEPAKT. */
  behoefteId?: string | number | null | undefined;
  /** What was decided and is to be done. */
  besluit: string;
  /** Last day for the department; not before the meeting. */
  deadline: string;
  /** A signal of these buurten the action concerns: it is passed on to the department at once. */
  signaalId?: string | number | null | undefined;
};

export type MdoActieStatus =
  /** Done; the result is on record. */
  | 'AFGEROND'
  /** The department works on it. */
  | 'OPEN'
  /** No longer needed; the reason is on record. */
  | 'VERVALLEN';

export type MdoDeelnemerInput = {
  /** The department (one of `afdelingen`). */
  afdeling: string;
  naam: string;
};

export type MdoInput = {
  /** The buurten the meeting is about. */
  buurtIds: Array<string | number>;
  /** Day of the meeting. */
  datum: string;
  /** Participants with their department. */
  deelnemers: Array<MdoDeelnemerInput>;
  titel: string;
};

export type MdoStatus =
  /** Held; the minutes are on record. */
  | 'GEHOUDEN'
  /** Planned; the agenda is being prepared. */
  | 'GEPLAND';

export type NetwerkbijeenkomstInput = {
  begin: string;
  buurtId: string | number;
  capaciteit: number;
  eind: string;
  locatie: string;
  thema?: string | null | undefined;
  titel: string;
};

export type NetwerkbijeenkomstWijzigenInput = {
  begin?: string | null | undefined;
  /** Another host buurt; it must never have hosted (GASTBUURT_AL_GEWEEST). */
  buurtId?: string | number | null | undefined;
  /** More places move the waiting list up in order of receipt; fewer than those admitted is refused. */
  capaciteit?: number | null | undefined;
  eind?: string | null | undefined;
  locatie?: string | null | undefined;
  /** Theme or description; null clears it. */
  thema?: string | null | undefined;
  titel?: string | null | undefined;
};

export type NevenfunctieCorrigerenInput = {
  bezoldigd?: boolean | null | undefined;
  functie?: string | null | undefined;
  /** The organisation in Buurtwerk; null removes the link. */
  organisatieId?: string | number | null | undefined;
  organisatieNaam?: string | null | undefined;
  /** Last day; null clears an end date set by mistake. */
  tot?: string | null | undefined;
  vanaf?: string | null | undefined;
};

export type NevenfunctieInput = {
  ambtsdragerId: string | number;
  bezoldigd: boolean;
  functie: string;
  organisatieId?: string | number | null | undefined;
  organisatieNaam: string;
  tot?: string | null | undefined;
  vanaf: string;
};

export type OndersteuningsaanvraagInput = {
  eigenBijdrage?: number | null | undefined;
  gevraagdBedrag?: number | null | undefined;
  instrumentId: string | number;
  toelichting?: string | null | undefined;
};

/** The buurtpanel's advice. A residents' panel advises; the official with the mandate decides on behalf of the college. */
export type PanelAdvies = 'NEGATIEF' | 'POSITIEF';

export type ParticipatieInput = {
  /** Last day reactions are accepted. */
  openTot: string;
  /** First day reactions are accepted. */
  openVan: string;
  /** What residents are asked to react to. */
  vraag: string;
};

export type ParticipatieStatus =
  /** Residents and partners see the plan and can react within the window. */
  | 'GEPUBLICEERD'
  /** The buurtregisseurs have been informed; residents do not see it yet. */
  | 'VOORBEREID';

export type ProgrammaActieInput = {
  /** The department or partner who carries it out. */
  eigenaar: string;
  omschrijving: string;
};

export type ProgrammaDoelInput = {
  acties: Array<ProgrammaActieInput>;
  /** Needs of the buurtagenda (in the area of the programme) the goal answers. */
  behoefteIds: Array<string | number>;
  /** The department or partner responsible for the goal. */
  eigenaar: string;
  titel: string;
};

export type ProgrammaInbrengSoort =
  /** A partner's evaluation of the year. */
  | 'EVALUATIE'
  /** A partner's input on the draft, in the consultation window. */
  | 'INBRENG';

export type ProgrammaStatus =
  /** Being drawn up (staff only). */
  | 'CONCEPT'
  /** The year is ending; the evaluation is being prepared. */
  | 'EVALUATIE'
  /** Evaluated and published for the council. */
  | 'GEEVALUEERD'
  /** The year's programme. */
  | 'VASTGESTELD';

export type Schaal = 'BUURT' | 'STAD' | 'STADSDEEL';

export type SignaalStatus = 'AFGEHANDELD' | 'DOORGEZET' | 'IN_BEHANDELING' | 'NIEUW';

/** Position of a reaction to a plan. */
export type Standpunt = 'NEUTRAAL' | 'TEGEN' | 'VOOR';

export type Stemkeuze = 'ONTHOUDING' | 'TEGEN' | 'VOOR';

export type SubsidieplafondInput = {
  bedrag: number;
  /** Calendar year, e.g. "2027". */
  periode: string;
  regelingId: string | number;
  stadsdeelId?: string | number | null | undefined;
};

export type SubsidieregelingInput = {
  /** Tender: last day of the application window. */
  aanvraagperiodeTot?: string | null | undefined;
  /** Tender: first day of the application window. */
  aanvraagperiodeVan?: string | null | undefined;
  aanvragers: Array<AanvragerSoort>;
  beschrijving: string;
  beslistermijnWeken: number;
  besluitvorming: Besluitvorming;
  code: string;
  /** Tender: the published ranking criteria. */
  criteria?: Array<TenderCriteriumInput> | null | undefined;
  /** Tender: the last request that partly fits gets the rest. */
  gedeeltelijkToekennen?: boolean | null | undefined;
  geldigTot?: string | null | undefined;
  geldigVan: string;
  maximumBedrag?: number | null | undefined;
  naam: string;
  schalen: Array<Schaal>;
  verdeelmethode: Verdeelmethode;
  voorwaarden: Array<VoorwaardeInput>;
};

/** A published ranking criterion of a tender (Awb 4:26), scored 0 to 10. */
export type TenderCriteriumInput = {
  code: string;
  /** Weight of the criterion in the total, 1 to 100. */
  gewicht: number;
  omschrijving: string;
};

/** One score (0 to 10) on one criterion of a tender, with the reason. */
export type TenderScoreInput = {
  criterium: string;
  score: number;
  /** Why this score: at least one full sentence. */
  toelichting: string;
};

/** Deadline status for staff: BIJNA_VERLOPEN within the warning period, VERLOPEN past beslissenUiterlijk, OPGESCHORT while the term is suspended for an aanvulling (Awb 4:15, see opgeschortTot), IN_GEBREKE after a notice of default (Awb 4:17, see dwangsom). */
export type TermijnStatus = 'BIJNA_VERLOPEN' | 'IN_GEBREKE' | 'OPGESCHORT' | 'OP_TIJD' | 'VERLOPEN';

export type ToekenningInput = {
  aanvraagId: string | number;
  bedrag: number;
};

export type UitvoeringsprogrammaInput = {
  /** What the year is about. */
  inleiding: string;
  /** The year of the programme (this year up to two years ahead). */
  jaar: number;
  /** The stadsdeel; leave empty for the city-wide programme. */
  stadsdeelId?: string | number | null | undefined;
  titel: string;
};

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

export type VoorwaardeInput = {
  code: string;
  omschrijving: string;
  regel: unknown;
};

export type RegiepaneelBesluitVoorbereidingQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelBesluitVoorbereidingQuery = {
  besluitVoorbereiding: {
    beslisser: Besluitvorming;
    onvervuldeVoorwaarden: Array<{ voorwaarde: string; toelichting: string }>;
    afwijkingenBijToekenning: Array<{ voorwaarde: string; toelichting: string }>;
    aanvragen: Array<{
      aanvraagId: string;
      gevraagdBedrag: number | null;
      maximumBedrag: number | null;
      gereserveerdBedrag: number;
      beschikbaarBedrag: number;
      beschikbaarMetAfwijking: number;
      tender: boolean;
    }>;
  };
};

export type RegiepaneelGastbuurtkeuzeQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelGastbuurtkeuzeQuery = {
  gastbuurtSuggesties: Array<{ id: string; naam: string; wijk: { naam: string } }>;
  buurten: Array<{ id: string; naam: string; wijk: { naam: string } }>;
};

export type RegiepaneelPersonenZoekenQueryVariables = Exact<{
  naam: string;
}>;

export type RegiepaneelPersonenZoekenQuery = { bekendePersonen: Array<{ sub: string; naam: string; laatstGezien: string }> };

export type RegiepaneelPersonenNamenQueryVariables = Exact<{
  subs: Array<string | number> | string | number;
}>;

export type RegiepaneelPersonenNamenQuery = { bekendePersonen: Array<{ sub: string; naam: string }> };

export type RegiepaneelBezwarenQueryVariables = Exact<{
  status?: Array<BezwaarStatus> | BezwaarStatus | null | undefined;
}>;

export type RegiepaneelBezwarenQuery = {
  bezwaren: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        referentie: string;
        status: BezwaarStatus;
        hoedanigheid: BezwaarHoedanigheid;
        indiener: string;
        tijdig: boolean;
        beslissenUiterlijk: string;
        termijnStatus: TermijnStatus | null;
        initiatief: { referentie: string; titel: string } | null;
      };
    }>;
  };
};

export type RegiepaneelBezwaarQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelBezwaarQuery = {
  node:
    | { __typename: 'Activiteit' }
    | { __typename: 'Ambtsdrager' }
    | { __typename: 'Begrotingsronde' }
    | { __typename: 'Behoefte' }
    | { __typename: 'Besluit' }
    | {
        __typename: 'Bezwaar';
        id: string;
        referentie: string;
        status: BezwaarStatus;
        hoedanigheid: BezwaarHoedanigheid;
        indiener: string;
        adres: string;
        belang: string | null;
        gronden: string;
        ingediendOp: string;
        besluitBekendgemaaktOp: string | null;
        bezwaartermijnEinde: string;
        tijdig: boolean;
        termijnoverschrijdingVerschoonbaar: boolean | null;
        termijnoverschrijdingMotivering: string | null;
        behandeldDoor: string | null;
        hoorzittingOp: string | null;
        hoorzittingPlaats: string | null;
        hoorzittingAfgezienGrond: HoorzittingAfzienGrond | null;
        hoorzittingAfgezienMotivering: string | null;
        adviescommissie: boolean;
        beslissenUiterlijk: string;
        termijnStatus: TermijnStatus | null;
        verdagingWeken: number;
        verdagingMotivering: string | null;
        beslissing: BezwaarBeslissing | null;
        beslissingMotivering: string | null;
        beslistOp: string | null;
        beslistDoor: string | null;
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
        besluit: { soort: BesluitSoort; genomenOp: string; genomenDoor: string; motivering: string } | null;
        initiatief: {
          id: string;
          referentie: string;
          titel: string;
          aanvragen: Array<{
            id: string;
            gevraagdBedrag: number | null;
            toegekendBedrag: number | null;
            instrument: { naam: string };
          }>;
        } | null;
      }
    | { __typename: 'Burgerberaad' }
    | { __typename: 'Buurt' }
    | { __typename: 'Buurtpanel' }
    | { __typename: 'Gebruiker' }
    | { __typename: 'Initiatief' }
    | { __typename: 'Instrument' }
    | { __typename: 'Mdo' }
    | { __typename: 'Medewerker' }
    | { __typename: 'Netwerkbijeenkomst' }
    | { __typename: 'Nevenfunctie' }
    | { __typename: 'Organisatie' }
    | { __typename: 'Plan' }
    | { __typename: 'Signaal' }
    | { __typename: 'Stadsdeel' }
    | { __typename: 'Subsidieregeling' }
    | { __typename: 'Uitvoeringsprogramma' }
    | { __typename: 'Vrijwilligersverzoek' }
    | { __typename: 'Wijk' }
    | null;
};

export type RegiepaneelBezwaarInBehandelingMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelBezwaarInBehandelingMutation = { bezwaarInBehandelingNemen: { id: string } };

export type RegiepaneelBezwaarTermijnMutationVariables = Exact<{
  id: string | number;
  verschoonbaar: boolean;
  motivering: string;
}>;

export type RegiepaneelBezwaarTermijnMutation = { bezwaarTermijnoverschrijdingBeoordelen: { id: string } };

export type RegiepaneelHoorzittingPlannenMutationVariables = Exact<{
  id: string | number;
  op: string;
  plaats: string;
}>;

export type RegiepaneelHoorzittingPlannenMutation = { hoorzittingPlannen: { id: string } };

export type RegiepaneelHoorzittingAfzienMutationVariables = Exact<{
  id: string | number;
  grond: HoorzittingAfzienGrond;
  motivering: string;
}>;

export type RegiepaneelHoorzittingAfzienMutation = { hoorzittingAfzien: { id: string } };

export type RegiepaneelBezwaarAdviescommissieMutationVariables = Exact<{
  id: string | number;
  inschakelen: boolean;
}>;

export type RegiepaneelBezwaarAdviescommissieMutation = { bezwaarAdviescommissie: { id: string } };

export type RegiepaneelBezwaarVerdagenMutationVariables = Exact<{
  id: string | number;
  weken: number;
  motivering: string;
}>;

export type RegiepaneelBezwaarVerdagenMutation = { bezwaarBeslissingVerdagen: { id: string } };

export type RegiepaneelBezwaarBeslissenMutationVariables = Exact<{
  input: BezwaarBeslissingInput;
}>;

export type RegiepaneelBezwaarBeslissenMutation = { bezwaarBeslissen: { id: string } };

export type RegiepaneelBrieftekstbeheerQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelBrieftekstbeheerQuery = {
  brieftekstBlokken: Array<{ regelingCode: string; briefsoort: string; blok: BriefBlok; tekst: string }>;
  subsidieregelingen: Array<{ id: string; code: string; naam: string }>;
};

export type RegiepaneelBrieftekstOpslaanMutationVariables = Exact<{
  input: BrieftekstInput;
}>;

export type RegiepaneelBrieftekstOpslaanMutation = {
  brieftekstOpslaan: { regelingCode: string; briefsoort: string; blok: BriefBlok; tekst: string };
};

export type RegiepaneelBurgerberadenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelBurgerberadenQuery = {
  burgerberaden: Array<{
    id: string;
    onderwerp: string;
    grootte: number;
    status: BeraadStatus;
    aanmeldenTot: string;
    zaadBron: string;
    zaadToezegging: string | null;
    invoerHash: string | null;
    verdelingBerekendOp: string | null;
    minimaleKans: number | null;
    naieveMinimaleKans: number | null;
    panelenInVerdeling: number | null;
    zaad: string | null;
    lotgetal: number | null;
    gekozenPanel: number | null;
    gelootOp: string | null;
  }>;
};

export type RegiepaneelBeraadAanmeldingenQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelBeraadAanmeldingenQuery = {
  beraad:
    | {
        kenmerken: Array<{
          sleutel: string;
          naam: string;
          waarden: Array<{ waarde: string; label: string; min: number; max: number }>;
        }>;
      }
    | Record<PropertyKey, never>
    | null;
  beraadAanmeldingen: Array<{
    id: string;
    naam: string;
    selectiekans: number | null;
    geselecteerd: boolean;
    kenmerken: Array<{ sleutel: string; waarde: string }>;
  }>;
};

export type RegiepaneelBurgerberaadAanmakenMutationVariables = Exact<{
  input: BurgerberaadInput;
}>;

export type RegiepaneelBurgerberaadAanmakenMutation = { burgerberaadAanmaken: { id: string; onderwerp: string } };

export type RegiepaneelBeraadVerdelingBerekenenMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelBeraadVerdelingBerekenenMutation = {
  beraadVerdelingBerekenen: { id: string; minimaleKans: number | null; panelenInVerdeling: number | null };
};

export type RegiepaneelBeraadLotenMutationVariables = Exact<{
  id: string | number;
  zaad: string;
}>;

export type RegiepaneelBeraadLotenMutation = { beraadLoten: { id: string; gekozenPanel: number | null } };

export type RegiepaneelAgendaBuurtenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelAgendaBuurtenQuery = {
  buurten: Array<{ id: string; code: string; naam: string; wijk: { naam: string } }>;
};

export type RegiepaneelBuurtagendaQueryVariables = Exact<{
  buurtId: string | number;
}>;

export type RegiepaneelBuurtagendaQuery = {
  buurtagenda: Array<{
    id: string;
    soort: BehoefteSoort;
    thema: string;
    titel: string;
    omschrijving: string;
    bron: BehoefteBron;
    status: BehoefteStatus;
    onderbouwing: string | null;
    statusToelichting: string | null;
    steun: number;
    aangemaaktOp: string;
    organisatie: { naam: string } | null;
    koppelingen: Array<{ soort: BehoefteKoppelingSoort; objectId: string }>;
  }>;
};

export type RegiepaneelBehoefteToevoegenMutationVariables = Exact<{
  input: BehoefteInput;
}>;

export type RegiepaneelBehoefteToevoegenMutation = { behoefteToevoegen: { id: string } };

export type RegiepaneelBehoefteStatusMutationVariables = Exact<{
  id: string | number;
  status: BehoefteStatus;
  toelichting?: string | null | undefined;
}>;

export type RegiepaneelBehoefteStatusMutation = { behoefteStatusWijzigen: { id: string; status: BehoefteStatus } };

export type RegiepaneelBehoefteKoppelenMutationVariables = Exact<{
  behoefteId: string | number;
  objectId: string | number;
}>;

export type RegiepaneelBehoefteKoppelenMutation = { behoefteKoppelen: { id: string } };

export type RegiepaneelConciergesQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelConciergesQuery = {
  buurtconcierges: Array<{ id: string; naam: string; buurten: Array<string>; beschikbaarheid: string }>;
  mijnConciergeschap: {
    id: string;
    naam: string;
    buurten: Array<string>;
    buurtIds: Array<string>;
    beschikbaarheid: string;
  } | null;
  signaalcategorieen: Array<{ naam: string; afdeling: string }>;
};

export type RegiepaneelConciergeWerkQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelConciergeWerkQuery = {
  conciergeVerzoeken: Array<{
    id: string;
    buurt: string;
    buurtId: string;
    soort: ConciergeVerzoekSoort;
    omschrijving: string;
    naam: string | null;
    status: ConciergeVerzoekStatus;
    signaalReferentie: string | null;
    reactie: string | null;
    gevraagdOp: string;
    opgepaktOp: string | null;
  }>;
  conciergeLogboek: Array<{
    id: string;
    buurt: string;
    datum: string;
    soort: string;
    categorie: string;
    minuten: number;
    notitie: string;
    naamMetToestemming: string | null;
    doorverwezen: boolean;
  }>;
};

export type RegiepaneelConciergeBuurtenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelConciergeBuurtenQuery = { buurten: Array<{ id: string; naam: string; wijk: { naam: string } }> };

export type RegiepaneelConciergeAanstellenMutationVariables = Exact<{
  input: BuurtconciergeInput;
}>;

export type RegiepaneelConciergeAanstellenMutation = {
  buurtconciergeAanstellen: { id: string; naam: string; buurten: Array<string> };
};

export type RegiepaneelConciergeOppakkenMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelConciergeOppakkenMutation = { conciergeVerzoekOppakken: { id: string; status: ConciergeVerzoekStatus } };

export type RegiepaneelConciergeAfrondenMutationVariables = Exact<{
  input: ConciergeAfrondenInput;
}>;

export type RegiepaneelConciergeAfrondenMutation = { conciergeVerzoekAfronden: { id: string; status: ConciergeVerzoekStatus } };

export type RegiepaneelConciergeDoorzettenMutationVariables = Exact<{
  input: ConciergeDoorzettenInput;
}>;

export type RegiepaneelConciergeDoorzettenMutation = {
  conciergeVerzoekDoorzetten: { id: string; signaalReferentie: string | null; reactie: string | null };
};

export type RegiepaneelConciergeLogboekMutationVariables = Exact<{
  input: ConciergeLogregelInput;
}>;

export type RegiepaneelConciergeLogboekMutation = { conciergeLogboekSchrijven: boolean };

export type RegiepaneelConciergePilotcijfersQueryVariables = Exact<{
  jaar?: number | null | undefined;
}>;

export type RegiepaneelConciergePilotcijfersQuery = {
  conciergePilotcijfers: Array<{
    buurt: string;
    buurtcode: string;
    verzoeken: number;
    opgepakt: number;
    afgerond: number;
    gemiddeldeReactietijdUren: number | null;
    doorverwijzingen: number;
    contacten: number;
    taken: number;
    uren: number;
  }>;
};

export type RegiepaneelBuurtenQueryVariables = Exact<{
  zoek?: string | null | undefined;
}>;

export type RegiepaneelBuurtenQuery = {
  buurten: Array<{
    id: string;
    code: string;
    naam: string;
    wijk: { naam: string };
    stadsdeel: { naam: string } | null;
    buurtregisseur: { naam: string } | null;
    partners: { totalCount: number };
  }>;
};

export type RegiepaneelBuurtpanelenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelBuurtpanelenQuery = {
  buurtpanelen: Array<{
    id: string;
    naam: string;
    quorum: number;
    aantalLeden: number;
    leden: Array<string> | null;
    opgehevenOp: string | null;
    buurten: Array<{ id: string; naam: string }>;
    stemmingen: Array<{
      sluitOp: string;
      gesloten: boolean;
      geslotenOp: string | null;
      aantalVoor: number;
      aantalTegen: number;
      aantalOnthouding: number;
      uitkomst: BesluitUitkomst | null;
      initiatief: { id: string; referentie: string; titel: string; status: InitiatiefStatus };
      verschoningen: Array<{ persoon: string; grond: ConflictGrond }>;
    }> | null;
  }>;
  buurten: Array<{ id: string; naam: string; wijk: { naam: string } }>;
  initiatieven: {
    edges: Array<{
      node: {
        id: string;
        referentie: string;
        titel: string;
        status: InitiatiefStatus;
        beslissenUiterlijk: string | null;
        buurten: Array<{ id: string; naam: string }>;
        aanvragen: Array<{ regeling: { naam: string; besluitvorming: Besluitvorming } | null }>;
      };
    }>;
  };
};

export type RegiepaneelBuurtpanelInstellenMutationVariables = Exact<{
  input: BuurtpanelInput;
}>;

export type RegiepaneelBuurtpanelInstellenMutation = { buurtpanelInstellen: { id: string; naam: string; aantalLeden: number } };

export type RegiepaneelBuurtpanelLedenWijzigenMutationVariables = Exact<{
  id: string | number;
  leden: Array<string | number> | string | number;
}>;

export type RegiepaneelBuurtpanelLedenWijzigenMutation = {
  buurtpanelLedenWijzigen: { id: string; naam: string; aantalLeden: number };
};

export type RegiepaneelBuurtpanelOpheffenMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelBuurtpanelOpheffenMutation = {
  buurtpanelOpheffen: { id: string; naam: string; opgehevenOp: string | null };
};

export type RegiepaneelVoorleggenAanPanelMutationVariables = Exact<{
  id: string | number;
  panelId: string | number;
  sluitOp: string;
}>;

export type RegiepaneelVoorleggenAanPanelMutation = {
  initiatiefVoorleggenAanPanel: { sluitOp: string; panel: { naam: string } };
};

export type RegiepaneelDossierQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelDossierQuery = {
  node:
    | { __typename: 'Activiteit' }
    | { __typename: 'Ambtsdrager' }
    | { __typename: 'Begrotingsronde' }
    | { __typename: 'Behoefte' }
    | { __typename: 'Besluit' }
    | { __typename: 'Bezwaar' }
    | { __typename: 'Burgerberaad' }
    | { __typename: 'Buurt' }
    | { __typename: 'Buurtpanel' }
    | { __typename: 'Gebruiker' }
    | {
        __typename: 'Initiatief';
        id: string;
        referentie: string;
        titel: string;
        beschrijving: string;
        status: InitiatiefStatus;
        schaal: Schaal;
        aanvragerSoort: AanvragerSoort;
        aantalBetrokkenBewoners: number | null;
        startdatum: string | null;
        einddatum: string | null;
        indiener: string | null;
        ingediendOp: string | null;
        beslissenUiterlijk: string | null;
        aanvullenUiterlijk: string | null;
        termijnStatus: TermijnStatus | null;
        opgeschortTot: string | null;
        verslag: string | null;
        werkelijkeKosten: number | null;
        berichtkanaal: Berichtkanaal | null;
        verdaging: { oorspronkelijkeTermijn: string; nieuweTermijn: string; motivering: string } | null;
        dwangsom: {
          ingebrekestellingOntvangen: string;
          verschuldigdVanaf: string;
          fase: DwangsomFase;
          dagen: number;
          bedrag: number;
          vaststellenUiterlijk: string | null;
          besluit: { verschuldigd: boolean; bedrag: number; motivering: string } | null;
        } | null;
        vaststelling: { grond: VaststellingsGrond | null; motivering: string | null } | null;
        organisatie: { naam: string } | null;
        buurten: Array<{ naam: string }>;
        aanvragen: Array<{
          id: string;
          gevraagdBedrag: number | null;
          eigenBijdrage: number | null;
          toelichting: string | null;
          gereserveerdBedrag: number | null;
          toegekendBedrag: number | null;
          vastgesteldBedrag: number | null;
          instrument: { naam: string; soort: InstrumentSoort };
          regeling: { naam: string; versie: number } | null;
        }>;
        toetsresultaat: {
          ontvankelijk: boolean;
          bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }>;
        } | null;
        belangenconflicten: Array<{
          persoon: string;
          grond: ConflictGrond;
          toelichting: string | null;
          organisatie: { naam: string } | null;
        }>;
        besluit: {
          uitkomst: BesluitUitkomst;
          motivering: string;
          genomenDoor: string;
          genomenOp: string;
          verleendBedrag: number;
          bezwaarMogelijkTot: string;
          bezwaartermijnEinde: string | null;
          bekendgemaaktOp: string | null;
          mandaat: string | null;
          verschoningen: Array<{ persoon: string; grond: ConflictGrond }>;
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
        historie: Array<{
          van: InitiatiefStatus | null;
          naar: InitiatiefStatus;
          door: string;
          op: string;
          toelichting: string | null;
        }>;
      }
    | { __typename: 'Instrument' }
    | { __typename: 'Mdo' }
    | { __typename: 'Medewerker' }
    | { __typename: 'Netwerkbijeenkomst' }
    | { __typename: 'Nevenfunctie' }
    | { __typename: 'Organisatie' }
    | { __typename: 'Plan' }
    | { __typename: 'Signaal' }
    | { __typename: 'Stadsdeel' }
    | { __typename: 'Subsidieregeling' }
    | { __typename: 'Uitvoeringsprogramma' }
    | { __typename: 'Vrijwilligersverzoek' }
    | { __typename: 'Wijk' }
    | null;
};

export type RegiepaneelInBehandelingMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelInBehandelingMutation = { initiatiefInBehandelingNemen: { id: string; status: InitiatiefStatus } };

export type RegiepaneelBesluitMutationVariables = Exact<{
  input: BesluitInput;
}>;

export type RegiepaneelBesluitMutation = { besluitNemen: { id: string; status: InitiatiefStatus } };

export type RegiepaneelVaststellenMutationVariables = Exact<{
  id: string | number;
  bedragen: Array<ToekenningInput> | ToekenningInput;
  toelichting?: string | null | undefined;
  grond?: VaststellingsGrond | null | undefined;
}>;

export type RegiepaneelVaststellenMutation = { subsidieVaststellen: { id: string; status: InitiatiefStatus } };

export type RegiepaneelGelijkgesteldeDagenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelGelijkgesteldeDagenQuery = { gelijkgesteldeDagen: Array<{ id: string; datum: string; besluit: string }> };

export type RegiepaneelGelijkgesteldeDagToevoegenMutationVariables = Exact<{
  input: GelijkgesteldeDagInput;
}>;

export type RegiepaneelGelijkgesteldeDagToevoegenMutation = { gelijkgesteldeDagToevoegen: { id: string; datum: string } };

export type RegiepaneelGelijkgesteldeDagVerwijderenMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelGelijkgesteldeDagVerwijderenMutation = { gelijkgesteldeDagVerwijderen: { id: string; datum: string } };

export type RegiepaneelHeitjeQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelHeitjeQuery = {
  heitjeKlussen: Array<{
    id: string;
    titel: string;
    buurtnaam: string;
    beloning: number;
    plaatsen: number;
    plaatsenVrij: number;
    budget: number;
    organisatienaam: string;
  }>;
  heitjeWinkels: Array<{ id: string; naam: string; actief: boolean }>;
  buurten: Array<{ id: string; naam: string; wijk: { naam: string } }>;
  organisaties: { edges: Array<{ node: { id: string; naam: string } }> };
};

export type RegiepaneelHeitjeKlusAanmakenMutationVariables = Exact<{
  input: HeitjeKlusInput;
}>;

export type RegiepaneelHeitjeKlusAanmakenMutation = { heitjeKlusAanmaken: { id: string; titel: string; budget: number } };

export type RegiepaneelHeitjeWinkelRegistrerenMutationVariables = Exact<{
  input: HeitjeWinkelInput;
}>;

export type RegiepaneelHeitjeWinkelRegistrerenMutation = { heitjeWinkelRegistreren: { id: string; naam: string } };

export type RegiepaneelHeitjeWisselkoersMutationVariables = Exact<{
  input: HeitjeWisselkoersInput;
}>;

export type RegiepaneelHeitjeWisselkoersMutation = { heitjeWisselkoersVaststellen: boolean };

export type RegiepaneelHeitjeJaarplafondMutationVariables = Exact<{
  jaar: number;
  maxHeitjes: number;
}>;

export type RegiepaneelHeitjeJaarplafondMutation = { heitjeJaarplafondVaststellen: boolean };

export type RegiepaneelHeitjeAfrekeningQueryVariables = Exact<{
  maand: string;
}>;

export type RegiepaneelHeitjeAfrekeningQuery = {
  heitjeAfrekening: Array<{ winkelId: string; winkel: string; betalingen: number; heitjes: number; bedrag: number }>;
};

export type RegiepaneelJaarsubsidiesQueryVariables = Exact<{
  boekjaar?: number | null | undefined;
}>;

export type RegiepaneelJaarsubsidiesQuery = {
  jaarsubsidies: Array<{
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
    regeling: { naam: string };
    betalingen: Array<{
      id: string;
      soort: JaarsubsidieBetalingSoort;
      volgnummer: number;
      bedrag: number;
      vervaldatum: string;
      status: JaarsubsidieBetalingStatus;
    }>;
    wijzigingen: Array<{ id: string; omschrijving: string; afgehandeld: boolean }>;
    afwijkingen: Array<{ code: string; omschrijving: string }>;
  }>;
};

export type RegiepaneelJaarverslagGebiedenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelJaarverslagGebiedenQuery = {
  stadsdelen: Array<{ id: string; naam: string }>;
  buurten: Array<{ id: string; code: string; naam: string }>;
};

export type RegiepaneelJaarverslagQueryVariables = Exact<{
  jaar: number;
  buurtId?: string | number | null | undefined;
  stadsdeelId?: string | number | null | undefined;
}>;

export type RegiepaneelJaarverslagQuery = {
  jaarverslag: {
    jaar: number;
    schaal: JaarverslagSchaal;
    gebied: string;
    initiatieven: { ontvangen: number; toegekend: number; afgewezen: number; buitenBehandeling: number };
    geldPerInstrument: Array<{ instrument: string; toegekend: number; vastgesteld: number }>;
    plafonds: Array<{
      regeling: string;
      stadsdeel: string | null;
      bedrag: number;
      verleend: number;
      gereserveerd: number;
      benutProcent: number | null;
    }>;
    beslistermijnen: {
      besluiten: number;
      binnenTermijn: number;
      teLaat: number;
      zonderTermijn: number;
      gemiddeldeDagen: number | null;
    };
    activiteiten: { doorgegaan: number; geannuleerd: number };
    netwerkbijeenkomsten: { gehouden: number; gepland: number; geannuleerd: number; aanmeldingen: number };
    signalen: Array<{
      afdeling: string;
      gemeld: number;
      afgehandeld: number;
      binnenTermijn: number;
      gemiddeldeDagen: number | null;
    }>;
    behoeften: { geopend: number; beantwoord: number };
    panel: { stemmingen: number; stemmen: number; mogelijkeStemmen: number; deelnameProcent: number | null };
    concierges: { verzoeken: number; opgepakt: number; doorverwijzingen: number; contacten: number; uren: number } | null;
  };
};

export type RegiepaneelMdosQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelMdosQuery = {
  mdos: Array<{
    id: string;
    titel: string;
    datum: string;
    status: MdoStatus;
    notulen: string | null;
    deelnemers: Array<{ naam: string; afdeling: string }>;
    buurten: Array<{ naam: string }>;
    acties: Array<{
      id: string;
      besluit: string;
      afdeling: string;
      deadline: string;
      status: MdoActieStatus;
      overTijd: boolean;
      resultaat: string | null;
      voortgang: string | null;
      signaalId: string | null;
    }>;
  }>;
  afdelingen: Array<{ naam: string }>;
  buurten: Array<{ id: string; naam: string }>;
};

export type RegiepaneelMdoAgendaQueryVariables = Exact<{
  mdoId: string | number;
}>;

export type RegiepaneelMdoAgendaQuery = {
  mdoAgenda: {
    behoeften: Array<{ id: string; titel: string; soort: BehoefteSoort; steun: number; status: BehoefteStatus }>;
    signalen: Array<{ id: string; referentie: string; categorie: string; afdeling: string | null; reactieUiterlijk: string }>;
    plannen: Array<{ id: string; titel: string; afdeling: string; startdatum: string }>;
    opvolging: Array<{
      id: string;
      besluit: string;
      afdeling: string;
      deadline: string;
      overTijd: boolean;
      voortgang: string | null;
    }>;
  };
};

export type RegiepaneelMdoPlannenMutationVariables = Exact<{
  input: MdoInput;
}>;

export type RegiepaneelMdoPlannenMutation = { mdoPlannen: { id: string } };

export type RegiepaneelMdoNotulenMutationVariables = Exact<{
  id: string | number;
  notulen: string;
}>;

export type RegiepaneelMdoNotulenMutation = { mdoNotulenVastleggen: { id: string; status: MdoStatus } };

export type RegiepaneelMdoActieMutationVariables = Exact<{
  mdoId: string | number;
  input: MdoActieInput;
}>;

export type RegiepaneelMdoActieMutation = { mdoActieToevoegen: { id: string } };

export type RegiepaneelMdoOpvolgenMutationVariables = Exact<{
  id: string | number;
  mdoId: string | number;
  voortgang: string;
}>;

export type RegiepaneelMdoOpvolgenMutation = { mdoActieOpvolgen: { id: string } };

export type RegiepaneelMdoAfrondenMutationVariables = Exact<{
  id: string | number;
  status: MdoActieStatus;
  resultaat: string;
  terugkoppeling?: string | null | undefined;
}>;

export type RegiepaneelMdoAfrondenMutation = { mdoActieAfronden: { id: string } };

export type RegiepaneelMenukaartQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelMenukaartQuery = {
  menukaart: Array<{
    id: string;
    naam: string;
    soort: InstrumentSoort;
    beschrijving: string;
    voorwaarden: string | null;
    actief: boolean;
    regeling: {
      id: string;
      code: string;
      naam: string;
      versie: number;
      maximumBedrag: number | null;
      plafonds: Array<{ periode: string; bedrag: number; beschikbaar: number; stadsdeel: { naam: string } | null }>;
    } | null;
  }>;
  subsidieregelingen: Array<{ id: string; code: string; naam: string; versie: number }>;
};

export type RegiepaneelInstrumentToevoegenMutationVariables = Exact<{
  input: InstrumentInput;
}>;

export type RegiepaneelInstrumentToevoegenMutation = { instrumentToevoegen: { id: string; naam: string } };

export type RegiepaneelInstrumentDeactiverenMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelInstrumentDeactiverenMutation = { instrumentDeactiveren: { id: string; naam: string; actief: boolean } };

export type RegiepaneelInstrumentWijzigenMutationVariables = Exact<{
  id: string | number;
  input: InstrumentWijzigingInput;
}>;

export type RegiepaneelInstrumentWijzigenMutation = { instrumentWijzigen: { id: string; naam: string } };

export type RegiepaneelInstrumentActiverenMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelInstrumentActiverenMutation = { instrumentActiveren: { id: string; naam: string; actief: boolean } };

export type RegiepaneelNetwerkbijeenkomstQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelNetwerkbijeenkomstQuery = {
  node:
    | { __typename: 'Activiteit' }
    | { __typename: 'Ambtsdrager' }
    | { __typename: 'Begrotingsronde' }
    | { __typename: 'Behoefte' }
    | { __typename: 'Besluit' }
    | { __typename: 'Bezwaar' }
    | { __typename: 'Burgerberaad' }
    | { __typename: 'Buurt' }
    | { __typename: 'Buurtpanel' }
    | { __typename: 'Gebruiker' }
    | { __typename: 'Initiatief' }
    | { __typename: 'Instrument' }
    | { __typename: 'Mdo' }
    | { __typename: 'Medewerker' }
    | {
        __typename: 'Netwerkbijeenkomst';
        id: string;
        titel: string;
        thema: string | null;
        begin: string;
        eind: string;
        locatie: string;
        status: BijeenkomstStatus;
        capaciteit: number;
        aantalAanmeldingen: number;
        aantalOpWachtlijst: number;
        plaatsenBeschikbaar: number;
        verslag: string | null;
        buurt: { id: string; naam: string; wijk: { naam: string } };
      }
    | { __typename: 'Nevenfunctie' }
    | { __typename: 'Organisatie' }
    | { __typename: 'Plan' }
    | { __typename: 'Signaal' }
    | { __typename: 'Stadsdeel' }
    | { __typename: 'Subsidieregeling' }
    | { __typename: 'Uitvoeringsprogramma' }
    | { __typename: 'Vrijwilligersverzoek' }
    | { __typename: 'Wijk' }
    | null;
};

export type RegiepaneelDeelnemersQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type RegiepaneelDeelnemersQuery = {
  node:
    | { __typename: 'Activiteit' }
    | { __typename: 'Ambtsdrager' }
    | { __typename: 'Begrotingsronde' }
    | { __typename: 'Behoefte' }
    | { __typename: 'Besluit' }
    | { __typename: 'Bezwaar' }
    | { __typename: 'Burgerberaad' }
    | { __typename: 'Buurt' }
    | { __typename: 'Buurtpanel' }
    | { __typename: 'Gebruiker' }
    | { __typename: 'Initiatief' }
    | { __typename: 'Instrument' }
    | { __typename: 'Mdo' }
    | { __typename: 'Medewerker' }
    | {
        __typename: 'Netwerkbijeenkomst';
        deelnemers: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{
            node: {
              id: string;
              naam: string;
              email: string;
              rol: string | null;
              wensen: string | null;
              status: AanmeldingStatus;
              wachtlijstPositie: number | null;
              aangemeldOp: string;
              organisatie: { naam: string } | null;
            };
          }>;
        } | null;
      }
    | { __typename: 'Nevenfunctie' }
    | { __typename: 'Organisatie' }
    | { __typename: 'Plan' }
    | { __typename: 'Signaal' }
    | { __typename: 'Stadsdeel' }
    | { __typename: 'Subsidieregeling' }
    | { __typename: 'Uitvoeringsprogramma' }
    | { __typename: 'Vrijwilligersverzoek' }
    | { __typename: 'Wijk' }
    | null;
};

export type RegiepaneelDeelnemerslijstQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelDeelnemerslijstQuery = { netwerkbijeenkomstDeelnemerslijst: string };

export type RegiepaneelBijeenkomstWijzigenMutationVariables = Exact<{
  id: string | number;
  input: NetwerkbijeenkomstWijzigenInput;
}>;

export type RegiepaneelBijeenkomstWijzigenMutation = { netwerkbijeenkomstWijzigen: { id: string } };

export type RegiepaneelBijeenkomstAnnulerenMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelBijeenkomstAnnulerenMutation = { netwerkbijeenkomstAnnuleren: { id: string; status: BijeenkomstStatus } };

export type RegiepaneelNetwerkbijeenkomstenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelNetwerkbijeenkomstenQuery = {
  netwerkbijeenkomsten: Array<{
    id: string;
    titel: string;
    begin: string;
    eind: string;
    status: BijeenkomstStatus;
    capaciteit: number;
    aantalAanmeldingen: number;
    aantalOpWachtlijst: number;
    buurt: { naam: string };
  }>;
};

export type RegiepaneelBijeenkomstenPerJaarQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelBijeenkomstenPerJaarQuery = {
  netwerkbijeenkomstenPerJaar: Array<{ jaar: number; aantal: number; afspraakNagekomen: boolean }>;
};

export type RegiepaneelBijeenkomstPlannenMutationVariables = Exact<{
  input: NetwerkbijeenkomstInput;
}>;

export type RegiepaneelBijeenkomstPlannenMutation = { netwerkbijeenkomstPlannen: { id: string } };

export type RegiepaneelNevenfunctieregisterQueryVariables = Exact<{
  peildatum?: string | null | undefined;
}>;

export type RegiepaneelNevenfunctieregisterQuery = {
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
      gemeldOp: string;
      organisatie: { id: string; naam: string } | null;
    }>;
  }>;
  organisaties: { edges: Array<{ node: { id: string; naam: string } }> };
};

export type RegiepaneelNevenfunctieMeldenMutationVariables = Exact<{
  input: NevenfunctieInput;
}>;

export type RegiepaneelNevenfunctieMeldenMutation = { nevenfunctieMelden: { id: string } };

export type RegiepaneelNevenfunctieBeeindigenMutationVariables = Exact<{
  id: string | number;
  tot: string;
}>;

export type RegiepaneelNevenfunctieBeeindigenMutation = { nevenfunctieBeeindigen: { id: string; tot: string | null } };

export type RegiepaneelNevenfunctieCorrigerenMutationVariables = Exact<{
  id: string | number;
  input: NevenfunctieCorrigerenInput;
}>;

export type RegiepaneelNevenfunctieCorrigerenMutation = { nevenfunctieCorrigeren: { id: string } };

export type RegiepaneelAmbtsdragerRegistrerenMutationVariables = Exact<{
  input: AmbtsdragerInput;
}>;

export type RegiepaneelAmbtsdragerRegistrerenMutation = { ambtsdragerRegistreren: { id: string } };

export type RegiepaneelPaneladviesQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelPaneladviesQuery = {
  panelstemming: {
    gesloten: boolean;
    geslotenOp: string | null;
    sluitOp: string;
    aantalVoor: number;
    aantalTegen: number;
    aantalOnthouding: number;
    advies: PanelAdvies | null;
    adviesGevolgd: boolean | null;
    overwegingen: Array<{ keuze: Stemkeuze; toelichting: string }>;
    verschoningen: Array<{ persoon: string }>;
    panel: { naam: string; quorum: number };
  } | null;
};

export type RegiepaneelBesluitOpPaneladviesMutationVariables = Exact<{
  initiatiefId: string | number;
  uitkomst: BesluitUitkomst;
  afwijkingsreden?: string | null | undefined;
}>;

export type RegiepaneelBesluitOpPaneladviesMutation = { besluitOpPaneladvies: { id: string; status: InitiatiefStatus } };

export type RegiepaneelPlafondsQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelPlafondsQuery = {
  subsidieregelingen: Array<{
    id: string;
    code: string;
    naam: string;
    versie: number;
    plafonds: Array<{
      periode: string;
      bedrag: number;
      verleend: number;
      gereserveerd: number;
      beschikbaar: number;
      stadsdeel: { id: string; naam: string } | null;
    }>;
  }>;
  stadsdelen: Array<{ id: string; naam: string }>;
};

export type RegiepaneelPlafondVaststellenMutationVariables = Exact<{
  input: SubsidieplafondInput;
}>;

export type RegiepaneelPlafondVaststellenMutation = {
  subsidieplafondVaststellen: { periode: string; bedrag: number; beschikbaar: number };
};

export type RegiepaneelPlannenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelPlannenQuery = {
  plannen: Array<{
    id: string;
    titel: string;
    afdeling: string;
    startdatum: string;
    buurten: Array<{ naam: string }>;
    buurtregisseurs: Array<{ naam: string }>;
  }>;
  planParticipaties: Array<{
    id: string;
    planId: string;
    status: ParticipatieStatus;
    open: boolean;
    vraag: string;
    openVan: string;
    openTot: string;
    aantalReacties: number;
  }>;
};

export type RegiepaneelParticipatieVoorbereidenMutationVariables = Exact<{
  planId: string | number;
  input: ParticipatieInput;
}>;

export type RegiepaneelParticipatieVoorbereidenMutation = { planParticipatieVoorbereiden: { id: string } };

export type RegiepaneelParticipatiePublicerenMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelParticipatiePublicerenMutation = { planParticipatiePubliceren: { id: string } };

export type RegiepaneelPlanReactiesQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelPlanReactiesQuery = {
  planReacties: Array<{
    id: string;
    tekst: string;
    standpunt: Standpunt | null;
    ingediendOp: string;
    antwoord: string | null;
    organisatie: { naam: string } | null;
  }>;
};

export type RegiepaneelReactieBeantwoordenMutationVariables = Exact<{
  id: string | number;
  antwoord: string;
}>;

export type RegiepaneelReactieBeantwoordenMutation = { planReactieBeantwoorden: { id: string } };

export type RegiepaneelRegelsQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelRegelsQuery = {
  subsidieregelingen: Array<{
    id: string;
    code: string;
    versie: number;
    naam: string;
    beschrijving: string;
    geldigVan: string;
    geldigTot: string | null;
    schalen: Array<Schaal>;
    aanvragers: Array<AanvragerSoort>;
    maximumBedrag: number | null;
    beslistermijnWeken: number;
    besluitvorming: Besluitvorming;
    verdeelmethode: Verdeelmethode;
    aanvraagperiodeVan: string | null;
    aanvraagperiodeTot: string | null;
    gedeeltelijkToekennen: boolean;
    criteria: Array<{ code: string; omschrijving: string; gewicht: number }>;
    voorwaarden: Array<{ code: string; omschrijving: string; regel: unknown }>;
  }>;
  menukaart: Array<{ id: string; naam: string; soort: InstrumentSoort; regeling: { code: string } | null }>;
  buurten: Array<{ id: string; naam: string; wijk: { naam: string } }>;
};

export type RegiepaneelRegelingVaststellenMutationVariables = Exact<{
  input: SubsidieregelingInput;
}>;

export type RegiepaneelRegelingVaststellenMutation = {
  subsidieregelingVaststellen: { id: string; code: string; versie: number; naam: string };
};

export type RegiepaneelRegelToetsQueryVariables = Exact<{
  input: InitiatiefInput;
  concept?: SubsidieregelingInput | null | undefined;
}>;

export type RegiepaneelRegelToetsQuery = {
  toetsInitiatief: { ontvankelijk: boolean; bevindingen: Array<{ voorwaarde: string; voldaan: boolean; toelichting: string }> };
};

export type RegiepaneelSignaalQueryVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelSignaalQuery = {
  node:
    | { __typename: 'Activiteit' }
    | { __typename: 'Ambtsdrager' }
    | { __typename: 'Begrotingsronde' }
    | { __typename: 'Behoefte' }
    | { __typename: 'Besluit' }
    | { __typename: 'Bezwaar' }
    | { __typename: 'Burgerberaad' }
    | { __typename: 'Buurt' }
    | { __typename: 'Buurtpanel' }
    | { __typename: 'Gebruiker' }
    | { __typename: 'Initiatief' }
    | { __typename: 'Instrument' }
    | { __typename: 'Mdo' }
    | { __typename: 'Medewerker' }
    | { __typename: 'Netwerkbijeenkomst' }
    | { __typename: 'Nevenfunctie' }
    | { __typename: 'Organisatie' }
    | { __typename: 'Plan' }
    | {
        __typename: 'Signaal';
        id: string;
        referentie: string;
        categorie: string;
        omschrijving: string;
        status: SignaalStatus;
        afdeling: string | null;
        gemeldOp: string;
        gewijzigdOp: string;
        reactieUiterlijk: string;
        overTijd: boolean;
        terugkoppeling: string | null;
        buurt: { naam: string };
        buurtregisseur: { naam: string } | null;
      }
    | { __typename: 'Stadsdeel' }
    | { __typename: 'Subsidieregeling' }
    | { __typename: 'Uitvoeringsprogramma' }
    | { __typename: 'Vrijwilligersverzoek' }
    | { __typename: 'Wijk' }
    | null;
};

export type RegiepaneelAfdelingenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelAfdelingenQuery = { afdelingen: Array<{ naam: string; categorieen: Array<string> }> };

export type RegiepaneelSignaalInBehandelingMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelSignaalInBehandelingMutation = { signaalInBehandelingNemen: { id: string; status: SignaalStatus } };

export type RegiepaneelSignaalDoorzettenMutationVariables = Exact<{
  id: string | number;
  afdeling: string;
}>;

export type RegiepaneelSignaalDoorzettenMutation = {
  signaalDoorzetten: { id: string; status: SignaalStatus; afdeling: string | null };
};

export type RegiepaneelSignaalAfhandelenMutationVariables = Exact<{
  id: string | number;
  terugkoppeling: string;
}>;

export type RegiepaneelSignaalAfhandelenMutation = { signaalAfhandelen: { id: string; status: SignaalStatus } };

export type RegiepaneelSignaalBuurtenQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelSignaalBuurtenQuery = { buurten: Array<{ id: string; naam: string; wijk: { naam: string } }> };

export type RegiepaneelSignalenQueryVariables = Exact<{
  buurtId?: string | number | null | undefined;
  status?: Array<SignaalStatus> | SignaalStatus | null | undefined;
  overTijd?: boolean | null | undefined;
  after?: string | null | undefined;
}>;

export type RegiepaneelSignalenQuery = {
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
        buurt: { naam: string };
      };
    }>;
  };
};

export type RegiepaneelTenderregelsQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelTenderregelsQuery = {
  subsidieregelingen: Array<{ id: string; naam: string; verdeelmethode: Verdeelmethode }>;
};

export type RegiepaneelTenderQueryVariables = Exact<{
  regelingId: string | number;
  periode: string;
}>;

export type RegiepaneelTenderQuery = {
  tender: {
    regelingNaam: string;
    voorstel: boolean;
    seed: string | null;
    verdeeldOp: string | null;
    verdeeldDoor: string | null;
    aanvraagperiodeVan: string | null;
    aanvraagperiodeTot: string | null;
    gedeeltelijkToekennen: boolean;
    plafondBedrag: number;
    vrij: number;
    criteria: Array<{ code: string; omschrijving: string; gewicht: number }>;
    regels: Array<{
      initiatiefId: string;
      referentie: string;
      plaats: number | null;
      totaal: string | null;
      beslecht: string | null;
      toegekendBedrag: number;
      reden: string;
    }>;
    beoordelingen: Array<{ initiatiefId: string; criterium: string; score: number; toelichting: string; beoordelaar: string }>;
  };
};

export type RegiepaneelTenderBeoordelenMutationVariables = Exact<{
  initiatiefId: string | number;
  scores: Array<TenderScoreInput> | TenderScoreInput;
}>;

export type RegiepaneelTenderBeoordelenMutation = { tenderBeoordelen: { voorstel: boolean } };

export type RegiepaneelTenderVerdelenMutationVariables = Exact<{
  regelingId: string | number;
  periode: string;
}>;

export type RegiepaneelTenderVerdelenMutation = { tenderVerdelen: { voorstel: boolean } };

export type RegiepaneelDoorgaanZonderAanvullingMutationVariables = Exact<{
  id: string | number;
  reden: string;
}>;

export type RegiepaneelDoorgaanZonderAanvullingMutation = { doorgaanZonderAanvulling: { id: string; status: InitiatiefStatus } };

export type RegiepaneelBuitenBehandelingMutationVariables = Exact<{
  id: string | number;
  motivering: string;
}>;

export type RegiepaneelBuitenBehandelingMutation = { buitenBehandelingStellen: { id: string; status: InitiatiefStatus } };

export type RegiepaneelVerdagenMutationVariables = Exact<{
  id: string | number;
  nieuweTermijn: string;
  motivering: string;
}>;

export type RegiepaneelVerdagenMutation = { beslistermijnVerdagen: { id: string; beslissenUiterlijk: string | null } };

export type RegiepaneelDwangsomVaststellenMutationVariables = Exact<{
  id: string | number;
  verschuldigd: boolean;
  motivering: string;
}>;

export type RegiepaneelDwangsomVaststellenMutation = { dwangsomVaststellen: { id: string } };

export type RegiepaneelProgrammasQueryVariables = Exact<{ [key: string]: never }>;

export type RegiepaneelProgrammasQuery = {
  uitvoeringsprogrammas: Array<{
    id: string;
    jaar: number;
    gebied: string;
    titel: string;
    inleiding: string;
    status: ProgrammaStatus;
    totaalBudget: number;
    conclusie: string | null;
    geevalueerdOp: string | null;
    inbrengVan: string | null;
    inbrengTot: string | null;
    inbreng: Array<{ id: string; soort: ProgrammaInbrengSoort; organisatie: string; tekst: string }>;
    doelen: Array<{
      id: string;
      titel: string;
      eigenaar: string;
      behoefteIds: Array<string>;
      acties: Array<{ omschrijving: string; eigenaar: string }>;
    }>;
    budget: Array<{ instrument: string; bedrag: number }>;
    cijfers: {
      initiatieven: { ontvangen: number; toegekend: number };
      behoeften: { geopend: number; beantwoord: number };
    } | null;
  }>;
  stadsdelen: Array<{ id: string; naam: string }>;
  menukaart: Array<{ id: string; naam: string }>;
  buurten: Array<{ id: string; naam: string }>;
};

export type RegiepaneelProgrammaBehoeftenQueryVariables = Exact<{
  buurtId: string | number;
}>;

export type RegiepaneelProgrammaBehoeftenQuery = { buurtagenda: Array<{ id: string; titel: string }> };

export type RegiepaneelProgrammaOpstellenMutationVariables = Exact<{
  input: UitvoeringsprogrammaInput;
}>;

export type RegiepaneelProgrammaOpstellenMutation = { uitvoeringsprogrammaOpstellen: { id: string } };

export type RegiepaneelProgrammaDoelMutationVariables = Exact<{
  id: string | number;
  input: ProgrammaDoelInput;
}>;

export type RegiepaneelProgrammaDoelMutation = { programmaDoelToevoegen: { id: string } };

export type RegiepaneelProgrammaBudgetMutationVariables = Exact<{
  id: string | number;
  instrumentId: string | number;
  bedrag: number;
}>;

export type RegiepaneelProgrammaBudgetMutation = { programmaBudgetVaststellen: { id: string } };

export type RegiepaneelProgrammaVaststellenMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelProgrammaVaststellenMutation = { uitvoeringsprogrammaVaststellen: { id: string } };

export type RegiepaneelProgrammaVensterMutationVariables = Exact<{
  id: string | number;
  openVan: string;
  openTot: string;
}>;

export type RegiepaneelProgrammaVensterMutation = { programmaInbrengOpenen: { id: string } };

export type RegiepaneelProgrammaEvaluatieMutationVariables = Exact<{
  id: string | number;
}>;

export type RegiepaneelProgrammaEvaluatieMutation = { programmaEvaluatieStarten: { id: string } };

export type RegiepaneelProgrammaEvaluerenMutationVariables = Exact<{
  id: string | number;
  conclusie: string;
}>;

export type RegiepaneelProgrammaEvaluerenMutation = { programmaEvalueren: { id: string } };

export type RegiepaneelWerkvoorraadQueryVariables = Exact<{
  status?: Array<InitiatiefStatus> | InitiatiefStatus | null | undefined;
}>;

export type RegiepaneelWerkvoorraadQuery = {
  initiatieven: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        referentie: string;
        titel: string;
        status: InitiatiefStatus;
        ingediendOp: string | null;
        beslissenUiterlijk: string | null;
        termijnStatus: TermijnStatus | null;
        opgeschortTot: string | null;
        indiener: string | null;
        dwangsom: { fase: DwangsomFase; dagen: number; bedrag: number } | null;
        buurten: Array<{ naam: string }>;
        verzendstand: { wachtend: number; mislukt: number } | null;
      };
    }>;
  };
};

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

export const RegiepaneelBesluitVoorbereidingDocument = new TypedDocumentString(`
    query RegiepaneelBesluitVoorbereiding($id: ID!) {
  besluitVoorbereiding(initiatiefId: $id) {
    beslisser
    onvervuldeVoorwaarden {
      voorwaarde
      toelichting
    }
    afwijkingenBijToekenning {
      voorwaarde
      toelichting
    }
    aanvragen {
      aanvraagId
      gevraagdBedrag
      maximumBedrag
      gereserveerdBedrag
      beschikbaarBedrag
      beschikbaarMetAfwijking
      tender
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBesluitVoorbereidingQuery, RegiepaneelBesluitVoorbereidingQueryVariables>;
export const RegiepaneelGastbuurtkeuzeDocument = new TypedDocumentString(`
    query RegiepaneelGastbuurtkeuze {
  gastbuurtSuggesties(aantal: 5) {
    id
    naam
    wijk {
      naam
    }
  }
  buurten {
    id
    naam
    wijk {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelGastbuurtkeuzeQuery, RegiepaneelGastbuurtkeuzeQueryVariables>;
export const RegiepaneelPersonenZoekenDocument = new TypedDocumentString(`
    query RegiepaneelPersonenZoeken($naam: String!) {
  bekendePersonen(naam: $naam) {
    sub
    naam
    laatstGezien
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelPersonenZoekenQuery, RegiepaneelPersonenZoekenQueryVariables>;
export const RegiepaneelPersonenNamenDocument = new TypedDocumentString(`
    query RegiepaneelPersonenNamen($subs: [ID!]!) {
  bekendePersonen(subs: $subs) {
    sub
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelPersonenNamenQuery, RegiepaneelPersonenNamenQueryVariables>;
export const RegiepaneelBezwarenDocument = new TypedDocumentString(`
    query RegiepaneelBezwaren($status: [BezwaarStatus!]) {
  bezwaren(first: 100, status: $status) {
    totalCount
    edges {
      node {
        id
        referentie
        status
        hoedanigheid
        indiener
        tijdig
        beslissenUiterlijk
        termijnStatus
        initiatief {
          referentie
          titel
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBezwarenQuery, RegiepaneelBezwarenQueryVariables>;
export const RegiepaneelBezwaarDocument = new TypedDocumentString(`
    query RegiepaneelBezwaar($id: ID!) {
  node(id: $id) {
    __typename
    ... on Bezwaar {
      id
      referentie
      status
      hoedanigheid
      indiener
      adres
      belang
      gronden
      ingediendOp
      besluitBekendgemaaktOp
      bezwaartermijnEinde
      tijdig
      termijnoverschrijdingVerschoonbaar
      termijnoverschrijdingMotivering
      behandeldDoor
      hoorzittingOp
      hoorzittingPlaats
      hoorzittingAfgezienGrond
      hoorzittingAfgezienMotivering
      adviescommissie
      beslissenUiterlijk
      termijnStatus
      verdagingWeken
      verdagingMotivering
      beslissing
      beslissingMotivering
      beslistOp
      beslistDoor
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
      besluit {
        soort
        genomenOp
        genomenDoor
        motivering
      }
      initiatief {
        id
        referentie
        titel
        aanvragen {
          id
          gevraagdBedrag
          toegekendBedrag
          instrument {
            naam
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBezwaarQuery, RegiepaneelBezwaarQueryVariables>;
export const RegiepaneelBezwaarInBehandelingDocument = new TypedDocumentString(`
    mutation RegiepaneelBezwaarInBehandeling($id: ID!) {
  bezwaarInBehandelingNemen(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelBezwaarInBehandelingMutation,
  RegiepaneelBezwaarInBehandelingMutationVariables
>;
export const RegiepaneelBezwaarTermijnDocument = new TypedDocumentString(`
    mutation RegiepaneelBezwaarTermijn($id: ID!, $verschoonbaar: Boolean!, $motivering: String!) {
  bezwaarTermijnoverschrijdingBeoordelen(
    id: $id
    verschoonbaar: $verschoonbaar
    motivering: $motivering
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBezwaarTermijnMutation, RegiepaneelBezwaarTermijnMutationVariables>;
export const RegiepaneelHoorzittingPlannenDocument = new TypedDocumentString(`
    mutation RegiepaneelHoorzittingPlannen($id: ID!, $op: DateTime!, $plaats: String!) {
  hoorzittingPlannen(id: $id, op: $op, plaats: $plaats) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelHoorzittingPlannenMutation, RegiepaneelHoorzittingPlannenMutationVariables>;
export const RegiepaneelHoorzittingAfzienDocument = new TypedDocumentString(`
    mutation RegiepaneelHoorzittingAfzien($id: ID!, $grond: HoorzittingAfzienGrond!, $motivering: String!) {
  hoorzittingAfzien(id: $id, grond: $grond, motivering: $motivering) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelHoorzittingAfzienMutation, RegiepaneelHoorzittingAfzienMutationVariables>;
export const RegiepaneelBezwaarAdviescommissieDocument = new TypedDocumentString(`
    mutation RegiepaneelBezwaarAdviescommissie($id: ID!, $inschakelen: Boolean!) {
  bezwaarAdviescommissie(id: $id, inschakelen: $inschakelen) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelBezwaarAdviescommissieMutation,
  RegiepaneelBezwaarAdviescommissieMutationVariables
>;
export const RegiepaneelBezwaarVerdagenDocument = new TypedDocumentString(`
    mutation RegiepaneelBezwaarVerdagen($id: ID!, $weken: Int!, $motivering: String!) {
  bezwaarBeslissingVerdagen(id: $id, weken: $weken, motivering: $motivering) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBezwaarVerdagenMutation, RegiepaneelBezwaarVerdagenMutationVariables>;
export const RegiepaneelBezwaarBeslissenDocument = new TypedDocumentString(`
    mutation RegiepaneelBezwaarBeslissen($input: BezwaarBeslissingInput!) {
  bezwaarBeslissen(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBezwaarBeslissenMutation, RegiepaneelBezwaarBeslissenMutationVariables>;
export const RegiepaneelBrieftekstbeheerDocument = new TypedDocumentString(`
    query RegiepaneelBrieftekstbeheer {
  brieftekstBlokken {
    regelingCode
    briefsoort
    blok
    tekst
  }
  subsidieregelingen {
    id
    code
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBrieftekstbeheerQuery, RegiepaneelBrieftekstbeheerQueryVariables>;
export const RegiepaneelBrieftekstOpslaanDocument = new TypedDocumentString(`
    mutation RegiepaneelBrieftekstOpslaan($input: BrieftekstInput!) {
  brieftekstOpslaan(input: $input) {
    regelingCode
    briefsoort
    blok
    tekst
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBrieftekstOpslaanMutation, RegiepaneelBrieftekstOpslaanMutationVariables>;
export const RegiepaneelBurgerberadenDocument = new TypedDocumentString(`
    query RegiepaneelBurgerberaden {
  burgerberaden {
    id
    onderwerp
    grootte
    status
    aanmeldenTot
    zaadBron
    zaadToezegging
    invoerHash
    verdelingBerekendOp
    minimaleKans
    naieveMinimaleKans
    panelenInVerdeling
    zaad
    lotgetal
    gekozenPanel
    gelootOp
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBurgerberadenQuery, RegiepaneelBurgerberadenQueryVariables>;
export const RegiepaneelBeraadAanmeldingenDocument = new TypedDocumentString(`
    query RegiepaneelBeraadAanmeldingen($id: ID!) {
  beraad: node(id: $id) {
    ... on Burgerberaad {
      kenmerken {
        sleutel
        naam
        waarden {
          waarde
          label
          min
          max
        }
      }
    }
  }
  beraadAanmeldingen(beraadId: $id) {
    id
    naam
    selectiekans
    geselecteerd
    kenmerken {
      sleutel
      waarde
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBeraadAanmeldingenQuery, RegiepaneelBeraadAanmeldingenQueryVariables>;
export const RegiepaneelBurgerberaadAanmakenDocument = new TypedDocumentString(`
    mutation RegiepaneelBurgerberaadAanmaken($input: BurgerberaadInput!) {
  burgerberaadAanmaken(input: $input) {
    id
    onderwerp
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelBurgerberaadAanmakenMutation,
  RegiepaneelBurgerberaadAanmakenMutationVariables
>;
export const RegiepaneelBeraadVerdelingBerekenenDocument = new TypedDocumentString(`
    mutation RegiepaneelBeraadVerdelingBerekenen($id: ID!) {
  beraadVerdelingBerekenen(beraadId: $id) {
    id
    minimaleKans
    panelenInVerdeling
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelBeraadVerdelingBerekenenMutation,
  RegiepaneelBeraadVerdelingBerekenenMutationVariables
>;
export const RegiepaneelBeraadLotenDocument = new TypedDocumentString(`
    mutation RegiepaneelBeraadLoten($id: ID!, $zaad: String!) {
  beraadLoten(beraadId: $id, zaad: $zaad) {
    id
    gekozenPanel
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBeraadLotenMutation, RegiepaneelBeraadLotenMutationVariables>;
export const RegiepaneelAgendaBuurtenDocument = new TypedDocumentString(`
    query RegiepaneelAgendaBuurten {
  buurten {
    id
    code
    naam
    wijk {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelAgendaBuurtenQuery, RegiepaneelAgendaBuurtenQueryVariables>;
export const RegiepaneelBuurtagendaDocument = new TypedDocumentString(`
    query RegiepaneelBuurtagenda($buurtId: ID!) {
  buurtagenda(buurtId: $buurtId) {
    id
    soort
    thema
    titel
    omschrijving
    bron
    status
    onderbouwing
    statusToelichting
    steun
    aangemaaktOp
    organisatie {
      naam
    }
    koppelingen {
      soort
      objectId
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBuurtagendaQuery, RegiepaneelBuurtagendaQueryVariables>;
export const RegiepaneelBehoefteToevoegenDocument = new TypedDocumentString(`
    mutation RegiepaneelBehoefteToevoegen($input: BehoefteInput!) {
  behoefteToevoegen(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBehoefteToevoegenMutation, RegiepaneelBehoefteToevoegenMutationVariables>;
export const RegiepaneelBehoefteStatusDocument = new TypedDocumentString(`
    mutation RegiepaneelBehoefteStatus($id: ID!, $status: BehoefteStatus!, $toelichting: String) {
  behoefteStatusWijzigen(id: $id, status: $status, toelichting: $toelichting) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBehoefteStatusMutation, RegiepaneelBehoefteStatusMutationVariables>;
export const RegiepaneelBehoefteKoppelenDocument = new TypedDocumentString(`
    mutation RegiepaneelBehoefteKoppelen($behoefteId: ID!, $objectId: ID!) {
  behoefteKoppelen(behoefteId: $behoefteId, objectId: $objectId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBehoefteKoppelenMutation, RegiepaneelBehoefteKoppelenMutationVariables>;
export const RegiepaneelConciergesDocument = new TypedDocumentString(`
    query RegiepaneelConcierges {
  buurtconcierges {
    id
    naam
    buurten
    beschikbaarheid
  }
  mijnConciergeschap {
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
    `) as unknown as TypedDocumentString<RegiepaneelConciergesQuery, RegiepaneelConciergesQueryVariables>;
export const RegiepaneelConciergeWerkDocument = new TypedDocumentString(`
    query RegiepaneelConciergeWerk {
  conciergeVerzoeken {
    id
    buurt
    buurtId
    soort
    omschrijving
    naam
    status
    signaalReferentie
    reactie
    gevraagdOp
    opgepaktOp
  }
  conciergeLogboek {
    id
    buurt
    datum
    soort
    categorie
    minuten
    notitie
    naamMetToestemming
    doorverwezen
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelConciergeWerkQuery, RegiepaneelConciergeWerkQueryVariables>;
export const RegiepaneelConciergeBuurtenDocument = new TypedDocumentString(`
    query RegiepaneelConciergeBuurten {
  buurten {
    id
    naam
    wijk {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelConciergeBuurtenQuery, RegiepaneelConciergeBuurtenQueryVariables>;
export const RegiepaneelConciergeAanstellenDocument = new TypedDocumentString(`
    mutation RegiepaneelConciergeAanstellen($input: BuurtconciergeInput!) {
  buurtconciergeAanstellen(input: $input) {
    id
    naam
    buurten
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelConciergeAanstellenMutation, RegiepaneelConciergeAanstellenMutationVariables>;
export const RegiepaneelConciergeOppakkenDocument = new TypedDocumentString(`
    mutation RegiepaneelConciergeOppakken($id: ID!) {
  conciergeVerzoekOppakken(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelConciergeOppakkenMutation, RegiepaneelConciergeOppakkenMutationVariables>;
export const RegiepaneelConciergeAfrondenDocument = new TypedDocumentString(`
    mutation RegiepaneelConciergeAfronden($input: ConciergeAfrondenInput!) {
  conciergeVerzoekAfronden(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelConciergeAfrondenMutation, RegiepaneelConciergeAfrondenMutationVariables>;
export const RegiepaneelConciergeDoorzettenDocument = new TypedDocumentString(`
    mutation RegiepaneelConciergeDoorzetten($input: ConciergeDoorzettenInput!) {
  conciergeVerzoekDoorzetten(input: $input) {
    id
    signaalReferentie
    reactie
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelConciergeDoorzettenMutation, RegiepaneelConciergeDoorzettenMutationVariables>;
export const RegiepaneelConciergeLogboekDocument = new TypedDocumentString(`
    mutation RegiepaneelConciergeLogboek($input: ConciergeLogregelInput!) {
  conciergeLogboekSchrijven(input: $input)
}
    `) as unknown as TypedDocumentString<RegiepaneelConciergeLogboekMutation, RegiepaneelConciergeLogboekMutationVariables>;
export const RegiepaneelConciergePilotcijfersDocument = new TypedDocumentString(`
    query RegiepaneelConciergePilotcijfers($jaar: Int) {
  conciergePilotcijfers(jaar: $jaar) {
    buurt
    buurtcode
    verzoeken
    opgepakt
    afgerond
    gemiddeldeReactietijdUren
    doorverwijzingen
    contacten
    taken
    uren
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelConciergePilotcijfersQuery, RegiepaneelConciergePilotcijfersQueryVariables>;
export const RegiepaneelBuurtenDocument = new TypedDocumentString(`
    query RegiepaneelBuurten($zoek: String) {
  buurten(zoek: $zoek) {
    id
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
    }
    partners(first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBuurtenQuery, RegiepaneelBuurtenQueryVariables>;
export const RegiepaneelBuurtpanelenDocument = new TypedDocumentString(`
    query RegiepaneelBuurtpanelen {
  buurtpanelen {
    id
    naam
    quorum
    aantalLeden
    leden
    opgehevenOp
    buurten {
      id
      naam
    }
    stemmingen {
      sluitOp
      gesloten
      geslotenOp
      aantalVoor
      aantalTegen
      aantalOnthouding
      uitkomst
      initiatief {
        id
        referentie
        titel
        status
      }
      verschoningen {
        persoon
        grond
      }
    }
  }
  buurten {
    id
    naam
    wijk {
      naam
    }
  }
  initiatieven(first: 100, status: [IN_BEHANDELING]) {
    edges {
      node {
        id
        referentie
        titel
        status
        beslissenUiterlijk
        buurten {
          id
          naam
        }
        aanvragen {
          regeling {
            naam
            besluitvorming
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBuurtpanelenQuery, RegiepaneelBuurtpanelenQueryVariables>;
export const RegiepaneelBuurtpanelInstellenDocument = new TypedDocumentString(`
    mutation RegiepaneelBuurtpanelInstellen($input: BuurtpanelInput!) {
  buurtpanelInstellen(input: $input) {
    id
    naam
    aantalLeden
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBuurtpanelInstellenMutation, RegiepaneelBuurtpanelInstellenMutationVariables>;
export const RegiepaneelBuurtpanelLedenWijzigenDocument = new TypedDocumentString(`
    mutation RegiepaneelBuurtpanelLedenWijzigen($id: ID!, $leden: [ID!]!) {
  buurtpanelLedenWijzigen(id: $id, leden: $leden) {
    id
    naam
    aantalLeden
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelBuurtpanelLedenWijzigenMutation,
  RegiepaneelBuurtpanelLedenWijzigenMutationVariables
>;
export const RegiepaneelBuurtpanelOpheffenDocument = new TypedDocumentString(`
    mutation RegiepaneelBuurtpanelOpheffen($id: ID!) {
  buurtpanelOpheffen(id: $id) {
    id
    naam
    opgehevenOp
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBuurtpanelOpheffenMutation, RegiepaneelBuurtpanelOpheffenMutationVariables>;
export const RegiepaneelVoorleggenAanPanelDocument = new TypedDocumentString(`
    mutation RegiepaneelVoorleggenAanPanel($id: ID!, $panelId: ID!, $sluitOp: DateTime!) {
  initiatiefVoorleggenAanPanel(id: $id, panelId: $panelId, sluitOp: $sluitOp) {
    sluitOp
    panel {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelVoorleggenAanPanelMutation, RegiepaneelVoorleggenAanPanelMutationVariables>;
export const RegiepaneelDossierDocument = new TypedDocumentString(`
    query RegiepaneelDossier($id: ID!) {
  node(id: $id) {
    __typename
    ... on Initiatief {
      id
      referentie
      titel
      beschrijving
      status
      schaal
      aanvragerSoort
      aantalBetrokkenBewoners
      startdatum
      einddatum
      indiener
      ingediendOp
      beslissenUiterlijk
      aanvullenUiterlijk
      termijnStatus
      opgeschortTot
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
        vaststellenUiterlijk
        besluit {
          verschuldigd
          bedrag
          motivering
        }
      }
      verslag
      werkelijkeKosten
      vaststelling {
        grond
        motivering
      }
      organisatie {
        naam
      }
      buurten {
        naam
      }
      aanvragen {
        id
        instrument {
          naam
          soort
        }
        regeling {
          naam
          versie
        }
        gevraagdBedrag
        eigenBijdrage
        toelichting
        gereserveerdBedrag
        toegekendBedrag
        vastgesteldBedrag
      }
      toetsresultaat {
        ontvankelijk
        bevindingen {
          voorwaarde
          voldaan
          toelichting
        }
      }
      belangenconflicten {
        persoon
        grond
        toelichting
        organisatie {
          naam
        }
      }
      besluit {
        uitkomst
        motivering
        genomenDoor
        genomenOp
        verleendBedrag
        bezwaarMogelijkTot
        bezwaartermijnEinde
        bekendgemaaktOp
        mandaat
        verschoningen {
          persoon
          grond
        }
      }
      berichtkanaal
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
      historie {
        van
        naar
        door
        op
        toelichting
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelDossierQuery, RegiepaneelDossierQueryVariables>;
export const RegiepaneelInBehandelingDocument = new TypedDocumentString(`
    mutation RegiepaneelInBehandeling($id: ID!) {
  initiatiefInBehandelingNemen(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelInBehandelingMutation, RegiepaneelInBehandelingMutationVariables>;
export const RegiepaneelBesluitDocument = new TypedDocumentString(`
    mutation RegiepaneelBesluit($input: BesluitInput!) {
  besluitNemen(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBesluitMutation, RegiepaneelBesluitMutationVariables>;
export const RegiepaneelVaststellenDocument = new TypedDocumentString(`
    mutation RegiepaneelVaststellen($id: ID!, $bedragen: [ToekenningInput!]!, $toelichting: String, $grond: VaststellingsGrond) {
  subsidieVaststellen(
    id: $id
    bedragen: $bedragen
    toelichting: $toelichting
    grond: $grond
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelVaststellenMutation, RegiepaneelVaststellenMutationVariables>;
export const RegiepaneelGelijkgesteldeDagenDocument = new TypedDocumentString(`
    query RegiepaneelGelijkgesteldeDagen {
  gelijkgesteldeDagen {
    id
    datum
    besluit
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelGelijkgesteldeDagenQuery, RegiepaneelGelijkgesteldeDagenQueryVariables>;
export const RegiepaneelGelijkgesteldeDagToevoegenDocument = new TypedDocumentString(`
    mutation RegiepaneelGelijkgesteldeDagToevoegen($input: GelijkgesteldeDagInput!) {
  gelijkgesteldeDagToevoegen(input: $input) {
    id
    datum
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelGelijkgesteldeDagToevoegenMutation,
  RegiepaneelGelijkgesteldeDagToevoegenMutationVariables
>;
export const RegiepaneelGelijkgesteldeDagVerwijderenDocument = new TypedDocumentString(`
    mutation RegiepaneelGelijkgesteldeDagVerwijderen($id: ID!) {
  gelijkgesteldeDagVerwijderen(id: $id) {
    id
    datum
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelGelijkgesteldeDagVerwijderenMutation,
  RegiepaneelGelijkgesteldeDagVerwijderenMutationVariables
>;
export const RegiepaneelHeitjeDocument = new TypedDocumentString(`
    query RegiepaneelHeitje {
  heitjeKlussen {
    id
    titel
    buurtnaam
    beloning
    plaatsen
    plaatsenVrij
    budget
    organisatienaam
  }
  heitjeWinkels {
    id
    naam
    actief
  }
  buurten {
    id
    naam
    wijk {
      naam
    }
  }
  organisaties(first: 100) {
    edges {
      node {
        id
        naam
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelHeitjeQuery, RegiepaneelHeitjeQueryVariables>;
export const RegiepaneelHeitjeKlusAanmakenDocument = new TypedDocumentString(`
    mutation RegiepaneelHeitjeKlusAanmaken($input: HeitjeKlusInput!) {
  heitjeKlusAanmaken(input: $input) {
    id
    titel
    budget
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelHeitjeKlusAanmakenMutation, RegiepaneelHeitjeKlusAanmakenMutationVariables>;
export const RegiepaneelHeitjeWinkelRegistrerenDocument = new TypedDocumentString(`
    mutation RegiepaneelHeitjeWinkelRegistreren($input: HeitjeWinkelInput!) {
  heitjeWinkelRegistreren(input: $input) {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelHeitjeWinkelRegistrerenMutation,
  RegiepaneelHeitjeWinkelRegistrerenMutationVariables
>;
export const RegiepaneelHeitjeWisselkoersDocument = new TypedDocumentString(`
    mutation RegiepaneelHeitjeWisselkoers($input: HeitjeWisselkoersInput!) {
  heitjeWisselkoersVaststellen(input: $input)
}
    `) as unknown as TypedDocumentString<RegiepaneelHeitjeWisselkoersMutation, RegiepaneelHeitjeWisselkoersMutationVariables>;
export const RegiepaneelHeitjeJaarplafondDocument = new TypedDocumentString(`
    mutation RegiepaneelHeitjeJaarplafond($jaar: Int!, $maxHeitjes: Int!) {
  heitjeJaarplafondVaststellen(jaar: $jaar, maxHeitjes: $maxHeitjes)
}
    `) as unknown as TypedDocumentString<RegiepaneelHeitjeJaarplafondMutation, RegiepaneelHeitjeJaarplafondMutationVariables>;
export const RegiepaneelHeitjeAfrekeningDocument = new TypedDocumentString(`
    query RegiepaneelHeitjeAfrekening($maand: String!) {
  heitjeAfrekening(maand: $maand) {
    winkelId
    winkel
    betalingen
    heitjes
    bedrag
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelHeitjeAfrekeningQuery, RegiepaneelHeitjeAfrekeningQueryVariables>;
export const RegiepaneelJaarsubsidiesDocument = new TypedDocumentString(`
    query RegiepaneelJaarsubsidies($boekjaar: Int) {
  jaarsubsidies(boekjaar: $boekjaar) {
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
    regeling {
      naam
    }
    betalingen {
      id
      soort
      volgnummer
      bedrag
      vervaldatum
      status
    }
    wijzigingen {
      id
      omschrijving
      afgehandeld
    }
    afwijkingen {
      code
      omschrijving
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelJaarsubsidiesQuery, RegiepaneelJaarsubsidiesQueryVariables>;
export const RegiepaneelJaarverslagGebiedenDocument = new TypedDocumentString(`
    query RegiepaneelJaarverslagGebieden {
  stadsdelen {
    id
    naam
  }
  buurten {
    id
    code
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelJaarverslagGebiedenQuery, RegiepaneelJaarverslagGebiedenQueryVariables>;
export const RegiepaneelJaarverslagDocument = new TypedDocumentString(`
    query RegiepaneelJaarverslag($jaar: Int!, $buurtId: ID, $stadsdeelId: ID) {
  jaarverslag(jaar: $jaar, buurtId: $buurtId, stadsdeelId: $stadsdeelId) {
    jaar
    schaal
    gebied
    initiatieven {
      ontvangen
      toegekend
      afgewezen
      buitenBehandeling
    }
    geldPerInstrument {
      instrument
      toegekend
      vastgesteld
    }
    plafonds {
      regeling
      stadsdeel
      bedrag
      verleend
      gereserveerd
      benutProcent
    }
    beslistermijnen {
      besluiten
      binnenTermijn
      teLaat
      zonderTermijn
      gemiddeldeDagen
    }
    activiteiten {
      doorgegaan
      geannuleerd
    }
    netwerkbijeenkomsten {
      gehouden
      gepland
      geannuleerd
      aanmeldingen
    }
    signalen {
      afdeling
      gemeld
      afgehandeld
      binnenTermijn
      gemiddeldeDagen
    }
    behoeften {
      geopend
      beantwoord
    }
    panel {
      stemmingen
      stemmen
      mogelijkeStemmen
      deelnameProcent
    }
    concierges {
      verzoeken
      opgepakt
      doorverwijzingen
      contacten
      uren
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelJaarverslagQuery, RegiepaneelJaarverslagQueryVariables>;
export const RegiepaneelMdosDocument = new TypedDocumentString(`
    query RegiepaneelMdos {
  mdos {
    id
    titel
    datum
    status
    notulen
    deelnemers {
      naam
      afdeling
    }
    buurten {
      naam
    }
    acties {
      id
      besluit
      afdeling
      deadline
      status
      overTijd
      resultaat
      voortgang
      signaalId
    }
  }
  afdelingen {
    naam
  }
  buurten {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelMdosQuery, RegiepaneelMdosQueryVariables>;
export const RegiepaneelMdoAgendaDocument = new TypedDocumentString(`
    query RegiepaneelMdoAgenda($mdoId: ID!) {
  mdoAgenda(mdoId: $mdoId) {
    behoeften {
      id
      titel
      soort
      steun
      status
    }
    signalen {
      id
      referentie
      categorie
      afdeling
      reactieUiterlijk
    }
    plannen {
      id
      titel
      afdeling
      startdatum
    }
    opvolging {
      id
      besluit
      afdeling
      deadline
      overTijd
      voortgang
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelMdoAgendaQuery, RegiepaneelMdoAgendaQueryVariables>;
export const RegiepaneelMdoPlannenDocument = new TypedDocumentString(`
    mutation RegiepaneelMdoPlannen($input: MdoInput!) {
  mdoPlannen(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelMdoPlannenMutation, RegiepaneelMdoPlannenMutationVariables>;
export const RegiepaneelMdoNotulenDocument = new TypedDocumentString(`
    mutation RegiepaneelMdoNotulen($id: ID!, $notulen: String!) {
  mdoNotulenVastleggen(id: $id, notulen: $notulen) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelMdoNotulenMutation, RegiepaneelMdoNotulenMutationVariables>;
export const RegiepaneelMdoActieDocument = new TypedDocumentString(`
    mutation RegiepaneelMdoActie($mdoId: ID!, $input: MdoActieInput!) {
  mdoActieToevoegen(mdoId: $mdoId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelMdoActieMutation, RegiepaneelMdoActieMutationVariables>;
export const RegiepaneelMdoOpvolgenDocument = new TypedDocumentString(`
    mutation RegiepaneelMdoOpvolgen($id: ID!, $mdoId: ID!, $voortgang: String!) {
  mdoActieOpvolgen(id: $id, mdoId: $mdoId, voortgang: $voortgang) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelMdoOpvolgenMutation, RegiepaneelMdoOpvolgenMutationVariables>;
export const RegiepaneelMdoAfrondenDocument = new TypedDocumentString(`
    mutation RegiepaneelMdoAfronden($id: ID!, $status: MdoActieStatus!, $resultaat: String!, $terugkoppeling: String) {
  mdoActieAfronden(
    id: $id
    status: $status
    resultaat: $resultaat
    signaalTerugkoppeling: $terugkoppeling
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelMdoAfrondenMutation, RegiepaneelMdoAfrondenMutationVariables>;
export const RegiepaneelMenukaartDocument = new TypedDocumentString(`
    query RegiepaneelMenukaart {
  menukaart(alleenActief: false) {
    id
    naam
    soort
    beschrijving
    voorwaarden
    actief
    regeling {
      id
      code
      naam
      versie
      maximumBedrag
      plafonds {
        periode
        bedrag
        beschikbaar
        stadsdeel {
          naam
        }
      }
    }
  }
  subsidieregelingen {
    id
    code
    naam
    versie
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelMenukaartQuery, RegiepaneelMenukaartQueryVariables>;
export const RegiepaneelInstrumentToevoegenDocument = new TypedDocumentString(`
    mutation RegiepaneelInstrumentToevoegen($input: InstrumentInput!) {
  instrumentToevoegen(input: $input) {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelInstrumentToevoegenMutation, RegiepaneelInstrumentToevoegenMutationVariables>;
export const RegiepaneelInstrumentDeactiverenDocument = new TypedDocumentString(`
    mutation RegiepaneelInstrumentDeactiveren($id: ID!) {
  instrumentDeactiveren(id: $id) {
    id
    naam
    actief
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelInstrumentDeactiverenMutation,
  RegiepaneelInstrumentDeactiverenMutationVariables
>;
export const RegiepaneelInstrumentWijzigenDocument = new TypedDocumentString(`
    mutation RegiepaneelInstrumentWijzigen($id: ID!, $input: InstrumentWijzigingInput!) {
  instrumentWijzigen(id: $id, input: $input) {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelInstrumentWijzigenMutation, RegiepaneelInstrumentWijzigenMutationVariables>;
export const RegiepaneelInstrumentActiverenDocument = new TypedDocumentString(`
    mutation RegiepaneelInstrumentActiveren($id: ID!) {
  instrumentActiveren(id: $id) {
    id
    naam
    actief
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelInstrumentActiverenMutation, RegiepaneelInstrumentActiverenMutationVariables>;
export const RegiepaneelNetwerkbijeenkomstDocument = new TypedDocumentString(`
    query RegiepaneelNetwerkbijeenkomst($id: ID!) {
  node(id: $id) {
    __typename
    ... on Netwerkbijeenkomst {
      id
      titel
      thema
      begin
      eind
      locatie
      status
      capaciteit
      aantalAanmeldingen
      aantalOpWachtlijst
      plaatsenBeschikbaar
      verslag
      buurt {
        id
        naam
        wijk {
          naam
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelNetwerkbijeenkomstQuery, RegiepaneelNetwerkbijeenkomstQueryVariables>;
export const RegiepaneelDeelnemersDocument = new TypedDocumentString(`
    query RegiepaneelDeelnemers($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on Netwerkbijeenkomst {
      deelnemers(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            naam
            email
            rol
            wensen
            status
            wachtlijstPositie
            aangemeldOp
            organisatie {
              naam
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelDeelnemersQuery, RegiepaneelDeelnemersQueryVariables>;
export const RegiepaneelDeelnemerslijstDocument = new TypedDocumentString(`
    query RegiepaneelDeelnemerslijst($id: ID!) {
  netwerkbijeenkomstDeelnemerslijst(id: $id)
}
    `) as unknown as TypedDocumentString<RegiepaneelDeelnemerslijstQuery, RegiepaneelDeelnemerslijstQueryVariables>;
export const RegiepaneelBijeenkomstWijzigenDocument = new TypedDocumentString(`
    mutation RegiepaneelBijeenkomstWijzigen($id: ID!, $input: NetwerkbijeenkomstWijzigenInput!) {
  netwerkbijeenkomstWijzigen(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBijeenkomstWijzigenMutation, RegiepaneelBijeenkomstWijzigenMutationVariables>;
export const RegiepaneelBijeenkomstAnnulerenDocument = new TypedDocumentString(`
    mutation RegiepaneelBijeenkomstAnnuleren($id: ID!) {
  netwerkbijeenkomstAnnuleren(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelBijeenkomstAnnulerenMutation,
  RegiepaneelBijeenkomstAnnulerenMutationVariables
>;
export const RegiepaneelNetwerkbijeenkomstenDocument = new TypedDocumentString(`
    query RegiepaneelNetwerkbijeenkomsten {
  netwerkbijeenkomsten {
    id
    titel
    begin
    eind
    status
    capaciteit
    aantalAanmeldingen
    aantalOpWachtlijst
    buurt {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelNetwerkbijeenkomstenQuery, RegiepaneelNetwerkbijeenkomstenQueryVariables>;
export const RegiepaneelBijeenkomstenPerJaarDocument = new TypedDocumentString(`
    query RegiepaneelBijeenkomstenPerJaar {
  netwerkbijeenkomstenPerJaar {
    jaar
    aantal
    afspraakNagekomen
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBijeenkomstenPerJaarQuery, RegiepaneelBijeenkomstenPerJaarQueryVariables>;
export const RegiepaneelBijeenkomstPlannenDocument = new TypedDocumentString(`
    mutation RegiepaneelBijeenkomstPlannen($input: NetwerkbijeenkomstInput!) {
  netwerkbijeenkomstPlannen(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBijeenkomstPlannenMutation, RegiepaneelBijeenkomstPlannenMutationVariables>;
export const RegiepaneelNevenfunctieregisterDocument = new TypedDocumentString(`
    query RegiepaneelNevenfunctieregister($peildatum: Date) {
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
        id
        naam
      }
      bezoldigd
      vanaf
      tot
      gemeldOp
    }
  }
  organisaties(first: 100) {
    edges {
      node {
        id
        naam
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelNevenfunctieregisterQuery, RegiepaneelNevenfunctieregisterQueryVariables>;
export const RegiepaneelNevenfunctieMeldenDocument = new TypedDocumentString(`
    mutation RegiepaneelNevenfunctieMelden($input: NevenfunctieInput!) {
  nevenfunctieMelden(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelNevenfunctieMeldenMutation, RegiepaneelNevenfunctieMeldenMutationVariables>;
export const RegiepaneelNevenfunctieBeeindigenDocument = new TypedDocumentString(`
    mutation RegiepaneelNevenfunctieBeeindigen($id: ID!, $tot: Date!) {
  nevenfunctieBeeindigen(id: $id, tot: $tot) {
    id
    tot
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelNevenfunctieBeeindigenMutation,
  RegiepaneelNevenfunctieBeeindigenMutationVariables
>;
export const RegiepaneelNevenfunctieCorrigerenDocument = new TypedDocumentString(`
    mutation RegiepaneelNevenfunctieCorrigeren($id: ID!, $input: NevenfunctieCorrigerenInput!) {
  nevenfunctieCorrigeren(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelNevenfunctieCorrigerenMutation,
  RegiepaneelNevenfunctieCorrigerenMutationVariables
>;
export const RegiepaneelAmbtsdragerRegistrerenDocument = new TypedDocumentString(`
    mutation RegiepaneelAmbtsdragerRegistreren($input: AmbtsdragerInput!) {
  ambtsdragerRegistreren(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelAmbtsdragerRegistrerenMutation,
  RegiepaneelAmbtsdragerRegistrerenMutationVariables
>;
export const RegiepaneelPaneladviesDocument = new TypedDocumentString(`
    query RegiepaneelPaneladvies($id: ID!) {
  panelstemming(initiatiefId: $id) {
    gesloten
    geslotenOp
    sluitOp
    aantalVoor
    aantalTegen
    aantalOnthouding
    advies
    adviesGevolgd
    overwegingen {
      keuze
      toelichting
    }
    verschoningen {
      persoon
    }
    panel {
      naam
      quorum
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelPaneladviesQuery, RegiepaneelPaneladviesQueryVariables>;
export const RegiepaneelBesluitOpPaneladviesDocument = new TypedDocumentString(`
    mutation RegiepaneelBesluitOpPaneladvies($initiatiefId: ID!, $uitkomst: BesluitUitkomst!, $afwijkingsreden: String) {
  besluitOpPaneladvies(
    initiatiefId: $initiatiefId
    uitkomst: $uitkomst
    afwijkingsreden: $afwijkingsreden
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelBesluitOpPaneladviesMutation,
  RegiepaneelBesluitOpPaneladviesMutationVariables
>;
export const RegiepaneelPlafondsDocument = new TypedDocumentString(`
    query RegiepaneelPlafonds {
  subsidieregelingen {
    id
    code
    naam
    versie
    plafonds {
      periode
      bedrag
      verleend
      gereserveerd
      beschikbaar
      stadsdeel {
        id
        naam
      }
    }
  }
  stadsdelen {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelPlafondsQuery, RegiepaneelPlafondsQueryVariables>;
export const RegiepaneelPlafondVaststellenDocument = new TypedDocumentString(`
    mutation RegiepaneelPlafondVaststellen($input: SubsidieplafondInput!) {
  subsidieplafondVaststellen(input: $input) {
    periode
    bedrag
    beschikbaar
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelPlafondVaststellenMutation, RegiepaneelPlafondVaststellenMutationVariables>;
export const RegiepaneelPlannenDocument = new TypedDocumentString(`
    query RegiepaneelPlannen {
  plannen {
    id
    titel
    afdeling
    startdatum
    buurten {
      naam
    }
    buurtregisseurs {
      naam
    }
  }
  planParticipaties {
    id
    planId
    status
    open
    vraag
    openVan
    openTot
    aantalReacties
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelPlannenQuery, RegiepaneelPlannenQueryVariables>;
export const RegiepaneelParticipatieVoorbereidenDocument = new TypedDocumentString(`
    mutation RegiepaneelParticipatieVoorbereiden($planId: ID!, $input: ParticipatieInput!) {
  planParticipatieVoorbereiden(planId: $planId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelParticipatieVoorbereidenMutation,
  RegiepaneelParticipatieVoorbereidenMutationVariables
>;
export const RegiepaneelParticipatiePublicerenDocument = new TypedDocumentString(`
    mutation RegiepaneelParticipatiePubliceren($id: ID!) {
  planParticipatiePubliceren(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelParticipatiePublicerenMutation,
  RegiepaneelParticipatiePublicerenMutationVariables
>;
export const RegiepaneelPlanReactiesDocument = new TypedDocumentString(`
    query RegiepaneelPlanReacties($id: ID!) {
  planReacties(participatieId: $id) {
    id
    tekst
    standpunt
    ingediendOp
    antwoord
    organisatie {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelPlanReactiesQuery, RegiepaneelPlanReactiesQueryVariables>;
export const RegiepaneelReactieBeantwoordenDocument = new TypedDocumentString(`
    mutation RegiepaneelReactieBeantwoorden($id: ID!, $antwoord: String!) {
  planReactieBeantwoorden(id: $id, antwoord: $antwoord) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelReactieBeantwoordenMutation, RegiepaneelReactieBeantwoordenMutationVariables>;
export const RegiepaneelRegelsDocument = new TypedDocumentString(`
    query RegiepaneelRegels {
  subsidieregelingen {
    id
    code
    versie
    naam
    beschrijving
    geldigVan
    geldigTot
    schalen
    aanvragers
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
      regel
    }
  }
  menukaart {
    id
    naam
    soort
    regeling {
      code
    }
  }
  buurten {
    id
    naam
    wijk {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelRegelsQuery, RegiepaneelRegelsQueryVariables>;
export const RegiepaneelRegelingVaststellenDocument = new TypedDocumentString(`
    mutation RegiepaneelRegelingVaststellen($input: SubsidieregelingInput!) {
  subsidieregelingVaststellen(input: $input) {
    id
    code
    versie
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelRegelingVaststellenMutation, RegiepaneelRegelingVaststellenMutationVariables>;
export const RegiepaneelRegelToetsDocument = new TypedDocumentString(`
    query RegiepaneelRegelToets($input: InitiatiefInput!, $concept: SubsidieregelingInput) {
  toetsInitiatief(input: $input, concept: $concept) {
    ontvankelijk
    bevindingen {
      voorwaarde
      voldaan
      toelichting
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelRegelToetsQuery, RegiepaneelRegelToetsQueryVariables>;
export const RegiepaneelSignaalDocument = new TypedDocumentString(`
    query RegiepaneelSignaal($id: ID!) {
  node(id: $id) {
    __typename
    ... on Signaal {
      id
      referentie
      categorie
      omschrijving
      status
      afdeling
      gemeldOp
      gewijzigdOp
      reactieUiterlijk
      overTijd
      terugkoppeling
      buurt {
        naam
      }
      buurtregisseur {
        naam
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelSignaalQuery, RegiepaneelSignaalQueryVariables>;
export const RegiepaneelAfdelingenDocument = new TypedDocumentString(`
    query RegiepaneelAfdelingen {
  afdelingen {
    naam
    categorieen
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelAfdelingenQuery, RegiepaneelAfdelingenQueryVariables>;
export const RegiepaneelSignaalInBehandelingDocument = new TypedDocumentString(`
    mutation RegiepaneelSignaalInBehandeling($id: ID!) {
  signaalInBehandelingNemen(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelSignaalInBehandelingMutation,
  RegiepaneelSignaalInBehandelingMutationVariables
>;
export const RegiepaneelSignaalDoorzettenDocument = new TypedDocumentString(`
    mutation RegiepaneelSignaalDoorzetten($id: ID!, $afdeling: String!) {
  signaalDoorzetten(id: $id, afdeling: $afdeling) {
    id
    status
    afdeling
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelSignaalDoorzettenMutation, RegiepaneelSignaalDoorzettenMutationVariables>;
export const RegiepaneelSignaalAfhandelenDocument = new TypedDocumentString(`
    mutation RegiepaneelSignaalAfhandelen($id: ID!, $terugkoppeling: String!) {
  signaalAfhandelen(id: $id, terugkoppeling: $terugkoppeling) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelSignaalAfhandelenMutation, RegiepaneelSignaalAfhandelenMutationVariables>;
export const RegiepaneelSignaalBuurtenDocument = new TypedDocumentString(`
    query RegiepaneelSignaalBuurten {
  buurten {
    id
    naam
    wijk {
      naam
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelSignaalBuurtenQuery, RegiepaneelSignaalBuurtenQueryVariables>;
export const RegiepaneelSignalenDocument = new TypedDocumentString(`
    query RegiepaneelSignalen($buurtId: ID, $status: [SignaalStatus!], $overTijd: Boolean, $after: String) {
  signalen(
    first: 100
    after: $after
    buurtId: $buurtId
    status: $status
    overTijd: $overTijd
    ordening: TERMIJN
  ) {
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
        buurt {
          naam
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelSignalenQuery, RegiepaneelSignalenQueryVariables>;
export const RegiepaneelTenderregelsDocument = new TypedDocumentString(`
    query RegiepaneelTenderregels {
  subsidieregelingen {
    id
    naam
    verdeelmethode
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelTenderregelsQuery, RegiepaneelTenderregelsQueryVariables>;
export const RegiepaneelTenderDocument = new TypedDocumentString(`
    query RegiepaneelTender($regelingId: ID!, $periode: String!) {
  tender(regelingId: $regelingId, periode: $periode) {
    regelingNaam
    voorstel
    seed
    verdeeldOp
    verdeeldDoor
    aanvraagperiodeVan
    aanvraagperiodeTot
    gedeeltelijkToekennen
    plafondBedrag
    vrij
    criteria {
      code
      omschrijving
      gewicht
    }
    regels {
      initiatiefId
      referentie
      plaats
      totaal
      beslecht
      toegekendBedrag
      reden
    }
    beoordelingen {
      initiatiefId
      criterium
      score
      toelichting
      beoordelaar
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelTenderQuery, RegiepaneelTenderQueryVariables>;
export const RegiepaneelTenderBeoordelenDocument = new TypedDocumentString(`
    mutation RegiepaneelTenderBeoordelen($initiatiefId: ID!, $scores: [TenderScoreInput!]!) {
  tenderBeoordelen(initiatiefId: $initiatiefId, scores: $scores) {
    voorstel
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelTenderBeoordelenMutation, RegiepaneelTenderBeoordelenMutationVariables>;
export const RegiepaneelTenderVerdelenDocument = new TypedDocumentString(`
    mutation RegiepaneelTenderVerdelen($regelingId: ID!, $periode: String!) {
  tenderVerdelen(regelingId: $regelingId, periode: $periode) {
    voorstel
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelTenderVerdelenMutation, RegiepaneelTenderVerdelenMutationVariables>;
export const RegiepaneelDoorgaanZonderAanvullingDocument = new TypedDocumentString(`
    mutation RegiepaneelDoorgaanZonderAanvulling($id: ID!, $reden: String!) {
  doorgaanZonderAanvulling(id: $id, reden: $reden) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelDoorgaanZonderAanvullingMutation,
  RegiepaneelDoorgaanZonderAanvullingMutationVariables
>;
export const RegiepaneelBuitenBehandelingDocument = new TypedDocumentString(`
    mutation RegiepaneelBuitenBehandeling($id: ID!, $motivering: String!) {
  buitenBehandelingStellen(id: $id, motivering: $motivering) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelBuitenBehandelingMutation, RegiepaneelBuitenBehandelingMutationVariables>;
export const RegiepaneelVerdagenDocument = new TypedDocumentString(`
    mutation RegiepaneelVerdagen($id: ID!, $nieuweTermijn: Date!, $motivering: String!) {
  beslistermijnVerdagen(
    id: $id
    nieuweTermijn: $nieuweTermijn
    motivering: $motivering
  ) {
    id
    beslissenUiterlijk
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelVerdagenMutation, RegiepaneelVerdagenMutationVariables>;
export const RegiepaneelDwangsomVaststellenDocument = new TypedDocumentString(`
    mutation RegiepaneelDwangsomVaststellen($id: ID!, $verschuldigd: Boolean!, $motivering: String!) {
  dwangsomVaststellen(
    id: $id
    verschuldigd: $verschuldigd
    motivering: $motivering
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelDwangsomVaststellenMutation, RegiepaneelDwangsomVaststellenMutationVariables>;
export const RegiepaneelProgrammasDocument = new TypedDocumentString(`
    query RegiepaneelProgrammas {
  uitvoeringsprogrammas {
    id
    jaar
    gebied
    titel
    inleiding
    status
    totaalBudget
    conclusie
    geevalueerdOp
    inbrengVan
    inbrengTot
    inbreng {
      id
      soort
      organisatie
      tekst
    }
    doelen {
      id
      titel
      eigenaar
      behoefteIds
      acties {
        omschrijving
        eigenaar
      }
    }
    budget {
      instrument
      bedrag
    }
    cijfers {
      initiatieven {
        ontvangen
        toegekend
      }
      behoeften {
        geopend
        beantwoord
      }
    }
  }
  stadsdelen {
    id
    naam
  }
  menukaart {
    id
    naam
  }
  buurten {
    id
    naam
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelProgrammasQuery, RegiepaneelProgrammasQueryVariables>;
export const RegiepaneelProgrammaBehoeftenDocument = new TypedDocumentString(`
    query RegiepaneelProgrammaBehoeften($buurtId: ID!) {
  buurtagenda(buurtId: $buurtId, status: [OPEN, OPGEPAKT]) {
    id
    titel
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelProgrammaBehoeftenQuery, RegiepaneelProgrammaBehoeftenQueryVariables>;
export const RegiepaneelProgrammaOpstellenDocument = new TypedDocumentString(`
    mutation RegiepaneelProgrammaOpstellen($input: UitvoeringsprogrammaInput!) {
  uitvoeringsprogrammaOpstellen(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelProgrammaOpstellenMutation, RegiepaneelProgrammaOpstellenMutationVariables>;
export const RegiepaneelProgrammaDoelDocument = new TypedDocumentString(`
    mutation RegiepaneelProgrammaDoel($id: ID!, $input: ProgrammaDoelInput!) {
  programmaDoelToevoegen(programmaId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelProgrammaDoelMutation, RegiepaneelProgrammaDoelMutationVariables>;
export const RegiepaneelProgrammaBudgetDocument = new TypedDocumentString(`
    mutation RegiepaneelProgrammaBudget($id: ID!, $instrumentId: ID!, $bedrag: Centen!) {
  programmaBudgetVaststellen(
    programmaId: $id
    instrumentId: $instrumentId
    bedrag: $bedrag
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelProgrammaBudgetMutation, RegiepaneelProgrammaBudgetMutationVariables>;
export const RegiepaneelProgrammaVaststellenDocument = new TypedDocumentString(`
    mutation RegiepaneelProgrammaVaststellen($id: ID!) {
  uitvoeringsprogrammaVaststellen(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<
  RegiepaneelProgrammaVaststellenMutation,
  RegiepaneelProgrammaVaststellenMutationVariables
>;
export const RegiepaneelProgrammaVensterDocument = new TypedDocumentString(`
    mutation RegiepaneelProgrammaVenster($id: ID!, $openVan: Date!, $openTot: Date!) {
  programmaInbrengOpenen(id: $id, openVan: $openVan, openTot: $openTot) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelProgrammaVensterMutation, RegiepaneelProgrammaVensterMutationVariables>;
export const RegiepaneelProgrammaEvaluatieDocument = new TypedDocumentString(`
    mutation RegiepaneelProgrammaEvaluatie($id: ID!) {
  programmaEvaluatieStarten(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelProgrammaEvaluatieMutation, RegiepaneelProgrammaEvaluatieMutationVariables>;
export const RegiepaneelProgrammaEvaluerenDocument = new TypedDocumentString(`
    mutation RegiepaneelProgrammaEvalueren($id: ID!, $conclusie: String!) {
  programmaEvalueren(id: $id, conclusie: $conclusie) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelProgrammaEvaluerenMutation, RegiepaneelProgrammaEvaluerenMutationVariables>;
export const RegiepaneelWerkvoorraadDocument = new TypedDocumentString(`
    query RegiepaneelWerkvoorraad($status: [InitiatiefStatus!]) {
  initiatieven(first: 100, status: $status) {
    totalCount
    edges {
      node {
        id
        referentie
        titel
        status
        ingediendOp
        beslissenUiterlijk
        termijnStatus
        opgeschortTot
        dwangsom {
          fase
          dagen
          bedrag
        }
        indiener
        buurten {
          naam
        }
        verzendstand {
          wachtend
          mislukt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegiepaneelWerkvoorraadQuery, RegiepaneelWerkvoorraadQueryVariables>;
