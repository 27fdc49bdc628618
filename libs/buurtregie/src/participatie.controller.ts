import { Controller, Headers, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { amsterdamseDatum, FeedEndpoint, kiesFormaat, zetFeedFormaat } from '@buurtwerk/core';
import { OpenDataParticipatieverslagenDto } from './dto/participatie.rest';
import { ParticipatieService } from './participatie.service';

const FORMATEN = ['application/json'] as const;

/** Open data: the participation reports of the published plans, without personal data (docs/domein.md, invariant 12). */
@ApiTags('open-data')
@Controller('api/v1/open-data/participatieverslagen')
export class OpenDataParticipatieverslagenController {
  constructor(private readonly service: ParticipatieService) {}

  @FeedEndpoint({
    operationId: 'openDataParticipatieverslagenOphalen',
    summary: 'Participatieverslagen van plannen die aan bewoners zijn voorgelegd (Omgevingswet)',
    description:
      'Per gepubliceerd plan: wie wanneer is geïnformeerd, het reactievenster, de vraag, de reacties in cijfers en per reactie ' +
      'wat de gemeente ermee deed. Zonder persoonsgegevens en zonder de tekst van reacties.',
    formaten: FORMATEN,
    json: OpenDataParticipatieverslagenDto,
    antwoord: 'Participatieverslagen, laatst sluitende eerst',
  })
  async lijst(@Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const formaat = kiesFormaat(accept, FORMATEN);
    const verslagen = [];
    for (const p of await this.service.gepubliceerd(null)) {
      const v = await this.service.verslag(p.id, null);
      if (v) {
        verslagen.push({
          ...v,
          regisseursGeinformeerdOp: amsterdamseDatum(v.regisseursGeinformeerdOp),
          gepubliceerdOp: v.gepubliceerdOp ? amsterdamseDatum(v.gepubliceerdOp) : null,
          antwoorden: v.antwoorden.map((a) => ({ ...a })),
        });
      }
    }
    zetFeedFormaat(reply, formaat);
    return { verslagen };
  }
}
