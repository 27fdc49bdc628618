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
  '\n  query RegiepaneelBesluitVoorbereiding($id: ID!) {\n    besluitVoorbereiding(initiatiefId: $id) {\n      beslisser\n      onvervuldeVoorwaarden {\n        voorwaarde\n        toelichting\n      }\n      afwijkingenBijToekenning {\n        voorwaarde\n        toelichting\n      }\n      aanvragen {\n        aanvraagId\n        gevraagdBedrag\n        maximumBedrag\n        gereserveerdBedrag\n        beschikbaarBedrag\n        beschikbaarMetAfwijking\n        tender\n      }\n    }\n  }\n': typeof types.RegiepaneelBesluitVoorbereidingDocument;
  '\n  query RegiepaneelGastbuurtkeuze {\n    gastbuurtSuggesties(aantal: 5) {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n': typeof types.RegiepaneelGastbuurtkeuzeDocument;
  '\n  query RegiepaneelPersonenZoeken($naam: String!) {\n    bekendePersonen(naam: $naam) {\n      sub\n      naam\n      laatstGezien\n    }\n  }\n': typeof types.RegiepaneelPersonenZoekenDocument;
  '\n  query RegiepaneelPersonenNamen($subs: [ID!]!) {\n    bekendePersonen(subs: $subs) {\n      sub\n      naam\n    }\n  }\n': typeof types.RegiepaneelPersonenNamenDocument;
  '\n  query RegiepaneelBezwaren($status: [BezwaarStatus!]) {\n    bezwaren(first: 100, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          referentie\n          status\n          hoedanigheid\n          indiener\n          tijdig\n          beslissenUiterlijk\n          termijnStatus\n          initiatief {\n            referentie\n            titel\n          }\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelBezwarenDocument;
  '\n  query RegiepaneelBezwaar($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Bezwaar {\n        id\n        referentie\n        status\n        hoedanigheid\n        indiener\n        adres\n        belang\n        gronden\n        ingediendOp\n        besluitBekendgemaaktOp\n        bezwaartermijnEinde\n        tijdig\n        termijnoverschrijdingVerschoonbaar\n        termijnoverschrijdingMotivering\n        behandeldDoor\n        hoorzittingOp\n        hoorzittingPlaats\n        hoorzittingAfgezienGrond\n        hoorzittingAfgezienMotivering\n        adviescommissie\n        beslissenUiterlijk\n        termijnStatus\n        verdagingWeken\n        verdagingMotivering\n        beslissing\n        beslissingMotivering\n        beslistOp\n        beslistDoor\n        beroepMogelijkTot\n        brieven {\n          id\n          soort\n          kenmerk\n          onderwerp\n          datum\n          kanaal\n          verzendstatus\n          verzondenOp\n          pdfUrl\n          html\n        }\n        besluit {\n          soort\n          genomenOp\n          genomenDoor\n          motivering\n        }\n        initiatief {\n          id\n          referentie\n          titel\n          aanvragen {\n            id\n            gevraagdBedrag\n            toegekendBedrag\n            instrument {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelBezwaarDocument;
  '\n  mutation RegiepaneelBezwaarInBehandeling($id: ID!) {\n    bezwaarInBehandelingNemen(id: $id) {\n      id\n    }\n  }\n': typeof types.RegiepaneelBezwaarInBehandelingDocument;
  '\n  mutation RegiepaneelBezwaarTermijn($id: ID!, $verschoonbaar: Boolean!, $motivering: String!) {\n    bezwaarTermijnoverschrijdingBeoordelen(id: $id, verschoonbaar: $verschoonbaar, motivering: $motivering) {\n      id\n    }\n  }\n': typeof types.RegiepaneelBezwaarTermijnDocument;
  '\n  mutation RegiepaneelHoorzittingPlannen($id: ID!, $op: DateTime!, $plaats: String!) {\n    hoorzittingPlannen(id: $id, op: $op, plaats: $plaats) {\n      id\n    }\n  }\n': typeof types.RegiepaneelHoorzittingPlannenDocument;
  '\n  mutation RegiepaneelHoorzittingAfzien($id: ID!, $grond: HoorzittingAfzienGrond!, $motivering: String!) {\n    hoorzittingAfzien(id: $id, grond: $grond, motivering: $motivering) {\n      id\n    }\n  }\n': typeof types.RegiepaneelHoorzittingAfzienDocument;
  '\n  mutation RegiepaneelBezwaarAdviescommissie($id: ID!, $inschakelen: Boolean!) {\n    bezwaarAdviescommissie(id: $id, inschakelen: $inschakelen) {\n      id\n    }\n  }\n': typeof types.RegiepaneelBezwaarAdviescommissieDocument;
  '\n  mutation RegiepaneelBezwaarVerdagen($id: ID!, $weken: Int!, $motivering: String!) {\n    bezwaarBeslissingVerdagen(id: $id, weken: $weken, motivering: $motivering) {\n      id\n    }\n  }\n': typeof types.RegiepaneelBezwaarVerdagenDocument;
  '\n  mutation RegiepaneelBezwaarBeslissen($input: BezwaarBeslissingInput!) {\n    bezwaarBeslissen(input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelBezwaarBeslissenDocument;
  '\n  query RegiepaneelBrieftekstbeheer {\n    brieftekstBlokken {\n      regelingCode\n      briefsoort\n      blok\n      tekst\n    }\n    subsidieregelingen {\n      id\n      code\n      naam\n    }\n  }\n': typeof types.RegiepaneelBrieftekstbeheerDocument;
  '\n  mutation RegiepaneelBrieftekstOpslaan($input: BrieftekstInput!) {\n    brieftekstOpslaan(input: $input) {\n      regelingCode\n      briefsoort\n      blok\n      tekst\n    }\n  }\n': typeof types.RegiepaneelBrieftekstOpslaanDocument;
  '\n  query RegiepaneelBurgerberaden {\n    burgerberaden {\n      id\n      onderwerp\n      grootte\n      status\n      aanmeldenTot\n      zaadBron\n      zaadToezegging\n      invoerHash\n      verdelingBerekendOp\n      minimaleKans\n      naieveMinimaleKans\n      panelenInVerdeling\n      zaad\n      lotgetal\n      gekozenPanel\n      gelootOp\n    }\n  }\n': typeof types.RegiepaneelBurgerberadenDocument;
  '\n  query RegiepaneelBeraadAanmeldingen($id: ID!) {\n    # The quotas of this one assembly: per assembly, so the list of assemblies stays small.\n    beraad: node(id: $id) {\n      ... on Burgerberaad {\n        kenmerken {\n          sleutel\n          naam\n          waarden {\n            waarde\n            label\n            min\n            max\n          }\n        }\n      }\n    }\n    beraadAanmeldingen(beraadId: $id) {\n      id\n      naam\n      selectiekans\n      geselecteerd\n      kenmerken {\n        sleutel\n        waarde\n      }\n    }\n  }\n': typeof types.RegiepaneelBeraadAanmeldingenDocument;
  '\n  mutation RegiepaneelBurgerberaadAanmaken($input: BurgerberaadInput!) {\n    burgerberaadAanmaken(input: $input) {\n      id\n      onderwerp\n    }\n  }\n': typeof types.RegiepaneelBurgerberaadAanmakenDocument;
  '\n  mutation RegiepaneelBeraadVerdelingBerekenen($id: ID!) {\n    beraadVerdelingBerekenen(beraadId: $id) {\n      id\n      minimaleKans\n      panelenInVerdeling\n    }\n  }\n': typeof types.RegiepaneelBeraadVerdelingBerekenenDocument;
  '\n  mutation RegiepaneelBeraadLoten($id: ID!, $zaad: String!) {\n    beraadLoten(beraadId: $id, zaad: $zaad) {\n      id\n      gekozenPanel\n    }\n  }\n': typeof types.RegiepaneelBeraadLotenDocument;
  '\n  query RegiepaneelAgendaBuurten {\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n': typeof types.RegiepaneelAgendaBuurtenDocument;
  '\n  query RegiepaneelBuurtagenda($buurtId: ID!) {\n    buurtagenda(buurtId: $buurtId) {\n      id\n      soort\n      thema\n      titel\n      omschrijving\n      bron\n      status\n      onderbouwing\n      statusToelichting\n      steun\n      aangemaaktOp\n      organisatie {\n        naam\n      }\n      koppelingen {\n        soort\n        objectId\n      }\n    }\n  }\n': typeof types.RegiepaneelBuurtagendaDocument;
  '\n  mutation RegiepaneelBehoefteToevoegen($input: BehoefteInput!) {\n    behoefteToevoegen(input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelBehoefteToevoegenDocument;
  '\n  mutation RegiepaneelBehoefteStatus($id: ID!, $status: BehoefteStatus!, $toelichting: String) {\n    behoefteStatusWijzigen(id: $id, status: $status, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelBehoefteStatusDocument;
  '\n  mutation RegiepaneelBehoefteKoppelen($behoefteId: ID!, $objectId: ID!) {\n    behoefteKoppelen(behoefteId: $behoefteId, objectId: $objectId) {\n      id\n    }\n  }\n': typeof types.RegiepaneelBehoefteKoppelenDocument;
  '\n  query RegiepaneelConcierges {\n    buurtconcierges {\n      id\n      naam\n      buurten\n      beschikbaarheid\n    }\n    mijnConciergeschap {\n      id\n      naam\n      buurten\n      buurtIds\n      beschikbaarheid\n    }\n    signaalcategorieen {\n      naam\n      afdeling\n    }\n  }\n': typeof types.RegiepaneelConciergesDocument;
  '\n  query RegiepaneelConciergeWerk {\n    conciergeVerzoeken {\n      id\n      buurt\n      buurtId\n      soort\n      omschrijving\n      naam\n      status\n      signaalReferentie\n      reactie\n      gevraagdOp\n      opgepaktOp\n    }\n    conciergeLogboek {\n      id\n      buurt\n      datum\n      soort\n      categorie\n      minuten\n      notitie\n      naamMetToestemming\n      doorverwezen\n    }\n  }\n': typeof types.RegiepaneelConciergeWerkDocument;
  '\n  query RegiepaneelConciergeBuurten {\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n': typeof types.RegiepaneelConciergeBuurtenDocument;
  '\n  mutation RegiepaneelConciergeAanstellen($input: BuurtconciergeInput!) {\n    buurtconciergeAanstellen(input: $input) {\n      id\n      naam\n      buurten\n    }\n  }\n': typeof types.RegiepaneelConciergeAanstellenDocument;
  '\n  mutation RegiepaneelConciergeOppakken($id: ID!) {\n    conciergeVerzoekOppakken(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelConciergeOppakkenDocument;
  '\n  mutation RegiepaneelConciergeAfronden($input: ConciergeAfrondenInput!) {\n    conciergeVerzoekAfronden(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelConciergeAfrondenDocument;
  '\n  mutation RegiepaneelConciergeDoorzetten($input: ConciergeDoorzettenInput!) {\n    conciergeVerzoekDoorzetten(input: $input) {\n      id\n      signaalReferentie\n      reactie\n    }\n  }\n': typeof types.RegiepaneelConciergeDoorzettenDocument;
  '\n  mutation RegiepaneelConciergeLogboek($input: ConciergeLogregelInput!) {\n    conciergeLogboekSchrijven(input: $input)\n  }\n': typeof types.RegiepaneelConciergeLogboekDocument;
  '\n  query RegiepaneelConciergePilotcijfers($jaar: Int) {\n    conciergePilotcijfers(jaar: $jaar) {\n      buurt\n      buurtcode\n      verzoeken\n      opgepakt\n      afgerond\n      gemiddeldeReactietijdUren\n      doorverwijzingen\n      contacten\n      taken\n      uren\n    }\n  }\n': typeof types.RegiepaneelConciergePilotcijfersDocument;
  '\n  query RegiepaneelBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n      }\n      partners(first: 1) {\n        totalCount\n      }\n    }\n  }\n': typeof types.RegiepaneelBuurtenDocument;
  '\n  query RegiepaneelBuurtpanelen {\n    buurtpanelen {\n      id\n      naam\n      quorum\n      aantalLeden\n      leden\n      opgehevenOp\n      buurten {\n        id\n        naam\n      }\n      stemmingen {\n        sluitOp\n        gesloten\n        geslotenOp\n        aantalVoor\n        aantalTegen\n        aantalOnthouding\n        uitkomst\n        initiatief {\n          id\n          referentie\n          titel\n          status\n        }\n        verschoningen {\n          persoon\n          grond\n        }\n      }\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n    initiatieven(first: 100, status: [IN_BEHANDELING]) {\n      edges {\n        node {\n          id\n          referentie\n          titel\n          status\n          beslissenUiterlijk\n          buurten {\n            id\n            naam\n          }\n          aanvragen {\n            regeling {\n              naam\n              besluitvorming\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelBuurtpanelenDocument;
  '\n  mutation RegiepaneelBuurtpanelInstellen($input: BuurtpanelInput!) {\n    buurtpanelInstellen(input: $input) {\n      id\n      naam\n      aantalLeden\n    }\n  }\n': typeof types.RegiepaneelBuurtpanelInstellenDocument;
  '\n  mutation RegiepaneelBuurtpanelLedenWijzigen($id: ID!, $leden: [ID!]!) {\n    buurtpanelLedenWijzigen(id: $id, leden: $leden) {\n      id\n      naam\n      aantalLeden\n    }\n  }\n': typeof types.RegiepaneelBuurtpanelLedenWijzigenDocument;
  '\n  mutation RegiepaneelBuurtpanelOpheffen($id: ID!) {\n    buurtpanelOpheffen(id: $id) {\n      id\n      naam\n      opgehevenOp\n    }\n  }\n': typeof types.RegiepaneelBuurtpanelOpheffenDocument;
  '\n  mutation RegiepaneelVoorleggenAanPanel($id: ID!, $panelId: ID!, $sluitOp: DateTime!) {\n    initiatiefVoorleggenAanPanel(id: $id, panelId: $panelId, sluitOp: $sluitOp) {\n      sluitOp\n      panel {\n        naam\n      }\n    }\n  }\n': typeof types.RegiepaneelVoorleggenAanPanelDocument;
  '\n  query RegiepaneelDossier($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Initiatief {\n        id\n        referentie\n        titel\n        beschrijving\n        status\n        schaal\n        aanvragerSoort\n        aantalBetrokkenBewoners\n        startdatum\n        einddatum\n        indiener\n        ingediendOp\n        beslissenUiterlijk\n        aanvullenUiterlijk\n        termijnStatus\n        opgeschortTot\n        verdaging {\n          oorspronkelijkeTermijn\n          nieuweTermijn\n          motivering\n        }\n        dwangsom {\n          ingebrekestellingOntvangen\n          verschuldigdVanaf\n          fase\n          dagen\n          bedrag\n          vaststellenUiterlijk\n          besluit {\n            verschuldigd\n            bedrag\n            motivering\n          }\n        }\n        verslag\n        werkelijkeKosten\n        vaststelling {\n          grond\n          motivering\n        }\n        organisatie {\n          naam\n        }\n        buurten {\n          naam\n        }\n        aanvragen {\n          id\n          instrument {\n            naam\n            soort\n          }\n          regeling {\n            naam\n            versie\n          }\n          gevraagdBedrag\n          eigenBijdrage\n          toelichting\n          gereserveerdBedrag\n          toegekendBedrag\n          vastgesteldBedrag\n        }\n        toetsresultaat {\n          ontvankelijk\n          bevindingen {\n            voorwaarde\n            voldaan\n            toelichting\n          }\n        }\n        belangenconflicten {\n          persoon\n          grond\n          toelichting\n          organisatie {\n            naam\n          }\n        }\n        besluit {\n          uitkomst\n          motivering\n          genomenDoor\n          genomenOp\n          verleendBedrag\n          bezwaarMogelijkTot\n          bezwaartermijnEinde\n          bekendgemaaktOp\n          mandaat\n          verschoningen {\n            persoon\n            grond\n          }\n        }\n        berichtkanaal\n        brieven {\n          id\n          soort\n          kenmerk\n          onderwerp\n          datum\n          kanaal\n          verzendstatus\n          verzondenOp\n          pdfUrl\n          html\n        }\n        historie {\n          van\n          naar\n          door\n          op\n          toelichting\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelDossierDocument;
  '\n  mutation RegiepaneelInBehandeling($id: ID!) {\n    initiatiefInBehandelingNemen(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelInBehandelingDocument;
  '\n  mutation RegiepaneelBesluit($input: BesluitInput!) {\n    besluitNemen(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelBesluitDocument;
  '\n  mutation RegiepaneelVaststellen($id: ID!, $bedragen: [ToekenningInput!]!, $toelichting: String, $grond: VaststellingsGrond) {\n    subsidieVaststellen(id: $id, bedragen: $bedragen, toelichting: $toelichting, grond: $grond) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelVaststellenDocument;
  '\n  query RegiepaneelGelijkgesteldeDagen {\n    gelijkgesteldeDagen {\n      id\n      datum\n      besluit\n    }\n  }\n': typeof types.RegiepaneelGelijkgesteldeDagenDocument;
  '\n  mutation RegiepaneelGelijkgesteldeDagToevoegen($input: GelijkgesteldeDagInput!) {\n    gelijkgesteldeDagToevoegen(input: $input) {\n      id\n      datum\n    }\n  }\n': typeof types.RegiepaneelGelijkgesteldeDagToevoegenDocument;
  '\n  mutation RegiepaneelGelijkgesteldeDagVerwijderen($id: ID!) {\n    gelijkgesteldeDagVerwijderen(id: $id) {\n      id\n      datum\n    }\n  }\n': typeof types.RegiepaneelGelijkgesteldeDagVerwijderenDocument;
  '\n  query RegiepaneelHeitje {\n    heitjeKlussen {\n      id\n      titel\n      buurtnaam\n      beloning\n      plaatsen\n      plaatsenVrij\n      budget\n      organisatienaam\n    }\n    heitjeWinkels {\n      id\n      naam\n      actief\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n    organisaties(first: 100) {\n      edges {\n        node {\n          id\n          naam\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelHeitjeDocument;
  '\n  mutation RegiepaneelHeitjeKlusAanmaken($input: HeitjeKlusInput!) {\n    heitjeKlusAanmaken(input: $input) {\n      id\n      titel\n      budget\n    }\n  }\n': typeof types.RegiepaneelHeitjeKlusAanmakenDocument;
  '\n  mutation RegiepaneelHeitjeWinkelRegistreren($input: HeitjeWinkelInput!) {\n    heitjeWinkelRegistreren(input: $input) {\n      id\n      naam\n    }\n  }\n': typeof types.RegiepaneelHeitjeWinkelRegistrerenDocument;
  '\n  mutation RegiepaneelHeitjeWisselkoers($input: HeitjeWisselkoersInput!) {\n    heitjeWisselkoersVaststellen(input: $input)\n  }\n': typeof types.RegiepaneelHeitjeWisselkoersDocument;
  '\n  mutation RegiepaneelHeitjeJaarplafond($jaar: Int!, $maxHeitjes: Int!) {\n    heitjeJaarplafondVaststellen(jaar: $jaar, maxHeitjes: $maxHeitjes)\n  }\n': typeof types.RegiepaneelHeitjeJaarplafondDocument;
  '\n  query RegiepaneelHeitjeAfrekening($maand: String!) {\n    heitjeAfrekening(maand: $maand) {\n      winkelId\n      winkel\n      betalingen\n      heitjes\n      bedrag\n    }\n  }\n': typeof types.RegiepaneelHeitjeAfrekeningDocument;
  '\n  query RegiepaneelJaarsubsidies($boekjaar: Int) {\n    jaarsubsidies(boekjaar: $boekjaar) {\n      id\n      referentie\n      organisatieNaam\n      boekjaar\n      status\n      gevraagdBedrag\n      verleendBedrag\n      vastgesteldBedrag\n      betaald\n      verantwoordingUiterlijk\n      nieuweTermijnTot\n      accountantsverklaringNodig\n      regeling {\n        naam\n      }\n      betalingen {\n        id\n        soort\n        volgnummer\n        bedrag\n        vervaldatum\n        status\n      }\n      wijzigingen {\n        id\n        omschrijving\n        afgehandeld\n      }\n      afwijkingen {\n        code\n        omschrijving\n      }\n    }\n  }\n': typeof types.RegiepaneelJaarsubsidiesDocument;
  '\n  query RegiepaneelJaarverslagGebieden {\n    stadsdelen {\n      id\n      naam\n    }\n    buurten {\n      id\n      code\n      naam\n    }\n  }\n': typeof types.RegiepaneelJaarverslagGebiedenDocument;
  '\n  query RegiepaneelJaarverslag($jaar: Int!, $buurtId: ID, $stadsdeelId: ID) {\n    jaarverslag(jaar: $jaar, buurtId: $buurtId, stadsdeelId: $stadsdeelId) {\n      jaar\n      schaal\n      gebied\n      initiatieven {\n        ontvangen\n        toegekend\n        afgewezen\n        buitenBehandeling\n      }\n      geldPerInstrument {\n        instrument\n        toegekend\n        vastgesteld\n      }\n      plafonds {\n        regeling\n        stadsdeel\n        bedrag\n        verleend\n        gereserveerd\n        benutProcent\n      }\n      beslistermijnen {\n        besluiten\n        binnenTermijn\n        teLaat\n        zonderTermijn\n        gemiddeldeDagen\n      }\n      activiteiten {\n        doorgegaan\n        geannuleerd\n      }\n      netwerkbijeenkomsten {\n        gehouden\n        gepland\n        geannuleerd\n        aanmeldingen\n      }\n      signalen {\n        afdeling\n        gemeld\n        afgehandeld\n        binnenTermijn\n        gemiddeldeDagen\n      }\n      behoeften {\n        geopend\n        beantwoord\n      }\n      panel {\n        stemmingen\n        stemmen\n        mogelijkeStemmen\n        deelnameProcent\n      }\n      concierges {\n        verzoeken\n        opgepakt\n        doorverwijzingen\n        contacten\n        uren\n      }\n    }\n  }\n': typeof types.RegiepaneelJaarverslagDocument;
  '\n  query RegiepaneelMdos {\n    mdos {\n      id\n      titel\n      datum\n      status\n      notulen\n      deelnemers {\n        naam\n        afdeling\n      }\n      buurten {\n        naam\n      }\n      acties {\n        id\n        besluit\n        afdeling\n        deadline\n        status\n        overTijd\n        resultaat\n        voortgang\n        signaalId\n      }\n    }\n    afdelingen {\n      naam\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n': typeof types.RegiepaneelMdosDocument;
  '\n  query RegiepaneelMdoAgenda($mdoId: ID!) {\n    mdoAgenda(mdoId: $mdoId) {\n      behoeften {\n        id\n        titel\n        soort\n        steun\n        status\n      }\n      signalen {\n        id\n        referentie\n        categorie\n        afdeling\n        reactieUiterlijk\n      }\n      plannen {\n        id\n        titel\n        afdeling\n        startdatum\n      }\n      opvolging {\n        id\n        besluit\n        afdeling\n        deadline\n        overTijd\n        voortgang\n      }\n    }\n  }\n': typeof types.RegiepaneelMdoAgendaDocument;
  '\n  mutation RegiepaneelMdoPlannen($input: MdoInput!) {\n    mdoPlannen(input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelMdoPlannenDocument;
  '\n  mutation RegiepaneelMdoNotulen($id: ID!, $notulen: String!) {\n    mdoNotulenVastleggen(id: $id, notulen: $notulen) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelMdoNotulenDocument;
  '\n  mutation RegiepaneelMdoActie($mdoId: ID!, $input: MdoActieInput!) {\n    mdoActieToevoegen(mdoId: $mdoId, input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelMdoActieDocument;
  '\n  mutation RegiepaneelMdoOpvolgen($id: ID!, $mdoId: ID!, $voortgang: String!) {\n    mdoActieOpvolgen(id: $id, mdoId: $mdoId, voortgang: $voortgang) {\n      id\n    }\n  }\n': typeof types.RegiepaneelMdoOpvolgenDocument;
  '\n  mutation RegiepaneelMdoAfronden($id: ID!, $status: MdoActieStatus!, $resultaat: String!, $terugkoppeling: String) {\n    mdoActieAfronden(id: $id, status: $status, resultaat: $resultaat, signaalTerugkoppeling: $terugkoppeling) {\n      id\n    }\n  }\n': typeof types.RegiepaneelMdoAfrondenDocument;
  '\n  query RegiepaneelMenukaart {\n    menukaart(alleenActief: false) {\n      id\n      naam\n      soort\n      beschrijving\n      voorwaarden\n      actief\n      regeling {\n        id\n        code\n        naam\n        versie\n        maximumBedrag\n        plafonds {\n          periode\n          bedrag\n          beschikbaar\n          stadsdeel {\n            naam\n          }\n        }\n      }\n    }\n    subsidieregelingen {\n      id\n      code\n      naam\n      versie\n    }\n  }\n': typeof types.RegiepaneelMenukaartDocument;
  '\n  mutation RegiepaneelInstrumentToevoegen($input: InstrumentInput!) {\n    instrumentToevoegen(input: $input) {\n      id\n      naam\n    }\n  }\n': typeof types.RegiepaneelInstrumentToevoegenDocument;
  '\n  mutation RegiepaneelInstrumentDeactiveren($id: ID!) {\n    instrumentDeactiveren(id: $id) {\n      id\n      naam\n      actief\n    }\n  }\n': typeof types.RegiepaneelInstrumentDeactiverenDocument;
  '\n  mutation RegiepaneelInstrumentWijzigen($id: ID!, $input: InstrumentWijzigingInput!) {\n    instrumentWijzigen(id: $id, input: $input) {\n      id\n      naam\n    }\n  }\n': typeof types.RegiepaneelInstrumentWijzigenDocument;
  '\n  mutation RegiepaneelInstrumentActiveren($id: ID!) {\n    instrumentActiveren(id: $id) {\n      id\n      naam\n      actief\n    }\n  }\n': typeof types.RegiepaneelInstrumentActiverenDocument;
  '\n  query RegiepaneelNetwerkbijeenkomst($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Netwerkbijeenkomst {\n        id\n        titel\n        thema\n        begin\n        eind\n        locatie\n        status\n        capaciteit\n        aantalAanmeldingen\n        aantalOpWachtlijst\n        plaatsenBeschikbaar\n        verslag\n        buurt {\n          id\n          naam\n          wijk {\n            naam\n          }\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelNetwerkbijeenkomstDocument;
  '\n  query RegiepaneelDeelnemers($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Netwerkbijeenkomst {\n        deelnemers(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              naam\n              email\n              rol\n              wensen\n              status\n              wachtlijstPositie\n              aangemeldOp\n              organisatie {\n                naam\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelDeelnemersDocument;
  '\n  query RegiepaneelDeelnemerslijst($id: ID!) {\n    netwerkbijeenkomstDeelnemerslijst(id: $id)\n  }\n': typeof types.RegiepaneelDeelnemerslijstDocument;
  '\n  mutation RegiepaneelBijeenkomstWijzigen($id: ID!, $input: NetwerkbijeenkomstWijzigenInput!) {\n    netwerkbijeenkomstWijzigen(id: $id, input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelBijeenkomstWijzigenDocument;
  '\n  mutation RegiepaneelBijeenkomstAnnuleren($id: ID!) {\n    netwerkbijeenkomstAnnuleren(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelBijeenkomstAnnulerenDocument;
  '\n  query RegiepaneelNetwerkbijeenkomsten {\n    netwerkbijeenkomsten {\n      id\n      titel\n      begin\n      eind\n      status\n      capaciteit\n      aantalAanmeldingen\n      aantalOpWachtlijst\n      buurt {\n        naam\n      }\n    }\n  }\n': typeof types.RegiepaneelNetwerkbijeenkomstenDocument;
  '\n  query RegiepaneelBijeenkomstenPerJaar {\n    netwerkbijeenkomstenPerJaar {\n      jaar\n      aantal\n      afspraakNagekomen\n    }\n  }\n': typeof types.RegiepaneelBijeenkomstenPerJaarDocument;
  '\n  mutation RegiepaneelBijeenkomstPlannen($input: NetwerkbijeenkomstInput!) {\n    netwerkbijeenkomstPlannen(input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelBijeenkomstPlannenDocument;
  '\n  query RegiepaneelNevenfunctieregister($peildatum: Date) {\n    ambtsdragers {\n      id\n      naam\n      functie\n      partij\n      vanaf\n      tot\n      nevenfuncties(peildatum: $peildatum) {\n        id\n        functie\n        organisatieNaam\n        organisatie {\n          id\n          naam\n        }\n        bezoldigd\n        vanaf\n        tot\n        gemeldOp\n      }\n    }\n    organisaties(first: 100) {\n      edges {\n        node {\n          id\n          naam\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelNevenfunctieregisterDocument;
  '\n  mutation RegiepaneelNevenfunctieMelden($input: NevenfunctieInput!) {\n    nevenfunctieMelden(input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelNevenfunctieMeldenDocument;
  '\n  mutation RegiepaneelNevenfunctieBeeindigen($id: ID!, $tot: Date!) {\n    nevenfunctieBeeindigen(id: $id, tot: $tot) {\n      id\n      tot\n    }\n  }\n': typeof types.RegiepaneelNevenfunctieBeeindigenDocument;
  '\n  mutation RegiepaneelNevenfunctieCorrigeren($id: ID!, $input: NevenfunctieCorrigerenInput!) {\n    nevenfunctieCorrigeren(id: $id, input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelNevenfunctieCorrigerenDocument;
  '\n  mutation RegiepaneelAmbtsdragerRegistreren($input: AmbtsdragerInput!) {\n    ambtsdragerRegistreren(input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelAmbtsdragerRegistrerenDocument;
  '\n  query RegiepaneelPaneladvies($id: ID!) {\n    panelstemming(initiatiefId: $id) {\n      gesloten\n      geslotenOp\n      sluitOp\n      aantalVoor\n      aantalTegen\n      aantalOnthouding\n      advies\n      adviesGevolgd\n      overwegingen {\n        keuze\n        toelichting\n      }\n      verschoningen {\n        persoon\n      }\n      panel {\n        naam\n        quorum\n      }\n    }\n  }\n': typeof types.RegiepaneelPaneladviesDocument;
  '\n  mutation RegiepaneelBesluitOpPaneladvies($initiatiefId: ID!, $uitkomst: BesluitUitkomst!, $afwijkingsreden: String) {\n    besluitOpPaneladvies(initiatiefId: $initiatiefId, uitkomst: $uitkomst, afwijkingsreden: $afwijkingsreden) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelBesluitOpPaneladviesDocument;
  '\n  query RegiepaneelPlafonds {\n    subsidieregelingen {\n      id\n      code\n      naam\n      versie\n      plafonds {\n        periode\n        bedrag\n        verleend\n        gereserveerd\n        beschikbaar\n        stadsdeel {\n          id\n          naam\n        }\n      }\n    }\n    stadsdelen {\n      id\n      naam\n    }\n  }\n': typeof types.RegiepaneelPlafondsDocument;
  '\n  mutation RegiepaneelPlafondVaststellen($input: SubsidieplafondInput!) {\n    subsidieplafondVaststellen(input: $input) {\n      periode\n      bedrag\n      beschikbaar\n    }\n  }\n': typeof types.RegiepaneelPlafondVaststellenDocument;
  '\n  query RegiepaneelPlannen {\n    plannen {\n      id\n      titel\n      afdeling\n      startdatum\n      buurten {\n        naam\n      }\n      buurtregisseurs {\n        naam\n      }\n    }\n    planParticipaties {\n      id\n      planId\n      status\n      open\n      vraag\n      openVan\n      openTot\n      aantalReacties\n    }\n  }\n': typeof types.RegiepaneelPlannenDocument;
  '\n  mutation RegiepaneelParticipatieVoorbereiden($planId: ID!, $input: ParticipatieInput!) {\n    planParticipatieVoorbereiden(planId: $planId, input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelParticipatieVoorbereidenDocument;
  '\n  mutation RegiepaneelParticipatiePubliceren($id: ID!) {\n    planParticipatiePubliceren(id: $id) {\n      id\n    }\n  }\n': typeof types.RegiepaneelParticipatiePublicerenDocument;
  '\n  query RegiepaneelPlanReacties($id: ID!) {\n    planReacties(participatieId: $id) {\n      id\n      tekst\n      standpunt\n      ingediendOp\n      antwoord\n      organisatie {\n        naam\n      }\n    }\n  }\n': typeof types.RegiepaneelPlanReactiesDocument;
  '\n  mutation RegiepaneelReactieBeantwoorden($id: ID!, $antwoord: String!) {\n    planReactieBeantwoorden(id: $id, antwoord: $antwoord) {\n      id\n    }\n  }\n': typeof types.RegiepaneelReactieBeantwoordenDocument;
  '\n  query RegiepaneelRegels {\n    subsidieregelingen {\n      id\n      code\n      versie\n      naam\n      beschrijving\n      geldigVan\n      geldigTot\n      schalen\n      aanvragers\n      maximumBedrag\n      beslistermijnWeken\n      besluitvorming\n      verdeelmethode\n      aanvraagperiodeVan\n      aanvraagperiodeTot\n      gedeeltelijkToekennen\n      criteria {\n        code\n        omschrijving\n        gewicht\n      }\n      voorwaarden {\n        code\n        omschrijving\n        regel\n      }\n    }\n    menukaart {\n      id\n      naam\n      soort\n      regeling {\n        code\n      }\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n': typeof types.RegiepaneelRegelsDocument;
  '\n  mutation RegiepaneelRegelingVaststellen($input: SubsidieregelingInput!) {\n    subsidieregelingVaststellen(input: $input) {\n      id\n      code\n      versie\n      naam\n    }\n  }\n': typeof types.RegiepaneelRegelingVaststellenDocument;
  '\n  query RegiepaneelRegelToets($input: InitiatiefInput!, $concept: SubsidieregelingInput) {\n    toetsInitiatief(input: $input, concept: $concept) {\n      ontvankelijk\n      bevindingen {\n        voorwaarde\n        voldaan\n        toelichting\n      }\n    }\n  }\n': typeof types.RegiepaneelRegelToetsDocument;
  '\n  query RegiepaneelSignaal($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Signaal {\n        id\n        referentie\n        categorie\n        omschrijving\n        status\n        afdeling\n        gemeldOp\n        gewijzigdOp\n        reactieUiterlijk\n        overTijd\n        terugkoppeling\n        buurt {\n          naam\n        }\n        buurtregisseur {\n          naam\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelSignaalDocument;
  '\n  query RegiepaneelAfdelingen {\n    afdelingen {\n      naam\n      categorieen\n    }\n  }\n': typeof types.RegiepaneelAfdelingenDocument;
  '\n  mutation RegiepaneelSignaalInBehandeling($id: ID!) {\n    signaalInBehandelingNemen(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelSignaalInBehandelingDocument;
  '\n  mutation RegiepaneelSignaalDoorzetten($id: ID!, $afdeling: String!) {\n    signaalDoorzetten(id: $id, afdeling: $afdeling) {\n      id\n      status\n      afdeling\n    }\n  }\n': typeof types.RegiepaneelSignaalDoorzettenDocument;
  '\n  mutation RegiepaneelSignaalAfhandelen($id: ID!, $terugkoppeling: String!) {\n    signaalAfhandelen(id: $id, terugkoppeling: $terugkoppeling) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelSignaalAfhandelenDocument;
  '\n  query RegiepaneelSignaalBuurten {\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n': typeof types.RegiepaneelSignaalBuurtenDocument;
  '\n  query RegiepaneelSignalen($buurtId: ID, $status: [SignaalStatus!], $overTijd: Boolean, $after: String) {\n    signalen(first: 100, after: $after, buurtId: $buurtId, status: $status, overTijd: $overTijd, ordening: TERMIJN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          referentie\n          categorie\n          omschrijving\n          status\n          afdeling\n          gemeldOp\n          reactieUiterlijk\n          overTijd\n          buurt {\n            naam\n          }\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelSignalenDocument;
  '\n  query RegiepaneelTenderregels {\n    subsidieregelingen {\n      id\n      naam\n      verdeelmethode\n    }\n  }\n': typeof types.RegiepaneelTenderregelsDocument;
  '\n  query RegiepaneelTender($regelingId: ID!, $periode: String!) {\n    tender(regelingId: $regelingId, periode: $periode) {\n      regelingNaam\n      voorstel\n      seed\n      verdeeldOp\n      verdeeldDoor\n      aanvraagperiodeVan\n      aanvraagperiodeTot\n      gedeeltelijkToekennen\n      plafondBedrag\n      vrij\n      criteria {\n        code\n        omschrijving\n        gewicht\n      }\n      regels {\n        initiatiefId\n        referentie\n        plaats\n        totaal\n        beslecht\n        toegekendBedrag\n        reden\n      }\n      beoordelingen {\n        initiatiefId\n        criterium\n        score\n        toelichting\n        beoordelaar\n      }\n    }\n  }\n': typeof types.RegiepaneelTenderDocument;
  '\n  mutation RegiepaneelTenderBeoordelen($initiatiefId: ID!, $scores: [TenderScoreInput!]!) {\n    tenderBeoordelen(initiatiefId: $initiatiefId, scores: $scores) {\n      voorstel\n    }\n  }\n': typeof types.RegiepaneelTenderBeoordelenDocument;
  '\n  mutation RegiepaneelTenderVerdelen($regelingId: ID!, $periode: String!) {\n    tenderVerdelen(regelingId: $regelingId, periode: $periode) {\n      voorstel\n    }\n  }\n': typeof types.RegiepaneelTenderVerdelenDocument;
  '\n  mutation RegiepaneelDoorgaanZonderAanvulling($id: ID!, $reden: String!) {\n    doorgaanZonderAanvulling(id: $id, reden: $reden) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelDoorgaanZonderAanvullingDocument;
  '\n  mutation RegiepaneelBuitenBehandeling($id: ID!, $motivering: String!) {\n    buitenBehandelingStellen(id: $id, motivering: $motivering) {\n      id\n      status\n    }\n  }\n': typeof types.RegiepaneelBuitenBehandelingDocument;
  '\n  mutation RegiepaneelVerdagen($id: ID!, $nieuweTermijn: Date!, $motivering: String!) {\n    beslistermijnVerdagen(id: $id, nieuweTermijn: $nieuweTermijn, motivering: $motivering) {\n      id\n      beslissenUiterlijk\n    }\n  }\n': typeof types.RegiepaneelVerdagenDocument;
  '\n  mutation RegiepaneelDwangsomVaststellen($id: ID!, $verschuldigd: Boolean!, $motivering: String!) {\n    dwangsomVaststellen(id: $id, verschuldigd: $verschuldigd, motivering: $motivering) {\n      id\n    }\n  }\n': typeof types.RegiepaneelDwangsomVaststellenDocument;
  '\n  query RegiepaneelProgrammas {\n    uitvoeringsprogrammas {\n      id\n      jaar\n      gebied\n      titel\n      inleiding\n      status\n      totaalBudget\n      conclusie\n      geevalueerdOp\n      inbrengVan\n      inbrengTot\n      inbreng {\n        id\n        soort\n        organisatie\n        tekst\n      }\n      doelen {\n        id\n        titel\n        eigenaar\n        behoefteIds\n        acties {\n          omschrijving\n          eigenaar\n        }\n      }\n      budget {\n        instrument\n        bedrag\n      }\n      cijfers {\n        initiatieven {\n          ontvangen\n          toegekend\n        }\n        behoeften {\n          geopend\n          beantwoord\n        }\n      }\n    }\n    stadsdelen {\n      id\n      naam\n    }\n    menukaart {\n      id\n      naam\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n': typeof types.RegiepaneelProgrammasDocument;
  '\n  query RegiepaneelProgrammaBehoeften($buurtId: ID!) {\n    buurtagenda(buurtId: $buurtId, status: [OPEN, OPGEPAKT]) {\n      id\n      titel\n    }\n  }\n': typeof types.RegiepaneelProgrammaBehoeftenDocument;
  '\n  mutation RegiepaneelProgrammaOpstellen($input: UitvoeringsprogrammaInput!) {\n    uitvoeringsprogrammaOpstellen(input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelProgrammaOpstellenDocument;
  '\n  mutation RegiepaneelProgrammaDoel($id: ID!, $input: ProgrammaDoelInput!) {\n    programmaDoelToevoegen(programmaId: $id, input: $input) {\n      id\n    }\n  }\n': typeof types.RegiepaneelProgrammaDoelDocument;
  '\n  mutation RegiepaneelProgrammaBudget($id: ID!, $instrumentId: ID!, $bedrag: Centen!) {\n    programmaBudgetVaststellen(programmaId: $id, instrumentId: $instrumentId, bedrag: $bedrag) {\n      id\n    }\n  }\n': typeof types.RegiepaneelProgrammaBudgetDocument;
  '\n  mutation RegiepaneelProgrammaVaststellen($id: ID!) {\n    uitvoeringsprogrammaVaststellen(id: $id) {\n      id\n    }\n  }\n': typeof types.RegiepaneelProgrammaVaststellenDocument;
  '\n  mutation RegiepaneelProgrammaVenster($id: ID!, $openVan: Date!, $openTot: Date!) {\n    programmaInbrengOpenen(id: $id, openVan: $openVan, openTot: $openTot) {\n      id\n    }\n  }\n': typeof types.RegiepaneelProgrammaVensterDocument;
  '\n  mutation RegiepaneelProgrammaEvaluatie($id: ID!) {\n    programmaEvaluatieStarten(id: $id) {\n      id\n    }\n  }\n': typeof types.RegiepaneelProgrammaEvaluatieDocument;
  '\n  mutation RegiepaneelProgrammaEvalueren($id: ID!, $conclusie: String!) {\n    programmaEvalueren(id: $id, conclusie: $conclusie) {\n      id\n    }\n  }\n': typeof types.RegiepaneelProgrammaEvaluerenDocument;
  '\n  query RegiepaneelWerkvoorraad($status: [InitiatiefStatus!]) {\n    initiatieven(first: 100, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          referentie\n          titel\n          status\n          ingediendOp\n          beslissenUiterlijk\n          termijnStatus\n          opgeschortTot\n          dwangsom {\n            fase\n            dagen\n            bedrag\n          }\n          indiener\n          buurten {\n            naam\n          }\n          verzendstand {\n            wachtend\n            mislukt\n          }\n        }\n      }\n    }\n  }\n': typeof types.RegiepaneelWerkvoorraadDocument;
};
const documents: Documents = {
  '\n  query RegiepaneelBesluitVoorbereiding($id: ID!) {\n    besluitVoorbereiding(initiatiefId: $id) {\n      beslisser\n      onvervuldeVoorwaarden {\n        voorwaarde\n        toelichting\n      }\n      afwijkingenBijToekenning {\n        voorwaarde\n        toelichting\n      }\n      aanvragen {\n        aanvraagId\n        gevraagdBedrag\n        maximumBedrag\n        gereserveerdBedrag\n        beschikbaarBedrag\n        beschikbaarMetAfwijking\n        tender\n      }\n    }\n  }\n':
    types.RegiepaneelBesluitVoorbereidingDocument,
  '\n  query RegiepaneelGastbuurtkeuze {\n    gastbuurtSuggesties(aantal: 5) {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n':
    types.RegiepaneelGastbuurtkeuzeDocument,
  '\n  query RegiepaneelPersonenZoeken($naam: String!) {\n    bekendePersonen(naam: $naam) {\n      sub\n      naam\n      laatstGezien\n    }\n  }\n':
    types.RegiepaneelPersonenZoekenDocument,
  '\n  query RegiepaneelPersonenNamen($subs: [ID!]!) {\n    bekendePersonen(subs: $subs) {\n      sub\n      naam\n    }\n  }\n':
    types.RegiepaneelPersonenNamenDocument,
  '\n  query RegiepaneelBezwaren($status: [BezwaarStatus!]) {\n    bezwaren(first: 100, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          referentie\n          status\n          hoedanigheid\n          indiener\n          tijdig\n          beslissenUiterlijk\n          termijnStatus\n          initiatief {\n            referentie\n            titel\n          }\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelBezwarenDocument,
  '\n  query RegiepaneelBezwaar($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Bezwaar {\n        id\n        referentie\n        status\n        hoedanigheid\n        indiener\n        adres\n        belang\n        gronden\n        ingediendOp\n        besluitBekendgemaaktOp\n        bezwaartermijnEinde\n        tijdig\n        termijnoverschrijdingVerschoonbaar\n        termijnoverschrijdingMotivering\n        behandeldDoor\n        hoorzittingOp\n        hoorzittingPlaats\n        hoorzittingAfgezienGrond\n        hoorzittingAfgezienMotivering\n        adviescommissie\n        beslissenUiterlijk\n        termijnStatus\n        verdagingWeken\n        verdagingMotivering\n        beslissing\n        beslissingMotivering\n        beslistOp\n        beslistDoor\n        beroepMogelijkTot\n        brieven {\n          id\n          soort\n          kenmerk\n          onderwerp\n          datum\n          kanaal\n          verzendstatus\n          verzondenOp\n          pdfUrl\n          html\n        }\n        besluit {\n          soort\n          genomenOp\n          genomenDoor\n          motivering\n        }\n        initiatief {\n          id\n          referentie\n          titel\n          aanvragen {\n            id\n            gevraagdBedrag\n            toegekendBedrag\n            instrument {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelBezwaarDocument,
  '\n  mutation RegiepaneelBezwaarInBehandeling($id: ID!) {\n    bezwaarInBehandelingNemen(id: $id) {\n      id\n    }\n  }\n':
    types.RegiepaneelBezwaarInBehandelingDocument,
  '\n  mutation RegiepaneelBezwaarTermijn($id: ID!, $verschoonbaar: Boolean!, $motivering: String!) {\n    bezwaarTermijnoverschrijdingBeoordelen(id: $id, verschoonbaar: $verschoonbaar, motivering: $motivering) {\n      id\n    }\n  }\n':
    types.RegiepaneelBezwaarTermijnDocument,
  '\n  mutation RegiepaneelHoorzittingPlannen($id: ID!, $op: DateTime!, $plaats: String!) {\n    hoorzittingPlannen(id: $id, op: $op, plaats: $plaats) {\n      id\n    }\n  }\n':
    types.RegiepaneelHoorzittingPlannenDocument,
  '\n  mutation RegiepaneelHoorzittingAfzien($id: ID!, $grond: HoorzittingAfzienGrond!, $motivering: String!) {\n    hoorzittingAfzien(id: $id, grond: $grond, motivering: $motivering) {\n      id\n    }\n  }\n':
    types.RegiepaneelHoorzittingAfzienDocument,
  '\n  mutation RegiepaneelBezwaarAdviescommissie($id: ID!, $inschakelen: Boolean!) {\n    bezwaarAdviescommissie(id: $id, inschakelen: $inschakelen) {\n      id\n    }\n  }\n':
    types.RegiepaneelBezwaarAdviescommissieDocument,
  '\n  mutation RegiepaneelBezwaarVerdagen($id: ID!, $weken: Int!, $motivering: String!) {\n    bezwaarBeslissingVerdagen(id: $id, weken: $weken, motivering: $motivering) {\n      id\n    }\n  }\n':
    types.RegiepaneelBezwaarVerdagenDocument,
  '\n  mutation RegiepaneelBezwaarBeslissen($input: BezwaarBeslissingInput!) {\n    bezwaarBeslissen(input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelBezwaarBeslissenDocument,
  '\n  query RegiepaneelBrieftekstbeheer {\n    brieftekstBlokken {\n      regelingCode\n      briefsoort\n      blok\n      tekst\n    }\n    subsidieregelingen {\n      id\n      code\n      naam\n    }\n  }\n':
    types.RegiepaneelBrieftekstbeheerDocument,
  '\n  mutation RegiepaneelBrieftekstOpslaan($input: BrieftekstInput!) {\n    brieftekstOpslaan(input: $input) {\n      regelingCode\n      briefsoort\n      blok\n      tekst\n    }\n  }\n':
    types.RegiepaneelBrieftekstOpslaanDocument,
  '\n  query RegiepaneelBurgerberaden {\n    burgerberaden {\n      id\n      onderwerp\n      grootte\n      status\n      aanmeldenTot\n      zaadBron\n      zaadToezegging\n      invoerHash\n      verdelingBerekendOp\n      minimaleKans\n      naieveMinimaleKans\n      panelenInVerdeling\n      zaad\n      lotgetal\n      gekozenPanel\n      gelootOp\n    }\n  }\n':
    types.RegiepaneelBurgerberadenDocument,
  '\n  query RegiepaneelBeraadAanmeldingen($id: ID!) {\n    # The quotas of this one assembly: per assembly, so the list of assemblies stays small.\n    beraad: node(id: $id) {\n      ... on Burgerberaad {\n        kenmerken {\n          sleutel\n          naam\n          waarden {\n            waarde\n            label\n            min\n            max\n          }\n        }\n      }\n    }\n    beraadAanmeldingen(beraadId: $id) {\n      id\n      naam\n      selectiekans\n      geselecteerd\n      kenmerken {\n        sleutel\n        waarde\n      }\n    }\n  }\n':
    types.RegiepaneelBeraadAanmeldingenDocument,
  '\n  mutation RegiepaneelBurgerberaadAanmaken($input: BurgerberaadInput!) {\n    burgerberaadAanmaken(input: $input) {\n      id\n      onderwerp\n    }\n  }\n':
    types.RegiepaneelBurgerberaadAanmakenDocument,
  '\n  mutation RegiepaneelBeraadVerdelingBerekenen($id: ID!) {\n    beraadVerdelingBerekenen(beraadId: $id) {\n      id\n      minimaleKans\n      panelenInVerdeling\n    }\n  }\n':
    types.RegiepaneelBeraadVerdelingBerekenenDocument,
  '\n  mutation RegiepaneelBeraadLoten($id: ID!, $zaad: String!) {\n    beraadLoten(beraadId: $id, zaad: $zaad) {\n      id\n      gekozenPanel\n    }\n  }\n':
    types.RegiepaneelBeraadLotenDocument,
  '\n  query RegiepaneelAgendaBuurten {\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n':
    types.RegiepaneelAgendaBuurtenDocument,
  '\n  query RegiepaneelBuurtagenda($buurtId: ID!) {\n    buurtagenda(buurtId: $buurtId) {\n      id\n      soort\n      thema\n      titel\n      omschrijving\n      bron\n      status\n      onderbouwing\n      statusToelichting\n      steun\n      aangemaaktOp\n      organisatie {\n        naam\n      }\n      koppelingen {\n        soort\n        objectId\n      }\n    }\n  }\n':
    types.RegiepaneelBuurtagendaDocument,
  '\n  mutation RegiepaneelBehoefteToevoegen($input: BehoefteInput!) {\n    behoefteToevoegen(input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelBehoefteToevoegenDocument,
  '\n  mutation RegiepaneelBehoefteStatus($id: ID!, $status: BehoefteStatus!, $toelichting: String) {\n    behoefteStatusWijzigen(id: $id, status: $status, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelBehoefteStatusDocument,
  '\n  mutation RegiepaneelBehoefteKoppelen($behoefteId: ID!, $objectId: ID!) {\n    behoefteKoppelen(behoefteId: $behoefteId, objectId: $objectId) {\n      id\n    }\n  }\n':
    types.RegiepaneelBehoefteKoppelenDocument,
  '\n  query RegiepaneelConcierges {\n    buurtconcierges {\n      id\n      naam\n      buurten\n      beschikbaarheid\n    }\n    mijnConciergeschap {\n      id\n      naam\n      buurten\n      buurtIds\n      beschikbaarheid\n    }\n    signaalcategorieen {\n      naam\n      afdeling\n    }\n  }\n':
    types.RegiepaneelConciergesDocument,
  '\n  query RegiepaneelConciergeWerk {\n    conciergeVerzoeken {\n      id\n      buurt\n      buurtId\n      soort\n      omschrijving\n      naam\n      status\n      signaalReferentie\n      reactie\n      gevraagdOp\n      opgepaktOp\n    }\n    conciergeLogboek {\n      id\n      buurt\n      datum\n      soort\n      categorie\n      minuten\n      notitie\n      naamMetToestemming\n      doorverwezen\n    }\n  }\n':
    types.RegiepaneelConciergeWerkDocument,
  '\n  query RegiepaneelConciergeBuurten {\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n':
    types.RegiepaneelConciergeBuurtenDocument,
  '\n  mutation RegiepaneelConciergeAanstellen($input: BuurtconciergeInput!) {\n    buurtconciergeAanstellen(input: $input) {\n      id\n      naam\n      buurten\n    }\n  }\n':
    types.RegiepaneelConciergeAanstellenDocument,
  '\n  mutation RegiepaneelConciergeOppakken($id: ID!) {\n    conciergeVerzoekOppakken(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelConciergeOppakkenDocument,
  '\n  mutation RegiepaneelConciergeAfronden($input: ConciergeAfrondenInput!) {\n    conciergeVerzoekAfronden(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelConciergeAfrondenDocument,
  '\n  mutation RegiepaneelConciergeDoorzetten($input: ConciergeDoorzettenInput!) {\n    conciergeVerzoekDoorzetten(input: $input) {\n      id\n      signaalReferentie\n      reactie\n    }\n  }\n':
    types.RegiepaneelConciergeDoorzettenDocument,
  '\n  mutation RegiepaneelConciergeLogboek($input: ConciergeLogregelInput!) {\n    conciergeLogboekSchrijven(input: $input)\n  }\n':
    types.RegiepaneelConciergeLogboekDocument,
  '\n  query RegiepaneelConciergePilotcijfers($jaar: Int) {\n    conciergePilotcijfers(jaar: $jaar) {\n      buurt\n      buurtcode\n      verzoeken\n      opgepakt\n      afgerond\n      gemiddeldeReactietijdUren\n      doorverwijzingen\n      contacten\n      taken\n      uren\n    }\n  }\n':
    types.RegiepaneelConciergePilotcijfersDocument,
  '\n  query RegiepaneelBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n      }\n      partners(first: 1) {\n        totalCount\n      }\n    }\n  }\n':
    types.RegiepaneelBuurtenDocument,
  '\n  query RegiepaneelBuurtpanelen {\n    buurtpanelen {\n      id\n      naam\n      quorum\n      aantalLeden\n      leden\n      opgehevenOp\n      buurten {\n        id\n        naam\n      }\n      stemmingen {\n        sluitOp\n        gesloten\n        geslotenOp\n        aantalVoor\n        aantalTegen\n        aantalOnthouding\n        uitkomst\n        initiatief {\n          id\n          referentie\n          titel\n          status\n        }\n        verschoningen {\n          persoon\n          grond\n        }\n      }\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n    initiatieven(first: 100, status: [IN_BEHANDELING]) {\n      edges {\n        node {\n          id\n          referentie\n          titel\n          status\n          beslissenUiterlijk\n          buurten {\n            id\n            naam\n          }\n          aanvragen {\n            regeling {\n              naam\n              besluitvorming\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelBuurtpanelenDocument,
  '\n  mutation RegiepaneelBuurtpanelInstellen($input: BuurtpanelInput!) {\n    buurtpanelInstellen(input: $input) {\n      id\n      naam\n      aantalLeden\n    }\n  }\n':
    types.RegiepaneelBuurtpanelInstellenDocument,
  '\n  mutation RegiepaneelBuurtpanelLedenWijzigen($id: ID!, $leden: [ID!]!) {\n    buurtpanelLedenWijzigen(id: $id, leden: $leden) {\n      id\n      naam\n      aantalLeden\n    }\n  }\n':
    types.RegiepaneelBuurtpanelLedenWijzigenDocument,
  '\n  mutation RegiepaneelBuurtpanelOpheffen($id: ID!) {\n    buurtpanelOpheffen(id: $id) {\n      id\n      naam\n      opgehevenOp\n    }\n  }\n':
    types.RegiepaneelBuurtpanelOpheffenDocument,
  '\n  mutation RegiepaneelVoorleggenAanPanel($id: ID!, $panelId: ID!, $sluitOp: DateTime!) {\n    initiatiefVoorleggenAanPanel(id: $id, panelId: $panelId, sluitOp: $sluitOp) {\n      sluitOp\n      panel {\n        naam\n      }\n    }\n  }\n':
    types.RegiepaneelVoorleggenAanPanelDocument,
  '\n  query RegiepaneelDossier($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Initiatief {\n        id\n        referentie\n        titel\n        beschrijving\n        status\n        schaal\n        aanvragerSoort\n        aantalBetrokkenBewoners\n        startdatum\n        einddatum\n        indiener\n        ingediendOp\n        beslissenUiterlijk\n        aanvullenUiterlijk\n        termijnStatus\n        opgeschortTot\n        verdaging {\n          oorspronkelijkeTermijn\n          nieuweTermijn\n          motivering\n        }\n        dwangsom {\n          ingebrekestellingOntvangen\n          verschuldigdVanaf\n          fase\n          dagen\n          bedrag\n          vaststellenUiterlijk\n          besluit {\n            verschuldigd\n            bedrag\n            motivering\n          }\n        }\n        verslag\n        werkelijkeKosten\n        vaststelling {\n          grond\n          motivering\n        }\n        organisatie {\n          naam\n        }\n        buurten {\n          naam\n        }\n        aanvragen {\n          id\n          instrument {\n            naam\n            soort\n          }\n          regeling {\n            naam\n            versie\n          }\n          gevraagdBedrag\n          eigenBijdrage\n          toelichting\n          gereserveerdBedrag\n          toegekendBedrag\n          vastgesteldBedrag\n        }\n        toetsresultaat {\n          ontvankelijk\n          bevindingen {\n            voorwaarde\n            voldaan\n            toelichting\n          }\n        }\n        belangenconflicten {\n          persoon\n          grond\n          toelichting\n          organisatie {\n            naam\n          }\n        }\n        besluit {\n          uitkomst\n          motivering\n          genomenDoor\n          genomenOp\n          verleendBedrag\n          bezwaarMogelijkTot\n          bezwaartermijnEinde\n          bekendgemaaktOp\n          mandaat\n          verschoningen {\n            persoon\n            grond\n          }\n        }\n        berichtkanaal\n        brieven {\n          id\n          soort\n          kenmerk\n          onderwerp\n          datum\n          kanaal\n          verzendstatus\n          verzondenOp\n          pdfUrl\n          html\n        }\n        historie {\n          van\n          naar\n          door\n          op\n          toelichting\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelDossierDocument,
  '\n  mutation RegiepaneelInBehandeling($id: ID!) {\n    initiatiefInBehandelingNemen(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelInBehandelingDocument,
  '\n  mutation RegiepaneelBesluit($input: BesluitInput!) {\n    besluitNemen(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelBesluitDocument,
  '\n  mutation RegiepaneelVaststellen($id: ID!, $bedragen: [ToekenningInput!]!, $toelichting: String, $grond: VaststellingsGrond) {\n    subsidieVaststellen(id: $id, bedragen: $bedragen, toelichting: $toelichting, grond: $grond) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelVaststellenDocument,
  '\n  query RegiepaneelGelijkgesteldeDagen {\n    gelijkgesteldeDagen {\n      id\n      datum\n      besluit\n    }\n  }\n':
    types.RegiepaneelGelijkgesteldeDagenDocument,
  '\n  mutation RegiepaneelGelijkgesteldeDagToevoegen($input: GelijkgesteldeDagInput!) {\n    gelijkgesteldeDagToevoegen(input: $input) {\n      id\n      datum\n    }\n  }\n':
    types.RegiepaneelGelijkgesteldeDagToevoegenDocument,
  '\n  mutation RegiepaneelGelijkgesteldeDagVerwijderen($id: ID!) {\n    gelijkgesteldeDagVerwijderen(id: $id) {\n      id\n      datum\n    }\n  }\n':
    types.RegiepaneelGelijkgesteldeDagVerwijderenDocument,
  '\n  query RegiepaneelHeitje {\n    heitjeKlussen {\n      id\n      titel\n      buurtnaam\n      beloning\n      plaatsen\n      plaatsenVrij\n      budget\n      organisatienaam\n    }\n    heitjeWinkels {\n      id\n      naam\n      actief\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n    organisaties(first: 100) {\n      edges {\n        node {\n          id\n          naam\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelHeitjeDocument,
  '\n  mutation RegiepaneelHeitjeKlusAanmaken($input: HeitjeKlusInput!) {\n    heitjeKlusAanmaken(input: $input) {\n      id\n      titel\n      budget\n    }\n  }\n':
    types.RegiepaneelHeitjeKlusAanmakenDocument,
  '\n  mutation RegiepaneelHeitjeWinkelRegistreren($input: HeitjeWinkelInput!) {\n    heitjeWinkelRegistreren(input: $input) {\n      id\n      naam\n    }\n  }\n':
    types.RegiepaneelHeitjeWinkelRegistrerenDocument,
  '\n  mutation RegiepaneelHeitjeWisselkoers($input: HeitjeWisselkoersInput!) {\n    heitjeWisselkoersVaststellen(input: $input)\n  }\n':
    types.RegiepaneelHeitjeWisselkoersDocument,
  '\n  mutation RegiepaneelHeitjeJaarplafond($jaar: Int!, $maxHeitjes: Int!) {\n    heitjeJaarplafondVaststellen(jaar: $jaar, maxHeitjes: $maxHeitjes)\n  }\n':
    types.RegiepaneelHeitjeJaarplafondDocument,
  '\n  query RegiepaneelHeitjeAfrekening($maand: String!) {\n    heitjeAfrekening(maand: $maand) {\n      winkelId\n      winkel\n      betalingen\n      heitjes\n      bedrag\n    }\n  }\n':
    types.RegiepaneelHeitjeAfrekeningDocument,
  '\n  query RegiepaneelJaarsubsidies($boekjaar: Int) {\n    jaarsubsidies(boekjaar: $boekjaar) {\n      id\n      referentie\n      organisatieNaam\n      boekjaar\n      status\n      gevraagdBedrag\n      verleendBedrag\n      vastgesteldBedrag\n      betaald\n      verantwoordingUiterlijk\n      nieuweTermijnTot\n      accountantsverklaringNodig\n      regeling {\n        naam\n      }\n      betalingen {\n        id\n        soort\n        volgnummer\n        bedrag\n        vervaldatum\n        status\n      }\n      wijzigingen {\n        id\n        omschrijving\n        afgehandeld\n      }\n      afwijkingen {\n        code\n        omschrijving\n      }\n    }\n  }\n':
    types.RegiepaneelJaarsubsidiesDocument,
  '\n  query RegiepaneelJaarverslagGebieden {\n    stadsdelen {\n      id\n      naam\n    }\n    buurten {\n      id\n      code\n      naam\n    }\n  }\n':
    types.RegiepaneelJaarverslagGebiedenDocument,
  '\n  query RegiepaneelJaarverslag($jaar: Int!, $buurtId: ID, $stadsdeelId: ID) {\n    jaarverslag(jaar: $jaar, buurtId: $buurtId, stadsdeelId: $stadsdeelId) {\n      jaar\n      schaal\n      gebied\n      initiatieven {\n        ontvangen\n        toegekend\n        afgewezen\n        buitenBehandeling\n      }\n      geldPerInstrument {\n        instrument\n        toegekend\n        vastgesteld\n      }\n      plafonds {\n        regeling\n        stadsdeel\n        bedrag\n        verleend\n        gereserveerd\n        benutProcent\n      }\n      beslistermijnen {\n        besluiten\n        binnenTermijn\n        teLaat\n        zonderTermijn\n        gemiddeldeDagen\n      }\n      activiteiten {\n        doorgegaan\n        geannuleerd\n      }\n      netwerkbijeenkomsten {\n        gehouden\n        gepland\n        geannuleerd\n        aanmeldingen\n      }\n      signalen {\n        afdeling\n        gemeld\n        afgehandeld\n        binnenTermijn\n        gemiddeldeDagen\n      }\n      behoeften {\n        geopend\n        beantwoord\n      }\n      panel {\n        stemmingen\n        stemmen\n        mogelijkeStemmen\n        deelnameProcent\n      }\n      concierges {\n        verzoeken\n        opgepakt\n        doorverwijzingen\n        contacten\n        uren\n      }\n    }\n  }\n':
    types.RegiepaneelJaarverslagDocument,
  '\n  query RegiepaneelMdos {\n    mdos {\n      id\n      titel\n      datum\n      status\n      notulen\n      deelnemers {\n        naam\n        afdeling\n      }\n      buurten {\n        naam\n      }\n      acties {\n        id\n        besluit\n        afdeling\n        deadline\n        status\n        overTijd\n        resultaat\n        voortgang\n        signaalId\n      }\n    }\n    afdelingen {\n      naam\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n':
    types.RegiepaneelMdosDocument,
  '\n  query RegiepaneelMdoAgenda($mdoId: ID!) {\n    mdoAgenda(mdoId: $mdoId) {\n      behoeften {\n        id\n        titel\n        soort\n        steun\n        status\n      }\n      signalen {\n        id\n        referentie\n        categorie\n        afdeling\n        reactieUiterlijk\n      }\n      plannen {\n        id\n        titel\n        afdeling\n        startdatum\n      }\n      opvolging {\n        id\n        besluit\n        afdeling\n        deadline\n        overTijd\n        voortgang\n      }\n    }\n  }\n':
    types.RegiepaneelMdoAgendaDocument,
  '\n  mutation RegiepaneelMdoPlannen($input: MdoInput!) {\n    mdoPlannen(input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelMdoPlannenDocument,
  '\n  mutation RegiepaneelMdoNotulen($id: ID!, $notulen: String!) {\n    mdoNotulenVastleggen(id: $id, notulen: $notulen) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelMdoNotulenDocument,
  '\n  mutation RegiepaneelMdoActie($mdoId: ID!, $input: MdoActieInput!) {\n    mdoActieToevoegen(mdoId: $mdoId, input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelMdoActieDocument,
  '\n  mutation RegiepaneelMdoOpvolgen($id: ID!, $mdoId: ID!, $voortgang: String!) {\n    mdoActieOpvolgen(id: $id, mdoId: $mdoId, voortgang: $voortgang) {\n      id\n    }\n  }\n':
    types.RegiepaneelMdoOpvolgenDocument,
  '\n  mutation RegiepaneelMdoAfronden($id: ID!, $status: MdoActieStatus!, $resultaat: String!, $terugkoppeling: String) {\n    mdoActieAfronden(id: $id, status: $status, resultaat: $resultaat, signaalTerugkoppeling: $terugkoppeling) {\n      id\n    }\n  }\n':
    types.RegiepaneelMdoAfrondenDocument,
  '\n  query RegiepaneelMenukaart {\n    menukaart(alleenActief: false) {\n      id\n      naam\n      soort\n      beschrijving\n      voorwaarden\n      actief\n      regeling {\n        id\n        code\n        naam\n        versie\n        maximumBedrag\n        plafonds {\n          periode\n          bedrag\n          beschikbaar\n          stadsdeel {\n            naam\n          }\n        }\n      }\n    }\n    subsidieregelingen {\n      id\n      code\n      naam\n      versie\n    }\n  }\n':
    types.RegiepaneelMenukaartDocument,
  '\n  mutation RegiepaneelInstrumentToevoegen($input: InstrumentInput!) {\n    instrumentToevoegen(input: $input) {\n      id\n      naam\n    }\n  }\n':
    types.RegiepaneelInstrumentToevoegenDocument,
  '\n  mutation RegiepaneelInstrumentDeactiveren($id: ID!) {\n    instrumentDeactiveren(id: $id) {\n      id\n      naam\n      actief\n    }\n  }\n':
    types.RegiepaneelInstrumentDeactiverenDocument,
  '\n  mutation RegiepaneelInstrumentWijzigen($id: ID!, $input: InstrumentWijzigingInput!) {\n    instrumentWijzigen(id: $id, input: $input) {\n      id\n      naam\n    }\n  }\n':
    types.RegiepaneelInstrumentWijzigenDocument,
  '\n  mutation RegiepaneelInstrumentActiveren($id: ID!) {\n    instrumentActiveren(id: $id) {\n      id\n      naam\n      actief\n    }\n  }\n':
    types.RegiepaneelInstrumentActiverenDocument,
  '\n  query RegiepaneelNetwerkbijeenkomst($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Netwerkbijeenkomst {\n        id\n        titel\n        thema\n        begin\n        eind\n        locatie\n        status\n        capaciteit\n        aantalAanmeldingen\n        aantalOpWachtlijst\n        plaatsenBeschikbaar\n        verslag\n        buurt {\n          id\n          naam\n          wijk {\n            naam\n          }\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelNetwerkbijeenkomstDocument,
  '\n  query RegiepaneelDeelnemers($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Netwerkbijeenkomst {\n        deelnemers(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              naam\n              email\n              rol\n              wensen\n              status\n              wachtlijstPositie\n              aangemeldOp\n              organisatie {\n                naam\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelDeelnemersDocument,
  '\n  query RegiepaneelDeelnemerslijst($id: ID!) {\n    netwerkbijeenkomstDeelnemerslijst(id: $id)\n  }\n':
    types.RegiepaneelDeelnemerslijstDocument,
  '\n  mutation RegiepaneelBijeenkomstWijzigen($id: ID!, $input: NetwerkbijeenkomstWijzigenInput!) {\n    netwerkbijeenkomstWijzigen(id: $id, input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelBijeenkomstWijzigenDocument,
  '\n  mutation RegiepaneelBijeenkomstAnnuleren($id: ID!) {\n    netwerkbijeenkomstAnnuleren(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelBijeenkomstAnnulerenDocument,
  '\n  query RegiepaneelNetwerkbijeenkomsten {\n    netwerkbijeenkomsten {\n      id\n      titel\n      begin\n      eind\n      status\n      capaciteit\n      aantalAanmeldingen\n      aantalOpWachtlijst\n      buurt {\n        naam\n      }\n    }\n  }\n':
    types.RegiepaneelNetwerkbijeenkomstenDocument,
  '\n  query RegiepaneelBijeenkomstenPerJaar {\n    netwerkbijeenkomstenPerJaar {\n      jaar\n      aantal\n      afspraakNagekomen\n    }\n  }\n':
    types.RegiepaneelBijeenkomstenPerJaarDocument,
  '\n  mutation RegiepaneelBijeenkomstPlannen($input: NetwerkbijeenkomstInput!) {\n    netwerkbijeenkomstPlannen(input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelBijeenkomstPlannenDocument,
  '\n  query RegiepaneelNevenfunctieregister($peildatum: Date) {\n    ambtsdragers {\n      id\n      naam\n      functie\n      partij\n      vanaf\n      tot\n      nevenfuncties(peildatum: $peildatum) {\n        id\n        functie\n        organisatieNaam\n        organisatie {\n          id\n          naam\n        }\n        bezoldigd\n        vanaf\n        tot\n        gemeldOp\n      }\n    }\n    organisaties(first: 100) {\n      edges {\n        node {\n          id\n          naam\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelNevenfunctieregisterDocument,
  '\n  mutation RegiepaneelNevenfunctieMelden($input: NevenfunctieInput!) {\n    nevenfunctieMelden(input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelNevenfunctieMeldenDocument,
  '\n  mutation RegiepaneelNevenfunctieBeeindigen($id: ID!, $tot: Date!) {\n    nevenfunctieBeeindigen(id: $id, tot: $tot) {\n      id\n      tot\n    }\n  }\n':
    types.RegiepaneelNevenfunctieBeeindigenDocument,
  '\n  mutation RegiepaneelNevenfunctieCorrigeren($id: ID!, $input: NevenfunctieCorrigerenInput!) {\n    nevenfunctieCorrigeren(id: $id, input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelNevenfunctieCorrigerenDocument,
  '\n  mutation RegiepaneelAmbtsdragerRegistreren($input: AmbtsdragerInput!) {\n    ambtsdragerRegistreren(input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelAmbtsdragerRegistrerenDocument,
  '\n  query RegiepaneelPaneladvies($id: ID!) {\n    panelstemming(initiatiefId: $id) {\n      gesloten\n      geslotenOp\n      sluitOp\n      aantalVoor\n      aantalTegen\n      aantalOnthouding\n      advies\n      adviesGevolgd\n      overwegingen {\n        keuze\n        toelichting\n      }\n      verschoningen {\n        persoon\n      }\n      panel {\n        naam\n        quorum\n      }\n    }\n  }\n':
    types.RegiepaneelPaneladviesDocument,
  '\n  mutation RegiepaneelBesluitOpPaneladvies($initiatiefId: ID!, $uitkomst: BesluitUitkomst!, $afwijkingsreden: String) {\n    besluitOpPaneladvies(initiatiefId: $initiatiefId, uitkomst: $uitkomst, afwijkingsreden: $afwijkingsreden) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelBesluitOpPaneladviesDocument,
  '\n  query RegiepaneelPlafonds {\n    subsidieregelingen {\n      id\n      code\n      naam\n      versie\n      plafonds {\n        periode\n        bedrag\n        verleend\n        gereserveerd\n        beschikbaar\n        stadsdeel {\n          id\n          naam\n        }\n      }\n    }\n    stadsdelen {\n      id\n      naam\n    }\n  }\n':
    types.RegiepaneelPlafondsDocument,
  '\n  mutation RegiepaneelPlafondVaststellen($input: SubsidieplafondInput!) {\n    subsidieplafondVaststellen(input: $input) {\n      periode\n      bedrag\n      beschikbaar\n    }\n  }\n':
    types.RegiepaneelPlafondVaststellenDocument,
  '\n  query RegiepaneelPlannen {\n    plannen {\n      id\n      titel\n      afdeling\n      startdatum\n      buurten {\n        naam\n      }\n      buurtregisseurs {\n        naam\n      }\n    }\n    planParticipaties {\n      id\n      planId\n      status\n      open\n      vraag\n      openVan\n      openTot\n      aantalReacties\n    }\n  }\n':
    types.RegiepaneelPlannenDocument,
  '\n  mutation RegiepaneelParticipatieVoorbereiden($planId: ID!, $input: ParticipatieInput!) {\n    planParticipatieVoorbereiden(planId: $planId, input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelParticipatieVoorbereidenDocument,
  '\n  mutation RegiepaneelParticipatiePubliceren($id: ID!) {\n    planParticipatiePubliceren(id: $id) {\n      id\n    }\n  }\n':
    types.RegiepaneelParticipatiePublicerenDocument,
  '\n  query RegiepaneelPlanReacties($id: ID!) {\n    planReacties(participatieId: $id) {\n      id\n      tekst\n      standpunt\n      ingediendOp\n      antwoord\n      organisatie {\n        naam\n      }\n    }\n  }\n':
    types.RegiepaneelPlanReactiesDocument,
  '\n  mutation RegiepaneelReactieBeantwoorden($id: ID!, $antwoord: String!) {\n    planReactieBeantwoorden(id: $id, antwoord: $antwoord) {\n      id\n    }\n  }\n':
    types.RegiepaneelReactieBeantwoordenDocument,
  '\n  query RegiepaneelRegels {\n    subsidieregelingen {\n      id\n      code\n      versie\n      naam\n      beschrijving\n      geldigVan\n      geldigTot\n      schalen\n      aanvragers\n      maximumBedrag\n      beslistermijnWeken\n      besluitvorming\n      verdeelmethode\n      aanvraagperiodeVan\n      aanvraagperiodeTot\n      gedeeltelijkToekennen\n      criteria {\n        code\n        omschrijving\n        gewicht\n      }\n      voorwaarden {\n        code\n        omschrijving\n        regel\n      }\n    }\n    menukaart {\n      id\n      naam\n      soort\n      regeling {\n        code\n      }\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n':
    types.RegiepaneelRegelsDocument,
  '\n  mutation RegiepaneelRegelingVaststellen($input: SubsidieregelingInput!) {\n    subsidieregelingVaststellen(input: $input) {\n      id\n      code\n      versie\n      naam\n    }\n  }\n':
    types.RegiepaneelRegelingVaststellenDocument,
  '\n  query RegiepaneelRegelToets($input: InitiatiefInput!, $concept: SubsidieregelingInput) {\n    toetsInitiatief(input: $input, concept: $concept) {\n      ontvankelijk\n      bevindingen {\n        voorwaarde\n        voldaan\n        toelichting\n      }\n    }\n  }\n':
    types.RegiepaneelRegelToetsDocument,
  '\n  query RegiepaneelSignaal($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Signaal {\n        id\n        referentie\n        categorie\n        omschrijving\n        status\n        afdeling\n        gemeldOp\n        gewijzigdOp\n        reactieUiterlijk\n        overTijd\n        terugkoppeling\n        buurt {\n          naam\n        }\n        buurtregisseur {\n          naam\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelSignaalDocument,
  '\n  query RegiepaneelAfdelingen {\n    afdelingen {\n      naam\n      categorieen\n    }\n  }\n':
    types.RegiepaneelAfdelingenDocument,
  '\n  mutation RegiepaneelSignaalInBehandeling($id: ID!) {\n    signaalInBehandelingNemen(id: $id) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelSignaalInBehandelingDocument,
  '\n  mutation RegiepaneelSignaalDoorzetten($id: ID!, $afdeling: String!) {\n    signaalDoorzetten(id: $id, afdeling: $afdeling) {\n      id\n      status\n      afdeling\n    }\n  }\n':
    types.RegiepaneelSignaalDoorzettenDocument,
  '\n  mutation RegiepaneelSignaalAfhandelen($id: ID!, $terugkoppeling: String!) {\n    signaalAfhandelen(id: $id, terugkoppeling: $terugkoppeling) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelSignaalAfhandelenDocument,
  '\n  query RegiepaneelSignaalBuurten {\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n':
    types.RegiepaneelSignaalBuurtenDocument,
  '\n  query RegiepaneelSignalen($buurtId: ID, $status: [SignaalStatus!], $overTijd: Boolean, $after: String) {\n    signalen(first: 100, after: $after, buurtId: $buurtId, status: $status, overTijd: $overTijd, ordening: TERMIJN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          referentie\n          categorie\n          omschrijving\n          status\n          afdeling\n          gemeldOp\n          reactieUiterlijk\n          overTijd\n          buurt {\n            naam\n          }\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelSignalenDocument,
  '\n  query RegiepaneelTenderregels {\n    subsidieregelingen {\n      id\n      naam\n      verdeelmethode\n    }\n  }\n':
    types.RegiepaneelTenderregelsDocument,
  '\n  query RegiepaneelTender($regelingId: ID!, $periode: String!) {\n    tender(regelingId: $regelingId, periode: $periode) {\n      regelingNaam\n      voorstel\n      seed\n      verdeeldOp\n      verdeeldDoor\n      aanvraagperiodeVan\n      aanvraagperiodeTot\n      gedeeltelijkToekennen\n      plafondBedrag\n      vrij\n      criteria {\n        code\n        omschrijving\n        gewicht\n      }\n      regels {\n        initiatiefId\n        referentie\n        plaats\n        totaal\n        beslecht\n        toegekendBedrag\n        reden\n      }\n      beoordelingen {\n        initiatiefId\n        criterium\n        score\n        toelichting\n        beoordelaar\n      }\n    }\n  }\n':
    types.RegiepaneelTenderDocument,
  '\n  mutation RegiepaneelTenderBeoordelen($initiatiefId: ID!, $scores: [TenderScoreInput!]!) {\n    tenderBeoordelen(initiatiefId: $initiatiefId, scores: $scores) {\n      voorstel\n    }\n  }\n':
    types.RegiepaneelTenderBeoordelenDocument,
  '\n  mutation RegiepaneelTenderVerdelen($regelingId: ID!, $periode: String!) {\n    tenderVerdelen(regelingId: $regelingId, periode: $periode) {\n      voorstel\n    }\n  }\n':
    types.RegiepaneelTenderVerdelenDocument,
  '\n  mutation RegiepaneelDoorgaanZonderAanvulling($id: ID!, $reden: String!) {\n    doorgaanZonderAanvulling(id: $id, reden: $reden) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelDoorgaanZonderAanvullingDocument,
  '\n  mutation RegiepaneelBuitenBehandeling($id: ID!, $motivering: String!) {\n    buitenBehandelingStellen(id: $id, motivering: $motivering) {\n      id\n      status\n    }\n  }\n':
    types.RegiepaneelBuitenBehandelingDocument,
  '\n  mutation RegiepaneelVerdagen($id: ID!, $nieuweTermijn: Date!, $motivering: String!) {\n    beslistermijnVerdagen(id: $id, nieuweTermijn: $nieuweTermijn, motivering: $motivering) {\n      id\n      beslissenUiterlijk\n    }\n  }\n':
    types.RegiepaneelVerdagenDocument,
  '\n  mutation RegiepaneelDwangsomVaststellen($id: ID!, $verschuldigd: Boolean!, $motivering: String!) {\n    dwangsomVaststellen(id: $id, verschuldigd: $verschuldigd, motivering: $motivering) {\n      id\n    }\n  }\n':
    types.RegiepaneelDwangsomVaststellenDocument,
  '\n  query RegiepaneelProgrammas {\n    uitvoeringsprogrammas {\n      id\n      jaar\n      gebied\n      titel\n      inleiding\n      status\n      totaalBudget\n      conclusie\n      geevalueerdOp\n      inbrengVan\n      inbrengTot\n      inbreng {\n        id\n        soort\n        organisatie\n        tekst\n      }\n      doelen {\n        id\n        titel\n        eigenaar\n        behoefteIds\n        acties {\n          omschrijving\n          eigenaar\n        }\n      }\n      budget {\n        instrument\n        bedrag\n      }\n      cijfers {\n        initiatieven {\n          ontvangen\n          toegekend\n        }\n        behoeften {\n          geopend\n          beantwoord\n        }\n      }\n    }\n    stadsdelen {\n      id\n      naam\n    }\n    menukaart {\n      id\n      naam\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n':
    types.RegiepaneelProgrammasDocument,
  '\n  query RegiepaneelProgrammaBehoeften($buurtId: ID!) {\n    buurtagenda(buurtId: $buurtId, status: [OPEN, OPGEPAKT]) {\n      id\n      titel\n    }\n  }\n':
    types.RegiepaneelProgrammaBehoeftenDocument,
  '\n  mutation RegiepaneelProgrammaOpstellen($input: UitvoeringsprogrammaInput!) {\n    uitvoeringsprogrammaOpstellen(input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelProgrammaOpstellenDocument,
  '\n  mutation RegiepaneelProgrammaDoel($id: ID!, $input: ProgrammaDoelInput!) {\n    programmaDoelToevoegen(programmaId: $id, input: $input) {\n      id\n    }\n  }\n':
    types.RegiepaneelProgrammaDoelDocument,
  '\n  mutation RegiepaneelProgrammaBudget($id: ID!, $instrumentId: ID!, $bedrag: Centen!) {\n    programmaBudgetVaststellen(programmaId: $id, instrumentId: $instrumentId, bedrag: $bedrag) {\n      id\n    }\n  }\n':
    types.RegiepaneelProgrammaBudgetDocument,
  '\n  mutation RegiepaneelProgrammaVaststellen($id: ID!) {\n    uitvoeringsprogrammaVaststellen(id: $id) {\n      id\n    }\n  }\n':
    types.RegiepaneelProgrammaVaststellenDocument,
  '\n  mutation RegiepaneelProgrammaVenster($id: ID!, $openVan: Date!, $openTot: Date!) {\n    programmaInbrengOpenen(id: $id, openVan: $openVan, openTot: $openTot) {\n      id\n    }\n  }\n':
    types.RegiepaneelProgrammaVensterDocument,
  '\n  mutation RegiepaneelProgrammaEvaluatie($id: ID!) {\n    programmaEvaluatieStarten(id: $id) {\n      id\n    }\n  }\n':
    types.RegiepaneelProgrammaEvaluatieDocument,
  '\n  mutation RegiepaneelProgrammaEvalueren($id: ID!, $conclusie: String!) {\n    programmaEvalueren(id: $id, conclusie: $conclusie) {\n      id\n    }\n  }\n':
    types.RegiepaneelProgrammaEvaluerenDocument,
  '\n  query RegiepaneelWerkvoorraad($status: [InitiatiefStatus!]) {\n    initiatieven(first: 100, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          referentie\n          titel\n          status\n          ingediendOp\n          beslissenUiterlijk\n          termijnStatus\n          opgeschortTot\n          dwangsom {\n            fase\n            dagen\n            bedrag\n          }\n          indiener\n          buurten {\n            naam\n          }\n          verzendstand {\n            wachtend\n            mislukt\n          }\n        }\n      }\n    }\n  }\n':
    types.RegiepaneelWerkvoorraadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBesluitVoorbereiding($id: ID!) {\n    besluitVoorbereiding(initiatiefId: $id) {\n      beslisser\n      onvervuldeVoorwaarden {\n        voorwaarde\n        toelichting\n      }\n      afwijkingenBijToekenning {\n        voorwaarde\n        toelichting\n      }\n      aanvragen {\n        aanvraagId\n        gevraagdBedrag\n        maximumBedrag\n        gereserveerdBedrag\n        beschikbaarBedrag\n        beschikbaarMetAfwijking\n        tender\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBesluitVoorbereidingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelGastbuurtkeuze {\n    gastbuurtSuggesties(aantal: 5) {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelGastbuurtkeuzeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelPersonenZoeken($naam: String!) {\n    bekendePersonen(naam: $naam) {\n      sub\n      naam\n      laatstGezien\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelPersonenZoekenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelPersonenNamen($subs: [ID!]!) {\n    bekendePersonen(subs: $subs) {\n      sub\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelPersonenNamenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBezwaren($status: [BezwaarStatus!]) {\n    bezwaren(first: 100, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          referentie\n          status\n          hoedanigheid\n          indiener\n          tijdig\n          beslissenUiterlijk\n          termijnStatus\n          initiatief {\n            referentie\n            titel\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBezwarenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBezwaar($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Bezwaar {\n        id\n        referentie\n        status\n        hoedanigheid\n        indiener\n        adres\n        belang\n        gronden\n        ingediendOp\n        besluitBekendgemaaktOp\n        bezwaartermijnEinde\n        tijdig\n        termijnoverschrijdingVerschoonbaar\n        termijnoverschrijdingMotivering\n        behandeldDoor\n        hoorzittingOp\n        hoorzittingPlaats\n        hoorzittingAfgezienGrond\n        hoorzittingAfgezienMotivering\n        adviescommissie\n        beslissenUiterlijk\n        termijnStatus\n        verdagingWeken\n        verdagingMotivering\n        beslissing\n        beslissingMotivering\n        beslistOp\n        beslistDoor\n        beroepMogelijkTot\n        brieven {\n          id\n          soort\n          kenmerk\n          onderwerp\n          datum\n          kanaal\n          verzendstatus\n          verzondenOp\n          pdfUrl\n          html\n        }\n        besluit {\n          soort\n          genomenOp\n          genomenDoor\n          motivering\n        }\n        initiatief {\n          id\n          referentie\n          titel\n          aanvragen {\n            id\n            gevraagdBedrag\n            toegekendBedrag\n            instrument {\n              naam\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBezwaarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBezwaarInBehandeling($id: ID!) {\n    bezwaarInBehandelingNemen(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBezwaarInBehandelingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBezwaarTermijn($id: ID!, $verschoonbaar: Boolean!, $motivering: String!) {\n    bezwaarTermijnoverschrijdingBeoordelen(id: $id, verschoonbaar: $verschoonbaar, motivering: $motivering) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBezwaarTermijnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelHoorzittingPlannen($id: ID!, $op: DateTime!, $plaats: String!) {\n    hoorzittingPlannen(id: $id, op: $op, plaats: $plaats) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelHoorzittingPlannenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelHoorzittingAfzien($id: ID!, $grond: HoorzittingAfzienGrond!, $motivering: String!) {\n    hoorzittingAfzien(id: $id, grond: $grond, motivering: $motivering) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelHoorzittingAfzienDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBezwaarAdviescommissie($id: ID!, $inschakelen: Boolean!) {\n    bezwaarAdviescommissie(id: $id, inschakelen: $inschakelen) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBezwaarAdviescommissieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBezwaarVerdagen($id: ID!, $weken: Int!, $motivering: String!) {\n    bezwaarBeslissingVerdagen(id: $id, weken: $weken, motivering: $motivering) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBezwaarVerdagenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBezwaarBeslissen($input: BezwaarBeslissingInput!) {\n    bezwaarBeslissen(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBezwaarBeslissenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBrieftekstbeheer {\n    brieftekstBlokken {\n      regelingCode\n      briefsoort\n      blok\n      tekst\n    }\n    subsidieregelingen {\n      id\n      code\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBrieftekstbeheerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBrieftekstOpslaan($input: BrieftekstInput!) {\n    brieftekstOpslaan(input: $input) {\n      regelingCode\n      briefsoort\n      blok\n      tekst\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBrieftekstOpslaanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBurgerberaden {\n    burgerberaden {\n      id\n      onderwerp\n      grootte\n      status\n      aanmeldenTot\n      zaadBron\n      zaadToezegging\n      invoerHash\n      verdelingBerekendOp\n      minimaleKans\n      naieveMinimaleKans\n      panelenInVerdeling\n      zaad\n      lotgetal\n      gekozenPanel\n      gelootOp\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBurgerberadenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBeraadAanmeldingen($id: ID!) {\n    # The quotas of this one assembly: per assembly, so the list of assemblies stays small.\n    beraad: node(id: $id) {\n      ... on Burgerberaad {\n        kenmerken {\n          sleutel\n          naam\n          waarden {\n            waarde\n            label\n            min\n            max\n          }\n        }\n      }\n    }\n    beraadAanmeldingen(beraadId: $id) {\n      id\n      naam\n      selectiekans\n      geselecteerd\n      kenmerken {\n        sleutel\n        waarde\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBeraadAanmeldingenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBurgerberaadAanmaken($input: BurgerberaadInput!) {\n    burgerberaadAanmaken(input: $input) {\n      id\n      onderwerp\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBurgerberaadAanmakenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBeraadVerdelingBerekenen($id: ID!) {\n    beraadVerdelingBerekenen(beraadId: $id) {\n      id\n      minimaleKans\n      panelenInVerdeling\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBeraadVerdelingBerekenenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBeraadLoten($id: ID!, $zaad: String!) {\n    beraadLoten(beraadId: $id, zaad: $zaad) {\n      id\n      gekozenPanel\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBeraadLotenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelAgendaBuurten {\n    buurten {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelAgendaBuurtenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBuurtagenda($buurtId: ID!) {\n    buurtagenda(buurtId: $buurtId) {\n      id\n      soort\n      thema\n      titel\n      omschrijving\n      bron\n      status\n      onderbouwing\n      statusToelichting\n      steun\n      aangemaaktOp\n      organisatie {\n        naam\n      }\n      koppelingen {\n        soort\n        objectId\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBuurtagendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBehoefteToevoegen($input: BehoefteInput!) {\n    behoefteToevoegen(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBehoefteToevoegenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBehoefteStatus($id: ID!, $status: BehoefteStatus!, $toelichting: String) {\n    behoefteStatusWijzigen(id: $id, status: $status, toelichting: $toelichting) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBehoefteStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBehoefteKoppelen($behoefteId: ID!, $objectId: ID!) {\n    behoefteKoppelen(behoefteId: $behoefteId, objectId: $objectId) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBehoefteKoppelenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelConcierges {\n    buurtconcierges {\n      id\n      naam\n      buurten\n      beschikbaarheid\n    }\n    mijnConciergeschap {\n      id\n      naam\n      buurten\n      buurtIds\n      beschikbaarheid\n    }\n    signaalcategorieen {\n      naam\n      afdeling\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelConciergesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelConciergeWerk {\n    conciergeVerzoeken {\n      id\n      buurt\n      buurtId\n      soort\n      omschrijving\n      naam\n      status\n      signaalReferentie\n      reactie\n      gevraagdOp\n      opgepaktOp\n    }\n    conciergeLogboek {\n      id\n      buurt\n      datum\n      soort\n      categorie\n      minuten\n      notitie\n      naamMetToestemming\n      doorverwezen\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelConciergeWerkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelConciergeBuurten {\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelConciergeBuurtenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelConciergeAanstellen($input: BuurtconciergeInput!) {\n    buurtconciergeAanstellen(input: $input) {\n      id\n      naam\n      buurten\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelConciergeAanstellenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelConciergeOppakken($id: ID!) {\n    conciergeVerzoekOppakken(id: $id) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelConciergeOppakkenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelConciergeAfronden($input: ConciergeAfrondenInput!) {\n    conciergeVerzoekAfronden(input: $input) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelConciergeAfrondenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelConciergeDoorzetten($input: ConciergeDoorzettenInput!) {\n    conciergeVerzoekDoorzetten(input: $input) {\n      id\n      signaalReferentie\n      reactie\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelConciergeDoorzettenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelConciergeLogboek($input: ConciergeLogregelInput!) {\n    conciergeLogboekSchrijven(input: $input)\n  }\n',
): typeof import('./graphql').RegiepaneelConciergeLogboekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelConciergePilotcijfers($jaar: Int) {\n    conciergePilotcijfers(jaar: $jaar) {\n      buurt\n      buurtcode\n      verzoeken\n      opgepakt\n      afgerond\n      gemiddeldeReactietijdUren\n      doorverwijzingen\n      contacten\n      taken\n      uren\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelConciergePilotcijfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBuurten($zoek: String) {\n    buurten(zoek: $zoek) {\n      id\n      code\n      naam\n      wijk {\n        naam\n      }\n      stadsdeel {\n        naam\n      }\n      buurtregisseur {\n        naam\n      }\n      partners(first: 1) {\n        totalCount\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBuurtenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBuurtpanelen {\n    buurtpanelen {\n      id\n      naam\n      quorum\n      aantalLeden\n      leden\n      opgehevenOp\n      buurten {\n        id\n        naam\n      }\n      stemmingen {\n        sluitOp\n        gesloten\n        geslotenOp\n        aantalVoor\n        aantalTegen\n        aantalOnthouding\n        uitkomst\n        initiatief {\n          id\n          referentie\n          titel\n          status\n        }\n        verschoningen {\n          persoon\n          grond\n        }\n      }\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n    initiatieven(first: 100, status: [IN_BEHANDELING]) {\n      edges {\n        node {\n          id\n          referentie\n          titel\n          status\n          beslissenUiterlijk\n          buurten {\n            id\n            naam\n          }\n          aanvragen {\n            regeling {\n              naam\n              besluitvorming\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBuurtpanelenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBuurtpanelInstellen($input: BuurtpanelInput!) {\n    buurtpanelInstellen(input: $input) {\n      id\n      naam\n      aantalLeden\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBuurtpanelInstellenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBuurtpanelLedenWijzigen($id: ID!, $leden: [ID!]!) {\n    buurtpanelLedenWijzigen(id: $id, leden: $leden) {\n      id\n      naam\n      aantalLeden\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBuurtpanelLedenWijzigenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBuurtpanelOpheffen($id: ID!) {\n    buurtpanelOpheffen(id: $id) {\n      id\n      naam\n      opgehevenOp\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBuurtpanelOpheffenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelVoorleggenAanPanel($id: ID!, $panelId: ID!, $sluitOp: DateTime!) {\n    initiatiefVoorleggenAanPanel(id: $id, panelId: $panelId, sluitOp: $sluitOp) {\n      sluitOp\n      panel {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelVoorleggenAanPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelDossier($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Initiatief {\n        id\n        referentie\n        titel\n        beschrijving\n        status\n        schaal\n        aanvragerSoort\n        aantalBetrokkenBewoners\n        startdatum\n        einddatum\n        indiener\n        ingediendOp\n        beslissenUiterlijk\n        aanvullenUiterlijk\n        termijnStatus\n        opgeschortTot\n        verdaging {\n          oorspronkelijkeTermijn\n          nieuweTermijn\n          motivering\n        }\n        dwangsom {\n          ingebrekestellingOntvangen\n          verschuldigdVanaf\n          fase\n          dagen\n          bedrag\n          vaststellenUiterlijk\n          besluit {\n            verschuldigd\n            bedrag\n            motivering\n          }\n        }\n        verslag\n        werkelijkeKosten\n        vaststelling {\n          grond\n          motivering\n        }\n        organisatie {\n          naam\n        }\n        buurten {\n          naam\n        }\n        aanvragen {\n          id\n          instrument {\n            naam\n            soort\n          }\n          regeling {\n            naam\n            versie\n          }\n          gevraagdBedrag\n          eigenBijdrage\n          toelichting\n          gereserveerdBedrag\n          toegekendBedrag\n          vastgesteldBedrag\n        }\n        toetsresultaat {\n          ontvankelijk\n          bevindingen {\n            voorwaarde\n            voldaan\n            toelichting\n          }\n        }\n        belangenconflicten {\n          persoon\n          grond\n          toelichting\n          organisatie {\n            naam\n          }\n        }\n        besluit {\n          uitkomst\n          motivering\n          genomenDoor\n          genomenOp\n          verleendBedrag\n          bezwaarMogelijkTot\n          bezwaartermijnEinde\n          bekendgemaaktOp\n          mandaat\n          verschoningen {\n            persoon\n            grond\n          }\n        }\n        berichtkanaal\n        brieven {\n          id\n          soort\n          kenmerk\n          onderwerp\n          datum\n          kanaal\n          verzendstatus\n          verzondenOp\n          pdfUrl\n          html\n        }\n        historie {\n          van\n          naar\n          door\n          op\n          toelichting\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelDossierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelInBehandeling($id: ID!) {\n    initiatiefInBehandelingNemen(id: $id) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelInBehandelingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBesluit($input: BesluitInput!) {\n    besluitNemen(input: $input) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBesluitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelVaststellen($id: ID!, $bedragen: [ToekenningInput!]!, $toelichting: String, $grond: VaststellingsGrond) {\n    subsidieVaststellen(id: $id, bedragen: $bedragen, toelichting: $toelichting, grond: $grond) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelVaststellenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelGelijkgesteldeDagen {\n    gelijkgesteldeDagen {\n      id\n      datum\n      besluit\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelGelijkgesteldeDagenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelGelijkgesteldeDagToevoegen($input: GelijkgesteldeDagInput!) {\n    gelijkgesteldeDagToevoegen(input: $input) {\n      id\n      datum\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelGelijkgesteldeDagToevoegenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelGelijkgesteldeDagVerwijderen($id: ID!) {\n    gelijkgesteldeDagVerwijderen(id: $id) {\n      id\n      datum\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelGelijkgesteldeDagVerwijderenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelHeitje {\n    heitjeKlussen {\n      id\n      titel\n      buurtnaam\n      beloning\n      plaatsen\n      plaatsenVrij\n      budget\n      organisatienaam\n    }\n    heitjeWinkels {\n      id\n      naam\n      actief\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n    organisaties(first: 100) {\n      edges {\n        node {\n          id\n          naam\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelHeitjeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelHeitjeKlusAanmaken($input: HeitjeKlusInput!) {\n    heitjeKlusAanmaken(input: $input) {\n      id\n      titel\n      budget\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelHeitjeKlusAanmakenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelHeitjeWinkelRegistreren($input: HeitjeWinkelInput!) {\n    heitjeWinkelRegistreren(input: $input) {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelHeitjeWinkelRegistrerenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelHeitjeWisselkoers($input: HeitjeWisselkoersInput!) {\n    heitjeWisselkoersVaststellen(input: $input)\n  }\n',
): typeof import('./graphql').RegiepaneelHeitjeWisselkoersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelHeitjeJaarplafond($jaar: Int!, $maxHeitjes: Int!) {\n    heitjeJaarplafondVaststellen(jaar: $jaar, maxHeitjes: $maxHeitjes)\n  }\n',
): typeof import('./graphql').RegiepaneelHeitjeJaarplafondDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelHeitjeAfrekening($maand: String!) {\n    heitjeAfrekening(maand: $maand) {\n      winkelId\n      winkel\n      betalingen\n      heitjes\n      bedrag\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelHeitjeAfrekeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelJaarsubsidies($boekjaar: Int) {\n    jaarsubsidies(boekjaar: $boekjaar) {\n      id\n      referentie\n      organisatieNaam\n      boekjaar\n      status\n      gevraagdBedrag\n      verleendBedrag\n      vastgesteldBedrag\n      betaald\n      verantwoordingUiterlijk\n      nieuweTermijnTot\n      accountantsverklaringNodig\n      regeling {\n        naam\n      }\n      betalingen {\n        id\n        soort\n        volgnummer\n        bedrag\n        vervaldatum\n        status\n      }\n      wijzigingen {\n        id\n        omschrijving\n        afgehandeld\n      }\n      afwijkingen {\n        code\n        omschrijving\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelJaarsubsidiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelJaarverslagGebieden {\n    stadsdelen {\n      id\n      naam\n    }\n    buurten {\n      id\n      code\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelJaarverslagGebiedenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelJaarverslag($jaar: Int!, $buurtId: ID, $stadsdeelId: ID) {\n    jaarverslag(jaar: $jaar, buurtId: $buurtId, stadsdeelId: $stadsdeelId) {\n      jaar\n      schaal\n      gebied\n      initiatieven {\n        ontvangen\n        toegekend\n        afgewezen\n        buitenBehandeling\n      }\n      geldPerInstrument {\n        instrument\n        toegekend\n        vastgesteld\n      }\n      plafonds {\n        regeling\n        stadsdeel\n        bedrag\n        verleend\n        gereserveerd\n        benutProcent\n      }\n      beslistermijnen {\n        besluiten\n        binnenTermijn\n        teLaat\n        zonderTermijn\n        gemiddeldeDagen\n      }\n      activiteiten {\n        doorgegaan\n        geannuleerd\n      }\n      netwerkbijeenkomsten {\n        gehouden\n        gepland\n        geannuleerd\n        aanmeldingen\n      }\n      signalen {\n        afdeling\n        gemeld\n        afgehandeld\n        binnenTermijn\n        gemiddeldeDagen\n      }\n      behoeften {\n        geopend\n        beantwoord\n      }\n      panel {\n        stemmingen\n        stemmen\n        mogelijkeStemmen\n        deelnameProcent\n      }\n      concierges {\n        verzoeken\n        opgepakt\n        doorverwijzingen\n        contacten\n        uren\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelJaarverslagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelMdos {\n    mdos {\n      id\n      titel\n      datum\n      status\n      notulen\n      deelnemers {\n        naam\n        afdeling\n      }\n      buurten {\n        naam\n      }\n      acties {\n        id\n        besluit\n        afdeling\n        deadline\n        status\n        overTijd\n        resultaat\n        voortgang\n        signaalId\n      }\n    }\n    afdelingen {\n      naam\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelMdosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelMdoAgenda($mdoId: ID!) {\n    mdoAgenda(mdoId: $mdoId) {\n      behoeften {\n        id\n        titel\n        soort\n        steun\n        status\n      }\n      signalen {\n        id\n        referentie\n        categorie\n        afdeling\n        reactieUiterlijk\n      }\n      plannen {\n        id\n        titel\n        afdeling\n        startdatum\n      }\n      opvolging {\n        id\n        besluit\n        afdeling\n        deadline\n        overTijd\n        voortgang\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelMdoAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelMdoPlannen($input: MdoInput!) {\n    mdoPlannen(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelMdoPlannenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelMdoNotulen($id: ID!, $notulen: String!) {\n    mdoNotulenVastleggen(id: $id, notulen: $notulen) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelMdoNotulenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelMdoActie($mdoId: ID!, $input: MdoActieInput!) {\n    mdoActieToevoegen(mdoId: $mdoId, input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelMdoActieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelMdoOpvolgen($id: ID!, $mdoId: ID!, $voortgang: String!) {\n    mdoActieOpvolgen(id: $id, mdoId: $mdoId, voortgang: $voortgang) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelMdoOpvolgenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelMdoAfronden($id: ID!, $status: MdoActieStatus!, $resultaat: String!, $terugkoppeling: String) {\n    mdoActieAfronden(id: $id, status: $status, resultaat: $resultaat, signaalTerugkoppeling: $terugkoppeling) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelMdoAfrondenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelMenukaart {\n    menukaart(alleenActief: false) {\n      id\n      naam\n      soort\n      beschrijving\n      voorwaarden\n      actief\n      regeling {\n        id\n        code\n        naam\n        versie\n        maximumBedrag\n        plafonds {\n          periode\n          bedrag\n          beschikbaar\n          stadsdeel {\n            naam\n          }\n        }\n      }\n    }\n    subsidieregelingen {\n      id\n      code\n      naam\n      versie\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelMenukaartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelInstrumentToevoegen($input: InstrumentInput!) {\n    instrumentToevoegen(input: $input) {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelInstrumentToevoegenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelInstrumentDeactiveren($id: ID!) {\n    instrumentDeactiveren(id: $id) {\n      id\n      naam\n      actief\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelInstrumentDeactiverenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelInstrumentWijzigen($id: ID!, $input: InstrumentWijzigingInput!) {\n    instrumentWijzigen(id: $id, input: $input) {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelInstrumentWijzigenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelInstrumentActiveren($id: ID!) {\n    instrumentActiveren(id: $id) {\n      id\n      naam\n      actief\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelInstrumentActiverenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelNetwerkbijeenkomst($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Netwerkbijeenkomst {\n        id\n        titel\n        thema\n        begin\n        eind\n        locatie\n        status\n        capaciteit\n        aantalAanmeldingen\n        aantalOpWachtlijst\n        plaatsenBeschikbaar\n        verslag\n        buurt {\n          id\n          naam\n          wijk {\n            naam\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelNetwerkbijeenkomstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelDeelnemers($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Netwerkbijeenkomst {\n        deelnemers(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              naam\n              email\n              rol\n              wensen\n              status\n              wachtlijstPositie\n              aangemeldOp\n              organisatie {\n                naam\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelDeelnemersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelDeelnemerslijst($id: ID!) {\n    netwerkbijeenkomstDeelnemerslijst(id: $id)\n  }\n',
): typeof import('./graphql').RegiepaneelDeelnemerslijstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBijeenkomstWijzigen($id: ID!, $input: NetwerkbijeenkomstWijzigenInput!) {\n    netwerkbijeenkomstWijzigen(id: $id, input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBijeenkomstWijzigenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBijeenkomstAnnuleren($id: ID!) {\n    netwerkbijeenkomstAnnuleren(id: $id) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBijeenkomstAnnulerenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelNetwerkbijeenkomsten {\n    netwerkbijeenkomsten {\n      id\n      titel\n      begin\n      eind\n      status\n      capaciteit\n      aantalAanmeldingen\n      aantalOpWachtlijst\n      buurt {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelNetwerkbijeenkomstenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelBijeenkomstenPerJaar {\n    netwerkbijeenkomstenPerJaar {\n      jaar\n      aantal\n      afspraakNagekomen\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBijeenkomstenPerJaarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBijeenkomstPlannen($input: NetwerkbijeenkomstInput!) {\n    netwerkbijeenkomstPlannen(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBijeenkomstPlannenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelNevenfunctieregister($peildatum: Date) {\n    ambtsdragers {\n      id\n      naam\n      functie\n      partij\n      vanaf\n      tot\n      nevenfuncties(peildatum: $peildatum) {\n        id\n        functie\n        organisatieNaam\n        organisatie {\n          id\n          naam\n        }\n        bezoldigd\n        vanaf\n        tot\n        gemeldOp\n      }\n    }\n    organisaties(first: 100) {\n      edges {\n        node {\n          id\n          naam\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelNevenfunctieregisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelNevenfunctieMelden($input: NevenfunctieInput!) {\n    nevenfunctieMelden(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelNevenfunctieMeldenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelNevenfunctieBeeindigen($id: ID!, $tot: Date!) {\n    nevenfunctieBeeindigen(id: $id, tot: $tot) {\n      id\n      tot\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelNevenfunctieBeeindigenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelNevenfunctieCorrigeren($id: ID!, $input: NevenfunctieCorrigerenInput!) {\n    nevenfunctieCorrigeren(id: $id, input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelNevenfunctieCorrigerenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelAmbtsdragerRegistreren($input: AmbtsdragerInput!) {\n    ambtsdragerRegistreren(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelAmbtsdragerRegistrerenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelPaneladvies($id: ID!) {\n    panelstemming(initiatiefId: $id) {\n      gesloten\n      geslotenOp\n      sluitOp\n      aantalVoor\n      aantalTegen\n      aantalOnthouding\n      advies\n      adviesGevolgd\n      overwegingen {\n        keuze\n        toelichting\n      }\n      verschoningen {\n        persoon\n      }\n      panel {\n        naam\n        quorum\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelPaneladviesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBesluitOpPaneladvies($initiatiefId: ID!, $uitkomst: BesluitUitkomst!, $afwijkingsreden: String) {\n    besluitOpPaneladvies(initiatiefId: $initiatiefId, uitkomst: $uitkomst, afwijkingsreden: $afwijkingsreden) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBesluitOpPaneladviesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelPlafonds {\n    subsidieregelingen {\n      id\n      code\n      naam\n      versie\n      plafonds {\n        periode\n        bedrag\n        verleend\n        gereserveerd\n        beschikbaar\n        stadsdeel {\n          id\n          naam\n        }\n      }\n    }\n    stadsdelen {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelPlafondsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelPlafondVaststellen($input: SubsidieplafondInput!) {\n    subsidieplafondVaststellen(input: $input) {\n      periode\n      bedrag\n      beschikbaar\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelPlafondVaststellenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelPlannen {\n    plannen {\n      id\n      titel\n      afdeling\n      startdatum\n      buurten {\n        naam\n      }\n      buurtregisseurs {\n        naam\n      }\n    }\n    planParticipaties {\n      id\n      planId\n      status\n      open\n      vraag\n      openVan\n      openTot\n      aantalReacties\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelPlannenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelParticipatieVoorbereiden($planId: ID!, $input: ParticipatieInput!) {\n    planParticipatieVoorbereiden(planId: $planId, input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelParticipatieVoorbereidenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelParticipatiePubliceren($id: ID!) {\n    planParticipatiePubliceren(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelParticipatiePublicerenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelPlanReacties($id: ID!) {\n    planReacties(participatieId: $id) {\n      id\n      tekst\n      standpunt\n      ingediendOp\n      antwoord\n      organisatie {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelPlanReactiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelReactieBeantwoorden($id: ID!, $antwoord: String!) {\n    planReactieBeantwoorden(id: $id, antwoord: $antwoord) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelReactieBeantwoordenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelRegels {\n    subsidieregelingen {\n      id\n      code\n      versie\n      naam\n      beschrijving\n      geldigVan\n      geldigTot\n      schalen\n      aanvragers\n      maximumBedrag\n      beslistermijnWeken\n      besluitvorming\n      verdeelmethode\n      aanvraagperiodeVan\n      aanvraagperiodeTot\n      gedeeltelijkToekennen\n      criteria {\n        code\n        omschrijving\n        gewicht\n      }\n      voorwaarden {\n        code\n        omschrijving\n        regel\n      }\n    }\n    menukaart {\n      id\n      naam\n      soort\n      regeling {\n        code\n      }\n    }\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelRegelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelRegelingVaststellen($input: SubsidieregelingInput!) {\n    subsidieregelingVaststellen(input: $input) {\n      id\n      code\n      versie\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelRegelingVaststellenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelRegelToets($input: InitiatiefInput!, $concept: SubsidieregelingInput) {\n    toetsInitiatief(input: $input, concept: $concept) {\n      ontvankelijk\n      bevindingen {\n        voorwaarde\n        voldaan\n        toelichting\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelRegelToetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelSignaal($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Signaal {\n        id\n        referentie\n        categorie\n        omschrijving\n        status\n        afdeling\n        gemeldOp\n        gewijzigdOp\n        reactieUiterlijk\n        overTijd\n        terugkoppeling\n        buurt {\n          naam\n        }\n        buurtregisseur {\n          naam\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelSignaalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelAfdelingen {\n    afdelingen {\n      naam\n      categorieen\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelAfdelingenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelSignaalInBehandeling($id: ID!) {\n    signaalInBehandelingNemen(id: $id) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelSignaalInBehandelingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelSignaalDoorzetten($id: ID!, $afdeling: String!) {\n    signaalDoorzetten(id: $id, afdeling: $afdeling) {\n      id\n      status\n      afdeling\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelSignaalDoorzettenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelSignaalAfhandelen($id: ID!, $terugkoppeling: String!) {\n    signaalAfhandelen(id: $id, terugkoppeling: $terugkoppeling) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelSignaalAfhandelenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelSignaalBuurten {\n    buurten {\n      id\n      naam\n      wijk {\n        naam\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelSignaalBuurtenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelSignalen($buurtId: ID, $status: [SignaalStatus!], $overTijd: Boolean, $after: String) {\n    signalen(first: 100, after: $after, buurtId: $buurtId, status: $status, overTijd: $overTijd, ordening: TERMIJN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          referentie\n          categorie\n          omschrijving\n          status\n          afdeling\n          gemeldOp\n          reactieUiterlijk\n          overTijd\n          buurt {\n            naam\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelSignalenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelTenderregels {\n    subsidieregelingen {\n      id\n      naam\n      verdeelmethode\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelTenderregelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelTender($regelingId: ID!, $periode: String!) {\n    tender(regelingId: $regelingId, periode: $periode) {\n      regelingNaam\n      voorstel\n      seed\n      verdeeldOp\n      verdeeldDoor\n      aanvraagperiodeVan\n      aanvraagperiodeTot\n      gedeeltelijkToekennen\n      plafondBedrag\n      vrij\n      criteria {\n        code\n        omschrijving\n        gewicht\n      }\n      regels {\n        initiatiefId\n        referentie\n        plaats\n        totaal\n        beslecht\n        toegekendBedrag\n        reden\n      }\n      beoordelingen {\n        initiatiefId\n        criterium\n        score\n        toelichting\n        beoordelaar\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelTenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelTenderBeoordelen($initiatiefId: ID!, $scores: [TenderScoreInput!]!) {\n    tenderBeoordelen(initiatiefId: $initiatiefId, scores: $scores) {\n      voorstel\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelTenderBeoordelenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelTenderVerdelen($regelingId: ID!, $periode: String!) {\n    tenderVerdelen(regelingId: $regelingId, periode: $periode) {\n      voorstel\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelTenderVerdelenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelDoorgaanZonderAanvulling($id: ID!, $reden: String!) {\n    doorgaanZonderAanvulling(id: $id, reden: $reden) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelDoorgaanZonderAanvullingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelBuitenBehandeling($id: ID!, $motivering: String!) {\n    buitenBehandelingStellen(id: $id, motivering: $motivering) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelBuitenBehandelingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelVerdagen($id: ID!, $nieuweTermijn: Date!, $motivering: String!) {\n    beslistermijnVerdagen(id: $id, nieuweTermijn: $nieuweTermijn, motivering: $motivering) {\n      id\n      beslissenUiterlijk\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelVerdagenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelDwangsomVaststellen($id: ID!, $verschuldigd: Boolean!, $motivering: String!) {\n    dwangsomVaststellen(id: $id, verschuldigd: $verschuldigd, motivering: $motivering) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelDwangsomVaststellenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelProgrammas {\n    uitvoeringsprogrammas {\n      id\n      jaar\n      gebied\n      titel\n      inleiding\n      status\n      totaalBudget\n      conclusie\n      geevalueerdOp\n      inbrengVan\n      inbrengTot\n      inbreng {\n        id\n        soort\n        organisatie\n        tekst\n      }\n      doelen {\n        id\n        titel\n        eigenaar\n        behoefteIds\n        acties {\n          omschrijving\n          eigenaar\n        }\n      }\n      budget {\n        instrument\n        bedrag\n      }\n      cijfers {\n        initiatieven {\n          ontvangen\n          toegekend\n        }\n        behoeften {\n          geopend\n          beantwoord\n        }\n      }\n    }\n    stadsdelen {\n      id\n      naam\n    }\n    menukaart {\n      id\n      naam\n    }\n    buurten {\n      id\n      naam\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelProgrammasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelProgrammaBehoeften($buurtId: ID!) {\n    buurtagenda(buurtId: $buurtId, status: [OPEN, OPGEPAKT]) {\n      id\n      titel\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelProgrammaBehoeftenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelProgrammaOpstellen($input: UitvoeringsprogrammaInput!) {\n    uitvoeringsprogrammaOpstellen(input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelProgrammaOpstellenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelProgrammaDoel($id: ID!, $input: ProgrammaDoelInput!) {\n    programmaDoelToevoegen(programmaId: $id, input: $input) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelProgrammaDoelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelProgrammaBudget($id: ID!, $instrumentId: ID!, $bedrag: Centen!) {\n    programmaBudgetVaststellen(programmaId: $id, instrumentId: $instrumentId, bedrag: $bedrag) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelProgrammaBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelProgrammaVaststellen($id: ID!) {\n    uitvoeringsprogrammaVaststellen(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelProgrammaVaststellenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelProgrammaVenster($id: ID!, $openVan: Date!, $openTot: Date!) {\n    programmaInbrengOpenen(id: $id, openVan: $openVan, openTot: $openTot) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelProgrammaVensterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelProgrammaEvaluatie($id: ID!) {\n    programmaEvaluatieStarten(id: $id) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelProgrammaEvaluatieDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegiepaneelProgrammaEvalueren($id: ID!, $conclusie: String!) {\n    programmaEvalueren(id: $id, conclusie: $conclusie) {\n      id\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelProgrammaEvaluerenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegiepaneelWerkvoorraad($status: [InitiatiefStatus!]) {\n    initiatieven(first: 100, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          referentie\n          titel\n          status\n          ingediendOp\n          beslissenUiterlijk\n          termijnStatus\n          opgeschortTot\n          dwangsom {\n            fase\n            dagen\n            bedrag\n          }\n          indiener\n          buurten {\n            naam\n          }\n          verzendstand {\n            wachtend\n            mislukt\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegiepaneelWerkvoorraadDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
