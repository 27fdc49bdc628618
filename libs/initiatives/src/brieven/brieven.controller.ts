import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { fout, type Gebruiker, HuidigeGebruiker, Ingelogd } from '@buurtwerk/core';
import { BrievenService } from './brieven.service';

/**
 * Download of a letter as PDF or as HTML page: `/api/v1/brieven/{id}.pdf` and `{id}.html`, with the
 * caller's bearer token. Only the applicant and staff; anyone else gets 404, so nobody learns that
 * a letter exists. Not in the published OpenAPI document of the open feeds.
 */
@ApiExcludeController()
@Controller('api/v1/brieven')
export class BrievenController {
  constructor(private readonly service: BrievenService) {}

  @Ingelogd()
  @Get(':bestand')
  async download(
    @Param('bestand') bestand: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const m = /^([0-9a-f-]{36})\.(pdf|html)$/i.exec(bestand);
    if (!m) {
      throw fout.nietGevonden('De brief');
    }
    const { brief, pdf } = await this.service.download(m[1], gebruiker);
    const naam = brief.kenmerk.replace(/[^A-Za-z0-9-]+/g, '-');
    void reply.header('cache-control', 'private, no-store');
    void reply.header('x-content-sha256', brief.sha256);
    if (m[2].toLowerCase() === 'pdf') {
      void reply.header('content-type', 'application/pdf');
      void reply.header('content-disposition', `attachment; filename="${naam}.pdf"`);
      return pdf;
    }
    void reply.header('content-type', 'text/html; charset=utf-8');
    // The letter's own page: no scripts at all.
    void reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
    return brief.html;
  }
}
