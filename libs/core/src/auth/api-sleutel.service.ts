import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource, type EntityManager } from 'typeorm';
import { BUURTWERK_CONFIG, type BuurtwerkConfig } from '../config/config';
import { maakRedisVerbinding, sluitRedis, wachtOpRedis } from '../redis/redis';
import { DomainError, fout, FoutCode } from '../errors/domain-error';
import { ApiSleutelEntity } from './api-sleutel.entity';
import { type Gebruiker, Rol } from './gebruiker';
import { GeheugenTeller, type LimietTeller, RedisTeller } from './limiet-teller';

/** Scopes a partner system can be given. */
export const API_SCOPES = ['lezen', 'activiteiten:schrijven', 'signalen:schrijven'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

const SLEUTEL = /^bgw_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

function hash(geheim: string): string {
  return createHash('sha256').update(geheim).digest('hex');
}

/** API keys for partner systems: created by a BEHEERDER, shown once, hashed, scoped, revocable. */
@Injectable()
export class ApiSleutelService implements OnModuleInit, OnApplicationShutdown {
  /** Fixed-window limit per key and minute: shared in Redis when REDIS_URL is set, else in this process. */
  private readonly teller: LimietTeller;
  private readonly redis: Redis | null;
  private readonly laatstBijgewerkt = new Map<string, number>();
  /** Limit per minute of each key seen by `verifieer` (read by `telGebruik`). */
  private readonly limieten = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BUURTWERK_CONFIG) config: BuurtwerkConfig,
  ) {
    this.redis = config.redisUrl ? maakRedisVerbinding(config.redisUrl, 'snelheidslimiet') : null;
    this.teller = this.redis ? new RedisTeller(this.redis, config.redisVoorvoegsel) : new GeheugenTeller();
  }

  /** Gives Redis a moment to connect, so the first requests already share the limit; never blocks start-up for long. */
  async onModuleInit(): Promise<void> {
    if (this.redis) {
      await wachtOpRedis(this.redis, 2000);
    }
  }

  onApplicationShutdown(): void {
    if (this.redis) {
      sluitRedis(this.redis);
    }
  }

  /** How many keys of this organisation are not revoked (in the caller's transaction when given). */
  async actieveSleutelsVanOrganisatie(organisatieId: string, m: EntityManager = this.dataSource.manager): Promise<number> {
    const [r] = await m.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM api_sleutel WHERE organisatie_id = $1 AND ingetrokken_op IS NULL',
      [organisatieId],
    );
    return r.n;
  }

  async maak(invoer: { naam: string; scopes: string[]; organisatieId: string | null; door: string; limietPerMinuut?: number }) {
    const onbekend = invoer.scopes.filter((s) => !API_SCOPES.includes(s as ApiScope));
    if (onbekend.length > 0 || invoer.scopes.length === 0) {
      throw fout.veld(
        'input.scopes',
        `kies uit ${API_SCOPES.join(', ')}${onbekend.length ? ` (onbekend: ${onbekend.join(', ')})` : ''}.`,
      );
    }
    const kenmerk = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
    const geheim = randomBytes(32).toString('base64url');
    const sleutel = `bgw_${kenmerk}_${geheim}`;
    const repo = this.dataSource.getRepository(ApiSleutelEntity);
    const entiteit = await repo.save(
      repo.create({
        naam: invoer.naam,
        kenmerk,
        hash: hash(sleutel),
        scopes: [...new Set(invoer.scopes)],
        organisatieId: invoer.organisatieId,
        aangemaaktDoor: invoer.door,
        limietPerMinuut: invoer.limietPerMinuut ?? 600,
      }),
    );
    return { sleutel, entiteit };
  }

  async trekIn(id: string): Promise<ApiSleutelEntity> {
    const repo = this.dataSource.getRepository(ApiSleutelEntity);
    const e = await repo.findOneBy({ id });
    if (!e) {
      throw fout.nietGevonden('De API-sleutel');
    }
    e.ingetrokkenOp ??= new Date();
    return repo.save(e);
  }

  lijst(): Promise<ApiSleutelEntity[]> {
    return this.dataSource.getRepository(ApiSleutelEntity).find({ order: { aangemaaktOp: 'ASC' } });
  }

  /** The caller behind an API key; throws UNAUTHENTICATED. Its use is counted by `telGebruik`. */
  async verifieer(sleutel: string): Promise<{ gebruiker: Gebruiker }> {
    const m = SLEUTEL.exec(sleutel);
    if (!m) {
      throw fout.nietIngelogd('De API-sleutel is ongeldig.');
    }
    const e = await this.dataSource.getRepository(ApiSleutelEntity).findOneBy({ kenmerk: m[1] });
    const gegeven = Buffer.from(hash(sleutel), 'hex');
    if (!e || e.ingetrokkenOp !== null || !timingSafeEqual(gegeven, Buffer.from(e.hash, 'hex'))) {
      throw fout.nietIngelogd('De API-sleutel is ongeldig of ingetrokken.');
    }
    this.limieten.set(e.id, e.limietPerMinuut);
    await this.markeerGebruik(e.id);
    return {
      gebruiker: {
        sub: `apisleutel:${e.id}`,
        naam: e.naam,
        email: null,
        rollen: [Rol.PARTNER],
        buurtcode: null,
        apiSleutel: { id: e.id, scopes: e.scopes, organisatieId: e.organisatieId },
      },
    };
  }

  /**
   * Counts `aantal` operations of a verified key against its limit per minute: one per REST
   * request, one per GraphQL root field (aliases and every operation of a batch count apart),
   * so a key cannot do 1000 operations in one request. Throws TE_VEEL_VERZOEKEN above it.
   */
  async telGebruik(apiSleutelId: string): Promise<void> {
    const limiet = this.limieten.get(apiSleutelId) ?? 600;
    const { toegestaan, wachtSeconden } = await this.teller.tel(apiSleutelId, limiet);
    if (!toegestaan) {
      const f = new DomainError(
        FoutCode.TE_VEEL_VERZOEKEN,
        `Te veel verzoeken met deze API-sleutel. Probeer het over ${wachtSeconden} seconden opnieuw.`,
      );
      (f as DomainError & { wachtSeconden?: number }).wachtSeconden = wachtSeconden;
      throw f;
    }
  }

  /** Keeps `laatstGebruiktOp` current without a write on every request (at most once a minute). */
  private async markeerGebruik(id: string): Promise<void> {
    const nu = Date.now();
    if ((this.laatstBijgewerkt.get(id) ?? 0) > nu - 60_000) {
      return;
    }
    this.laatstBijgewerkt.set(id, nu);
    await this.dataSource.query('UPDATE api_sleutel SET laatst_gebruikt_op = now() WHERE id = $1', [id]);
  }
}
