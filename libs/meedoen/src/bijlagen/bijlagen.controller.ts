import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { fout, type Gebruiker, HuidigeGebruiker, Ingelogd, Public } from '@buurtwerk/core';
import { BijlagenService } from './bijlagen.service';

/**
 * Uploads and downloads of attachments. Uploads are multipart/form-data with one file in the field
 * `bestand`, streamed with a size limit (see README, "Meedoen"). Not in the OpenAPI document of
 * the open feeds (that one is read-only).
 */
@ApiExcludeController()
@Controller('api/v1/bijlagen')
export class BijlagenController {
  constructor(private readonly service: BijlagenService) {}

  @Ingelogd()
  @Post(':soort/:recordId')
  async toevoegen(
    @Param('soort') soort: string,
    @Param('recordId') recordId: string,
    @Req() request: FastifyRequest,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    if (!request.isMultipart()) {
      throw fout.veld('bestand', 'stuur het bestand als multipart/form-data, in het veld "bestand".');
    }
    const deel = await request.file({ limits: { fileSize: this.service.maxUpload, files: 1, fields: 0, parts: 1 } });
    if (!deel || deel.fieldname !== 'bestand') {
      throw fout.veld('bestand', 'ontbreekt: stuur één bestand in het veld "bestand".');
    }
    let inhoud: Buffer;
    try {
      inhoud = await deel.toBuffer();
    } catch (e) {
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw this.service.teGroot();
      }
      throw e;
    }
    return this.service.toevoegen(soort, recordId, deel.filename, inhoud, gebruiker);
  }

  @Public()
  @Get(':soort/:recordId')
  lijst(@Param('soort') soort: string, @Param('recordId') recordId: string, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.lijst(soort, recordId, gebruiker);
  }

  @Public()
  @Get(':id')
  async lees(
    @Param('id') id: string,
    @Query('breedte') breedte: string | undefined,
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
    @Res() reply: FastifyReply,
  ) {
    if (breedte !== undefined && !/^\d{1,4}$/.test(breedte)) {
      throw fout.veld('breedte', 'is geen geheel getal.');
    }
    const { bijlage, inhoud, grootte, openbaar } = await this.service.lees(
      id,
      gebruiker,
      breedte === undefined ? undefined : Number(breedte),
    );
    const afbeelding = bijlage.inhoudstype.startsWith('image/');
    // The content never changes under an id: public ones may be cached for a long time.
    await reply
      .header('content-type', bijlage.inhoudstype)
      .header('content-length', String(grootte))
      .header('cache-control', openbaar ? 'public, max-age=604800, immutable' : 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header(
        'content-disposition',
        `${afbeelding ? 'inline' : 'attachment'}; filename="${bijlage.bestandsnaam.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(bijlage.bestandsnaam)}`,
      )
      .send(inhoud);
  }
}
