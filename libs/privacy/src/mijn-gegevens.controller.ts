import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Gebruiker, HuidigeGebruiker, Ingelogd, kiesFormaat } from '@buurtwerk/core';
import { MijnGegevensService } from './mijn-gegevens.service';

/**
 * The resident's download of all their data (AVG art. 20), the same JSON as the `mijnGegevens`
 * query. Not in the published OpenAPI document of the open feeds: it needs a personal token and
 * is described in libs/privacy/README.md.
 */
@ApiExcludeController()
@Controller('api/v1/mijn-gegevens')
export class MijnGegevensController {
  constructor(private readonly service: MijnGegevensService) {}

  @Ingelogd()
  @Get()
  async download(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    kiesFormaat(accept, ['application/json'] as const);
    const gegevens = await this.service.export(gebruiker);
    void reply.header('content-type', 'application/json; charset=utf-8');
    void reply.header('content-disposition', 'attachment; filename="mijn-gegevens.json"');
    void reply.header('cache-control', 'no-store');
    return gegevens;
  }
}
