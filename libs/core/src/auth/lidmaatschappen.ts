import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Gebruiker } from './gebruiker';

/**
 * Organisation membership (docs/domein.md, "Identity and access": a PARTNER acts for the organisations
 * it is linked to), owned by core beside the API keys. Every library asks here instead of reading
 * `partner_koppeling`. Per caller it is resolved once per request: the `Gebruiker` object lives
 * as long as its request (or WebSocket connection), so the answer is kept against it.
 */
@Injectable()
export class Lidmaatschappen {
  private readonly perVerzoek = new WeakMap<Gebruiker, Promise<string[]>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The organisations this caller acts for: the links a BEHEERDER made, and the organisation of
   * an API key (linked the same way when the key is made).
   */
  organisatieIds(gebruiker: Gebruiker): Promise<string[]> {
    let ids = this.perVerzoek.get(gebruiker);
    if (!ids) {
      ids = this.organisatieIdsVan(gebruiker.sub).then((gekoppeld) => {
        const alle = new Set(gekoppeld);
        if (gebruiker.apiSleutel?.organisatieId) {
          alle.add(gebruiker.apiSleutel.organisatieId);
        }
        return [...alle];
      });
      // A failed lookup is not kept: the next question in the request asks again.
      ids.catch(() => this.perVerzoek.delete(gebruiker));
      this.perVerzoek.set(gebruiker, ids);
    }
    return ids;
  }

  async isLidVan(gebruiker: Gebruiker, organisatieId: string): Promise<boolean> {
    return (await this.organisatieIds(gebruiker)).includes(organisatieId);
  }

  /** The organisations linked to this sign-in id (uncached; in the caller's transaction when given). */
  async organisatieIdsVan(gebruikerId: string, m: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rijen: Array<{ organisatie_id: string }> = await m.query(
      'SELECT organisatie_id FROM partner_koppeling WHERE gebruiker_id = $1 ORDER BY organisatie_id',
      [gebruikerId],
    );
    return rijen.map((r) => r.organisatie_id);
  }

  /** Links a user or API key (`apisleutel:<id>`) to an organisation; linking twice changes nothing. */
  async koppel(organisatieId: string, gebruikerId: string, m: EntityManager = this.dataSource.manager): Promise<void> {
    await m.query(
      'INSERT INTO partner_koppeling (organisatie_id, gebruiker_id) VALUES ($1, $2) ON CONFLICT (organisatie_id, gebruiker_id) DO NOTHING',
      [organisatieId, gebruikerId],
    );
  }
}
