/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation BuurtportaalAanmeldingBevestigen($aanmeldingId: ID!, $code: String!) {\n    aanmeldingBevestigen(aanmeldingId: $aanmeldingId, code: $code) {\n      id\n      status\n      wachtlijstPositie\n    }\n  }\n': typeof types.BuurtportaalAanmeldingBevestigenDocument;
  '\n  mutation BuurtportaalAfmelden($aanmeldingId: ID!, $afmeldcode: String!) {\n    afmelden(aanmeldingId: $aanmeldingId, afmeldcode: $afmeldcode) {\n      id\n      status\n    }\n  }\n': typeof types.BuurtportaalAfmeldenDocument;
  '\n  query BuurtportaalBijeenkomsten {\n    netwerkbijeenkomsten {\n      id\n      titel\n      thema\n      begin\n      eind\n      locatie\n      status\n      capaciteit\n      plaatsenBeschikbaar\n      aantalOpWachtlijst\n      buurt {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalBijeenkomstenDocument;
  '\n  mutation BuurtportaalAanmelden($input: AanmeldingInput!) {\n    aanmelden(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.BuurtportaalAanmeldenDocument;
  '\n  query BuurtportaalBurgerberaden {\n    burgerberaden {\n      id\n      onderwerp\n      beschrijving\n      grootte\n      status\n      aanmeldenTot\n      zaadBron\n      gelootOp\n      kenmerken {\n        sleutel\n        naam\n        waarden {\n          waarde\n          label\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalBurgerberadenDocument;
  '\n  mutation BuurtportaalBeraadAanmelden($input: BeraadAanmeldingInput!) {\n    beraadAanmelden(input: $input) {\n      id\n    }\n  }\n': typeof types.BuurtportaalBeraadAanmeldenDocument;
  '\n  query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {\n    buurt(code: $code) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n        functie\n        email\n        telefoon\n      }\n      partners(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            naam\n            soort\n            beschrijving\n            website\n          }\n        }\n      }\n      activiteiten(vanaf: $vanaf, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            beschrijving\n            begin\n            eind\n            locatie\n            geannuleerd\n            vrijwilligersGezocht\n            organisator {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalBuurtDocument;
  '\n  query BuurtportaalHeitje {\n    heitjeKlussen {\n      id\n      titel\n      beschrijving\n      buurtnaam\n      materialen\n      beloning\n      plaatsenVrij\n      organisatienaam\n    }\n    mijnHeitjes {\n      saldo\n      verdiendDitJaar\n      jaarplafond\n      deelnames {\n        id\n        klusId\n        klustitel\n        status\n      }\n      mutaties {\n        op\n        omschrijving\n        bedrag\n      }\n    }\n    heitjeWinkels {\n      id\n      naam\n      actief\n    }\n  }\n': typeof types.BuurtportaalHeitjeDocument;
  '\n  mutation BuurtportaalHeitjeClaimen($id: ID!) {\n    heitjeKlusClaimen(klusId: $id) {\n      id\n      klustitel\n    }\n  }\n': typeof types.BuurtportaalHeitjeClaimenDocument;
  '\n  mutation BuurtportaalHeitjeBetaalcode($bedrag: Int!) {\n    heitjeBetaalcodeMaken(bedrag: $bedrag) {\n      code\n      bedrag\n      geldigTot\n    }\n  }\n': typeof types.BuurtportaalHeitjeBetaalcodeDocument;
  '\n  query BuurtportaalIdeeGegevens {\n    menukaart {\n      id\n      naam\n      soort\n      beschrijving\n      voorwaarden\n      regeling {\n        id\n      }\n    }\n    subsidieregelingen {\n      id\n      naam\n      beschrijving\n      maximumBedrag\n      beslistermijnWeken\n      besluitvorming\n      voorwaarden {\n        code\n        omschrijving\n      }\n      plafonds {\n        periode\n        beschikbaar\n        stadsdeel {\n          naam\n        }\n      }\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n    mijnInitiatieven {\n      id\n      referentie\n      status\n      titel\n      beschrijving\n      schaal\n      aanvragerSoort\n      organisatie {\n        id\n      }\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      aantalBetrokkenBewoners\n      startdatum\n      einddatum\n      buurten {\n        id\n      }\n      aanvragen {\n        instrument {\n          id\n        }\n        gevraagdBedrag\n        eigenBijdrage\n        toelichting\n      }\n    }\n  }\n': typeof types.BuurtportaalIdeeGegevensDocument;
  '\n  query BuurtportaalToets($input: InitiatiefInput!) {\n    toetsInitiatief(input: $input) {\n      ontvankelijk\n      bevindingen {\n        voorwaarde\n        voldaan\n        toelichting\n      }\n    }\n  }\n': typeof types.BuurtportaalToetsDocument;
  '\n  mutation BuurtportaalIdeeOpslaan($id: ID, $input: InitiatiefInput!) {\n    initiatiefOpslaan(id: $id, input: $input) {\n      id\n      status\n      gewijzigdOp\n    }\n  }\n': typeof types.BuurtportaalIdeeOpslaanDocument;
  '\n  mutation BuurtportaalIdeeIndienen($id: ID!) {\n    initiatiefIndienen(id: $id) {\n      id\n      referentie\n      status\n      ingediendOp\n      beslissenUiterlijk\n      toetsresultaat {\n        ontvankelijk\n        bevindingen {\n          voorwaarde\n          voldaan\n          toelichting\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalIdeeIndienenDocument;
  '\n  mutation BuurtportaalAanvullen($id: ID!, $input: InitiatiefInput!) {\n    aanvullingAanleveren(id: $id, input: $input) {\n      id\n      referentie\n      status\n      beslissenUiterlijk\n    }\n  }\n': typeof types.BuurtportaalAanvullenDocument;
  '\n  query BuurtportaalMijnOrganisaties {\n    mijnOrganisaties {\n      id\n      naam\n    }\n  }\n': typeof types.BuurtportaalMijnOrganisatiesDocument;
  '\n  query BuurtportaalMijnInitiatieven {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      ingediendOp\n      beslissenUiterlijk\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      aanvragerSoort\n      organisatie {\n        naam\n      }\n      verslag\n      werkelijkeKosten\n      vaststelling {\n        grond\n        motivering\n      }\n      aanvragen {\n        id\n        instrument {\n          naam\n        }\n        gevraagdBedrag\n        toegekendBedrag\n        vastgesteldBedrag\n      }\n      besluit {\n        uitkomst\n        motivering\n        genomenOp\n        verleendBedrag\n        bezwaarMogelijkTot\n      }\n      historie {\n        van\n        naar\n        op\n        toelichting\n      }\n    }\n  }\n': typeof types.BuurtportaalMijnInitiatievenDocument;
  '\n  mutation BuurtportaalIntrekken($id: ID!, $toelichting: String) {\n    initiatiefIntrekken(id: $id, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n': typeof types.BuurtportaalIntrekkenDocument;
  '\n  query BuurtportaalMijnSignalen($after: String) {\n    signalen(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          referentie\n          categorie\n          omschrijving\n          status\n          afdeling\n          gemeldOp\n          reactieUiterlijk\n          overTijd\n          terugkoppeling\n          buurt {\n            code\n            naam\n          }\n          buurtregisseur {\n            naam\n          }\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalMijnSignalenDocument;
  '\n  query BuurtportaalNevenfunctieregister($peildatum: Date) {\n    ambtsdragers {\n      id\n      naam\n      functie\n      partij\n      vanaf\n      tot\n      nevenfuncties(peildatum: $peildatum) {\n        id\n        functie\n        organisatieNaam\n        organisatie {\n          naam\n        }\n        bezoldigd\n        vanaf\n        tot\n      }\n    }\n  }\n': typeof types.BuurtportaalNevenfunctieregisterDocument;
  '\n  query BuurtportaalSignaalGegevens {\n    signaalcategorieen {\n      naam\n      afdeling\n      reactietermijnDagen\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalSignaalGegevensDocument;
  '\n  mutation BuurtportaalSignaalMelden($input: SignaalInput!) {\n    signaalMelden(input: $input) {\n      id\n      referentie\n      afdeling\n      reactieUiterlijk\n      buurtregisseur {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalSignaalMeldenDocument;
  '\n  query BuurtportaalBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      ligging {\n        lat\n        lon\n      }\n    }\n  }\n': typeof types.BuurtportaalBuurtenDocument;
  '\n  query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {\n    buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {\n      code\n      naam\n    }\n  }\n': typeof types.BuurtportaalBijPostcodeDocument;
  '\n  query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {\n    buurtBijLocatie(lat: $lat, lon: $lon) {\n      code\n      naam\n    }\n  }\n': typeof types.BuurtportaalBijLocatieDocument;
  '\n  query BuurtportaalUitvoeringGegevens {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      besluit {\n        verleendBedrag\n        genomenOp\n      }\n    }\n  }\n': typeof types.BuurtportaalUitvoeringGegevensDocument;
  '\n  mutation BuurtportaalUitvoeringMelden($id: ID!, $verslag: String!, $werkelijkeKosten: Centen!) {\n    uitvoeringMelden(id: $id, verslag: $verslag, werkelijkeKosten: $werkelijkeKosten) {\n      id\n      status\n      verslag\n      werkelijkeKosten\n    }\n  }\n': typeof types.BuurtportaalUitvoeringMeldenDocument;
};
const documents: Documents = {
  '\n  mutation BuurtportaalAanmeldingBevestigen($aanmeldingId: ID!, $code: String!) {\n    aanmeldingBevestigen(aanmeldingId: $aanmeldingId, code: $code) {\n      id\n      status\n      wachtlijstPositie\n    }\n  }\n':
    types.BuurtportaalAanmeldingBevestigenDocument,
  '\n  mutation BuurtportaalAfmelden($aanmeldingId: ID!, $afmeldcode: String!) {\n    afmelden(aanmeldingId: $aanmeldingId, afmeldcode: $afmeldcode) {\n      id\n      status\n    }\n  }\n':
    types.BuurtportaalAfmeldenDocument,
  '\n  query BuurtportaalBijeenkomsten {\n    netwerkbijeenkomsten {\n      id\n      titel\n      thema\n      begin\n      eind\n      locatie\n      status\n      capaciteit\n      plaatsenBeschikbaar\n      aantalOpWachtlijst\n      buurt {\n        naam\n      }\n    }\n  }\n':
    types.BuurtportaalBijeenkomstenDocument,
  '\n  mutation BuurtportaalAanmelden($input: AanmeldingInput!) {\n    aanmelden(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.BuurtportaalAanmeldenDocument,
  '\n  query BuurtportaalBurgerberaden {\n    burgerberaden {\n      id\n      onderwerp\n      beschrijving\n      grootte\n      status\n      aanmeldenTot\n      zaadBron\n      gelootOp\n      kenmerken {\n        sleutel\n        naam\n        waarden {\n          waarde\n          label\n        }\n      }\n    }\n  }\n':
    types.BuurtportaalBurgerberadenDocument,
  '\n  mutation BuurtportaalBeraadAanmelden($input: BeraadAanmeldingInput!) {\n    beraadAanmelden(input: $input) {\n      id\n    }\n  }\n':
    types.BuurtportaalBeraadAanmeldenDocument,
  '\n  query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {\n    buurt(code: $code) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n        functie\n        email\n        telefoon\n      }\n      partners(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            naam\n            soort\n            beschrijving\n            website\n          }\n        }\n      }\n      activiteiten(vanaf: $vanaf, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            beschrijving\n            begin\n            eind\n            locatie\n            geannuleerd\n            vrijwilligersGezocht\n            organisator {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.BuurtportaalBuurtDocument,
  '\n  query BuurtportaalHeitje {\n    heitjeKlussen {\n      id\n      titel\n      beschrijving\n      buurtnaam\n      materialen\n      beloning\n      plaatsenVrij\n      organisatienaam\n    }\n    mijnHeitjes {\n      saldo\n      verdiendDitJaar\n      jaarplafond\n      deelnames {\n        id\n        klusId\n        klustitel\n        status\n      }\n      mutaties {\n        op\n        omschrijving\n        bedrag\n      }\n    }\n    heitjeWinkels {\n      id\n      naam\n      actief\n    }\n  }\n':
    types.BuurtportaalHeitjeDocument,
  '\n  mutation BuurtportaalHeitjeClaimen($id: ID!) {\n    heitjeKlusClaimen(klusId: $id) {\n      id\n      klustitel\n    }\n  }\n':
    types.BuurtportaalHeitjeClaimenDocument,
  '\n  mutation BuurtportaalHeitjeBetaalcode($bedrag: Int!) {\n    heitjeBetaalcodeMaken(bedrag: $bedrag) {\n      code\n      bedrag\n      geldigTot\n    }\n  }\n':
    types.BuurtportaalHeitjeBetaalcodeDocument,
  '\n  query BuurtportaalIdeeGegevens {\n    menukaart {\n      id\n      naam\n      soort\n      beschrijving\n      voorwaarden\n      regeling {\n        id\n      }\n    }\n    subsidieregelingen {\n      id\n      naam\n      beschrijving\n      maximumBedrag\n      beslistermijnWeken\n      besluitvorming\n      voorwaarden {\n        code\n        omschrijving\n      }\n      plafonds {\n        periode\n        beschikbaar\n        stadsdeel {\n          naam\n        }\n      }\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n    mijnInitiatieven {\n      id\n      referentie\n      status\n      titel\n      beschrijving\n      schaal\n      aanvragerSoort\n      organisatie {\n        id\n      }\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      aantalBetrokkenBewoners\n      startdatum\n      einddatum\n      buurten {\n        id\n      }\n      aanvragen {\n        instrument {\n          id\n        }\n        gevraagdBedrag\n        eigenBijdrage\n        toelichting\n      }\n    }\n  }\n':
    types.BuurtportaalIdeeGegevensDocument,
  '\n  query BuurtportaalToets($input: InitiatiefInput!) {\n    toetsInitiatief(input: $input) {\n      ontvankelijk\n      bevindingen {\n        voorwaarde\n        voldaan\n        toelichting\n      }\n    }\n  }\n':
    types.BuurtportaalToetsDocument,
  '\n  mutation BuurtportaalIdeeOpslaan($id: ID, $input: InitiatiefInput!) {\n    initiatiefOpslaan(id: $id, input: $input) {\n      id\n      status\n      gewijzigdOp\n    }\n  }\n':
    types.BuurtportaalIdeeOpslaanDocument,
  '\n  mutation BuurtportaalIdeeIndienen($id: ID!) {\n    initiatiefIndienen(id: $id) {\n      id\n      referentie\n      status\n      ingediendOp\n      beslissenUiterlijk\n      toetsresultaat {\n        ontvankelijk\n        bevindingen {\n          voorwaarde\n          voldaan\n          toelichting\n        }\n      }\n    }\n  }\n':
    types.BuurtportaalIdeeIndienenDocument,
  '\n  mutation BuurtportaalAanvullen($id: ID!, $input: InitiatiefInput!) {\n    aanvullingAanleveren(id: $id, input: $input) {\n      id\n      referentie\n      status\n      beslissenUiterlijk\n    }\n  }\n':
    types.BuurtportaalAanvullenDocument,
  '\n  query BuurtportaalMijnOrganisaties {\n    mijnOrganisaties {\n      id\n      naam\n    }\n  }\n':
    types.BuurtportaalMijnOrganisatiesDocument,
  '\n  query BuurtportaalMijnInitiatieven {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      ingediendOp\n      beslissenUiterlijk\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      aanvragerSoort\n      organisatie {\n        naam\n      }\n      verslag\n      werkelijkeKosten\n      vaststelling {\n        grond\n        motivering\n      }\n      aanvragen {\n        id\n        instrument {\n          naam\n        }\n        gevraagdBedrag\n        toegekendBedrag\n        vastgesteldBedrag\n      }\n      besluit {\n        uitkomst\n        motivering\n        genomenOp\n        verleendBedrag\n        bezwaarMogelijkTot\n      }\n      historie {\n        van\n        naar\n        op\n        toelichting\n      }\n    }\n  }\n':
    types.BuurtportaalMijnInitiatievenDocument,
  '\n  mutation BuurtportaalIntrekken($id: ID!, $toelichting: String) {\n    initiatiefIntrekken(id: $id, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n':
    types.BuurtportaalIntrekkenDocument,
  '\n  query BuurtportaalMijnSignalen($after: String) {\n    signalen(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          referentie\n          categorie\n          omschrijving\n          status\n          afdeling\n          gemeldOp\n          reactieUiterlijk\n          overTijd\n          terugkoppeling\n          buurt {\n            code\n            naam\n          }\n          buurtregisseur {\n            naam\n          }\n        }\n      }\n    }\n  }\n':
    types.BuurtportaalMijnSignalenDocument,
  '\n  query BuurtportaalNevenfunctieregister($peildatum: Date) {\n    ambtsdragers {\n      id\n      naam\n      functie\n      partij\n      vanaf\n      tot\n      nevenfuncties(peildatum: $peildatum) {\n        id\n        functie\n        organisatieNaam\n        organisatie {\n          naam\n        }\n        bezoldigd\n        vanaf\n        tot\n      }\n    }\n  }\n':
    types.BuurtportaalNevenfunctieregisterDocument,
  '\n  query BuurtportaalSignaalGegevens {\n    signaalcategorieen {\n      naam\n      afdeling\n      reactietermijnDagen\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n':
    types.BuurtportaalSignaalGegevensDocument,
  '\n  mutation BuurtportaalSignaalMelden($input: SignaalInput!) {\n    signaalMelden(input: $input) {\n      id\n      referentie\n      afdeling\n      reactieUiterlijk\n      buurtregisseur {\n        naam\n      }\n    }\n  }\n':
    types.BuurtportaalSignaalMeldenDocument,
  '\n  query BuurtportaalBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      ligging {\n        lat\n        lon\n      }\n    }\n  }\n':
    types.BuurtportaalBuurtenDocument,
  '\n  query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {\n    buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {\n      code\n      naam\n    }\n  }\n':
    types.BuurtportaalBijPostcodeDocument,
  '\n  query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {\n    buurtBijLocatie(lat: $lat, lon: $lon) {\n      code\n      naam\n    }\n  }\n':
    types.BuurtportaalBijLocatieDocument,
  '\n  query BuurtportaalUitvoeringGegevens {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      besluit {\n        verleendBedrag\n        genomenOp\n      }\n    }\n  }\n':
    types.BuurtportaalUitvoeringGegevensDocument,
  '\n  mutation BuurtportaalUitvoeringMelden($id: ID!, $verslag: String!, $werkelijkeKosten: Centen!) {\n    uitvoeringMelden(id: $id, verslag: $verslag, werkelijkeKosten: $werkelijkeKosten) {\n      id\n      status\n      verslag\n      werkelijkeKosten\n    }\n  }\n':
    types.BuurtportaalUitvoeringMeldenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalAanmeldingBevestigen($aanmeldingId: ID!, $code: String!) {\n    aanmeldingBevestigen(aanmeldingId: $aanmeldingId, code: $code) {\n      id\n      status\n      wachtlijstPositie\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalAanmeldingBevestigenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalAfmelden($aanmeldingId: ID!, $afmeldcode: String!) {\n    afmelden(aanmeldingId: $aanmeldingId, afmeldcode: $afmeldcode) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalAfmeldenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBijeenkomsten {\n    netwerkbijeenkomsten {\n      id\n      titel\n      thema\n      begin\n      eind\n      locatie\n      status\n      capaciteit\n      plaatsenBeschikbaar\n      aantalOpWachtlijst\n      buurt {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBijeenkomstenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalAanmelden($input: AanmeldingInput!) {\n    aanmelden(input: $input) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalAanmeldenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBurgerberaden {\n    burgerberaden {\n      id\n      onderwerp\n      beschrijving\n      grootte\n      status\n      aanmeldenTot\n      zaadBron\n      gelootOp\n      kenmerken {\n        sleutel\n        naam\n        waarden {\n          waarde\n          label\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBurgerberadenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalBeraadAanmelden($input: BeraadAanmeldingInput!) {\n    beraadAanmelden(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBeraadAanmeldenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {\n    buurt(code: $code) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n        functie\n        email\n        telefoon\n      }\n      partners(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            naam\n            soort\n            beschrijving\n            website\n          }\n        }\n      }\n      activiteiten(vanaf: $vanaf, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            beschrijving\n            begin\n            eind\n            locatie\n            geannuleerd\n            vrijwilligersGezocht\n            organisator {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBuurtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalHeitje {\n    heitjeKlussen {\n      id\n      titel\n      beschrijving\n      buurtnaam\n      materialen\n      beloning\n      plaatsenVrij\n      organisatienaam\n    }\n    mijnHeitjes {\n      saldo\n      verdiendDitJaar\n      jaarplafond\n      deelnames {\n        id\n        klusId\n        klustitel\n        status\n      }\n      mutaties {\n        op\n        omschrijving\n        bedrag\n      }\n    }\n    heitjeWinkels {\n      id\n      naam\n      actief\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalHeitjeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalHeitjeClaimen($id: ID!) {\n    heitjeKlusClaimen(klusId: $id) {\n      id\n      klustitel\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalHeitjeClaimenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalHeitjeBetaalcode($bedrag: Int!) {\n    heitjeBetaalcodeMaken(bedrag: $bedrag) {\n      code\n      bedrag\n      geldigTot\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalHeitjeBetaalcodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalIdeeGegevens {\n    menukaart {\n      id\n      naam\n      soort\n      beschrijving\n      voorwaarden\n      regeling {\n        id\n      }\n    }\n    subsidieregelingen {\n      id\n      naam\n      beschrijving\n      maximumBedrag\n      beslistermijnWeken\n      besluitvorming\n      voorwaarden {\n        code\n        omschrijving\n      }\n      plafonds {\n        periode\n        beschikbaar\n        stadsdeel {\n          naam\n        }\n      }\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n    mijnInitiatieven {\n      id\n      referentie\n      status\n      titel\n      beschrijving\n      schaal\n      aanvragerSoort\n      organisatie {\n        id\n      }\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      aantalBetrokkenBewoners\n      startdatum\n      einddatum\n      buurten {\n        id\n      }\n      aanvragen {\n        instrument {\n          id\n        }\n        gevraagdBedrag\n        eigenBijdrage\n        toelichting\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalIdeeGegevensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalToets($input: InitiatiefInput!) {\n    toetsInitiatief(input: $input) {\n      ontvankelijk\n      bevindingen {\n        voorwaarde\n        voldaan\n        toelichting\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalToetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalIdeeOpslaan($id: ID, $input: InitiatiefInput!) {\n    initiatiefOpslaan(id: $id, input: $input) {\n      id\n      status\n      gewijzigdOp\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalIdeeOpslaanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalIdeeIndienen($id: ID!) {\n    initiatiefIndienen(id: $id) {\n      id\n      referentie\n      status\n      ingediendOp\n      beslissenUiterlijk\n      toetsresultaat {\n        ontvankelijk\n        bevindingen {\n          voorwaarde\n          voldaan\n          toelichting\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalIdeeIndienenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalAanvullen($id: ID!, $input: InitiatiefInput!) {\n    aanvullingAanleveren(id: $id, input: $input) {\n      id\n      referentie\n      status\n      beslissenUiterlijk\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalAanvullenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalMijnOrganisaties {\n    mijnOrganisaties {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnOrganisatiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalMijnInitiatieven {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      ingediendOp\n      beslissenUiterlijk\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      aanvragerSoort\n      organisatie {\n        naam\n      }\n      verslag\n      werkelijkeKosten\n      vaststelling {\n        grond\n        motivering\n      }\n      aanvragen {\n        id\n        instrument {\n          naam\n        }\n        gevraagdBedrag\n        toegekendBedrag\n        vastgesteldBedrag\n      }\n      besluit {\n        uitkomst\n        motivering\n        genomenOp\n        verleendBedrag\n        bezwaarMogelijkTot\n      }\n      historie {\n        van\n        naar\n        op\n        toelichting\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnInitiatievenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalIntrekken($id: ID!, $toelichting: String) {\n    initiatiefIntrekken(id: $id, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalIntrekkenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalMijnSignalen($after: String) {\n    signalen(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          referentie\n          categorie\n          omschrijving\n          status\n          afdeling\n          gemeldOp\n          reactieUiterlijk\n          overTijd\n          terugkoppeling\n          buurt {\n            code\n            naam\n          }\n          buurtregisseur {\n            naam\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnSignalenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalNevenfunctieregister($peildatum: Date) {\n    ambtsdragers {\n      id\n      naam\n      functie\n      partij\n      vanaf\n      tot\n      nevenfuncties(peildatum: $peildatum) {\n        id\n        functie\n        organisatieNaam\n        organisatie {\n          naam\n        }\n        bezoldigd\n        vanaf\n        tot\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalNevenfunctieregisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalSignaalGegevens {\n    signaalcategorieen {\n      naam\n      afdeling\n      reactietermijnDagen\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalSignaalGegevensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalSignaalMelden($input: SignaalInput!) {\n    signaalMelden(input: $input) {\n      id\n      referentie\n      afdeling\n      reactieUiterlijk\n      buurtregisseur {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalSignaalMeldenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      ligging {\n        lat\n        lon\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBuurtenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {\n    buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {\n      code\n      naam\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBijPostcodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {\n    buurtBijLocatie(lat: $lat, lon: $lon) {\n      code\n      naam\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBijLocatieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalUitvoeringGegevens {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      besluit {\n        verleendBedrag\n        genomenOp\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalUitvoeringGegevensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalUitvoeringMelden($id: ID!, $verslag: String!, $werkelijkeKosten: Centen!) {\n    uitvoeringMelden(id: $id, verslag: $verslag, werkelijkeKosten: $werkelijkeKosten) {\n      id\n      status\n      verslag\n      werkelijkeKosten\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalUitvoeringMeldenDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
