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

export type BesluitUitkomst = 'AFGEWEZEN' | 'TOEGEKEND';

export type Besluitvorming =
  /** Decided by municipal staff. */
  | 'AMBTELIJK'
  /** Decided by a panel of residents (buurtaktie-regeling). */
  | 'BUURTPANEL';

export type BijeenkomstStatus = 'AFGEROND' | 'GEANNULEERD' | 'GEPLAND';

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
  | 'CONCEPT'
  | 'INGEDIEND'
  | 'INGETROKKEN'
  | 'IN_BEHANDELING'
  | 'TOEGEKEND'
  | 'UITGEVOERD'
  | 'VASTGESTELD';

export type InstrumentSoort = 'ADVIES' | 'ANDERS' | 'FINANCIELE_BIJDRAGE' | 'LOCATIE' | 'MATERIAAL' | 'PROMOTIE' | 'VERZEKERING';

export type OndersteuningsaanvraagInput = {
  eigenBijdrage?: number | null | undefined;
  gevraagdBedrag?: number | null | undefined;
  instrumentId: string | number;
  toelichting?: string | null | undefined;
};

export type OrganisatieSoort =
  'BUURTORGANISATIE' | 'MAATSCHAPPELIJKE_PARTNER' | 'ONDERNEMER' | 'OVERIG' | 'STICHTING' | 'VERENIGING';

export type Schaal = 'BUURT' | 'STAD' | 'STADSDEEL';

export type SignaalInput = {
  buurtId: string | number;
  /** One of signaalcategorieen (by name). */
  categorie: string;
  omschrijving: string;
};

export type SignaalStatus = 'AFGEHANDELD' | 'DOORGEZET' | 'IN_BEHANDELING' | 'NIEUW';

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
    aanvragerSoort: AanvragerSoort;
    verslag: string | null;
    werkelijkeKosten: number | null;
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
      verleendBedrag: number;
      bezwaarMogelijkTot: string;
    } | null;
    historie: Array<{ van: InitiatiefStatus | null; naar: InitiatiefStatus; op: string; toelichting: string | null }>;
  }>;
};

export type BuurtportaalIntrekkenMutationVariables = Exact<{
  id: string | number;
  toelichting?: string | null | undefined;
}>;

export type BuurtportaalIntrekkenMutation = { initiatiefIntrekken: { id: string; status: InitiatiefStatus } };

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
      verleendBedrag
      bezwaarMogelijkTot
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
