import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { buitenVerzoektransactie } from '../database/verzoektransactie';
import { PersoonsgegevensRegister } from '../persoonsgegevens/persoonsgegevens-register';
import { bekendePersonenPersoonsgegevens } from './bekende-personen.persoonsgegevens';
import type { Gebruiker } from './gebruiker';

/** A person is written at most once per this interval per process (and again when the name changed). */
export const BEKEND_VASTLEGGEN_NA_MS = 60 * 60 * 1000;
/** The in-memory list of recent writes is emptied when it reaches this size (memory stays bounded). */
const MAX_ONTHOUDEN = 10_000;
/** A name search answers at most this many people. */
export const MAX_ZOEKRESULTATEN = 20;

export interface BekendePersoon {
  sub: string;
  naam: string;
  laatstGezien: Date;
}

/**
 * The people who signed in with a name (issue 19: staff choose buurtpanel members by name). The
 * AuthGuard reports every signed-in caller; this writes at most once per person per hour and
 * process, so an ordinary request costs no query. API keys and tokens without a `name` claim are
 * not recorded (there is no name to choose by).
 */
@Injectable()
export class BekendePersonen implements OnModuleInit {
  private readonly logger = new Logger(BekendePersonen.name);
  /** sub → the name and moment (ms) last written by this process. */
  private readonly vastgelegd = new Map<string, { naam: string; op: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly register: PersoonsgegevensRegister,
  ) {}

  onModuleInit(): void {
    this.register.registreer(bekendePersonenPersoonsgegevens);
  }

  /**
   * Records that `gebruiker` signed in, unless this process did so less than an hour ago with
   * the same name. Never fails the request: a failed write is logged and tried on the next one.
   */
  async gezien(gebruiker: Gebruiker, nu: number = Date.now()): Promise<void> {
    if (gebruiker.apiSleutel || gebruiker.naam === gebruiker.sub || gebruiker.naam.trim() === '') {
      return;
    }
    const vorige = this.vastgelegd.get(gebruiker.sub);
    if (vorige && vorige.naam === gebruiker.naam && nu - vorige.op < BEKEND_VASTLEGGEN_NA_MS) {
      return;
    }
    if (this.vastgelegd.size >= MAX_ONTHOUDEN) {
      this.vastgelegd.clear();
    }
    // Set before the write: parallel requests of the same person write once.
    this.vastgelegd.set(gebruiker.sub, { naam: gebruiker.naam, op: nu });
    try {
      // Outside the request's transaction: a mutation that rolls back does not undo the sign-in.
      await buitenVerzoektransactie(() =>
        this.dataSource.query(
          `INSERT INTO bekende_persoon (sub, naam, laatst_gezien) VALUES ($1, $2, $3)
           ON CONFLICT (sub) DO UPDATE SET naam = EXCLUDED.naam, laatst_gezien = GREATEST(bekende_persoon.laatst_gezien, EXCLUDED.laatst_gezien)`,
          [gebruiker.sub, gebruiker.naam.trim(), new Date(nu)],
        ),
      );
    } catch (e) {
      this.vastgelegd.delete(gebruiker.sub);
      this.logger.warn(`Aanmelding van een persoon niet vastgelegd: ${(e as Error).message}`);
    }
  }

  /** People whose name contains every word of `tekst` (case-insensitive), most recently seen first. */
  async zoek(tekst: string): Promise<BekendePersoon[]> {
    const woorden = tekst
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .slice(0, 5)
      .map((w) => `%${w.replace(/[\\%_]/g, (t) => `\\${t}`)}%`);
    if (woorden.length === 0) {
      return [];
    }
    return this.dataSource.query<BekendePersoon[]>(
      `SELECT sub, naam, laatst_gezien AS "laatstGezien" FROM bekende_persoon
        WHERE lower(naam) LIKE ALL ($1::text[])
        ORDER BY laatst_gezien DESC, naam, sub LIMIT $2`,
      [woorden, MAX_ZOEKRESULTATEN],
    );
  }

  /** The known people among `subs` (a panel's members), in the order asked; unknown subs are left out. */
  async vanSubs(subs: readonly string[]): Promise<BekendePersoon[]> {
    if (subs.length === 0) {
      return [];
    }
    const rijen = await this.dataSource.query<BekendePersoon[]>(
      `SELECT sub, naam, laatst_gezien AS "laatstGezien" FROM bekende_persoon WHERE sub = ANY($1::text[])`,
      [[...subs]],
    );
    const per = new Map(rijen.map((r) => [r.sub, r]));
    return subs.flatMap((s) => per.get(s) ?? []);
  }
}
