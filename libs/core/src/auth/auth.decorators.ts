import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Gebruiker, Rol } from './gebruiker';

export const TOEGANG_KEY = 'buurtwerk:toegang';

export type Toegang = { soort: 'publiek' } | { soort: 'ingelogd' } | { soort: 'rollen'; rollen: Rol[] };

/** Anyone may call this, also without a token (public data only). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(TOEGANG_KEY, { soort: 'publiek' } satisfies Toegang);

/** Any signed-in user, whatever their roles. */
export const Ingelogd = (): MethodDecorator & ClassDecorator => SetMetadata(TOEGANG_KEY, { soort: 'ingelogd' } satisfies Toegang);

/** Only users with at least one of these roles. */
export const Rollen = (...rollen: Rol[]): MethodDecorator & ClassDecorator =>
  SetMetadata(TOEGANG_KEY, { soort: 'rollen', rollen } satisfies Toegang);

export interface RequestMetGebruiker {
  headers: Record<string, string | string[] | undefined>;
  gebruiker?: Gebruiker | null;
}

export function requestUit(context: ExecutionContext): RequestMetGebruiker {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestMetGebruiker }>().req;
  }
  return context.switchToHttp().getRequest<RequestMetGebruiker>();
}

/** The signed-in user, or null for anonymous callers (set by the global AuthGuard). */
export const HuidigeGebruiker = createParamDecorator((_data: unknown, context: ExecutionContext): Gebruiker | null => {
  return requestUit(context).gebruiker ?? null;
});

export const SCOPES_KEY = 'buurtwerk:scopes';

/**
 * API-key scopes that allow a partner system to call this operation. Without it, API keys may
 * only call queries (reading), never mutations.
 */
export const Scopes = (...scopes: string[]): MethodDecorator => SetMetadata(SCOPES_KEY, scopes);
