import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { fout } from '../errors/domain-error';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type RequestMetGebruiker, requestUit, SCOPES_KEY, TOEGANG_KEY, type Toegang } from './auth.decorators';
import { ApiSleutelService } from './api-sleutel.service';
import { BekendePersonen } from './bekende-personen';
import { TokenService } from './token.service';

const REST_GETELD = Symbol('buurtwerk.apiSleutelGeteld');

/**
 * Deny by default: an operation without @Public(), @Ingelogd() or @Rollen() is refused for
 * everyone, so a forgotten decorator can never open data. A token that is present but invalid
 * is refused even on public operations, so clients notice an expired sign-in.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly apiSleutels: ApiSleutelService,
    private readonly bekendePersonen: BekendePersonen,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const toegang = this.reflector.getAllAndOverride<Toegang | undefined>(TOEGANG_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = requestUit(context);
    if (req.gebruiker === undefined) {
      try {
        req.gebruiker = await this.identificeer(req.headers);
        if (req.gebruiker) {
          // At most one write per person per hour and process (issue 19: panel members by name).
          await this.bekendePersonen.gezien(req.gebruiker);
        }
      } catch (e) {
        const wacht = (e as { wachtSeconden?: number }).wachtSeconden;
        const antwoord = this.antwoord(context);
        // A subscription over WebSocket has no HTTP reply to put the header on.
        if (wacht !== undefined && typeof antwoord?.header === 'function') {
          antwoord.header('Retry-After', String(wacht));
        }
        throw e;
      }
    }
    const gebruiker = req.gebruiker;
    if (gebruiker?.apiSleutel) {
      await this.telApiSleutel(context, req as RequestMetGebruiker & { [REST_GETELD]?: true }, gebruiker.apiSleutel.id);
    }
    if (!toegang) {
      throw fout.geenToegang();
    }
    if (gebruiker?.apiSleutel && this.isMutatie(context)) {
      const scopes = this.reflector.get<string[] | undefined>(SCOPES_KEY, context.getHandler()) ?? [];
      if (!scopes.some((s) => gebruiker.apiSleutel!.scopes.includes(s))) {
        throw fout.geenToegang(
          scopes.length > 0
            ? `Deze API-sleutel mist de scope ${scopes.join(' of ')}.`
            : 'Deze handeling is niet beschikbaar voor API-sleutels.',
        );
      }
    }
    switch (toegang.soort) {
      case 'publiek':
        return true;
      case 'ingelogd':
        if (!gebruiker) {
          throw fout.nietIngelogd();
        }
        return true;
      case 'rollen':
        if (!gebruiker) {
          throw fout.nietIngelogd();
        }
        if (!gebruiker.rollen.some((r) => toegang.rollen.includes(r))) {
          throw fout.geenToegang();
        }
        return true;
    }
  }

  /**
   * The per-key limit counts operations, not HTTP requests: this guard runs once per GraphQL root
   * field (so every alias and every operation of a batch counts), and once per REST request.
   */
  private async telApiSleutel(
    context: ExecutionContext,
    req: RequestMetGebruiker & { [REST_GETELD]?: true },
    apiSleutelId: string,
  ): Promise<void> {
    if (context.getType<string>() !== 'graphql') {
      if (req[REST_GETELD]) {
        return;
      }
      req[REST_GETELD] = true;
    }
    try {
      await this.apiSleutels.telGebruik(apiSleutelId);
    } catch (e) {
      const wacht = (e as { wachtSeconden?: number }).wachtSeconden;
      const antwoord = this.antwoord(context);
      if (wacht !== undefined && typeof antwoord?.header === 'function') {
        antwoord.header('Retry-After', String(wacht));
      }
      throw e;
    }
  }

  private antwoord(context: ExecutionContext): { header: (naam: string, waarde: string) => unknown } | undefined {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext<{ reply?: { header: (n: string, w: string) => unknown } }>().reply;
    }
    return context.switchToHttp().getResponse();
  }

  private isMutatie(context: ExecutionContext): boolean {
    if (context.getType<string>() === 'graphql') {
      return GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation';
    }
    return context.switchToHttp().getRequest<{ method: string }>().method !== 'GET';
  }

  /** Bearer JWT, Bearer API key (`bgw_...`) or `X-API-Key`; null without credentials. */
  private async identificeer(headers: Record<string, string | string[] | undefined>) {
    const eerste = (h: string | string[] | undefined): string | undefined => (Array.isArray(h) ? h[0] : h);
    const apiKey = eerste(headers['x-api-key']);
    const authorization = eerste(headers.authorization);
    if (apiKey) {
      return (await this.apiSleutels.verifieer(apiKey.trim())).gebruiker;
    }
    if (authorization === undefined || authorization === '') {
      return null;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) {
      throw fout.nietIngelogd('De Authorization-header moet de vorm "Bearer <token>" hebben.');
    }
    if (match[1].startsWith('bgw_')) {
      return (await this.apiSleutels.verifieer(match[1])).gebruiker;
    }
    return this.tokens.verifieer(match[1]);
  }
}
