import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { defer, lastValueFrom, type Observable } from 'rxjs';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestMetGebruiker } from '../auth/auth.decorators';
import { parseGlobalId } from '../graphql/global-id';
import type { GqlContext } from '../graphql/loaders';
import { inVerzoektransactie } from '../database/verzoektransactie';

export const GEHEIM_KEY = 'buurtwerk:geheime-argumenten';

/**
 * Arguments whose values must never reach the audit trail, e.g. the choices on a ballot: the
 * trail records that someone voted, never what (secret ballot, docs/domein.md, invariants 8 and 11).
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
 * Runs every GraphQL mutation in one transaction and writes its audit record (docs/domein.md,
 * invariant 12) as the last statement of that transaction: a committed mutation always has its
 * record, a mutation that fails (and rolls back) has none, and no crash can fall in between.
 * Services' own transactions become savepoints in it (see `inVerzoektransactie`).
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
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
    return defer(() =>
      inVerzoektransactie(this.dataSource, async (tx) => {
        // handle() inside the transaction: Nest binds the resolver to the async context of this call.
        const resultaat: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
        await this.schrijf(tx, req, info.fieldName, args, resultaat);
        return resultaat;
      }),
    );
  }

  private async schrijf(
    tx: EntityManager,
    req: RequestMetGebruiker,
    operatie: string,
    args: Record<string, unknown>,
    resultaat: unknown,
  ): Promise<void> {
    const id = resultaat && typeof resultaat === 'object' && 'id' in resultaat ? String((resultaat as { id: unknown }).id) : null;
    const parsed = id ? parseGlobalId(id) : null;
    const ua = req.headers['user-agent'];
    // No try/catch: without its audit record the mutation is rolled back (fail closed).
    await tx.query(
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
  }
}
