import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { fout, fromGlobalId, type Gebruiker, isGeldigeDatum } from '@buurtwerk/core';
import type { GelijkgesteldeDagInput } from './dto/gelijkgestelde-dag.input';
import { GelijkgesteldeDagEntity } from './gelijkgestelde-dag.entity';
import { toGelijkgesteldeDagModel } from './gelijkgestelde-dag.model';
import { algemeneFeestdagen, type GelijkgesteldeDagen, isVrijeDag } from './termijnen.rules';

/**
 * Runs in the transaction that adds an equated day, after the day is stored: brings the terms
 * already given that end on that day to the next working day (e.g. the initiatives' deadlines).
 */
export type NaToevoegingGelijkgesteldeDag = (tx: EntityManager, datum: string, dagen: GelijkgesteldeDagen) => Promise<void>;

/**
 * One advisory lock orders changes of the list against the acts that compute a term from it: an
 * act holds it shared from reading the list until it commits, a change holds it exclusively. So a
 * term is either computed with the new day, or stored before the change moves it; never a stale
 * term stored after the change. Acts take it before they lock any initiative row (a change updates
 * those rows while holding it).
 */
const SLOT = 'buurtwerk:gelijkgestelde-dagen';

/**
 * Days equated with general holidays by decree (Atw art. 3 lid 3): kept by staff (BEHEERDER) with
 * the decree's citation, read by every act that computes a term. No cache across requests: every
 * act reads the list in its own transaction (one small indexed read), so all instances see a change
 * as soon as it commits.
 */
@Injectable()
export class GelijkgesteldeDagenService {
  private readonly naToevoeging: NaToevoegingGelijkgesteldeDag[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(GelijkgesteldeDagEntity) private readonly dagen: Repository<GelijkgesteldeDagEntity>,
  ) {}

  /** Registers work that must follow an added day in the same transaction (modules that store terms). */
  bijToevoeging(werk: NaToevoegingGelijkgesteldeDag): void {
    this.naToevoeging.push(werk);
  }

  /**
   * The equated days, for an act that computes a term in transaction `m`. Call it before locking
   * the rows the term is stored in (see SLOT).
   */
  async voorTermijnen(m: EntityManager): Promise<GelijkgesteldeDagen> {
    await m.query('SELECT pg_advisory_xact_lock_shared(hashtext($1))', [SLOT]);
    const rijen = await m.query<Array<{ datum: string }>>('SELECT datum::text AS datum FROM gelijkgestelde_dag');
    return new Set(rijen.map((r) => r.datum));
  }

  async lijst(jaar?: number | null) {
    const qb = this.dagen.createQueryBuilder('d').orderBy('d.datum', 'ASC');
    if (jaar !== undefined && jaar !== null) {
      qb.where(`d.datum BETWEEN :van AND :tot`, { van: `${jaar}-01-01`, tot: `${jaar}-12-31` });
    }
    return (await qb.getMany()).map(toGelijkgesteldeDagModel);
  }

  async toevoegen(input: GelijkgesteldeDagInput, gebruiker: Gebruiker) {
    const datum = input.datum;
    const besluit = input.besluit.trim();
    if (!isGeldigeDatum(datum)) {
      throw fout.veld('input.datum', 'is geen geldige datum (JJJJ-MM-DD).');
    }
    const jaar = Number(datum.slice(0, 4));
    if (jaar < 2000 || jaar > 2199) {
      // A decree covers the coming years; far dates are typing errors (and terms past 9999 cannot be stored).
      throw fout.veld('input.datum', 'moet in de jaren 2000 tot en met 2199 liggen.');
    }
    if (isVrijeDag(datum, new Set())) {
      // Atw art. 1: such a day already moves a term; equating it would record a decree that changes nothing.
      const feestdag = algemeneFeestdagen(Number(datum.slice(0, 4))).get(datum);
      throw fout.veld(
        'input.datum',
        feestdag ? `is al een algemeen erkende feestdag (${feestdag}).` : 'valt op een zaterdag of zondag; die telt al niet mee.',
      );
    }
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SLOT]);
      const [nieuw] = await tx.query<Array<{ id: string }>>(
        `INSERT INTO gelijkgestelde_dag (datum, besluit, vastgelegd_door) VALUES ($1, $2, $3)
         ON CONFLICT (datum) DO NOTHING RETURNING id`,
        [datum, besluit, gebruiker.naam],
      );
      if (!nieuw) {
        throw fout.veld('input.datum', 'is al met een feestdag gelijkgesteld.');
      }
      const dagen = new Set(
        (await tx.query<Array<{ datum: string }>>('SELECT datum::text AS datum FROM gelijkgestelde_dag')).map((r) => r.datum),
      );
      for (const werk of this.naToevoeging) {
        await werk(tx, datum, dagen);
      }
      return toGelijkgesteldeDagModel(await tx.findOneByOrFail(GelijkgesteldeDagEntity, { id: nieuw.id }));
    });
  }

  /**
   * Removes a day recorded in error. Terms already given are not shortened: a resident may rely on
   * the date they were told (principle of legitimate expectations); new terms no longer skip the day.
   */
  async verwijderen(globalId: string) {
    const id = fromGlobalId(globalId, 'GelijkgesteldeDag', 'id');
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SLOT]);
      const dag = await tx.findOneBy(GelijkgesteldeDagEntity, { id });
      if (!dag) {
        throw fout.nietGevonden('De gelijkgestelde dag');
      }
      await tx.delete(GelijkgesteldeDagEntity, { id });
      return toGelijkgesteldeDagModel(dag);
    });
  }
}
