import { Controller, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  FeedEndpoint,
  icalendar,
  kiesFormaat,
  MAX_PAGINA,
  STANDAARD_PAGINA,
  toGlobalId,
  zetFeedFormaat,
  klok,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { type ActiviteitDto, ActiviteitenLijstDto, ActiviteitenQuery } from './dto/activiteit.rest';
import type { ActiviteitModel } from './organisatie.model';
import { PartnersService } from './partners.service';

const FORMATEN = ['application/json', 'text/calendar'] as const;

/** Calendar apps cannot follow `Link` headers: without `first` the iCalendar feed is one document. */
const ICAL_MAXIMUM = 1000;
/** Without `vanaf` the iCalendar feed starts this long ago, so it does not grow forever. */
const ICAL_TERUG_MS = 90 * 24 * 60 * 60 * 1000;

/** Open feed of the activities in Heerlen's buurten (NLGov REST API Design Rules). */
@ApiTags('activiteiten')
@Controller('api/v1/activiteiten')
export class ActiviteitenController {
  constructor(
    private readonly partners: PartnersService,
    private readonly buurten: BuurtenService,
  ) {}

  @FeedEndpoint({
    operationId: 'activiteitenOphalen',
    summary: 'Activiteiten in de buurten, op begintijd (of op wijzigingstijd met gewijzigdSinds)',
    description:
      'JSON met cursorpaginering (`volgende`, en een `Link`-header met rel="next"), of iCalendar (RFC 5545) bij ' +
      '`Accept: text/calendar`, om op te abonneren in een agenda. Geannuleerde activiteiten blijven erin ' +
      '(`geannuleerd`, in iCalendar STATUS:CANCELLED). Zonder `first` bevat de iCalendar-feed alle activiteiten ' +
      `(hoogstens ${ICAL_MAXIMUM}) vanaf 90 dagen geleden, of vanaf \`vanaf\`.`,
    formaten: FORMATEN,
    json: ActiviteitenLijstDto,
    antwoord: 'Activiteiten',
  })
  async lijst(
    @Query() query: ActiviteitenQuery,
    @Headers('accept') accept: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const formaat = kiesFormaat(accept, FORMATEN);
    const alsAgenda = formaat === 'text/calendar';
    const maximum = query.first ?? (alsAgenda ? ICAL_MAXIMUM : STANDAARD_PAGINA);
    const vanaf = query.vanaf ?? (alsAgenda ? new Date(klok.ms() - ICAL_TERUG_MS) : undefined);
    const { activiteiten, volgende } = await this.pagina(query, vanaf, maximum);
    const dtos = await this.naarDtos(activiteiten);
    if (volgende) {
      void reply.header('link', `<${volgendeUrl(request.url, volgende)}>; rel="next"`);
    }
    zetFeedFormaat(reply, formaat);
    if (alsAgenda) {
      return icalendar(
        dtos.map((a) => ({
          uid: `${a.id}@buurtwerk.heerlen.nl`,
          titel: a.titel,
          begin: new Date(a.begin),
          eind: a.eind ? new Date(a.eind) : null,
          locatie: [a.locatie, a.buurtnaam].filter(Boolean).join(', '),
          beschrijving: [a.beschrijving, a.organisatorNaam ? `Organisator: ${a.organisatorNaam}` : null]
            .filter(Boolean)
            .join('\n\n'),
          geannuleerd: a.geannuleerd,
          gewijzigdOp: new Date(a.gewijzigdOp),
        })),
        { nu: klok.nu(), naam: 'Activiteiten in de buurten van Heerlen' },
      );
    }
    return { activiteiten: dtos, volgende };
  }

  /** Pages of at most MAX_PAGINA through the service until `maximum` rows or the end. */
  private async pagina(query: ActiviteitenQuery, vanaf: Date | undefined, maximum: number) {
    let buurtDbId: string | undefined;
    if (query.buurtcode) {
      const buurt = await this.buurten.buurt(undefined, query.buurtcode);
      if (!buurt) {
        return { activiteiten: [], volgende: null };
      }
      buurtDbId = buurt.dbId;
    }
    const activiteiten: ActiviteitModel[] = [];
    let after = query.after;
    let volgende: string | null = null;
    do {
      const connectie = await this.partners.zoekActiviteiten(
        {
          vanaf,
          tot: query.tot,
          gewijzigdSinds: query.gewijzigdSinds,
          first: Math.min(maximum - activiteiten.length, MAX_PAGINA),
          after,
        },
        buurtDbId,
      );
      activiteiten.push(...connectie.edges.map((e) => e.node));
      volgende = connectie.pageInfo.hasNextPage ? connectie.pageInfo.endCursor : null;
      after = volgende ?? undefined;
    } while (volgende && activiteiten.length < maximum);
    return { activiteiten, volgende };
  }

  private async naarDtos(activiteiten: ActiviteitModel[]): Promise<ActiviteitDto[]> {
    const [buurten, organisaties] = await Promise.all([
      this.buurten.buurtenBijIds([...new Set(activiteiten.map((a) => a.buurtDbId))]),
      this.partners.organisatiesBijIds([
        ...new Set(activiteiten.map((a) => a.organisatorDbId).filter((id): id is string => id !== null)),
      ]),
    ]);
    const buurtBijId = new Map(buurten.map((b) => [b.id, b]));
    const organisatieBijId = new Map(organisaties.map((o) => [o.id, o]));
    return activiteiten.map((a) => {
      const buurt = buurtBijId.get(a.buurtDbId);
      const organisator = a.organisatorDbId ? organisatieBijId.get(a.organisatorDbId) : undefined;
      // Public fields only: never who published it (`gepubliceerdDoor`) or anyone's contact details.
      return {
        id: a.id,
        titel: a.titel,
        beschrijving: a.beschrijving,
        begin: a.begin.toISOString(),
        eind: a.eind?.toISOString() ?? null,
        locatie: a.locatie,
        buurtcode: buurt?.code ?? '',
        buurtnaam: buurt?.naam ?? '',
        organisatorId: organisator ? toGlobalId('Organisatie', organisator.id) : null,
        organisatorNaam: organisator?.naam ?? null,
        vrijwilligersGezocht: a.vrijwilligersGezocht,
        geannuleerd: a.geannuleerd,
        gewijzigdOp: a.gewijzigdOp.toISOString(),
      };
    });
  }
}

/** The same request with `after` set to the next cursor (RFC 8288 link, relative to this server). */
function volgendeUrl(url: string, cursor: string): string {
  const volgende = new URL(url, 'http://localhost');
  volgende.searchParams.set('after', cursor);
  return `${volgende.pathname}${volgende.search}`;
}
