import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Observable, tap } from 'rxjs';

/**
 * Votes are secret (DOMAIN.md 8, 11). The global audit interceptor records the ids in a mutation's
 * arguments next to the caller's `sub`; for a ballot that would write who chose which projects
 * into the audit log. This interceptor runs inside the audit interceptor and, once the ballot is
 * stored, removes the choice from the (shared) arguments object before the audit record is made:
 * the log still shows that this person voted in this round, never what they chose.
 */
@Injectable()
export class StemgeheimInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const args = GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
    const wis = (): void => {
      delete args.projectIds;
      delete args.punten;
    };
    return next.handle().pipe(tap({ next: wis, error: wis }));
  }
}
