import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { aantalRijen, amsterdamseDatum, type Taak, Taakloper } from '@buurtwerk/core';
import {
  type BesluitGebeurtenis,
  BrievenService,
  InitiatiefHaken,
  InitiatiefStatus,
  type StatusWijzigingGebeurtenis,
} from '@buurtwerk/initiatives';
import { controleerCatalogus } from './catalogi.controle';
import { ZaakopdrachtEntity, ZaakopdrachtSoort, ZaakopdrachtStatus, ZaakregistratieEntity } from './zaakopdracht.entity';
import { besluitToelichting, STATUS_TOELICHTING, volgendePoging } from './zaakopdracht.rules';
import type { ZaakregistratieConfig } from './zaakregistratie.config';
import { ZgwClient } from './zgw.client';

export const ZAAKREGISTRATIE_CONFIG = Symbol('ZAAKREGISTRATIE_CONFIG');

/** Rows per round; a full batch is followed by the next round at once. */
const BATCH = 20;
/** ZGW: bestuursorgaan has at most 50 characters. */
const BESTUURSORGAAN = 'college van burgemeester en wethouders';
/** Who the documents are by (auteur, at most 200 characters). */
const AUTEUR = 'Gemeente Heerlen (Buurtwerk)';

interface ZaakGegevens {
  identificatie: string;
  omschrijving: string;
  datum: string;
}
interface StatusGegevens {
  status: InitiatiefStatus;
  op: string;
}
interface BesluitGegevens {
  besluitId: string;
  briefId: string;
  identificatie: string;
  datum: string;
  toelichting: string;
  titel: string;
}

export interface Rondeverslag {
  gelukt: number;
  mislukt: number;
}

/**
 * Case registration in the municipality's ZGW APIs (docs/domein.md, "Zaakregistratie"). In the
 * transaction of each change it writes outbox rows (`zaakopdracht`) through the initiatives
 * library's hooks; a job of the one runner carries them out in order per initiative, retrying
 * with backoff. Every creating call first looks whether an earlier attempt already created the
 * object (by identificatie, or by the pair it links), so a retry after a lost answer never creates
 * a second zaak, besluit, document or link.
 */
@Injectable()
export class ZaakregistratieService implements OnModuleInit {
  private readonly logger = new Logger('Zaakregistratie');
  private readonly client: ZgwClient | null;
  private readonly taak: Taak<Rondeverslag> | null;
  private catalogusGecontroleerd = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ZAAKREGISTRATIE_CONFIG) private readonly config: ZaakregistratieConfig | null,
    private readonly haken: InitiatiefHaken,
    private readonly brieven: BrievenService,
    loper: Taakloper,
  ) {
    this.client = config ? new ZgwClient(config) : null;
    this.taak = config
      ? loper.registreer({
          naam: 'zaakregistratie',
          intervalMs: config.intervalMs,
          ronde: (stop) => this.ronde(stop),
          niets: { gelukt: 0, mislukt: 0 },
          nogWerk: (r) => r.gelukt > 0,
          verslag: (r) => (r.mislukt > 0 ? `zaakregistratie: ${r.gelukt} gelukt, ${r.mislukt} mislukt (volgt opnieuw)` : null),
        })
      : null;
  }

  onModuleInit(): void {
    if (!this.config) {
      return; // off by default: no outbox rows, no job
    }
    this.haken.registreer({
      statusGewijzigd: (tx, w) => this.bijStatus(tx, w),
      besluitVastgelegd: (tx, b) => this.bijBesluit(tx, b),
    });
  }

  get aan(): boolean {
    return this.config !== null;
  }

  /** Runs a round now (tests, or an operator after fixing the configuration). */
  verwerk(): Promise<Rondeverslag> {
    if (!this.taak) {
      return Promise.resolve({ gelukt: 0, mislukt: 0 });
    }
    return this.taak.nu();
  }

  /** The zaken of these initiatives, in the same order (null: none yet); one query. */
  async zaakUrls(initiatiefIds: readonly string[]): Promise<Array<string | null>> {
    const rijen = await this.dataSource.manager.findBy(ZaakregistratieEntity, { initiatiefId: In([...initiatiefIds]) });
    const per = new Map(rijen.map((r) => [r.initiatiefId, r.zaakUrl]));
    return initiatiefIds.map((id) => per.get(id) ?? null);
  }

  /** The zaak of an initiative, once created (for staff: where the file lives in the case system). */
  async zaakUrl(initiatiefId: string): Promise<string | null> {
    const r = await this.dataSource.manager.findOneBy(ZaakregistratieEntity, { initiatiefId });
    return r?.zaakUrl ?? null;
  }

  // ---------------------------------------------------------------- in the change's transaction

  private async bijStatus(tx: EntityManager, w: StatusWijzigingGebeurtenis): Promise<void> {
    if (w.referentie === null || w.ingediendDatum === null) {
      return; // a concept is no case yet
    }
    await this.zorgVoorZaak(tx, w.initiatiefId, w.referentie, w.titel, w.ingediendDatum);
    if (this.config!.statustypen[w.naar]) {
      const gegevens: StatusGegevens = { status: w.naar, op: w.op.toISOString() };
      await this.opdracht(tx, w.initiatiefId, ZaakopdrachtSoort.STATUS, gegevens);
    }
  }

  private async bijBesluit(tx: EntityManager, b: BesluitGebeurtenis): Promise<void> {
    if (b.referentie === null || b.ingediendDatum === null) {
      return;
    }
    await this.zorgVoorZaak(tx, b.initiatiefId, b.referentie, b.titel, b.ingediendDatum);
    const gegevens: BesluitGegevens = {
      besluitId: b.besluitId,
      briefId: b.briefId,
      identificatie: b.briefKenmerk,
      datum: amsterdamseDatum(b.genomenOp),
      toelichting: besluitToelichting(b.soort, b.briefOnderwerp),
      titel: b.briefOnderwerp.slice(0, 200),
    };
    await this.opdracht(tx, b.initiatiefId, ZaakopdrachtSoort.BESLUIT, gegevens);
  }

  /** The first time an initiative is seen (at submission, or later when registration was switched on then), its zaak is queued. */
  private async zorgVoorZaak(tx: EntityManager, initiatiefId: string, referentie: string, titel: string, datum: string) {
    const nieuw = await tx.query<unknown[]>(
      `INSERT INTO zaakregistratie (initiatief_id, identificatie) VALUES ($1, $2)
       ON CONFLICT (initiatief_id) DO NOTHING RETURNING initiatief_id`,
      [initiatiefId, referentie],
    );
    if (nieuw.length > 0) {
      const gegevens: ZaakGegevens = { identificatie: referentie, omschrijving: titel.slice(0, 80), datum };
      await this.opdracht(tx, initiatiefId, ZaakopdrachtSoort.ZAAK, gegevens);
    }
  }

  private async opdracht(tx: EntityManager, initiatiefId: string, soort: ZaakopdrachtSoort, gegevens: object): Promise<void> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error('Een zaakopdracht wordt geschreven in de transactie van de wijziging.');
    }
    await tx.query('INSERT INTO zaakopdracht (initiatief_id, soort, gegevens) VALUES ($1, $2, $3::jsonb)', [
      initiatiefId,
      soort,
      JSON.stringify(gegevens),
    ]);
  }

  // ---------------------------------------------------------------- the job

  private async ronde(stop: AbortSignal): Promise<Rondeverslag> {
    if (!this.catalogusGecontroleerd) {
      // First use: a configuration that does not fit the catalogue stops here, with every problem named.
      await controleerCatalogus(this.client!, this.config!);
      this.catalogusGecontroleerd = true;
    }
    const claim = randomUUID();
    const leaseMs = this.config!.timeoutMs * 8 + 60_000;
    const opdrachten = await this.dataSource.transaction(async (tx) => {
      const rijen = await tx.query<Array<{ id: string }>>(
        `SELECT o.id FROM zaakopdracht o
          WHERE o.status = 'WACHTEND' AND o.volgende_poging_op <= now()
            AND (o.geclaimd_tot IS NULL OR o.geclaimd_tot < now())
            AND NOT EXISTS (SELECT 1 FROM zaakopdracht v
                             WHERE v.initiatief_id = o.initiatief_id AND v.volgnummer < o.volgnummer AND v.status <> 'KLAAR')
          ORDER BY o.volgnummer LIMIT $1 FOR UPDATE OF o SKIP LOCKED`,
        [BATCH],
      );
      if (rijen.length === 0) {
        return [];
      }
      const ids = rijen.map((r) => r.id);
      await tx.query(
        `UPDATE zaakopdracht SET claim = $2, geclaimd_tot = now() + make_interval(secs => $3) WHERE id = ANY($1::uuid[])`,
        [ids, claim, leaseMs / 1000],
      );
      return tx.find(ZaakopdrachtEntity, { where: { id: In(ids) }, order: { volgnummer: 'ASC' } });
    });
    let gelukt = 0;
    let mislukt = 0;
    for (const o of opdrachten) {
      if (stop.aborted) {
        break; // the lease runs out; another round continues
      }
      // A long batch may outlive the lease of its last rows: renew it per row, and leave a row
      // that another instance claimed meanwhile (it carries on from the recorded results).
      const nogVanMij = await this.dataSource.query<unknown[]>(
        `UPDATE zaakopdracht SET geclaimd_tot = now() + make_interval(secs => $3) WHERE id = $1 AND claim = $2 RETURNING id`,
        [o.id, claim, leaseMs / 1000],
      );
      if (aantalRijen(nogVanMij) === 0) {
        continue;
      }
      try {
        await this.voerUit(o, claim);
        await this.dataSource.query(
          `UPDATE zaakopdracht SET status = 'KLAAR', uitgevoerd_op = now(), pogingen = pogingen + 1, laatste_fout = NULL,
                  claim = NULL, geclaimd_tot = NULL WHERE id = $1 AND claim = $2`,
          [o.id, claim],
        );
        gelukt += 1;
      } catch (e) {
        mislukt += 1;
        const melding = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
        const volgende = volgendePoging(o.pogingen + 1, new Date());
        await this.dataSource.query(
          `UPDATE zaakopdracht SET pogingen = pogingen + 1, laatste_fout = $3, status = $4, volgende_poging_op = COALESCE($5, volgende_poging_op),
                  claim = NULL, geclaimd_tot = NULL WHERE id = $1 AND claim = $2`,
          [o.id, claim, melding, volgende ? ZaakopdrachtStatus.WACHTEND : ZaakopdrachtStatus.MISLUKT, volgende],
        );
        if (volgende) {
          this.logger.warn(`Zaakopdracht ${o.id} (${o.soort}) mislukt, poging ${o.pogingen + 1}: ${melding}`);
        } else {
          this.logger.error(`Zaakopdracht ${o.id} (${o.soort}) opgegeven na ${o.pogingen + 1} pogingen: ${melding}`);
        }
      }
    }
    return { gelukt, mislukt };
  }

  private async voerUit(o: ZaakopdrachtEntity, claim: string): Promise<void> {
    switch (o.soort) {
      case ZaakopdrachtSoort.ZAAK:
        return this.zaakAanmaken(o);
      case ZaakopdrachtSoort.STATUS:
        return this.statusZetten(o);
      case ZaakopdrachtSoort.BESLUIT:
        return this.besluitRegistreren(o, claim);
    }
  }

  private async zaakAanmaken(o: ZaakopdrachtEntity): Promise<void> {
    const c = this.config!;
    const reg = await this.dataSource.manager.findOneByOrFail(ZaakregistratieEntity, { initiatiefId: o.initiatiefId });
    if (reg.zaakUrl !== null) {
      return;
    }
    const g = o.gegevens as unknown as ZaakGegevens;
    // A retry after a lost answer: the zaak may exist already (identificatie is unique per bronorganisatie).
    const [bestaand] = await this.client!.zoek(c.zakenApi, '/zaken', { identificatie: g.identificatie, bronorganisatie: c.rsin });
    const zaak =
      bestaand ??
      (await this.client!.maak(c.zakenApi, '/zaken', {
        identificatie: g.identificatie,
        bronorganisatie: c.rsin,
        verantwoordelijkeOrganisatie: c.rsin,
        zaaktype: c.zaaktype,
        omschrijving: g.omschrijving,
        toelichting: `Aanvraag ${g.identificatie}, ingediend via Buurtwerk.`,
        registratiedatum: g.datum,
        startdatum: g.datum,
        vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
      }));
    await this.dataSource.query('UPDATE zaakregistratie SET zaak_url = $2 WHERE initiatief_id = $1', [o.initiatiefId, zaak.url]);
  }

  private async zaakVan(initiatiefId: string): Promise<string> {
    const url = await this.zaakUrl(initiatiefId);
    if (url === null) {
      // Cannot happen in order (the ZAAK row comes first and is KLAAR); kept as a retryable error.
      throw new Error(`De zaak van initiatief ${initiatiefId} is nog niet aangemaakt.`);
    }
    return url;
  }

  private async statusZetten(o: ZaakopdrachtEntity): Promise<void> {
    const c = this.config!;
    const g = o.gegevens as unknown as StatusGegevens;
    const statustype = c.statustypen[g.status];
    if (!statustype) {
      return; // no longer configured: nothing to mirror
    }
    const zaak = await this.zaakVan(o.initiatiefId);
    const op = new Date(g.op).getTime();
    const bestaand = await this.client!.zoek(c.zakenApi, '/statussen', { zaak, statustype });
    if (bestaand.some((s) => new Date(String(s.datumStatusGezet)).getTime() === op)) {
      return;
    }
    await this.client!.maak(c.zakenApi, '/statussen', {
      zaak,
      statustype,
      datumStatusGezet: g.op,
      statustoelichting: STATUS_TOELICHTING[g.status],
    });
  }

  /** Besluit, then the letter as document, then both links; each step is recorded as soon as it is done. */
  private async besluitRegistreren(o: ZaakopdrachtEntity, claim: string): Promise<void> {
    const c = this.config!;
    const client = this.client!;
    const g = o.gegevens as unknown as BesluitGegevens;
    const zaak = await this.zaakVan(o.initiatiefId);
    const stap = async (naam: string, zoek: () => Promise<unknown[]>, maak: () => Promise<{ url?: string }>): Promise<string> => {
      if (o.resultaat[naam]) {
        return o.resultaat[naam];
      }
      const [bestaand] = (await zoek()) as Array<{ url?: string }>;
      const url = (bestaand ?? (await maak())).url!;
      o.resultaat[naam] = url;
      await this.dataSource.query(
        `UPDATE zaakopdracht SET resultaat = resultaat || jsonb_build_object($3::text, $4::text) WHERE id = $1 AND claim = $2`,
        [o.id, claim, naam, url],
      );
      return url;
    };
    const besluit = await stap(
      'besluit',
      () => client.zoek(c.besluitenApi, '/besluiten', { identificatie: g.identificatie, verantwoordelijkeOrganisatie: c.rsin }),
      () =>
        client.maak(c.besluitenApi, '/besluiten', {
          identificatie: g.identificatie,
          verantwoordelijkeOrganisatie: c.rsin,
          besluittype: c.besluittype,
          zaak,
          datum: g.datum,
          ingangsdatum: g.datum,
          toelichting: g.toelichting,
          bestuursorgaan: BESTUURSORGAAN,
        }),
    );
    if (!c.documentenApi || !c.informatieobjecttype) {
      return;
    }
    const documentenApi = c.documentenApi;
    const informatieobjecttype = c.informatieobjecttype;
    const document = await stap(
      'document',
      () =>
        client.zoek(documentenApi, '/enkelvoudiginformatieobjecten', { bronorganisatie: c.rsin, identificatie: g.identificatie }),
      async () => {
        const brief = await this.brieven.briefMetPdf(g.briefId);
        if (!brief) {
          throw new Error(`Brief ${g.briefId} van besluit ${g.besluitId} bestaat niet.`);
        }
        return client.maak(documentenApi, '/enkelvoudiginformatieobjecten', {
          identificatie: g.identificatie,
          bronorganisatie: c.rsin,
          creatiedatum: brief.brief.datum,
          titel: g.titel,
          auteur: AUTEUR,
          vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
          status: 'definitief',
          formaat: 'application/pdf',
          taal: 'nld',
          bestandsnaam: `${g.identificatie.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`,
          bestandsomvang: brief.pdf.length,
          inhoud: brief.pdf.toString('base64'),
          beschrijving: `Besluitbrief ${g.identificatie}`,
          informatieobjecttype,
          indicatieGebruiksrecht: false,
        });
      },
    );
    await stap(
      'zaakinformatieobject',
      () => client.zoek(c.zakenApi, '/zaakinformatieobjecten', { zaak, informatieobject: document }),
      () => client.maak(c.zakenApi, '/zaakinformatieobjecten', { zaak, informatieobject: document, titel: g.titel }),
    );
    await stap(
      'besluitinformatieobject',
      () => client.zoek(c.besluitenApi, '/besluitinformatieobjecten', { besluit, informatieobject: document }),
      () => client.maak(c.besluitenApi, '/besluitinformatieobjecten', { besluit, informatieobject: document }),
    );
  }
}
