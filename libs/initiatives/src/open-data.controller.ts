import { Controller, Headers, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { amsterdamseDatum, csvFeed, FeedEndpoint, kiesFormaat, MAX_PAGINA, zetFeedFormaat } from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { PartnersService } from '@buurtwerk/partners';
import { type OpenDataInitiatiefDto, OpenDataInitiatievenDto, OpenDataInitiatievenQuery } from './dto/initiatief.rest';
import type { InitiatiefModel } from './initiatief.model';
import { InitiatievenService } from './initiatieven.service';

const FORMATEN = ['application/json', 'text/csv'] as const;

const KOLOMMEN = [
  'id',
  'referentie',
  'titel',
  'status',
  'schaal',
  'aanvragerSoort',
  'organisatieNaam',
  'buurtcodes',
  'buurtnamen',
  'toegekendBedrag',
  'vastgesteldBedrag',
  'besluitDatum',
  'startdatum',
  'einddatum',
] as const satisfies ReadonlyArray<keyof OpenDataInitiatiefDto>;

/** Open data: the granted initiatives, without personal data (docs/domein.md, invariant 12). */
@ApiTags('open-data')
@Controller('api/v1/open-data/initiatieven')
export class OpenDataInitiatievenController {
  constructor(
    private readonly service: InitiatievenService,
    private readonly buurten: BuurtenService,
    private readonly partners: PartnersService,
  ) {}

  @FeedEndpoint({
    operationId: 'openDataInitiatievenOphalen',
    summary: 'Toegekende initiatieven (TOEGEKEND, UITGEVOERD, VASTGESTELD) als open data',
    description:
      'JSON, of CSV (RFC 4180, met kopregel; meerdere buurten gescheiden door ";") bij `Accept: text/csv`. ' +
      'Zonder persoonsgegevens: geen naam, e-mailadres, telefoonnummer of adres van initiatiefnemers. Bedragen in eurocenten.',
    formaten: FORMATEN,
    json: OpenDataInitiatievenDto,
    antwoord: 'Toegekende initiatieven, op referentie',
  })
  async lijst(
    @Query() query: OpenDataInitiatievenQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const formaat = kiesFormaat(accept, FORMATEN);
    const initiatieven = await this.toegekend(query.buurtcode);
    const rijen = await this.naarDtos(initiatieven);
    if (formaat === 'text/csv') {
      return csvFeed(
        reply,
        'initiatieven.csv',
        KOLOMMEN,
        rijen.map((r) => ({ ...r, buurtcodes: r.buurtcodes.join(';'), buurtnamen: r.buurtnamen.join(';') })),
        accept,
      );
    }
    zetFeedFormaat(reply, formaat);
    return { initiatieven: rijen };
  }

  /**
   * The public view of the service: without a caller it returns only TOEGEKEND, UITGEVOERD and
   * VASTGESTELD, each as the 'publiek' model (no initiator). All pages: open data is the whole set.
   */
  private async toegekend(buurtcode: string | undefined): Promise<InitiatiefModel[]> {
    let buurtDbId: string | undefined;
    if (buurtcode) {
      const buurt = await this.buurten.buurt(undefined, buurtcode);
      if (!buurt) {
        return [];
      }
      buurtDbId = buurt.dbId;
    }
    const alle: InitiatiefModel[] = [];
    let after: string | undefined;
    do {
      const pagina = await this.service.zoek({ first: MAX_PAGINA, after }, null, buurtDbId);
      alle.push(...pagina.edges.map((e) => e.node));
      after = pagina.pageInfo.hasNextPage ? (pagina.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
    return alle.sort((a, b) => a.referentie.localeCompare(b.referentie));
  }

  private async naarDtos(initiatieven: InitiatiefModel[]): Promise<OpenDataInitiatiefDto[]> {
    const ids = initiatieven.map((i) => i.dbId);
    const [aanvragen, buurten, organisaties] = await Promise.all([
      this.service.aanvragenBijInitiatieven(ids),
      this.buurten.buurtenBijIds([...new Set(initiatieven.flatMap((i) => i.buurtDbIds))]),
      this.partners.organisatiesBijIds([
        ...new Set(initiatieven.map((i) => i.organisatieDbId).filter((id): id is string => id !== null)),
      ]),
    ]);
    const buurtBijId = new Map(buurten.map((b) => [b.id, b]));
    const organisatieNaam = new Map(organisaties.map((o) => [o.id, o.naam]));
    return initiatieven.map((i) => {
      const eigen = aanvragen.filter((a) => a.initiatiefId === i.dbId);
      const som = (bedragen: Array<number | null>) =>
        bedragen.some((b) => b !== null) ? bedragen.reduce<number>((t, b) => t + (b ?? 0), 0) : null;
      const inBuurten = i.buurtDbIds.flatMap((id) => {
        const b = buurtBijId.get(id);
        return b ? [b] : [];
      });
      return {
        id: i.id,
        referentie: i.referentie,
        titel: i.titel,
        status: i.status,
        schaal: i.schaal,
        aanvragerSoort: i.aanvragerSoort,
        organisatieNaam: i.organisatieDbId ? (organisatieNaam.get(i.organisatieDbId) ?? null) : null,
        buurtcodes: inBuurten.map((b) => b.code),
        buurtnamen: inBuurten.map((b) => b.naam),
        toegekendBedrag: som(eigen.map((a) => a.toegekendBedrag)),
        vastgesteldBedrag: som(eigen.map((a) => a.vastgesteldBedrag)),
        besluitDatum: i.besluit ? amsterdamseDatum(i.besluit.genomenOp) : null,
        startdatum: i.startdatum,
        einddatum: i.einddatum,
      };
    });
  }
}
