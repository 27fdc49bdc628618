import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  defaultFieldResolver,
  getNamedType,
  type GraphQLField,
  type GraphQLFieldResolver,
  GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { DataSource } from 'typeorm';
import { type GqlContext, parseGlobalId, perVerzoek, schrijfAudit } from '@buurtwerk/core';
import { PERSOONSGEGEVEN, PERSOONSGEGEVEN_OPERATIES } from './persoonsgegeven.decorator';
import { isStafrol } from './privacy.rules';

/** The entity an object without an id of its own belongs to (an Initiatief's historie, its besluit). */
const OUDER = Symbol('buurtwerk.privacy.ouder');

interface Entiteit {
  entiteit: string;
  entiteitId: string | null;
}

interface Lezing extends Entiteit {
  operatie: string;
}

/** Per request: the first field read of each entity (it names the audit record). */
const EERSTE_LEZING = new WeakMap<GqlContext, Map<string, Lezing>>();

type Resolver = GraphQLFieldResolver<unknown, GqlContext, Record<string, unknown>>;

function entiteitVan(bron: unknown, type: string): Entiteit {
  if (bron && typeof bron === 'object') {
    const id = (bron as { id?: unknown }).id;
    const parsed = typeof id === 'string' ? parseGlobalId(id) : null;
    if (parsed) {
      return { entiteit: parsed.type, entiteitId: id as string };
    }
    const ouder = (bron as { [OUDER]?: Entiteit })[OUDER];
    if (ouder) {
      return ouder;
    }
  }
  return { entiteit: type, entiteitId: null };
}

function markeer(waarde: unknown, ouder: Entiteit): void {
  if (Array.isArray(waarde)) {
    waarde.forEach((w) => markeer(w, ouder));
  } else if (waarde && typeof waarde === 'object' && !Object.isFrozen(waarde)) {
    Object.defineProperty(waarde, OUDER, { value: ouder, enumerable: false, configurable: true });
  }
}

function isLeeg(waarde: unknown): boolean {
  return waarde === null || waarde === undefined || (Array.isArray(waarde) && waarde.length === 0);
}

/**
 * Audits staff reads of residents' personal data (docs/domein.md, invariant 12, BIO 12.4). At start-up it
 * wraps the resolvers of every field marked with @PersoonsgegevenVeld() (and the export
 * operations in PERSOONSGEGEVEN_OPERATIES): when a caller with a staff role gets a non-empty
 * value, one audit record per (request, entity) is written before the value is returned. If
 * the record cannot be written, the value is not returned (fail closed).
 */
@Injectable()
export class LeesAudit implements OnApplicationBootstrap {
  private readonly logger = new Logger('Privacy');

  constructor(
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.instrumenteer(this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema);
  }

  instrumenteer(schema: GraphQLSchema): void {
    const objecttypen = Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType => t instanceof GraphQLObjectType && !t.name.startsWith('__'),
    );
    const persoonlijk = (veld: GraphQLField<unknown, unknown>) => veld.extensions?.[PERSOONSGEGEVEN] === true;
    // Types without an id that (directly or deeper) hold personal fields: their objects get
    // the entity of the nearest ancestor with an id.
    const zonderId = new Set<string>();
    let gewijzigd = true;
    while (gewijzigd) {
      gewijzigd = false;
      for (const t of objecttypen) {
        const velden = Object.values(t.getFields());
        if (zonderId.has(t.name) || 'id' in t.getFields()) {
          continue;
        }
        if (velden.some((v) => persoonlijk(v) || zonderId.has(getNamedType(v.type).name))) {
          zonderId.add(t.name);
          gewijzigd = true;
        }
      }
    }
    let aantal = 0;
    for (const t of objecttypen) {
      for (const veld of Object.values(t.getFields())) {
        const operatie = PERSOONSGEGEVEN_OPERATIES[`${t.name}.${veld.name}`];
        if (persoonlijk(veld) || operatie) {
          this.wikkelLezing(t.name, veld, operatie);
          aantal += 1;
        } else if (zonderId.has(getNamedType(veld.type).name)) {
          this.wikkelOuder(t.name, veld);
        }
      }
    }
    for (const sleutel of Object.keys(PERSOONSGEGEVEN_OPERATIES)) {
      const [type, veld] = sleutel.split('.');
      if (
        !(schema.getType(type) instanceof GraphQLObjectType) ||
        !(veld in (schema.getType(type) as GraphQLObjectType).getFields())
      ) {
        this.logger.warn(`Leesaudit: operatie ${sleutel} bestaat niet (meer) in het schema`);
      }
    }
    this.logger.debug(`Leesaudit op ${aantal} velden met persoonsgegevens`);
  }

  private wikkelLezing(type: string, veld: GraphQLField<unknown, unknown>, operatie?: { entiteit: string; idArgument: string }) {
    const origineel = (veld.resolve ?? defaultFieldResolver) as Resolver;
    const naam = `lezen:${type}.${veld.name}`;
    veld.resolve = ((bron: unknown, args: Record<string, unknown>, ctx: GqlContext, info: GraphQLResolveInfo) => {
      const waarde = origineel(bron, args, ctx, info);
      // A root operation identifies the caller inside its own resolver (the guard), so the
      // check waits for the value; nested fields see the caller already.
      if (!(waarde instanceof Promise) && (isLeeg(waarde) || !isStafrol(ctx.req?.gebruiker?.rollen ?? []))) {
        return waarde;
      }
      return Promise.resolve(waarde).then(async (w: unknown) => {
        if (isLeeg(w) || !isStafrol(ctx.req?.gebruiker?.rollen ?? [])) {
          return w;
        }
        const id = operatie ? args[operatie.idArgument] : undefined;
        const entiteit: Entiteit = operatie
          ? { entiteit: operatie.entiteit, entiteitId: typeof id === 'string' ? id : null }
          : entiteitVan(bron, type);
        await this.registreer(ctx, { ...entiteit, operatie: naam });
        return w;
      });
    }) as GraphQLField<unknown, unknown>['resolve'];
  }

  private wikkelOuder(type: string, veld: GraphQLField<unknown, unknown>) {
    const origineel = (veld.resolve ?? defaultFieldResolver) as Resolver;
    veld.resolve = ((bron: unknown, args: Record<string, unknown>, ctx: GqlContext, info: GraphQLResolveInfo) => {
      const waarde = origineel(bron, args, ctx, info);
      // Tagged for every caller: at a root operation the caller is only known after its guard ran.
      const ouder = entiteitVan(bron, type);
      if (waarde instanceof Promise) {
        return waarde.then((w: unknown) => {
          markeer(w, ouder);
          return w;
        });
      }
      markeer(waarde, ouder);
      return waarde;
    }) as GraphQLField<unknown, unknown>['resolve'];
  }

  /** At most one record per (request, entity): a per-request DataLoader deduplicates and batches. */
  private registreer(ctx: GqlContext, lezing: Lezing): Promise<true> {
    const loader = perVerzoek<string, true>(ctx, 'privacy:leesaudit', async (sleutels) => {
      const gebruiker = ctx.req.gebruiker;
      const ua = ctx.req.headers['user-agent'];
      const client = gebruiker?.apiSleutel
        ? `apisleutel:${gebruiker.apiSleutel.id}`
        : ((Array.isArray(ua) ? ua[0] : ua)?.slice(0, 300) ?? null);
      const regels = sleutels.map((s) => JSON.parse(s) as Lezing);
      try {
        await schrijfAudit(
          this.dataSource,
          regels.map((r) => ({
            door: gebruiker?.sub ?? 'anoniem',
            rollen: gebruiker?.rollen ?? [],
            operatie: r.operatie,
            entiteit: r.entiteit,
            entiteitId: r.entiteitId,
            details: {},
          })),
          client,
        );
      } catch (e) {
        this.logger.error(`Leesaudit kon niet worden geschreven: ${e instanceof Error ? e.message : String(e)}`);
        throw e;
      }
      return sleutels.map(() => true as const);
    });
    // The key is the entity; the first field read names the operation.
    const bestaand = this.eersteLezing(ctx, lezing);
    return loader.load(JSON.stringify(bestaand));
  }

  private eersteLezing(ctx: GqlContext, lezing: Lezing): Lezing {
    let eerste = EERSTE_LEZING.get(ctx);
    if (!eerste) {
      eerste = new Map();
      EERSTE_LEZING.set(ctx, eerste);
    }
    const k = `${lezing.entiteit}|${lezing.entiteitId ?? ''}`;
    const bestaand = eerste.get(k);
    if (bestaand) {
      return bestaand;
    }
    eerste.set(k, lezing);
    return lezing;
  }
}
