import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { from, type Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import type { RequestMetGebruiker } from '../auth/auth.decorators';
import { parseGlobalId } from '../graphql/global-id';
import type { GqlContext } from '../graphql/loaders';

export const GEHEIM_KEY = 'buurtwerk:geheime-argumenten';

/**
 * Arguments whose values must never reach the audit trail, e.g. the choices on a ballot: the
 * trail records that someone voted, never what (secret ballot, DOMAIN.md 8 and 11).
 */
export const GeheimeArgumenten = (...namen: string[]): MethodDecorator => SetMetadata(GEHEIM_KEY, namen);

/** Ids in the arguments (any key ending in "id"/"Id"/"Ids"), without other (personal) values. */
function idsUit(waarde: unknown, pad = '', uit: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  if (waarde && typeof waarde === 'object' && !Array.isArray(waarde)) {
    for (const [k, v] of Object.entries(waarde as Record<string, unknown>)) {
      const sleutel = pad ? `${pad}.${k}` : k;
      if (/(^id|Id|Ids)$/.test(k) && (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))) {
        uit[sleutel] = v as string | string[];
      } else if (typeof v === 'object') {
        idsUit(v, sleutel, uit);
      }
    }
  }
  return uit;
}

/**
 * Writes an audit record for every successful GraphQL mutation (DOMAIN.md invariant 12).
 * Refused mutations change nothing and are visible in the access logs instead.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') {
      return next.handle();
    }
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ operation: { operation: string }; fieldName: string; parentType: { name: string } }>();
    if (info.operation.operation !== 'mutation' || info.parentType.name !== 'Mutation') {
      return next.handle();
    }
    const req: RequestMetGebruiker = gql.getContext<GqlContext>().req;
    const geheim = this.reflector.get<string[] | undefined>(GEHEIM_KEY, context.getHandler()) ?? [];
    const args = Object.fromEntries(Object.entries(gql.getArgs<Record<string, unknown>>()).filter(([k]) => !geheim.includes(k)));
    return next
      .handle()
      .pipe(switchMap((resultaat: unknown) => from(this.schrijf(req, info.fieldName, args, resultaat).then(() => resultaat))));
  }

  private async schrijf(
    req: RequestMetGebruiker,
    operatie: string,
    args: Record<string, unknown>,
    resultaat: unknown,
  ): Promise<void> {
    const id = resultaat && typeof resultaat === 'object' && 'id' in resultaat ? String((resultaat as { id: unknown }).id) : null;
    const parsed = id ? parseGlobalId(id) : null;
    const ua = req.headers['user-agent'];
    try {
      await this.dataSource.query(
        `INSERT INTO audit_log (door, rollen, operatie, entiteit, entiteit_id, client, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          req.gebruiker?.sub ?? 'anoniem',
          req.gebruiker?.rollen ?? [],
          operatie,
          parsed?.type ?? (resultaat && typeof resultaat === 'object' ? resultaat.constructor.name.replace(/Model$/, '') : null),
          id,
          (Array.isArray(ua) ? ua[0] : ua)?.slice(0, 300) ?? null,
          JSON.stringify({ argumenten: Object.keys(args), ids: idsUit(args) }),
        ],
      );
    } catch (e) {
      // The change itself succeeded; a missing audit row is logged loudly for the operators.
      this.logger.error(`Auditregel kon niet worden geschreven voor ${operatie}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
