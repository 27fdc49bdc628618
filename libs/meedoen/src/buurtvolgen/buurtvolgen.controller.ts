import { Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiExcludeEndpoint,
  ApiNotAcceptableResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { kiesFormaat, klok, Public } from '@buurtwerk/core';
import { BuurtvolgenService } from './buurtvolgen.service';
import { xmlTekst } from './buurtvolgen.rules';

const pagina = (titel: string, inhoud: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlTekst(titel)} – Buurtwerk Heerlen</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
button{font:inherit;padding:.6rem 1.2rem;border:2px solid #00416a;background:#00416a;color:#fff;border-radius:4px}
button:focus-visible{outline:3px solid #f5a623;outline-offset:2px}</style></head>
<body><main><h1>${xmlTekst(titel)}</h1>${inhoud}</main></body></html>`;

/** The Atom feed per buurt (open data) and the one-click unsubscribe of the weekly buurt digest. */
@ApiTags('buurtnieuws')
@Controller('api/v1')
export class BuurtvolgenController {
  constructor(private readonly service: BuurtvolgenService) {}

  @Public()
  @Get('buurtnieuws/:buurtcode')
  @ApiOperation({
    operationId: 'buurtnieuwsOphalen',
    summary: 'Nieuws uit een buurt als Atom-feed',
    description:
      'Atom 1.0 (RFC 4287): activiteiten en netwerkbijeenkomsten die eraan komen, nieuwe vragen om vrijwilligers en ' +
      'toegekende initiatieven van de laatste 30 dagen, en plannen van de gemeente waarop je nu kunt reageren. Om te volgen in een feedlezer.',
  })
  @ApiParam({ name: 'buurtcode', description: 'CBS-buurtcode, bijvoorbeeld BU09171001', example: 'BU09171001' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({
    description: 'Atom-feed van de buurt',
    content: { 'application/atom+xml': { schema: { type: 'string', description: 'Atom 1.0 (RFC 4287)' } } },
  })
  @ApiNotFoundResponse({ description: 'Buurt niet gevonden' })
  @ApiNotAcceptableResponse({ description: 'Gevraagd formaat niet beschikbaar (alleen Atom)' })
  async atom(
    @Param('buurtcode') buurtcode: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    // Content negotiation (NLGov ADR): a client that accepts no Atom gets 406, not a body it cannot read.
    kiesFormaat(accept, ['application/atom+xml'] as const);
    const xml = await this.service.atom(buurtcode, klok.nu());
    void reply.header('content-type', 'application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=900');
    return xml;
  }

  /** The link in the confirmation mail: a page with a button; the POST confirms. */
  @Public()
  @ApiExcludeEndpoint()
  @Get('buurtvolgen/bevestigen')
  bevestigpagina(@Query('id') id: string | undefined, @Query('code') code: string | undefined, @Res() reply: FastifyReply) {
    const actie = `?id=${encodeURIComponent(id ?? '')}&code=${encodeURIComponent(code ?? '')}`;
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
      .send(
        pagina(
          'Nieuws uit je buurt bevestigen',
          `<p>Wil je elke week een overzicht krijgen van wat er nieuw is in je buurt?</p>
<form method="post" action="${xmlTekst(actie)}"><button type="submit">Ja, stuur me het overzicht</button></form>`,
        ),
      );
  }

  @Public()
  @ApiExcludeEndpoint()
  @Post('buurtvolgen/bevestigen')
  @HttpCode(200)
  async bevestigen(@Query('id') id: string | undefined, @Query('code') code: string | undefined, @Res() reply: FastifyReply) {
    let namen: string[] | null = null;
    try {
      namen = (await this.service.bevestigen(id ?? '', code ?? '')).map((b) => b.naam);
    } catch {
      namen = null;
    }
    return reply
      .status(namen ? 200 : 404)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(
        namen
          ? pagina('Bevestigd', `<p>Je krijgt elke week nieuws uit: ${xmlTekst(namen.join(', '))}.</p>`)
          : pagina('Deze link werkt niet meer', '<p>Misschien heb je al bevestigd. Vraag het volgen anders opnieuw aan.</p>'),
      );
  }

  /** The link in the digest's text: a page with a button (a GET never unsubscribes: link scanners follow GETs). */
  @Public()
  @ApiExcludeEndpoint()
  @Get('buurtvolgen/afmelden')
  afmeldpagina(@Query('id') id: string | undefined, @Query('code') code: string | undefined, @Res() reply: FastifyReply) {
    const actie = `?id=${encodeURIComponent(id ?? '')}&code=${encodeURIComponent(code ?? '')}`;
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
      .send(
        pagina(
          'Afmelden voor het buurtoverzicht',
          `<p>Wil je het wekelijkse overzicht van je buurt niet meer krijgen?</p>
<form method="post" action="${xmlTekst(actie)}"><button type="submit">Ja, meld me af</button></form>`,
        ),
      );
  }

  /** RFC 8058 one-click unsubscribe (mail programs POST `List-Unsubscribe=One-Click`), and the page's button. */
  @Public()
  @ApiExcludeEndpoint()
  @Post('buurtvolgen/afmelden')
  @HttpCode(200)
  async afmelden(@Query('id') id: string | undefined, @Query('code') code: string | undefined, @Res() reply: FastifyReply) {
    const gelukt = await this.service.afmelden(id ?? '', code ?? '');
    return reply
      .status(gelukt ? 200 : 404)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(
        gelukt
          ? pagina('Je bent afgemeld', '<p>Je krijgt het buurtoverzicht niet meer. Je e-mailadres is bij ons verwijderd.</p>')
          : pagina(
              'Deze link werkt niet meer',
              '<p>Misschien ben je al afgemeld. Je krijgt van ons geen buurtoverzicht op dit adres.</p>',
            ),
      );
  }
}
