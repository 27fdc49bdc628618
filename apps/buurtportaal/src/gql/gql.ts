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
  '\n  mutation BuurtportaalAfmeldenMetCode($email: String!, $afmeldcode: String!) {\n    afmeldenMetCode(email: $email, afmeldcode: $afmeldcode) {\n      id\n      status\n    }\n  }\n': typeof types.BuurtportaalAfmeldenMetCodeDocument;
  '\n  mutation BuurtportaalIngebrekestelling($id: ID!) {\n    ingebrekestellingIndienen(id: $id) {\n      id\n    }\n  }\n': typeof types.BuurtportaalIngebrekestellingDocument;
  '\n  query BuurtportaalMijnBezwaren {\n    mijnBezwaren {\n      id\n      referentie\n      status\n      ingediendOp\n      tijdig\n      bezwaartermijnEinde\n      beslissenUiterlijk\n      hoorzittingOp\n      hoorzittingPlaats\n      beslissing\n      beroepMogelijkTot\n      brieven {\n        id\n        soort\n        kenmerk\n        onderwerp\n        datum\n        kanaal\n        verzendstatus\n        verzondenOp\n        pdfUrl\n        html\n      }\n      initiatief {\n        id\n      }\n    }\n  }\n': typeof types.BuurtportaalMijnBezwarenDocument;
  '\n  mutation BuurtportaalBezwaarMaken($input: BezwaarInput!) {\n    bezwaarMaken(input: $input) {\n      id\n      referentie\n    }\n  }\n': typeof types.BuurtportaalBezwaarMakenDocument;
  '\n  query BuurtportaalBijeenkomsten {\n    netwerkbijeenkomsten {\n      id\n      titel\n      thema\n      begin\n      eind\n      locatie\n      status\n      capaciteit\n      plaatsenBeschikbaar\n      aantalOpWachtlijst\n      buurt {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalBijeenkomstenDocument;
  '\n  mutation BuurtportaalAanmelden($input: AanmeldingInput!) {\n    aanmelden(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.BuurtportaalAanmeldenDocument;
  '\n  query BuurtportaalBurgerberaden {\n    burgerberaden {\n      id\n      onderwerp\n      beschrijving\n      grootte\n      status\n      aanmeldenTot\n      zaadBron\n      gelootOp\n      kenmerken {\n        sleutel\n        naam\n        waarden {\n          waarde\n          label\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalBurgerberadenDocument;
  '\n  mutation BuurtportaalBeraadAanmelden($input: BeraadAanmeldingInput!) {\n    beraadAanmelden(input: $input) {\n      id\n    }\n  }\n': typeof types.BuurtportaalBeraadAanmeldenDocument;
  '\n  query BuurtportaalBuurt($code: String!, $vanaf: DateTime!) {\n    buurt(code: $code) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n        functie\n        email\n        telefoon\n      }\n      partners(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            naam\n            soort\n            beschrijving\n            website\n          }\n        }\n      }\n      activiteiten(vanaf: $vanaf, first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            titel\n            beschrijving\n            begin\n            eind\n            locatie\n            geannuleerd\n            vrijwilligersGezocht\n            organisator {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalBuurtDocument;
  '\n  query BuurtportaalBuurtagenda($code: String!) {\n    buurt(code: $code) {\n      id\n      code\n      naam\n      buurtregisseur {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalBuurtagendaDocument;
  '\n  query BuurtportaalBehoeften($buurtId: ID!) {\n    buurtagenda(buurtId: $buurtId) {\n      id\n      soort\n      thema\n      titel\n      omschrijving\n      bron\n      status\n      statusToelichting\n      steun\n      gesteundDoorMij\n      aangemaaktOp\n      organisatie {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalBehoeftenDocument;
  '\n  mutation BuurtportaalBehoefteToevoegen($input: BehoefteInput!) {\n    behoefteToevoegen(input: $input) {\n      id\n    }\n  }\n': typeof types.BuurtportaalBehoefteToevoegenDocument;
  '\n  mutation BuurtportaalBehoefteSteunen($id: ID!) {\n    behoefteSteunen(id: $id) {\n      id\n      steun\n      gesteundDoorMij\n    }\n  }\n': typeof types.BuurtportaalBehoefteSteunenDocument;
  '\n  mutation BuurtportaalBehoefteSteunIntrekken($id: ID!) {\n    behoefteSteunIntrekken(id: $id) {\n      id\n      steun\n      gesteundDoorMij\n    }\n  }\n': typeof types.BuurtportaalBehoefteSteunIntrekkenDocument;
  '\n  query BuurtportaalConcierge {\n    buurtconcierges {\n      id\n      naam\n      buurten\n      buurtIds\n      beschikbaarheid\n    }\n    signaalcategorieen {\n      naam\n      afdeling\n    }\n  }\n': typeof types.BuurtportaalConciergeDocument;
  '\n  query BuurtportaalMijnConciergeVerzoeken {\n    mijnConciergeVerzoeken {\n      id\n      buurt\n      soort\n      omschrijving\n      status\n      signaalReferentie\n      reactie\n      gevraagdOp\n      afgerondOp\n    }\n  }\n': typeof types.BuurtportaalMijnConciergeVerzoekenDocument;
  '\n  mutation BuurtportaalConciergeVragen($input: ConciergeVraagInput!) {\n    conciergeVragen(input: $input) {\n      id\n      buurt\n      signaalReferentie\n    }\n  }\n': typeof types.BuurtportaalConciergeVragenDocument;
  '\n  query BuurtportaalHeitje {\n    heitjeKlussen {\n      id\n      titel\n      beschrijving\n      buurtnaam\n      materialen\n      beloning\n      plaatsenVrij\n      organisatienaam\n    }\n    mijnHeitjes {\n      saldo\n      verdiendDitJaar\n      jaarplafond\n      deelnames {\n        id\n        klusId\n        klustitel\n        status\n      }\n      mutaties {\n        op\n        omschrijving\n        bedrag\n      }\n    }\n    heitjeWinkels {\n      id\n      naam\n      actief\n    }\n  }\n': typeof types.BuurtportaalHeitjeDocument;
  '\n  mutation BuurtportaalHeitjeClaimen($id: ID!) {\n    heitjeKlusClaimen(klusId: $id) {\n      id\n      klustitel\n    }\n  }\n': typeof types.BuurtportaalHeitjeClaimenDocument;
  '\n  mutation BuurtportaalHeitjeBetaalcode($bedrag: Int!) {\n    heitjeBetaalcodeMaken(bedrag: $bedrag) {\n      code\n      bedrag\n      geldigTot\n    }\n  }\n': typeof types.BuurtportaalHeitjeBetaalcodeDocument;
  '\n  query BuurtportaalIdeeGegevens {\n    menukaart {\n      id\n      naam\n      soort\n      beschrijving\n      voorwaarden\n      regeling {\n        id\n      }\n    }\n    subsidieregelingen {\n      id\n      naam\n      beschrijving\n      maximumBedrag\n      beslistermijnWeken\n      besluitvorming\n      verdeelmethode\n      aanvraagperiodeVan\n      aanvraagperiodeTot\n      gedeeltelijkToekennen\n      criteria {\n        code\n        omschrijving\n        gewicht\n      }\n      voorwaarden {\n        code\n        omschrijving\n      }\n      plafonds {\n        periode\n        beschikbaar\n        stadsdeel {\n          naam\n        }\n      }\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n    mijnInitiatieven {\n      id\n      referentie\n      status\n      titel\n      beschrijving\n      schaal\n      aanvragerSoort\n      organisatie {\n        id\n      }\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      aantalBetrokkenBewoners\n      startdatum\n      einddatum\n      buurten {\n        id\n      }\n      aanvragen {\n        instrument {\n          id\n        }\n        gevraagdBedrag\n        eigenBijdrage\n        toelichting\n      }\n    }\n  }\n': typeof types.BuurtportaalIdeeGegevensDocument;
  '\n  query BuurtportaalToets($input: InitiatiefInput!) {\n    toetsInitiatief(input: $input) {\n      ontvankelijk\n      bevindingen {\n        voorwaarde\n        voldaan\n        toelichting\n      }\n    }\n  }\n': typeof types.BuurtportaalToetsDocument;
  '\n  mutation BuurtportaalIdeeOpslaan($id: ID, $input: InitiatiefInput!) {\n    initiatiefOpslaan(id: $id, input: $input) {\n      id\n      status\n      gewijzigdOp\n    }\n  }\n': typeof types.BuurtportaalIdeeOpslaanDocument;
  '\n  mutation BuurtportaalIdeeIndienen($id: ID!) {\n    initiatiefIndienen(id: $id) {\n      id\n      referentie\n      status\n      ingediendOp\n      beslissenUiterlijk\n      toetsresultaat {\n        ontvankelijk\n        bevindingen {\n          voorwaarde\n          voldaan\n          toelichting\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalIdeeIndienenDocument;
  '\n  mutation BuurtportaalAanvullen($id: ID!, $input: InitiatiefInput!) {\n    aanvullingAanleveren(id: $id, input: $input) {\n      id\n      referentie\n      status\n      beslissenUiterlijk\n    }\n  }\n': typeof types.BuurtportaalAanvullenDocument;
  '\n  query BuurtportaalMijnOrganisaties {\n    mijnOrganisaties {\n      id\n      naam\n    }\n  }\n': typeof types.BuurtportaalMijnOrganisatiesDocument;
  '\n  query BuurtportaalIdeeenbank($zoek: String, $thema: VrijwilligersThema) {\n    ideeenbank(zoek: $zoek, thema: $thema) {\n      rang\n      uitsnede\n      verhaal {\n        id\n        titel\n        watGedaan\n        voorWie\n        watWerkte\n        watNiet\n        thema\n        kosten\n      }\n    }\n  }\n': typeof types.BuurtportaalIdeeenbankDocument;
  '\n  query BuurtportaalMijnJaarsubsidies {\n    mijnJaarsubsidies {\n      id\n      referentie\n      organisatieNaam\n      boekjaar\n      status\n      gevraagdBedrag\n      verleendBedrag\n      vastgesteldBedrag\n      betaald\n      verantwoordingUiterlijk\n      nieuweTermijnTot\n      accountantsverklaringNodig\n      verplichtingen\n      activiteiten {\n        code\n        omschrijving\n      }\n      begroting {\n        code\n        omschrijving\n        soort\n      }\n      betalingen {\n        id\n        soort\n        volgnummer\n        bedrag\n        vervaldatum\n        status\n      }\n      besluiten {\n        id\n        soort\n        datum\n        bezwaarMogelijkTot\n        brief\n      }\n      wijzigingen {\n        id\n        omschrijving\n        afgehandeld\n      }\n    }\n  }\n': typeof types.BuurtportaalMijnJaarsubsidiesDocument;
  '\n  mutation BuurtportaalJaarsubsidieWijzigingMelden($id: ID!, $input: JaarsubsidieWijzigingInput!) {\n    jaarsubsidieWijzigingMelden(id: $id, input: $input) {\n      id\n    }\n  }\n': typeof types.BuurtportaalJaarsubsidieWijzigingMeldenDocument;
  '\n  query BuurtportaalMijnBijeenkomstaanmeldingen {\n    mijnBijeenkomstaanmeldingen {\n      id\n      status\n      wachtlijstPositie\n      aangemeldOp\n      bijeenkomst {\n        id\n        titel\n        begin\n        locatie\n        status\n      }\n    }\n  }\n': typeof types.BuurtportaalMijnBijeenkomstaanmeldingenDocument;
  '\n  mutation BuurtportaalMijnBijeenkomstaanmeldingAfmelden($id: ID!) {\n    mijnBijeenkomstaanmeldingAfmelden(aanmeldingId: $id) {\n      id\n      status\n    }\n  }\n': typeof types.BuurtportaalMijnBijeenkomstaanmeldingAfmeldenDocument;
  '\n  query BuurtportaalMijnInitiatieven {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      ingediendOp\n      beslissenUiterlijk\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      opgeschortTot\n      ingebrekestellingMogelijk\n      verdaging {\n        oorspronkelijkeTermijn\n        nieuweTermijn\n        motivering\n      }\n      dwangsom {\n        ingebrekestellingOntvangen\n        verschuldigdVanaf\n        fase\n        dagen\n        bedrag\n        besluit {\n          verschuldigd\n          bedrag\n          motivering\n        }\n      }\n      aanvragerSoort\n      organisatie {\n        naam\n      }\n      verslag\n      werkelijkeKosten\n      vaststelling {\n        grond\n        motivering\n      }\n      aanvragen {\n        id\n        instrument {\n          naam\n        }\n        gevraagdBedrag\n        toegekendBedrag\n        vastgesteldBedrag\n      }\n      besluit {\n        uitkomst\n        motivering\n        genomenOp\n        genomenDoor\n        verleendBedrag\n        bezwaarMogelijkTot\n        bezwaartermijnEinde\n      }\n      brieven {\n        id\n        soort\n        kenmerk\n        onderwerp\n        datum\n        kanaal\n        verzendstatus\n        verzondenOp\n        pdfUrl\n        html\n      }\n      besluiten {\n        id\n      }\n      historie {\n        van\n        naar\n        op\n        toelichting\n      }\n    }\n  }\n': typeof types.BuurtportaalMijnInitiatievenDocument;
  '\n  mutation BuurtportaalIntrekken($id: ID!, $toelichting: String) {\n    initiatiefIntrekken(id: $id, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n': typeof types.BuurtportaalIntrekkenDocument;
  '\n  query BuurtportaalMijnPanelstemmingen {\n    mijnPanelstemmingen {\n      sluitOp\n      mijnStem {\n        keuze\n        toelichting\n        uitgebrachtOp\n      }\n      panel {\n        naam\n        quorum\n        aantalLeden\n      }\n      initiatief {\n        id\n        referentie\n        titel\n        beschrijving\n        startdatum\n        einddatum\n        aantalBetrokkenBewoners\n        buurten {\n          naam\n        }\n        aanvragen {\n          id\n          gevraagdBedrag\n          instrument {\n            naam\n          }\n          regeling {\n            naam\n          }\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalMijnPanelstemmingenDocument;
  '\n  mutation BuurtportaalPanelStem($initiatiefId: ID!, $keuze: Stemkeuze!, $toelichting: String) {\n    panelStemUitbrengen(initiatiefId: $initiatiefId, keuze: $keuze, toelichting: $toelichting) {\n      gesloten\n      mijnStem {\n        keuze\n        toelichting\n        uitgebrachtOp\n      }\n    }\n  }\n': typeof types.BuurtportaalPanelStemDocument;
  '\n  query BuurtportaalMijnSignalen($after: String) {\n    signalen(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          referentie\n          categorie\n          omschrijving\n          status\n          afdeling\n          gemeldOp\n          reactieUiterlijk\n          overTijd\n          terugkoppeling\n          buurt {\n            code\n            naam\n          }\n          buurtregisseur {\n            naam\n          }\n        }\n      }\n    }\n  }\n': typeof types.BuurtportaalMijnSignalenDocument;
  '\n  query BuurtportaalVrijwilligersprofiel {\n    mijnVrijwilligersprofiel {\n      interesses\n      beschikbaarheid\n      mailBijNieuweVerzoeken\n      email\n      buurten {\n        id\n      }\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n': typeof types.BuurtportaalVrijwilligersprofielDocument;
  '\n  mutation BuurtportaalVrijwilligersprofielOpslaan($input: VrijwilligersprofielInput!) {\n    vrijwilligersprofielOpslaan(input: $input) {\n      mailBijNieuweVerzoeken\n      email\n    }\n  }\n': typeof types.BuurtportaalVrijwilligersprofielOpslaanDocument;
  '\n  query BuurtportaalNevenfunctieregister($peildatum: Date) {\n    ambtsdragers {\n      id\n      naam\n      functie\n      partij\n      vanaf\n      tot\n      nevenfuncties(peildatum: $peildatum) {\n        id\n        functie\n        organisatieNaam\n        organisatie {\n          naam\n        }\n        bezoldigd\n        vanaf\n        tot\n      }\n    }\n  }\n': typeof types.BuurtportaalNevenfunctieregisterDocument;
  '\n  query BuurtportaalPaneladvies($id: ID!) {\n    panelstemming(initiatiefId: $id) {\n      gesloten\n      geslotenOp\n      sluitOp\n      aantalVoor\n      aantalTegen\n      aantalOnthouding\n      advies\n      adviesGevolgd\n      afwijkingsreden\n      overwegingen {\n        keuze\n        toelichting\n      }\n      panel {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalPaneladviesDocument;
  '\n  query BuurtportaalOpenPlannen {\n    openPlannen {\n      id\n      titel\n      omschrijving\n      afdeling\n      startdatum\n      einddatum\n      vraag\n      openVan\n      openTot\n      open\n      aantalReacties\n      buurten {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalOpenPlannenDocument;
  '\n  mutation BuurtportaalPlanReageren($participatieId: ID!, $input: PlanReactieInput!) {\n    planReageren(participatieId: $participatieId, input: $input) {\n      id\n    }\n  }\n': typeof types.BuurtportaalPlanReagerenDocument;
  '\n  query BuurtportaalVerslag($id: ID!) {\n    participatieverslag(participatieId: $id) {\n      titel\n      afdeling\n      vraag\n      buurten\n      regisseursGeinformeerdOp\n      aantalGeinformeerdeRegisseurs\n      gepubliceerdOp\n      openVan\n      openTot\n      reacties\n      voor\n      tegen\n      neutraal\n      zonderStandpunt\n      vanBewoners\n      vanPartners\n      beantwoord\n      onbeantwoord\n      antwoorden {\n        standpunt\n        van\n        ontvangenOp\n        antwoord\n      }\n    }\n  }\n': typeof types.BuurtportaalVerslagDocument;
  '\n  query BuurtportaalSignaalGegevens {\n    signaalcategorieen {\n      naam\n      afdeling\n      reactietermijnDagen\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalSignaalGegevensDocument;
  '\n  mutation BuurtportaalSignaalMelden($input: SignaalInput!) {\n    signaalMelden(input: $input) {\n      id\n      referentie\n      afdeling\n      reactieUiterlijk\n      buurtregisseur {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalSignaalMeldenDocument;
  '\n  query BuurtportaalBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      code\n      naam\n      wijk {\n        naam\n      }\n      ligging {\n        lat\n        lon\n      }\n    }\n  }\n': typeof types.BuurtportaalBuurtenDocument;
  '\n  query BuurtportaalBijPostcode($postcode: String!, $huisnummer: Int) {\n    buurtBijPostcode(postcode: $postcode, huisnummer: $huisnummer) {\n      code\n      naam\n    }\n  }\n': typeof types.BuurtportaalBijPostcodeDocument;
  '\n  query BuurtportaalBijLocatie($lat: Float!, $lon: Float!) {\n    buurtBijLocatie(lat: $lat, lon: $lon) {\n      code\n      naam\n    }\n  }\n': typeof types.BuurtportaalBijLocatieDocument;
  '\n  query BuurtportaalUitvoeringGegevens {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      besluit {\n        verleendBedrag\n        genomenOp\n      }\n    }\n  }\n': typeof types.BuurtportaalUitvoeringGegevensDocument;
  '\n  mutation BuurtportaalUitvoeringMelden($id: ID!, $verslag: String!, $werkelijkeKosten: Centen!) {\n    uitvoeringMelden(id: $id, verslag: $verslag, werkelijkeKosten: $werkelijkeKosten) {\n      id\n      status\n      verslag\n      werkelijkeKosten\n    }\n  }\n': typeof types.BuurtportaalUitvoeringMeldenDocument;
  '\n  query BuurtportaalOrganisatorGegevens {\n    mijnVrijwilligersverzoeken {\n      id\n      titel\n      begin\n      eind\n      status\n      aantal\n      plaatsenBeschikbaar\n      wachtlijst\n      organisatorNaam\n    }\n    mijnOrganisaties {\n      id\n      naam\n    }\n    mijnInitiatieven {\n      id\n      titel\n      status\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n': typeof types.BuurtportaalOrganisatorGegevensDocument;
  '\n  mutation BuurtportaalVrijwilligersverzoekPlaatsen($input: VrijwilligersverzoekInput!) {\n    vrijwilligersverzoekPlaatsen(input: $input) {\n      id\n      titel\n    }\n  }\n': typeof types.BuurtportaalVrijwilligersverzoekPlaatsenDocument;
  '\n  query BuurtportaalVrijwilligersVanVerzoek($id: ID!) {\n    vrijwilligersVanVerzoek(verzoekId: $id) {\n      id\n      naam\n      email\n      telefoon\n      toelichting\n      status\n      wachtlijstPositie\n      bevestigdOp\n    }\n  }\n': typeof types.BuurtportaalVrijwilligersVanVerzoekDocument;
  '\n  mutation BuurtportaalVrijwilligerBevestigen($id: ID!) {\n    vrijwilligerBevestigen(aanmeldingId: $id) {\n      id\n      bevestigdOp\n    }\n  }\n': typeof types.BuurtportaalVrijwilligerBevestigenDocument;
  '\n  query BuurtportaalVrijwilligersverzoeken($buurtId: ID, $thema: VrijwilligersThema) {\n    vrijwilligersverzoeken(buurtId: $buurtId, thema: $thema) {\n      id\n      titel\n      thema\n      begin\n      eind\n      locatie\n      aantal\n      plaatsenBeschikbaar\n      organisatorNaam\n      buurt {\n        naam\n      }\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n': typeof types.BuurtportaalVrijwilligersverzoekenDocument;
  '\n  query BuurtportaalVrijwilligersverzoek($id: ID!) {\n    vrijwilligersverzoek(id: $id) {\n      id\n      titel\n      beschrijving\n      thema\n      begin\n      eind\n      locatie\n      aantal\n      plaatsenBeschikbaar\n      wachtlijst\n      vaardigheden\n      minimumLeeftijd\n      vogNodig\n      open\n      status\n      organisatorNaam\n      toestemmingstekst\n      buurt {\n        naam\n      }\n    }\n  }\n': typeof types.BuurtportaalVrijwilligersverzoekDocument;
  '\n  query BuurtportaalMijnVrijwilligersaanmeldingen {\n    mijnVrijwilligersaanmeldingen {\n      id\n      status\n      wachtlijstPositie\n      bevestigd\n      aangemeldOp\n      verzoek {\n        id\n        titel\n        begin\n        eind\n        locatie\n        organisatorNaam\n      }\n    }\n  }\n': typeof types.BuurtportaalMijnVrijwilligersaanmeldingenDocument;
  '\n  mutation BuurtportaalVrijwilligerAanmelden($input: VrijwilligerAanmeldenInput!) {\n    vrijwilligerAanmelden(input: $input) {\n      id\n      status\n      wachtlijstPositie\n      bevestigd\n    }\n  }\n': typeof types.BuurtportaalVrijwilligerAanmeldenDocument;
  '\n  mutation BuurtportaalVrijwilligerAfmelden($id: ID!) {\n    vrijwilligerAfmelden(aanmeldingId: $id) {\n      id\n      status\n    }\n  }\n': typeof types.BuurtportaalVrijwilligerAfmeldenDocument;
};
const documents: Documents = {
  '\n  mutation BuurtportaalAanmeldingBevestigen($aanmeldingId: ID!, $code: String!) {\n    aanmeldingBevestigen(aanmeldingId: $aanmeldingId, code: $code) {\n      id\n      status\n      wachtlijstPositie\n    }\n  }\n':
    types.BuurtportaalAanmeldingBevestigenDocument,
  '\n  mutation BuurtportaalAfmelden($aanmeldingId: ID!, $afmeldcode: String!) {\n    afmelden(aanmeldingId: $aanmeldingId, afmeldcode: $afmeldcode) {\n      id\n      status\n    }\n  }\n':
    types.BuurtportaalAfmeldenDocument,
  '\n  mutation BuurtportaalAfmeldenMetCode($email: String!, $afmeldcode: String!) {\n    afmeldenMetCode(email: $email, afmeldcode: $afmeldcode) {\n      id\n      status\n    }\n  }\n':
    types.BuurtportaalAfmeldenMetCodeDocument,
  '\n  mutation BuurtportaalIngebrekestelling($id: ID!) {\n    ingebrekestellingIndienen(id: $id) {\n      id\n    }\n  }\n':
    types.BuurtportaalIngebrekestellingDocument,
  '\n  query BuurtportaalMijnBezwaren {\n    mijnBezwaren {\n      id\n      referentie\n      status\n      ingediendOp\n      tijdig\n      bezwaartermijnEinde\n      beslissenUiterlijk\n      hoorzittingOp\n      hoorzittingPlaats\n      beslissing\n      beroepMogelijkTot\n      brieven {\n        id\n        soort\n        kenmerk\n        onderwerp\n        datum\n        kanaal\n        verzendstatus\n        verzondenOp\n        pdfUrl\n        html\n      }\n      initiatief {\n        id\n      }\n    }\n  }\n':
    types.BuurtportaalMijnBezwarenDocument,
  '\n  mutation BuurtportaalBezwaarMaken($input: BezwaarInput!) {\n    bezwaarMaken(input: $input) {\n      id\n      referentie\n    }\n  }\n':
    types.BuurtportaalBezwaarMakenDocument,
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
  '\n  query BuurtportaalBuurtagenda($code: String!) {\n    buurt(code: $code) {\n      id\n      code\n      naam\n      buurtregisseur {\n        naam\n      }\n    }\n  }\n':
    types.BuurtportaalBuurtagendaDocument,
  '\n  query BuurtportaalBehoeften($buurtId: ID!) {\n    buurtagenda(buurtId: $buurtId) {\n      id\n      soort\n      thema\n      titel\n      omschrijving\n      bron\n      status\n      statusToelichting\n      steun\n      gesteundDoorMij\n      aangemaaktOp\n      organisatie {\n        naam\n      }\n    }\n  }\n':
    types.BuurtportaalBehoeftenDocument,
  '\n  mutation BuurtportaalBehoefteToevoegen($input: BehoefteInput!) {\n    behoefteToevoegen(input: $input) {\n      id\n    }\n  }\n':
    types.BuurtportaalBehoefteToevoegenDocument,
  '\n  mutation BuurtportaalBehoefteSteunen($id: ID!) {\n    behoefteSteunen(id: $id) {\n      id\n      steun\n      gesteundDoorMij\n    }\n  }\n':
    types.BuurtportaalBehoefteSteunenDocument,
  '\n  mutation BuurtportaalBehoefteSteunIntrekken($id: ID!) {\n    behoefteSteunIntrekken(id: $id) {\n      id\n      steun\n      gesteundDoorMij\n    }\n  }\n':
    types.BuurtportaalBehoefteSteunIntrekkenDocument,
  '\n  query BuurtportaalConcierge {\n    buurtconcierges {\n      id\n      naam\n      buurten\n      buurtIds\n      beschikbaarheid\n    }\n    signaalcategorieen {\n      naam\n      afdeling\n    }\n  }\n':
    types.BuurtportaalConciergeDocument,
  '\n  query BuurtportaalMijnConciergeVerzoeken {\n    mijnConciergeVerzoeken {\n      id\n      buurt\n      soort\n      omschrijving\n      status\n      signaalReferentie\n      reactie\n      gevraagdOp\n      afgerondOp\n    }\n  }\n':
    types.BuurtportaalMijnConciergeVerzoekenDocument,
  '\n  mutation BuurtportaalConciergeVragen($input: ConciergeVraagInput!) {\n    conciergeVragen(input: $input) {\n      id\n      buurt\n      signaalReferentie\n    }\n  }\n':
    types.BuurtportaalConciergeVragenDocument,
  '\n  query BuurtportaalHeitje {\n    heitjeKlussen {\n      id\n      titel\n      beschrijving\n      buurtnaam\n      materialen\n      beloning\n      plaatsenVrij\n      organisatienaam\n    }\n    mijnHeitjes {\n      saldo\n      verdiendDitJaar\n      jaarplafond\n      deelnames {\n        id\n        klusId\n        klustitel\n        status\n      }\n      mutaties {\n        op\n        omschrijving\n        bedrag\n      }\n    }\n    heitjeWinkels {\n      id\n      naam\n      actief\n    }\n  }\n':
    types.BuurtportaalHeitjeDocument,
  '\n  mutation BuurtportaalHeitjeClaimen($id: ID!) {\n    heitjeKlusClaimen(klusId: $id) {\n      id\n      klustitel\n    }\n  }\n':
    types.BuurtportaalHeitjeClaimenDocument,
  '\n  mutation BuurtportaalHeitjeBetaalcode($bedrag: Int!) {\n    heitjeBetaalcodeMaken(bedrag: $bedrag) {\n      code\n      bedrag\n      geldigTot\n    }\n  }\n':
    types.BuurtportaalHeitjeBetaalcodeDocument,
  '\n  query BuurtportaalIdeeGegevens {\n    menukaart {\n      id\n      naam\n      soort\n      beschrijving\n      voorwaarden\n      regeling {\n        id\n      }\n    }\n    subsidieregelingen {\n      id\n      naam\n      beschrijving\n      maximumBedrag\n      beslistermijnWeken\n      besluitvorming\n      verdeelmethode\n      aanvraagperiodeVan\n      aanvraagperiodeTot\n      gedeeltelijkToekennen\n      criteria {\n        code\n        omschrijving\n        gewicht\n      }\n      voorwaarden {\n        code\n        omschrijving\n      }\n      plafonds {\n        periode\n        beschikbaar\n        stadsdeel {\n          naam\n        }\n      }\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n    mijnInitiatieven {\n      id\n      referentie\n      status\n      titel\n      beschrijving\n      schaal\n      aanvragerSoort\n      organisatie {\n        id\n      }\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      aantalBetrokkenBewoners\n      startdatum\n      einddatum\n      buurten {\n        id\n      }\n      aanvragen {\n        instrument {\n          id\n        }\n        gevraagdBedrag\n        eigenBijdrage\n        toelichting\n      }\n    }\n  }\n':
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
  '\n  query BuurtportaalIdeeenbank($zoek: String, $thema: VrijwilligersThema) {\n    ideeenbank(zoek: $zoek, thema: $thema) {\n      rang\n      uitsnede\n      verhaal {\n        id\n        titel\n        watGedaan\n        voorWie\n        watWerkte\n        watNiet\n        thema\n        kosten\n      }\n    }\n  }\n':
    types.BuurtportaalIdeeenbankDocument,
  '\n  query BuurtportaalMijnJaarsubsidies {\n    mijnJaarsubsidies {\n      id\n      referentie\n      organisatieNaam\n      boekjaar\n      status\n      gevraagdBedrag\n      verleendBedrag\n      vastgesteldBedrag\n      betaald\n      verantwoordingUiterlijk\n      nieuweTermijnTot\n      accountantsverklaringNodig\n      verplichtingen\n      activiteiten {\n        code\n        omschrijving\n      }\n      begroting {\n        code\n        omschrijving\n        soort\n      }\n      betalingen {\n        id\n        soort\n        volgnummer\n        bedrag\n        vervaldatum\n        status\n      }\n      besluiten {\n        id\n        soort\n        datum\n        bezwaarMogelijkTot\n        brief\n      }\n      wijzigingen {\n        id\n        omschrijving\n        afgehandeld\n      }\n    }\n  }\n':
    types.BuurtportaalMijnJaarsubsidiesDocument,
  '\n  mutation BuurtportaalJaarsubsidieWijzigingMelden($id: ID!, $input: JaarsubsidieWijzigingInput!) {\n    jaarsubsidieWijzigingMelden(id: $id, input: $input) {\n      id\n    }\n  }\n':
    types.BuurtportaalJaarsubsidieWijzigingMeldenDocument,
  '\n  query BuurtportaalMijnBijeenkomstaanmeldingen {\n    mijnBijeenkomstaanmeldingen {\n      id\n      status\n      wachtlijstPositie\n      aangemeldOp\n      bijeenkomst {\n        id\n        titel\n        begin\n        locatie\n        status\n      }\n    }\n  }\n':
    types.BuurtportaalMijnBijeenkomstaanmeldingenDocument,
  '\n  mutation BuurtportaalMijnBijeenkomstaanmeldingAfmelden($id: ID!) {\n    mijnBijeenkomstaanmeldingAfmelden(aanmeldingId: $id) {\n      id\n      status\n    }\n  }\n':
    types.BuurtportaalMijnBijeenkomstaanmeldingAfmeldenDocument,
  '\n  query BuurtportaalMijnInitiatieven {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      ingediendOp\n      beslissenUiterlijk\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      opgeschortTot\n      ingebrekestellingMogelijk\n      verdaging {\n        oorspronkelijkeTermijn\n        nieuweTermijn\n        motivering\n      }\n      dwangsom {\n        ingebrekestellingOntvangen\n        verschuldigdVanaf\n        fase\n        dagen\n        bedrag\n        besluit {\n          verschuldigd\n          bedrag\n          motivering\n        }\n      }\n      aanvragerSoort\n      organisatie {\n        naam\n      }\n      verslag\n      werkelijkeKosten\n      vaststelling {\n        grond\n        motivering\n      }\n      aanvragen {\n        id\n        instrument {\n          naam\n        }\n        gevraagdBedrag\n        toegekendBedrag\n        vastgesteldBedrag\n      }\n      besluit {\n        uitkomst\n        motivering\n        genomenOp\n        genomenDoor\n        verleendBedrag\n        bezwaarMogelijkTot\n        bezwaartermijnEinde\n      }\n      brieven {\n        id\n        soort\n        kenmerk\n        onderwerp\n        datum\n        kanaal\n        verzendstatus\n        verzondenOp\n        pdfUrl\n        html\n      }\n      besluiten {\n        id\n      }\n      historie {\n        van\n        naar\n        op\n        toelichting\n      }\n    }\n  }\n':
    types.BuurtportaalMijnInitiatievenDocument,
  '\n  mutation BuurtportaalIntrekken($id: ID!, $toelichting: String) {\n    initiatiefIntrekken(id: $id, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n':
    types.BuurtportaalIntrekkenDocument,
  '\n  query BuurtportaalMijnPanelstemmingen {\n    mijnPanelstemmingen {\n      sluitOp\n      mijnStem {\n        keuze\n        toelichting\n        uitgebrachtOp\n      }\n      panel {\n        naam\n        quorum\n        aantalLeden\n      }\n      initiatief {\n        id\n        referentie\n        titel\n        beschrijving\n        startdatum\n        einddatum\n        aantalBetrokkenBewoners\n        buurten {\n          naam\n        }\n        aanvragen {\n          id\n          gevraagdBedrag\n          instrument {\n            naam\n          }\n          regeling {\n            naam\n          }\n        }\n      }\n    }\n  }\n':
    types.BuurtportaalMijnPanelstemmingenDocument,
  '\n  mutation BuurtportaalPanelStem($initiatiefId: ID!, $keuze: Stemkeuze!, $toelichting: String) {\n    panelStemUitbrengen(initiatiefId: $initiatiefId, keuze: $keuze, toelichting: $toelichting) {\n      gesloten\n      mijnStem {\n        keuze\n        toelichting\n        uitgebrachtOp\n      }\n    }\n  }\n':
    types.BuurtportaalPanelStemDocument,
  '\n  query BuurtportaalMijnSignalen($after: String) {\n    signalen(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          referentie\n          categorie\n          omschrijving\n          status\n          afdeling\n          gemeldOp\n          reactieUiterlijk\n          overTijd\n          terugkoppeling\n          buurt {\n            code\n            naam\n          }\n          buurtregisseur {\n            naam\n          }\n        }\n      }\n    }\n  }\n':
    types.BuurtportaalMijnSignalenDocument,
  '\n  query BuurtportaalVrijwilligersprofiel {\n    mijnVrijwilligersprofiel {\n      interesses\n      beschikbaarheid\n      mailBijNieuweVerzoeken\n      email\n      buurten {\n        id\n      }\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n':
    types.BuurtportaalVrijwilligersprofielDocument,
  '\n  mutation BuurtportaalVrijwilligersprofielOpslaan($input: VrijwilligersprofielInput!) {\n    vrijwilligersprofielOpslaan(input: $input) {\n      mailBijNieuweVerzoeken\n      email\n    }\n  }\n':
    types.BuurtportaalVrijwilligersprofielOpslaanDocument,
  '\n  query BuurtportaalNevenfunctieregister($peildatum: Date) {\n    ambtsdragers {\n      id\n      naam\n      functie\n      partij\n      vanaf\n      tot\n      nevenfuncties(peildatum: $peildatum) {\n        id\n        functie\n        organisatieNaam\n        organisatie {\n          naam\n        }\n        bezoldigd\n        vanaf\n        tot\n      }\n    }\n  }\n':
    types.BuurtportaalNevenfunctieregisterDocument,
  '\n  query BuurtportaalPaneladvies($id: ID!) {\n    panelstemming(initiatiefId: $id) {\n      gesloten\n      geslotenOp\n      sluitOp\n      aantalVoor\n      aantalTegen\n      aantalOnthouding\n      advies\n      adviesGevolgd\n      afwijkingsreden\n      overwegingen {\n        keuze\n        toelichting\n      }\n      panel {\n        naam\n      }\n    }\n  }\n':
    types.BuurtportaalPaneladviesDocument,
  '\n  query BuurtportaalOpenPlannen {\n    openPlannen {\n      id\n      titel\n      omschrijving\n      afdeling\n      startdatum\n      einddatum\n      vraag\n      openVan\n      openTot\n      open\n      aantalReacties\n      buurten {\n        naam\n      }\n    }\n  }\n':
    types.BuurtportaalOpenPlannenDocument,
  '\n  mutation BuurtportaalPlanReageren($participatieId: ID!, $input: PlanReactieInput!) {\n    planReageren(participatieId: $participatieId, input: $input) {\n      id\n    }\n  }\n':
    types.BuurtportaalPlanReagerenDocument,
  '\n  query BuurtportaalVerslag($id: ID!) {\n    participatieverslag(participatieId: $id) {\n      titel\n      afdeling\n      vraag\n      buurten\n      regisseursGeinformeerdOp\n      aantalGeinformeerdeRegisseurs\n      gepubliceerdOp\n      openVan\n      openTot\n      reacties\n      voor\n      tegen\n      neutraal\n      zonderStandpunt\n      vanBewoners\n      vanPartners\n      beantwoord\n      onbeantwoord\n      antwoorden {\n        standpunt\n        van\n        ontvangenOp\n        antwoord\n      }\n    }\n  }\n':
    types.BuurtportaalVerslagDocument,
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
  '\n  query BuurtportaalOrganisatorGegevens {\n    mijnVrijwilligersverzoeken {\n      id\n      titel\n      begin\n      eind\n      status\n      aantal\n      plaatsenBeschikbaar\n      wachtlijst\n      organisatorNaam\n    }\n    mijnOrganisaties {\n      id\n      naam\n    }\n    mijnInitiatieven {\n      id\n      titel\n      status\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n':
    types.BuurtportaalOrganisatorGegevensDocument,
  '\n  mutation BuurtportaalVrijwilligersverzoekPlaatsen($input: VrijwilligersverzoekInput!) {\n    vrijwilligersverzoekPlaatsen(input: $input) {\n      id\n      titel\n    }\n  }\n':
    types.BuurtportaalVrijwilligersverzoekPlaatsenDocument,
  '\n  query BuurtportaalVrijwilligersVanVerzoek($id: ID!) {\n    vrijwilligersVanVerzoek(verzoekId: $id) {\n      id\n      naam\n      email\n      telefoon\n      toelichting\n      status\n      wachtlijstPositie\n      bevestigdOp\n    }\n  }\n':
    types.BuurtportaalVrijwilligersVanVerzoekDocument,
  '\n  mutation BuurtportaalVrijwilligerBevestigen($id: ID!) {\n    vrijwilligerBevestigen(aanmeldingId: $id) {\n      id\n      bevestigdOp\n    }\n  }\n':
    types.BuurtportaalVrijwilligerBevestigenDocument,
  '\n  query BuurtportaalVrijwilligersverzoeken($buurtId: ID, $thema: VrijwilligersThema) {\n    vrijwilligersverzoeken(buurtId: $buurtId, thema: $thema) {\n      id\n      titel\n      thema\n      begin\n      eind\n      locatie\n      aantal\n      plaatsenBeschikbaar\n      organisatorNaam\n      buurt {\n        naam\n      }\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n':
    types.BuurtportaalVrijwilligersverzoekenDocument,
  '\n  query BuurtportaalVrijwilligersverzoek($id: ID!) {\n    vrijwilligersverzoek(id: $id) {\n      id\n      titel\n      beschrijving\n      thema\n      begin\n      eind\n      locatie\n      aantal\n      plaatsenBeschikbaar\n      wachtlijst\n      vaardigheden\n      minimumLeeftijd\n      vogNodig\n      open\n      status\n      organisatorNaam\n      toestemmingstekst\n      buurt {\n        naam\n      }\n    }\n  }\n':
    types.BuurtportaalVrijwilligersverzoekDocument,
  '\n  query BuurtportaalMijnVrijwilligersaanmeldingen {\n    mijnVrijwilligersaanmeldingen {\n      id\n      status\n      wachtlijstPositie\n      bevestigd\n      aangemeldOp\n      verzoek {\n        id\n        titel\n        begin\n        eind\n        locatie\n        organisatorNaam\n      }\n    }\n  }\n':
    types.BuurtportaalMijnVrijwilligersaanmeldingenDocument,
  '\n  mutation BuurtportaalVrijwilligerAanmelden($input: VrijwilligerAanmeldenInput!) {\n    vrijwilligerAanmelden(input: $input) {\n      id\n      status\n      wachtlijstPositie\n      bevestigd\n    }\n  }\n':
    types.BuurtportaalVrijwilligerAanmeldenDocument,
  '\n  mutation BuurtportaalVrijwilligerAfmelden($id: ID!) {\n    vrijwilligerAfmelden(aanmeldingId: $id) {\n      id\n      status\n    }\n  }\n':
    types.BuurtportaalVrijwilligerAfmeldenDocument,
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
  source: '\n  mutation BuurtportaalAfmeldenMetCode($email: String!, $afmeldcode: String!) {\n    afmeldenMetCode(email: $email, afmeldcode: $afmeldcode) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalAfmeldenMetCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalIngebrekestelling($id: ID!) {\n    ingebrekestellingIndienen(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalIngebrekestellingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalMijnBezwaren {\n    mijnBezwaren {\n      id\n      referentie\n      status\n      ingediendOp\n      tijdig\n      bezwaartermijnEinde\n      beslissenUiterlijk\n      hoorzittingOp\n      hoorzittingPlaats\n      beslissing\n      beroepMogelijkTot\n      brieven {\n        id\n        soort\n        kenmerk\n        onderwerp\n        datum\n        kanaal\n        verzendstatus\n        verzondenOp\n        pdfUrl\n        html\n      }\n      initiatief {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnBezwarenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalBezwaarMaken($input: BezwaarInput!) {\n    bezwaarMaken(input: $input) {\n      id\n      referentie\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBezwaarMakenDocument;
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
  source: '\n  query BuurtportaalBuurtagenda($code: String!) {\n    buurt(code: $code) {\n      id\n      code\n      naam\n      buurtregisseur {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBuurtagendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalBehoeften($buurtId: ID!) {\n    buurtagenda(buurtId: $buurtId) {\n      id\n      soort\n      thema\n      titel\n      omschrijving\n      bron\n      status\n      statusToelichting\n      steun\n      gesteundDoorMij\n      aangemaaktOp\n      organisatie {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBehoeftenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalBehoefteToevoegen($input: BehoefteInput!) {\n    behoefteToevoegen(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBehoefteToevoegenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalBehoefteSteunen($id: ID!) {\n    behoefteSteunen(id: $id) {\n      id\n      steun\n      gesteundDoorMij\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBehoefteSteunenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalBehoefteSteunIntrekken($id: ID!) {\n    behoefteSteunIntrekken(id: $id) {\n      id\n      steun\n      gesteundDoorMij\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalBehoefteSteunIntrekkenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalConcierge {\n    buurtconcierges {\n      id\n      naam\n      buurten\n      buurtIds\n      beschikbaarheid\n    }\n    signaalcategorieen {\n      naam\n      afdeling\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalConciergeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalMijnConciergeVerzoeken {\n    mijnConciergeVerzoeken {\n      id\n      buurt\n      soort\n      omschrijving\n      status\n      signaalReferentie\n      reactie\n      gevraagdOp\n      afgerondOp\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnConciergeVerzoekenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalConciergeVragen($input: ConciergeVraagInput!) {\n    conciergeVragen(input: $input) {\n      id\n      buurt\n      signaalReferentie\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalConciergeVragenDocument;
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
  source: '\n  query BuurtportaalIdeeGegevens {\n    menukaart {\n      id\n      naam\n      soort\n      beschrijving\n      voorwaarden\n      regeling {\n        id\n      }\n    }\n    subsidieregelingen {\n      id\n      naam\n      beschrijving\n      maximumBedrag\n      beslistermijnWeken\n      besluitvorming\n      verdeelmethode\n      aanvraagperiodeVan\n      aanvraagperiodeTot\n      gedeeltelijkToekennen\n      criteria {\n        code\n        omschrijving\n        gewicht\n      }\n      voorwaarden {\n        code\n        omschrijving\n      }\n      plafonds {\n        periode\n        beschikbaar\n        stadsdeel {\n          naam\n        }\n      }\n    }\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n    mijnInitiatieven {\n      id\n      referentie\n      status\n      titel\n      beschrijving\n      schaal\n      aanvragerSoort\n      organisatie {\n        id\n      }\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      aantalBetrokkenBewoners\n      startdatum\n      einddatum\n      buurten {\n        id\n      }\n      aanvragen {\n        instrument {\n          id\n        }\n        gevraagdBedrag\n        eigenBijdrage\n        toelichting\n      }\n    }\n  }\n',
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
  source: '\n  query BuurtportaalIdeeenbank($zoek: String, $thema: VrijwilligersThema) {\n    ideeenbank(zoek: $zoek, thema: $thema) {\n      rang\n      uitsnede\n      verhaal {\n        id\n        titel\n        watGedaan\n        voorWie\n        watWerkte\n        watNiet\n        thema\n        kosten\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalIdeeenbankDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalMijnJaarsubsidies {\n    mijnJaarsubsidies {\n      id\n      referentie\n      organisatieNaam\n      boekjaar\n      status\n      gevraagdBedrag\n      verleendBedrag\n      vastgesteldBedrag\n      betaald\n      verantwoordingUiterlijk\n      nieuweTermijnTot\n      accountantsverklaringNodig\n      verplichtingen\n      activiteiten {\n        code\n        omschrijving\n      }\n      begroting {\n        code\n        omschrijving\n        soort\n      }\n      betalingen {\n        id\n        soort\n        volgnummer\n        bedrag\n        vervaldatum\n        status\n      }\n      besluiten {\n        id\n        soort\n        datum\n        bezwaarMogelijkTot\n        brief\n      }\n      wijzigingen {\n        id\n        omschrijving\n        afgehandeld\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnJaarsubsidiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalJaarsubsidieWijzigingMelden($id: ID!, $input: JaarsubsidieWijzigingInput!) {\n    jaarsubsidieWijzigingMelden(id: $id, input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalJaarsubsidieWijzigingMeldenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalMijnBijeenkomstaanmeldingen {\n    mijnBijeenkomstaanmeldingen {\n      id\n      status\n      wachtlijstPositie\n      aangemeldOp\n      bijeenkomst {\n        id\n        titel\n        begin\n        locatie\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnBijeenkomstaanmeldingenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalMijnBijeenkomstaanmeldingAfmelden($id: ID!) {\n    mijnBijeenkomstaanmeldingAfmelden(aanmeldingId: $id) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnBijeenkomstaanmeldingAfmeldenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalMijnInitiatieven {\n    mijnInitiatieven {\n      id\n      referentie\n      titel\n      status\n      ingediendOp\n      beslissenUiterlijk\n      aanvullingVerzoek\n      aanvullenUiterlijk\n      opgeschortTot\n      ingebrekestellingMogelijk\n      verdaging {\n        oorspronkelijkeTermijn\n        nieuweTermijn\n        motivering\n      }\n      dwangsom {\n        ingebrekestellingOntvangen\n        verschuldigdVanaf\n        fase\n        dagen\n        bedrag\n        besluit {\n          verschuldigd\n          bedrag\n          motivering\n        }\n      }\n      aanvragerSoort\n      organisatie {\n        naam\n      }\n      verslag\n      werkelijkeKosten\n      vaststelling {\n        grond\n        motivering\n      }\n      aanvragen {\n        id\n        instrument {\n          naam\n        }\n        gevraagdBedrag\n        toegekendBedrag\n        vastgesteldBedrag\n      }\n      besluit {\n        uitkomst\n        motivering\n        genomenOp\n        genomenDoor\n        verleendBedrag\n        bezwaarMogelijkTot\n        bezwaartermijnEinde\n      }\n      brieven {\n        id\n        soort\n        kenmerk\n        onderwerp\n        datum\n        kanaal\n        verzendstatus\n        verzondenOp\n        pdfUrl\n        html\n      }\n      besluiten {\n        id\n      }\n      historie {\n        van\n        naar\n        op\n        toelichting\n      }\n    }\n  }\n',
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
  source: '\n  query BuurtportaalMijnPanelstemmingen {\n    mijnPanelstemmingen {\n      sluitOp\n      mijnStem {\n        keuze\n        toelichting\n        uitgebrachtOp\n      }\n      panel {\n        naam\n        quorum\n        aantalLeden\n      }\n      initiatief {\n        id\n        referentie\n        titel\n        beschrijving\n        startdatum\n        einddatum\n        aantalBetrokkenBewoners\n        buurten {\n          naam\n        }\n        aanvragen {\n          id\n          gevraagdBedrag\n          instrument {\n            naam\n          }\n          regeling {\n            naam\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnPanelstemmingenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalPanelStem($initiatiefId: ID!, $keuze: Stemkeuze!, $toelichting: String) {\n    panelStemUitbrengen(initiatiefId: $initiatiefId, keuze: $keuze, toelichting: $toelichting) {\n      gesloten\n      mijnStem {\n        keuze\n        toelichting\n        uitgebrachtOp\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalPanelStemDocument;
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
  source: '\n  query BuurtportaalVrijwilligersprofiel {\n    mijnVrijwilligersprofiel {\n      interesses\n      beschikbaarheid\n      mailBijNieuweVerzoeken\n      email\n      buurten {\n        id\n      }\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVrijwilligersprofielDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalVrijwilligersprofielOpslaan($input: VrijwilligersprofielInput!) {\n    vrijwilligersprofielOpslaan(input: $input) {\n      mailBijNieuweVerzoeken\n      email\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVrijwilligersprofielOpslaanDocument;
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
  source: '\n  query BuurtportaalPaneladvies($id: ID!) {\n    panelstemming(initiatiefId: $id) {\n      gesloten\n      geslotenOp\n      sluitOp\n      aantalVoor\n      aantalTegen\n      aantalOnthouding\n      advies\n      adviesGevolgd\n      afwijkingsreden\n      overwegingen {\n        keuze\n        toelichting\n      }\n      panel {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalPaneladviesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalOpenPlannen {\n    openPlannen {\n      id\n      titel\n      omschrijving\n      afdeling\n      startdatum\n      einddatum\n      vraag\n      openVan\n      openTot\n      open\n      aantalReacties\n      buurten {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalOpenPlannenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalPlanReageren($participatieId: ID!, $input: PlanReactieInput!) {\n    planReageren(participatieId: $participatieId, input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalPlanReagerenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalVerslag($id: ID!) {\n    participatieverslag(participatieId: $id) {\n      titel\n      afdeling\n      vraag\n      buurten\n      regisseursGeinformeerdOp\n      aantalGeinformeerdeRegisseurs\n      gepubliceerdOp\n      openVan\n      openTot\n      reacties\n      voor\n      tegen\n      neutraal\n      zonderStandpunt\n      vanBewoners\n      vanPartners\n      beantwoord\n      onbeantwoord\n      antwoorden {\n        standpunt\n        van\n        ontvangenOp\n        antwoord\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVerslagDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalOrganisatorGegevens {\n    mijnVrijwilligersverzoeken {\n      id\n      titel\n      begin\n      eind\n      status\n      aantal\n      plaatsenBeschikbaar\n      wachtlijst\n      organisatorNaam\n    }\n    mijnOrganisaties {\n      id\n      naam\n    }\n    mijnInitiatieven {\n      id\n      titel\n      status\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalOrganisatorGegevensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalVrijwilligersverzoekPlaatsen($input: VrijwilligersverzoekInput!) {\n    vrijwilligersverzoekPlaatsen(input: $input) {\n      id\n      titel\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVrijwilligersverzoekPlaatsenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalVrijwilligersVanVerzoek($id: ID!) {\n    vrijwilligersVanVerzoek(verzoekId: $id) {\n      id\n      naam\n      email\n      telefoon\n      toelichting\n      status\n      wachtlijstPositie\n      bevestigdOp\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVrijwilligersVanVerzoekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalVrijwilligerBevestigen($id: ID!) {\n    vrijwilligerBevestigen(aanmeldingId: $id) {\n      id\n      bevestigdOp\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVrijwilligerBevestigenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalVrijwilligersverzoeken($buurtId: ID, $thema: VrijwilligersThema) {\n    vrijwilligersverzoeken(buurtId: $buurtId, thema: $thema) {\n      id\n      titel\n      thema\n      begin\n      eind\n      locatie\n      aantal\n      plaatsenBeschikbaar\n      organisatorNaam\n      buurt {\n        naam\n      }\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVrijwilligersverzoekenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalVrijwilligersverzoek($id: ID!) {\n    vrijwilligersverzoek(id: $id) {\n      id\n      titel\n      beschrijving\n      thema\n      begin\n      eind\n      locatie\n      aantal\n      plaatsenBeschikbaar\n      wachtlijst\n      vaardigheden\n      minimumLeeftijd\n      vogNodig\n      open\n      status\n      organisatorNaam\n      toestemmingstekst\n      buurt {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVrijwilligersverzoekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BuurtportaalMijnVrijwilligersaanmeldingen {\n    mijnVrijwilligersaanmeldingen {\n      id\n      status\n      wachtlijstPositie\n      bevestigd\n      aangemeldOp\n      verzoek {\n        id\n        titel\n        begin\n        eind\n        locatie\n        organisatorNaam\n      }\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalMijnVrijwilligersaanmeldingenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalVrijwilligerAanmelden($input: VrijwilligerAanmeldenInput!) {\n    vrijwilligerAanmelden(input: $input) {\n      id\n      status\n      wachtlijstPositie\n      bevestigd\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVrijwilligerAanmeldenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BuurtportaalVrijwilligerAfmelden($id: ID!) {\n    vrijwilligerAfmelden(aanmeldingId: $id) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').BuurtportaalVrijwilligerAfmeldenDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
