import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** How pseudonymisation treats a personal column. */
export type PersoonlijkeSoort =
  /** A `sub` (sign-in id): replaced by the stable pseudonym. */
  | 'sub'
  /** A person's name: replaced by "Gepseudonimiseerde bewoner". */
  | 'naam'
  /** An e-mail address: null, or a non-routable placeholder where the column is required. */
  | 'email'
  /** Free text that may contain personal data: null, or a placeholder where required. */
  | 'vrije-tekst'
  /** jsonb list with names (and subs) of people who stepped aside: only their entries are replaced. */
  | 'verschoningen'
  /** Already a one-way hash of round and sub (ballot secrecy): kept. */
  | 'stemmer-hash';

export interface PersoonlijkeKolom {
  tabel: string;
  kolom: string;
  soort: PersoonlijkeSoort;
}

/** The person being pseudonymised, as every handler sees them. */
export interface TePseudonimiserenPersoon {
  sub: string;
  /** The stable pseudonym of `sub`. */
  pseudo: string;
  /** The address the identity provider verified (lowercase), or null: records without an account match only by it. */
  email: string | null;
  /** Names that identify the person anywhere (gathered from every handler's `namen` first). */
  namen: readonly string[];
  /** The stable pseudonym of any sub (same key). */
  pseudoniem: (sub: string) => string;
}

/** What a handler replaced: counts for the answer, and records (by GraphQL type) for the audit trail. */
export interface PseudonimiseringUitkomst {
  telling: Record<string, number>;
  records?: Record<string, string[]>;
}

/** A retention term a library applies to its own records (AVG art. 5(1)(e)). */
export interface Bewaartermijn {
  /** The term's name in BEWAARTERMIJNEN (e.g. `aanmeldingen`). */
  soort: string;
  /** The key in the job's count. */
  telling: string;
  /** The GraphQL type of the records, for the audit trail. */
  type: string;
  /** Pseudonymises at most `max` records whose term ended before `grens`; returns their ids. */
  pasToe(tx: EntityManager, grens: Date, max: number, pseudoniem: (sub: string) => string): Promise<string[]>;
}

/**
 * One library's handling of the personal data in its own tables (AVG art. 15, 17, 20 and 30):
 * the register of its columns, the export, pseudonymisation and retention. The privacy library
 * orchestrates through these; it names no other library's table.
 */
export interface PersoonsgegevensHandler {
  /** The library, for messages and ordering ties. */
  bibliotheek: string;
  /**
   * Order of pseudonymisation (low first). A handler that reads another library's data about
   * the person (through that library's service) runs before the owner replaces it.
   */
  volgorde: number;
  /** Every column of this library that holds a resident's personal data. */
  kolommen: readonly PersoonlijkeKolom[];
  /** Sections of the export ("mijn gegevens"), raw rows (snake_case) per section. */
  exporteer(m: EntityManager, sub: string, geverifieerdeEmail: string | null): Promise<Record<string, unknown[]>>;
  /** Names that identify the person in this library's data, read before anything is replaced. */
  namen?(tx: EntityManager, sub: string): Promise<string[]>;
  /** Replaces the person's personal data in this library's tables, in the caller's transaction. */
  pseudonimiseer(tx: EntityManager, persoon: TePseudonimiserenPersoon): Promise<PseudonimiseringUitkomst>;
  /** Retention terms of this library's records. */
  bewaartermijnen?: readonly Bewaartermijn[];
}

/**
 * The registry of personal-data handlers, in core so that every library can register its own
 * (in onModuleInit) and the privacy library, near the ground floor, depends on none of them.
 */
@Injectable()
export class PersoonsgegevensRegister {
  private readonly lijst: PersoonsgegevensHandler[] = [];

  registreer(handler: PersoonsgegevensHandler): void {
    const dubbel = handler.kolommen.filter((k) =>
      this.lijst.some((h) => h.kolommen.some((a) => a.tabel === k.tabel && a.kolom === k.kolom)),
    );
    if (dubbel.length > 0) {
      throw new Error(`Persoonsgegevens dubbel geregistreerd: ${dubbel.map((k) => `${k.tabel}.${k.kolom}`).join(', ')}`);
    }
    this.lijst.push(handler);
  }

  /** The handlers in pseudonymisation order. */
  handlers(): readonly PersoonsgegevensHandler[] {
    return [...this.lijst].sort((a, b) => a.volgorde - b.volgorde || a.bibliotheek.localeCompare(b.bibliotheek));
  }

  /** Every registered personal column (the register of processing, AVG art. 30). */
  kolommen(): readonly PersoonlijkeKolom[] {
    return this.handlers().flatMap((h) => h.kolommen);
  }

  bewaartermijnen(): readonly Bewaartermijn[] {
    return this.handlers().flatMap((h) => h.bewaartermijnen ?? []);
  }
}

/** What a pseudonymised name becomes. */
export const GEPSEUDONIMISEERDE_NAAM = 'Gepseudonimiseerde bewoner';

/** What pseudonymised free text becomes where the column is required. */
export const VERWIJDERDE_TEKST = '[verwijderd: gepseudonimiseerd]';

/** How many rows an `UPDATE … RETURNING` through TypeORM touched (it answers [rows, count] on PostgreSQL). */
export function aantalRijen(resultaat: unknown): number {
  if (Array.isArray(resultaat) && resultaat.length === 2 && Array.isArray(resultaat[0]) && typeof resultaat[1] === 'number') {
    return resultaat[1];
  }
  return Array.isArray(resultaat) ? resultaat.length : 0;
}
