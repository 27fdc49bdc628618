import { Controller, Headers, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { amsterdamseDatum, csvFeed, FeedEndpoint, kiesFormaat, zetFeedFormaat } from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { PartnersService } from '@buurtwerk/partners';
import { type OpenDataBehoefteDto, OpenDataBuurtagendaDto, OpenDataBuurtagendaQuery } from './dto/behoefte.rest';
import { KoppelingSoort } from './behoefte.entity';
import { BuurtagendaService } from './buurtagenda.service';

const FORMATEN = ['application/json', 'text/csv'] as const;

const KOLOMMEN = [
  'id',
  'buurtcode',
  'buurtnaam',
  'soort',
  'thema',
  'titel',
  'omschrijving',
  'bron',
  'status',
  'organisatieNaam',
  'steun',
  'initiatieven',
  'activiteiten',
  'plannen',
  'signalen',
  'ingebrachtOp',
  'beantwoordOp',
] as const satisfies ReadonlyArray<keyof OpenDataBehoefteDto>;

/** Open data: the curated buurtagenda of every buurt, without personal data (docs/domein.md, invariant 12). */
@ApiTags('open-data')
@Controller('api/v1/open-data/buurtagenda')
export class OpenDataBuurtagendaController {
  constructor(
    private readonly service: BuurtagendaService,
    private readonly buurten: BuurtenService,
    private readonly partners: PartnersService,
  ) {}

  @FeedEndpoint({
    operationId: 'openDataBuurtagendaOphalen',
    summary: 'De buurtagenda: wensen, behoeften en knelpunten per buurt als open data',
    description:
      'JSON, of CSV (RFC 4180, met kopregel) bij `Accept: text/csv`. Alleen wat de buurtregisseur op de agenda zette ' +
      '(open, opgepakt, beantwoord, vervallen). Zonder persoonsgegevens: niet wie iets inbracht of steunt, alleen hoeveel.',
    formaten: FORMATEN,
    json: OpenDataBuurtagendaDto,
    antwoord: 'Behoeften, op datum van inbreng',
  })
  async lijst(
    @Query() query: OpenDataBuurtagendaQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const formaat = kiesFormaat(accept, FORMATEN);
    let buurtId: string | null = null;
    if (query.buurtcode) {
      const buurt = await this.buurten.buurt(undefined, query.buurtcode);
      buurtId = buurt?.dbId ?? null;
    }
    const behoeften = query.buurtcode && !buurtId ? [] : await this.service.publiek(buurtId);
    const [buurten, organisaties] = await Promise.all([
      this.buurten.buurtenBijIds([...new Set(behoeften.map((b) => b.buurtDbId))]),
      this.partners.organisatiesBijIds([
        ...new Set(behoeften.map((b) => b.organisatieDbId).filter((id): id is string => id !== null)),
      ]),
    ]);
    const buurtBijId = new Map(buurten.map((b) => [b.id, b]));
    const organisatieNaam = new Map(organisaties.map((o) => [o.id, o.naam]));
    const rijen: OpenDataBehoefteDto[] = behoeften.map((b) => {
      const tel = (soort: KoppelingSoort) => b.koppelingen.filter((k) => k.soort === soort).length;
      return {
        id: b.id,
        buurtcode: buurtBijId.get(b.buurtDbId)?.code ?? '',
        buurtnaam: buurtBijId.get(b.buurtDbId)?.naam ?? '',
        soort: b.soort,
        thema: b.thema,
        titel: b.titel,
        omschrijving: b.omschrijving,
        bron: b.bron,
        status: b.status,
        organisatieNaam: b.organisatieDbId ? (organisatieNaam.get(b.organisatieDbId) ?? null) : null,
        steun: b.steun,
        initiatieven: tel(KoppelingSoort.INITIATIEF),
        activiteiten: tel(KoppelingSoort.ACTIVITEIT),
        plannen: tel(KoppelingSoort.PLAN),
        signalen: tel(KoppelingSoort.SIGNAAL),
        ingebrachtOp: amsterdamseDatum(b.aangemaaktOp),
        beantwoordOp: b.beantwoordOp ? amsterdamseDatum(b.beantwoordOp) : null,
      };
    });
    if (formaat === 'text/csv') {
      return csvFeed(reply, 'buurtagenda.csv', KOLOMMEN, rijen, accept);
    }
    zetFeedFormaat(reply, formaat);
    return { behoeften: rijen };
  }
}
