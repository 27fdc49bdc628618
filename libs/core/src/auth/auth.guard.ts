import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { fout } from '../errors/domain-error';
import { requestUit, TOEGANG_KEY, type Toegang } from './auth.decorators';
import { TokenService } from './token.service';

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
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const toegang = this.reflector.getAllAndOverride<Toegang | undefined>(TOEGANG_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = requestUit(context);
    if (req.gebruiker === undefined) {
      const header = req.headers.authorization;
      const waarde = Array.isArray(header) ? header[0] : header;
      if (waarde === undefined || waarde === '') {
        req.gebruiker = null;
      } else {
        const match = /^Bearer\s+(\S+)$/i.exec(waarde);
        if (!match) {
          throw fout.nietIngelogd('De Authorization-header moet de vorm "Bearer <token>" hebben.');
        }
        req.gebruiker = await this.tokens.verifieer(match[1]);
      }
    }
    const gebruiker = req.gebruiker;
    if (!toegang) {
      throw fout.geenToegang();
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
}
