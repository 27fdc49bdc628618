import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  csvFeed,
  fout,
  type Gebruiker,
  HuidigeGebruiker,
  Ingelogd,
  isGeldigeDatum,
  kiesFormaat,
  MEDEWERKER_ROLLEN,
  Rollen,
} from '@buurtwerk/core';
import { JaarsubsidiesService } from './jaarsubsidies.service';

const KOLOMMEN = ['betalingId', 'referentie', 'organisatie', 'soort', 'volgnummer', 'bedrag', 'vervaldatum'] as const;

/**
 * REST for the financial system and for partners (libs/jaarsubsidies/README.md):
 * - `GET /api/v1/jaarsubsidies/te-betalen?tot=YYYY-MM-DD` (staff token): the payments due up to
 *   that day, JSON or CSV (`Accept: text/csv`; `text/csv; excel=true` for Excel);
 * - `GET /api/v1/jaarsubsidies/mijn` (a partner's person token or API key): its own files.
 * Not in the published OpenAPI document of the open feeds: both need a token.
 */
@ApiExcludeController()
@Controller('api/v1/jaarsubsidies')
export class JaarsubsidiesController {
  constructor(private readonly service: JaarsubsidiesService) {}

  @Rollen(...MEDEWERKER_ROLLEN)
  @Get('te-betalen')
  async teBetalen(
    @Query('tot') tot: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const formaat = kiesFormaat(accept, ['application/json', 'text/csv'] as const);
    if (!tot || !isGeldigeDatum(tot)) {
      throw fout.veld('tot', 'is een datum als JJJJ-MM-DD.');
    }
    const rijen = await this.service.teBetalen(tot);
    void reply.header('cache-control', 'no-store');
    if (formaat === 'text/csv') {
      return csvFeed(reply, `te-betalen-${tot}.csv`, KOLOMMEN, rijen, accept);
    }
    void reply.header('content-type', 'application/json; charset=utf-8');
    return { tot, betalingen: rijen };
  }

  @Ingelogd()
  @Get('mijn')
  async mijn(@HuidigeGebruiker() gebruiker: Gebruiker, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    void reply.header('content-type', 'application/json; charset=utf-8');
    return { jaarsubsidies: await this.service.mijnJaarsubsidies(gebruiker) };
  }
}
