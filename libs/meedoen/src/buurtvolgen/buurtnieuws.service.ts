import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThanOrEqual, Repository } from 'typeorm';
import { BUURTWERK_CONFIG, type BuurtwerkConfig, toGlobalId } from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { InitiatievenService } from '@buurtwerk/initiatives';
import { BijeenkomstStatus, NetwerkbijeenkomstenService } from '@buurtwerk/netwerkbijeenkomsten';
import { PartnersService } from '@buurtwerk/partners';
import { ParticipatieService } from '@buurtwerk/buurtregie';
import { VerzoekStatus, VrijwilligersverzoekEntity } from '../vrijwilligers.entity';
import { verzoekLink } from '../vrijwilligers.mails';

export type NieuwsSoort = 'ACTIVITEIT' | 'BIJEENKOMST' | 'VRIJWILLIGERSVERZOEK' | 'INITIATIEF' | 'PLAN';

/** One thing that is new in a buurt, the same in the weekly digest and the Atom feed. */
export interface Nieuwsbericht {
  soort: NieuwsSoort;
  /** Global id of the record (stable: the Atom entry id is made from it). */
  id: string;
  titel: string;
  /** The moment it is about (start of an activity, the decision on an initiative, …). */
  wanneer: Date;
  /** When the entry last changed, for Atom's `updated`. */
  bijgewerkt: Date;
  samenvatting: string;
  link: string;
}

/** Headings of the digest, in this order. */
export const NIEUWS_KOPJES: Readonly<Record<NieuwsSoort, string>> = {
  ACTIVITEIT: 'Activiteiten in de komende twee weken',
  BIJEENKOMST: 'Netwerkbijeenkomsten',
  VRIJWILLIGERSVERZOEK: 'Nieuwe vragen om vrijwilligers',
  INITIATIEF: 'Toegekende initiatieven',
  PLAN: 'Plannen waarop je nu kunt reageren',
};

const datumTijd = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});
const datum = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * What is new in a buurt: upcoming activities and network meetings, volunteer requests and
 * granted initiatives since a moment, and the municipality's plans open for reactions now. Everything public;
 * each part through its own library's service (CONTRIBUTING.md, module boundaries).
 */
@Injectable()
export class BuurtnieuwsService {
  constructor(
    @InjectRepository(VrijwilligersverzoekEntity) private readonly verzoeken: Repository<VrijwilligersverzoekEntity>,
    @Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig,
    private readonly buurten: BuurtenService,
    private readonly partners: PartnersService,
    private readonly bijeenkomsten: NetwerkbijeenkomstenService,
    private readonly initiatieven: InitiatievenService,
    private readonly participatie: ParticipatieService,
  ) {}

  private get portaal(): string {
    return this.config.aanmelding.buurtportaalUrl;
  }

  async nieuws(buurtId: string, sinds: Date, nu: Date): Promise<Nieuwsbericht[]> {
    const [buurt] = await this.buurten.buurtKenmerken([buurtId]);
    if (!buurt) {
      return [];
    }
    const buurtGlobalId = toGlobalId('Buurt', buurtId);
    const [activiteiten] = await this.partners.activiteitenVanBuurten([buurtId], {
      vanaf: nu,
      tot: new Date(nu.getTime() + 14 * 86_400_000),
      first: 20,
    });
    const bijeenkomsten = (await this.bijeenkomsten.openbareFeed(null)).filter(
      (b) =>
        b.buurtcode === buurt.code &&
        b.begin >= nu &&
        b.begin.getTime() < nu.getTime() + 28 * 86_400_000 &&
        b.status !== BijeenkomstStatus.GEANNULEERD,
    );
    const verzoeken = await this.verzoeken.find({
      where: { buurtId, status: VerzoekStatus.OPEN, aangemaaktOp: MoreThanOrEqual(sinds) },
      order: { begin: 'ASC', id: 'ASC' },
      take: 20,
    });
    const toegekend = await this.initiatieven.toegekendInBuurtSinds(buurtId, sinds);
    // Only plans published for participation are public (a plan itself is for staff): those open now.
    const plannen = (await this.participatie.gepubliceerd(buurtGlobalId)).filter((p) => p.open);
    return [
      ...(activiteiten?.edges ?? [])
        .map((e) => e.node)
        .filter((a) => !a.geannuleerd)
        .map((a): Nieuwsbericht => ({
          soort: 'ACTIVITEIT',
          id: a.id,
          titel: a.titel,
          wanneer: a.begin,
          bijgewerkt: a.gewijzigdOp,
          samenvatting: [datumTijd.format(a.begin), a.locatie, a.vrijwilligersGezocht ? 'vrijwilligers gezocht' : null]
            .filter(Boolean)
            .join(' · '),
          link: `${this.portaal}/buurt/${encodeURIComponent(buurt.code)}`,
        })),
      ...bijeenkomsten.map((b): Nieuwsbericht => ({
        soort: 'BIJEENKOMST',
        id: b.id,
        titel: b.titel,
        wanneer: b.begin,
        bijgewerkt: b.begin,
        samenvatting: `${datumTijd.format(b.begin)} · ${b.locatie}`,
        link: `${this.portaal}/bijeenkomsten`,
      })),
      ...verzoeken.map((v): Nieuwsbericht => ({
        soort: 'VRIJWILLIGERSVERZOEK',
        id: toGlobalId('Vrijwilligersverzoek', v.id),
        titel: v.titel,
        wanneer: v.begin,
        bijgewerkt: v.gewijzigdOp,
        samenvatting: `${datumTijd.format(v.begin)} · ${v.locatie}`,
        link: verzoekLink(this.portaal, toGlobalId('Vrijwilligersverzoek', v.id)),
      })),
      ...toegekend.map((i): Nieuwsbericht => ({
        soort: 'INITIATIEF',
        id: toGlobalId('Initiatief', i.id),
        titel: i.titel,
        wanneer: i.besluitGenomenOp,
        bijgewerkt: i.besluitGenomenOp,
        samenvatting: `Toegekend op ${datum.format(i.besluitGenomenOp)}`,
        link: `${this.portaal}/buurt/${encodeURIComponent(buurt.code)}`,
      })),
      ...plannen.map((p): Nieuwsbericht => ({
        soort: 'PLAN',
        id: p.id,
        titel: p.titel,
        wanneer: p.gepubliceerdOp ?? new Date(`${p.openVan}T00:00:00Z`),
        bijgewerkt: p.gepubliceerdOp ?? new Date(`${p.openVan}T00:00:00Z`),
        samenvatting: `${p.vraag} · reageren kan tot en met ${datum.format(new Date(`${p.openTot}T12:00:00Z`))}`,
        link: `${this.portaal}/plannen`,
      })),
    ];
  }
}
