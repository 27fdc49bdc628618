import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type AuditRegel,
  auditRegelsDoor,
  auditRegelsVan,
  fout,
  type Gebruiker,
  geverifieerdeEmail,
  PersoonsgegevensRegister,
} from '@buurtwerk/core';
import { naarCamelCase } from './privacy.rules';

/** At most this many audit records in an export or an auditLog answer (the newest). */
const MAX_AUDIT = 5000;

export type { AuditRegel };

/**
 * AVG art. 15 and 20: everything stored about the caller, as JSON. Each library exports its own
 * tables through the handler it registered in core's PersoonsgegevensRegister, by `sub` and, for
 * records made without an account (meeting sign-ups, mails), by the e-mail address in the
 * caller's token when the token says the provider verified it (`email_verified: true`). A
 * sign-up of another account never matches by address.
 */
@Injectable()
export class MijnGegevensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly register: PersoonsgegevensRegister,
  ) {}

  async export(gebruiker: Gebruiker): Promise<Record<string, unknown>> {
    const sub = gebruiker.sub;
    // Records made without an account are found only by an address the identity provider verified.
    const email = geverifieerdeEmail(gebruiker);
    const [secties, auditregels] = await Promise.all([
      Promise.all(this.register.handlers().map((h) => h.exporteer(this.dataSource.manager, sub, email))),
      auditRegelsDoor(this.dataSource, sub, MAX_AUDIT),
    ]);
    const gegevens: Record<string, unknown[]> = {};
    for (const sectie of secties) {
      for (const [naam, rijen] of Object.entries(sectie)) {
        gegevens[naam] = rijen.map(naarCamelCase);
      }
    }
    return {
      uitleg:
        'Alle gegevens die Buurtwerk over u bewaart (AVG art. 15 en 20): gevonden op uw inlog-id en, ' +
        'voor aanmeldingen en e-mails zonder account, op het e-mailadres van uw inlog als de inlogdienst dat heeft bevestigd.',
      gemaaktOp: new Date().toISOString(),
      gebruiker: { sub, naam: gebruiker.naam, email: gebruiker.email, rollen: gebruiker.rollen, buurtcode: gebruiker.buurtcode },
      ...gegevens,
      auditregels: auditregels.map(naarCamelCase),
    };
  }

  /** The audit trail of one entity (who, what, when, from which client), oldest first. */
  async auditLog(entiteit: string, entiteitId: string): Promise<AuditRegel[]> {
    const type = entiteit.trim();
    if (!/^[A-Za-z][A-Za-z0-9]{0,80}$/.test(type)) {
      throw fout.veld('entiteit', 'is geen geldig type (bijvoorbeeld Initiatief).');
    }
    return auditRegelsVan(this.dataSource, type, entiteitId, MAX_AUDIT);
  }
}
