import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fout } from '../errors/domain-error';

export const MAX_PAGINA = 100;
export const STANDAARD_PAGINA = 20;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;
  @Field(() => Boolean)
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true })
  startCursor!: string | null;
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PaginaArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGINA} (larger values are capped).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * A lazy getter: the count runs only when a client asks for `totalCount`. Counting a large
   * filtered set is often the most expensive part of a page, and most pages do not show it.
   */
  totalCount: number | Promise<number>;
}

/** Relay connection types for one node type (Nest docs "pagination" pattern). */
export function Paginated<T>(classRef: Type<T>, naam: string) {
  @ObjectType(`${naam}Edge`)
  abstract class EdgeType {
    @Field(() => String)
    cursor!: string;
    @Field(() => classRef)
    node!: T;
  }
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
    @Field(() => Int)
    totalCount!: number | Promise<number>;
  }
  return ConnectionType;
}

type CursorWaarde = string | number | null;

/** One column of a keyset order: the SQL expression and how to read its value from a row. */
export interface Sorteersleutel<R> {
  expr: string;
  waarde: (row: R) => string | number | Date | null;
}

function encodeCursor(values: CursorWaarde[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, lengte: number): CursorWaarde[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === lengte &&
      parsed.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return parsed as CursorWaarde[];
    }
  } catch {
    // fall through: an invalid cursor is the client's error, not ours
  }
  throw fout.veld('after', 'is geen geldige cursor; gebruik een cursor uit een eerder antwoord.');
}

function cursorWaarde(v: string | number | Date | null): CursorWaarde {
  return v instanceof Date ? v.toISOString() : v;
}

/**
 * The keyset part of a page query, the same for one list and for many parents: the rows after
 * the cursor (a row comparison over the sort keys), in the sort order, one row past the page so
 * that `hasNextPage` needs no count.
 */
function naCursor<R extends ObjectLiteral>(
  qb: SelectQueryBuilder<R>,
  sleutels: Sorteersleutel<R>[],
  args: PaginaArgs,
  first: number,
): void {
  if (args.after !== undefined && args.after !== null) {
    const values = decodeCursor(args.after, sleutels.length);
    const params: Record<string, CursorWaarde> = {};
    const placeholders = values.map((v, i) => {
      params[`cursor${i}`] = v;
      return `:cursor${i}`;
    });
    qb.andWhere(`(${sleutels.map((s) => s.expr).join(', ')}) > (${placeholders.join(', ')})`, params);
  }
  for (const [i, s] of sleutels.entries()) {
    if (i === 0) {
      qb.orderBy(s.expr, 'ASC');
    } else {
      qb.addOrderBy(s.expr, 'ASC');
    }
  }
  qb.limit(first + 1);
}

/** A page as a Relay connection: each row's cursor is its sort keys; `totalCount` counts only when read. */
async function alsConnectie<R, N>(opties: {
  pagina: R[];
  /** Whether a row past the page was read. */
  meer: boolean;
  first: number;
  sleutels: Sorteersleutel<R>[];
  args: PaginaArgs;
  toNode: (row: R) => N;
  totalCount: () => Promise<number>;
}): Promise<Connection<N>> {
  const { first, sleutels, args, totalCount } = opties;
  const edges = opties.pagina.map((row) => ({
    cursor: encodeCursor(sleutels.map((s) => cursorWaarde(s.waarde(row)))),
    node: opties.toNode(row),
  }));
  return {
    edges,
    get totalCount() {
      return totalCount();
    },
    pageInfo: {
      hasNextPage: first === 0 ? (await totalCount()) > 0 : opties.meer,
      hasPreviousPage: args.after !== undefined && args.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Keyset pagination with a stable order: the sort keys end with a unique column (the id), so
 * rows never appear twice or go missing between pages, also while data changes. Cursors are
 * opaque. `totalCount` counts the whole filtered set.
 */
export async function pagineer<R extends ObjectLiteral, N>(
  qb: SelectQueryBuilder<R>,
  sleutels: Sorteersleutel<R>[],
  args: PaginaArgs,
  toNode: (row: R) => N,
  /** How the page's rows are read; default the entities (`getMany`). Hot lists select explicit columns raw. */
  rijen: (qb: SelectQueryBuilder<R>) => Promise<R[]> = (q) => q.getMany(),
): Promise<Connection<N>> {
  const first = Math.min(args.first ?? STANDAARD_PAGINA, MAX_PAGINA);
  const totalQb = qb.clone();
  naCursor(qb, sleutels, args, first);
  let telling: Promise<number> | undefined;
  const totalCount = (): Promise<number> => (telling ??= totalQb.getCount());
  const rows = first === 0 ? [] : await rijen(qb);
  return alsConnectie({ pagina: rows.slice(0, first), meer: rows.length > first, first, sleutels, args, toNode, totalCount });
}

/**
 * The same keyset pagination for a connection field on many parents at once (e.g. the partners
 * of every buurt in a list), in a constant number of queries: one LATERAL query for the ids of
 * each parent's page, one for the rows, and, only when a client asks for `totalCount`, one
 * LATERAL count per parent. Used from a DataLoader, so nested connections do not cause N+1 queries.
 * With `rijen` (explicit columns and a plain mapper) the LATERAL query returns the rows
 * themselves, one statement less and no entity hydration.
 */
export async function pagineerPerOuder<R extends ObjectLiteral & { id: string }, N>(opties: {
  /** A fresh query builder with the joins and filters, selecting from `alias`. */
  basis: () => SelectQueryBuilder<R>;
  alias: string;
  /** SQL expression of the parent id in `basis`, e.g. `ob.buurt_id`. */
  ouderExpr?: string;
  /**
   * The condition that a row belongs to the parent whose id is the SQL expression `ouder`, for
   * parents that are not one column (e.g. `i.buurt_ids @> ARRAY[ouder]`); default `ouderExpr = ouder`.
   */
  ouderVoorwaarde?: (ouder: string) => string;
  ouderIds: readonly string[];
  sleutels: Sorteersleutel<R>[];
  args: PaginaArgs;
  /** The rows of the pages by id, in a second statement; needed unless `rijen` is given. */
  laad?: (ids: string[]) => Promise<R[]>;
  /**
   * Read the rows in the page query itself: `selectie` is a select list over `alias` whose
   * columns are named as `uitRij` reads them (they must not be called `ouder` or `rn`).
   */
  rijen?: { selectie: string; uitRij: (rij: Record<string, unknown>) => R };
  toNode: (row: R) => N;
}): Promise<Connection<N>[]> {
  const { basis, alias, ouderIds, sleutels, args } = opties;
  const voorwaarde =
    opties.ouderVoorwaarde ??
    ((ouder: string) => {
      if (!opties.ouderExpr) {
        throw new Error('pagineerPerOuder: ouderExpr of ouderVoorwaarde is nodig');
      }
      return `${opties.ouderExpr} = ${ouder}`;
    });
  const first = Math.min(args.first ?? STANDAARD_PAGINA, MAX_PAGINA);
  const volgorde = sleutels.map((s) => `${s.expr} ASC`).join(', ');
  const inner = (opties.rijen ? basis().select(opties.rijen.selectie) : basis().select(`${alias}.id`, 'id'))
    .addSelect(`row_number() OVER (ORDER BY ${volgorde})`, 'rn')
    .andWhere(voorwaarde('ouders.ouder'));
  naCursor(inner, sleutels, args, first);
  const [innerSql, innerParams] = inner.getQueryAndParameters();
  const manager = inner.connection.manager;
  const paginaSql = `SELECT ouders.ouder::text AS ouder, ${opties.rijen ? 'x.*' : 'x.id'} FROM unnest($${innerParams.length + 1}::uuid[]) AS ouders(ouder)
    CROSS JOIN LATERAL (${innerSql}) x ORDER BY ouders.ouder, x.rn`;
  // Counting is often the most expensive part and most pages do not show it: one query for all
  // parents, run on the first `totalCount` that is read.
  let tellingen: Promise<Map<string, number>> | undefined;
  const telling = (ouder: string): Promise<number> => {
    tellingen ??= (async () => {
      const [telSql, telParams] = basis()
        .select('count(*)::int', 'n')
        .andWhere(voorwaarde('ouders.ouder'))
        .getQueryAndParameters();
      const rijen = (await manager.query(
        `SELECT ouders.ouder::text AS ouder, x.n FROM unnest($${telParams.length + 1}::uuid[]) AS ouders(ouder)
          CROSS JOIN LATERAL (${telSql}) x`,
        [...telParams, [...ouderIds]],
      )) as Array<{ ouder: string; n: number }>;
      return new Map(rijen.map((t) => [t.ouder, t.n]));
    })();
    return tellingen.then((m) => m.get(ouder) ?? 0);
  };
  const paginaRijen =
    first === 0
      ? []
      : ((await manager.query(paginaSql, [...innerParams, [...ouderIds]])) as Array<{ ouder: string; id: string; rn: unknown }>);
  // Per parent its page's rows in order (plus the one past the page, for hasNextPage).
  const rijenPerOuder = new Map<string, Array<R | undefined>>();
  const voegToe = (ouder: string, r: R | undefined): void => {
    const lijst = rijenPerOuder.get(ouder);
    if (lijst) {
      lijst.push(r);
    } else {
      rijenPerOuder.set(ouder, [r]);
    }
  };
  if (opties.rijen) {
    for (const { ouder, rn: _rn, ...rij } of paginaRijen) {
      voegToe(ouder, opties.rijen.uitRij(rij));
    }
  } else {
    if (!opties.laad) {
      throw new Error('pagineerPerOuder: laad of rijen is nodig');
    }
    const rijen = new Map((await opties.laad([...new Set(paginaRijen.map((r) => r.id))])).map((r) => [r.id, r]));
    for (const r of paginaRijen) {
      voegToe(r.ouder, rijen.get(r.id));
    }
  }
  return Promise.all(
    ouderIds.map((ouder) => {
      const vanOuder = rijenPerOuder.get(ouder) ?? [];
      return alsConnectie({
        pagina: vanOuder.slice(0, first).flatMap((r) => (r ? [r] : [])),
        meer: vanOuder.length > first,
        first,
        sleutels,
        args,
        toNode: opties.toNode,
        totalCount: () => telling(ouder),
      });
    }),
  );
}
