/**
 * Every migration, in chronological order. Listed explicitly (not globbed) so that the built
 * server, the tests and the CLI run exactly the same set. `npm run db:migration:generate`
 * adds new ones here.
 */
import { Fundament1795982765867 } from './1795982765867-fundament';
import { Belangenconflicten1795983162787 } from './1795983162787-belangenconflicten';
import { AuditLog1795983203375 } from './1795983203375-audit-log';
import { SubsidieregelsInitiatieven1795983514231 } from './1795983514231-subsidieregels-initiatieven';
import { ApiSleutels1795983539518 } from './1795983539518-api-sleutels';
import { NetwerkbijeenkomstenSignalen1795983890484 } from './1795983890484-netwerkbijeenkomsten-signalen';
import { Webhooks1795984283144 } from './1795984283144-webhooks';
import { Burgerbegroting1795985340334 } from './1795985340334-burgerbegroting';
import { Buurtpanel1795985541208 } from './1795985541208-buurtpanel';
import { Privacy1795985975403 } from './1795985975403-privacy';
import { Indexen1795986425990 } from './1795986425990-indexen';
import { BesprokenInitiatieven1795988468408 } from './1795988468408-besproken-initiatieven';
import { Verwijderingen1795989282190 } from './1795989282190-verwijderingen';
import { Prestaties1795993241213 } from './1795993241213-prestaties';
import { WebhookDoelgroep1795993348350 } from './1795993348350-webhook-doelgroep';
import { VerwijderingenVastleggen1795993621428 } from './1795993621428-verwijderingen-vastleggen';
import { BuurtpanelOpheffen1795995137215 } from './1795995137215-buurtpanel-opheffen';
import { GelijkgesteldeDagenVaststellingsgrond1796661496334 } from './1796661496334-gelijkgestelde-dagen-vaststellingsgrond';
import { AanmeldingBevestigen1796662019213 } from './1796662019213-aanmelding-bevestigen';
import { WebhookBerichtvorm1796671921931 } from './1796671921931-webhook-berichtvorm';
import { Besluiten1796671991597 } from './1796671991597-besluiten';
import { Paneladvies1796671992080 } from './1796671992080-paneladvies';
import { Buurtagenda1796672132959 } from './1796672132959-buurtagenda';
import { Grootboek1796672154446 } from './1796672154446-grootboek';
import { Burgerberaad1796672236509 } from './1796672236509-burgerberaad';
import { Vrijwilligers1796672281304 } from './1796672281304-vrijwilligers';
import { Beslistermijn1796672382033 } from './1796672382033-beslistermijn';
import { Tender1796673285997 } from './1796673285997-tender';
import { Bezwaar1796673319413 } from './1796673319413-bezwaar';
import { Brieven1796673424049 } from './1796673424049-brieven';
import { TenderBeoordeling1796673588403 } from './1796673588403-tender-beoordeling';
import { PlanParticipatie1796673663782 } from './1796673663782-plan-participatie';
import { Bijlagen1796674317448 } from './1796674317448-bijlagen';
import { Heitje1796674532690 } from './1796674532690-heitje';
import { Ideeenbank1796675358689 } from './1796675358689-ideeenbank';
import { Buurtconcierges1796676035705 } from './1796676035705-buurtconcierges';
import { Bezwaarbrieven1796682679793 } from './1796682679793-bezwaarbrieven';
import { ConciergeAfhandeling1796682736516 } from './1796682736516-concierge-afhandeling';
import { Mdo1796682778913 } from './1796682778913-mdo';
import { Zaakregistratie1796682822086 } from './1796682822086-zaakregistratie';
import { Jaarsubsidies1796683034473 } from './1796683034473-jaarsubsidies';
import { MeedoenSamenVolgen1796683347438 } from './1796683347438-meedoen-samen-volgen';
import { Uitvoeringsprogramma1796685637687 } from './1796685637687-uitvoeringsprogramma';
import { BezwaarVerderUitstel1796686898787 } from './1796686898787-bezwaar-verder-uitstel';
import { BekendePersonen1796690000000 } from './1796690000000-bekende-personen';

export const MIGRATIES = [
  Fundament1795982765867,
  Belangenconflicten1795983162787,
  AuditLog1795983203375,
  SubsidieregelsInitiatieven1795983514231,
  ApiSleutels1795983539518,
  NetwerkbijeenkomstenSignalen1795983890484,
  Webhooks1795984283144,
  Burgerbegroting1795985340334,
  Buurtpanel1795985541208,
  Privacy1795985975403,
  Indexen1795986425990,
  BesprokenInitiatieven1795988468408,
  Verwijderingen1795989282190,
  Prestaties1795993241213,
  WebhookDoelgroep1795993348350,
  VerwijderingenVastleggen1795993621428,
  BuurtpanelOpheffen1795995137215,
  GelijkgesteldeDagenVaststellingsgrond1796661496334,
  AanmeldingBevestigen1796662019213,
  WebhookBerichtvorm1796671921931,
  Besluiten1796671991597,
  Paneladvies1796671992080,
  Buurtagenda1796672132959,
  Grootboek1796672154446,
  Burgerberaad1796672236509,
  Vrijwilligers1796672281304,
  Beslistermijn1796672382033,
  Tender1796673285997,
  Bezwaar1796673319413,
  Brieven1796673424049,
  TenderBeoordeling1796673588403,
  PlanParticipatie1796673663782,
  Bijlagen1796674317448,
  Heitje1796674532690,
  Ideeenbank1796675358689,
  Buurtconcierges1796676035705,
  Bezwaarbrieven1796682679793,
  ConciergeAfhandeling1796682736516,
  Mdo1796682778913,
  Zaakregistratie1796682822086,
  Jaarsubsidies1796683034473,
  MeedoenSamenVolgen1796683347438,
  Uitvoeringsprogramma1796685637687,
  BezwaarVerderUitstel1796686898787,
  BekendePersonen1796690000000,
];
