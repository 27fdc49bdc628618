import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  BUURTWERK_CONFIG,
  type BuurtwerkConfig,
  ConfigError,
  fout,
  fromGlobalId,
  type Gebruiker,
  mailInWachtrij,
  type Taak,
  Taakloper,
  toGlobalId,
} from '@buurtwerk/core';
import { BuurtenService, toBuurtModel } from '@buurtwerk/buurten';
import { BuurtnieuwsService } from './buurtnieuws.service';
import { BuurtvolgerEntity } from './buurtvolger.entity';
import { atomFeed, normaalAdres, overzichtTekst } from './buurtvolgen.rules';

const WEEK_MS = 7 * 86_400_000;
const BATCH = 20;

export function laadOverzichtInterval(env: Record<string, string | undefined> = process.env): number {
  const ruw = env.BUURTOVERZICHT_INTERVAL_MS ?? '';
  if (ruw === '') {
    return 3_600_000;
  }
  if (!/^\d+$/.test(ruw) || (Number(ruw) !== 0 && Number(ruw) < 1000) || Number(ruw) > 86_400_000) {
    throw new ConfigError(
      'BUURTOVERZICHT_INTERVAL_MS',
      `moet 0 (uit) of een geheel getal van 1000 tot 86400000 zijn (gekregen: "${ruw}")`,
    );
  }
  return Number(ruw);
}

const code = () => randomBytes(24).toString('base64url');

function gelijkeCode(a: string | null, b: string): boolean {
  if (a === null || a.length !== b.length) {
    return false;
  }
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Follow your buurt: residents follow buurten (signed in at once, or by e-mail after confirming
 * a link), get a weekly digest of what is new there (a job of the one job runner, docs/jobs.md)
 * with one-click unsubscribe (RFC 8058), and every buurt has an Atom feed.
 */
@Injectable()
export class BuurtvolgenService {
  private readonly taak: Taak<number>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(BUURTWERK_CONFIG) private readonly config: BuurtwerkConfig,
    private readonly buurten: BuurtenService,
    private readonly nieuws: BuurtnieuwsService,
    loper: Taakloper,
  ) {
    this.taak = loper.registreer({
      naam: 'buurtoverzicht',
      intervalMs: laadOverzichtInterval(),
      ronde: () => this.overzichtRonde(new Date()),
      niets: 0,
      verslag: (n) => (n > 0 ? `${n} buurtoverzicht(en) in de wachtrij` : null),
    });
  }

  private get portaal(): string {
    return this.config.aanmelding.buurtportaalUrl;
  }

  /** The API serves the Buurtportaal: links to the API use the portal's origin. */
  afmeldLink(v: Pick<BuurtvolgerEntity, 'id' | 'afmeldcode'>): string {
    return `${new URL(this.portaal).origin}/api/v1/buurtvolgen/afmelden?id=${v.id}&code=${encodeURIComponent(v.afmeldcode)}`;
  }

  /**
   * Follows buurten. Signed in with an address the identity provider verified: at once. Otherwise
   * by e-mail: the buurten wait until the link in the confirmation mail is followed, and the
   * answer is the same whether the address was known or not.
   */
  async volgen(buurtGlobalIds: readonly string[], email: string | null | undefined, gebruiker: Gebruiker | null) {
    const buurtIds = [...new Set(await this.buurten.bestaandeBuurtIds(buurtGlobalIds, 'input.buurtIds'))];
    if (buurtIds.length === 0) {
      throw fout.veld('input.buurtIds', 'kies ten minste één buurt.');
    }
    const direct = gebruiker?.email && gebruiker.emailGeverifieerd ? normaalAdres(gebruiker.email) : null;
    const adres = direct ?? normaalAdres(email ?? '');
    if (!adres) {
      throw fout.veld(
        'input.email',
        email ? 'is geen geldig e-mailadres.' : 'vul je e-mailadres in, dan sturen we je een bevestiging.',
      );
    }
    return this.dataSource.transaction(async (tx) => {
      if (direct) {
        // One statement: two tabs following at once both end up in the one row.
        await tx.query(
          `INSERT INTO buurtvolger (email, gebruiker_id, buurt_ids, afmeldcode, bevestigd_op)
           VALUES ($1, $2, $3::uuid[], $4, now())
           ON CONFLICT (email) DO UPDATE SET gebruiker_id = $2,
             buurt_ids = ARRAY(SELECT DISTINCT unnest(buurtvolger.buurt_ids || $3::uuid[])),
             bevestigd_op = COALESCE(buurtvolger.bevestigd_op, now()), gewijzigd_op = now()`,
          [adres, gebruiker!.sub, buurtIds, code()],
        );
        return { bevestigingNodig: false };
      }
      const [rij] = await tx.query<Array<{ id: string; bevestigcode: string }>>(
        `INSERT INTO buurtvolger (email, voorgestelde_buurt_ids, afmeldcode, bevestigcode)
         VALUES ($1, $2::uuid[], $3, $4)
         ON CONFLICT (email) DO UPDATE SET
           voorgestelde_buurt_ids = ARRAY(SELECT DISTINCT unnest(buurtvolger.voorgestelde_buurt_ids || $2::uuid[])),
           bevestigcode = $4, gewijzigd_op = now()
         RETURNING id, bevestigcode`,
        [adres, buurtIds, code(), code()],
      );
      const namen = (await this.buurten.buurtKenmerken(buurtIds)).map((b) => b.naam).sort((a, b) => a.localeCompare(b, 'nl'));
      // A page of the API with a button (a GET never confirms: mail scanners follow links).
      const link = `${new URL(this.portaal).origin}/api/v1/buurtvolgen/bevestigen?id=${encodeURIComponent(toGlobalId('Buurtvolger', rij.id))}&code=${encodeURIComponent(rij.bevestigcode)}`;
      await mailInWachtrij(tx, [
        {
          soort: 'BUURTVOLGEN_BEVESTIGEN',
          referentieId: rij.id,
          aan: adres,
          onderwerp: 'Bevestig dat je nieuws uit je buurt wilt krijgen',
          tekst: [
            'Hallo,',
            '',
            `Je wilt elke week nieuws krijgen uit: ${namen.join(', ')}.`,
            'Klik op deze link om dat te bevestigen:',
            link,
            '',
            'Heb je dit niet zelf gevraagd? Dan hoef je niets te doen: zonder bevestiging sturen we je niets.',
          ].join('\n'),
        },
      ]);
      return { bevestigingNodig: true };
    });
  }

  /** Confirms the buurten asked for by e-mail (the link in the confirmation mail). */
  async bevestigen(globalId: string, bevestigcode: string) {
    const id = fromGlobalId(globalId, 'Buurtvolger', 'id');
    return this.dataSource.transaction(async (tx) => {
      const v = await tx.findOne(BuurtvolgerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!v || !gelijkeCode(v.bevestigcode, bevestigcode)) {
        throw fout.veld('code', 'deze link klopt niet of is al gebruikt. Vraag het volgen opnieuw aan.');
      }
      v.buurtIds = [...new Set([...v.buurtIds, ...v.voorgesteldeBuurtIds])];
      v.voorgesteldeBuurtIds = [];
      v.bevestigcode = null;
      v.bevestigdOp ??= new Date();
      await tx.save(v);
      return this.buurtModellen(v.buurtIds);
    });
  }

  /** Unsubscribes: the follower and their address are gone (one click, RFC 8058). */
  async afmelden(id: string, afmeldcode: string): Promise<boolean> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
      return false;
    }
    return this.dataSource.transaction(async (tx) => {
      const v = await tx.findOne(BuurtvolgerEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!v || !gelijkeCode(v.afmeldcode, afmeldcode)) {
        return false;
      }
      await tx.delete(BuurtvolgerEntity, { id });
      return true;
    });
  }

  async mijnBuurten(gebruiker: Gebruiker) {
    const v = await this.dataSource.getRepository(BuurtvolgerEntity).findOneBy({ gebruikerId: gebruiker.sub });
    return v && v.bevestigdOp ? this.buurtModellen(v.buurtIds) : [];
  }

  /** Stops following one buurt; with none left the follower is removed. */
  async nietMeerVolgen(buurtGlobalId: string, gebruiker: Gebruiker) {
    const buurtId = fromGlobalId(buurtGlobalId, 'Buurt', 'buurtId');
    return this.dataSource.transaction(async (tx) => {
      const v = await tx.findOne(BuurtvolgerEntity, {
        where: { gebruikerId: gebruiker.sub },
        lock: { mode: 'pessimistic_write' },
      });
      if (!v) {
        return [];
      }
      v.buurtIds = v.buurtIds.filter((b) => b !== buurtId);
      if (v.buurtIds.length === 0 && v.voorgesteldeBuurtIds.length === 0) {
        await tx.delete(BuurtvolgerEntity, { id: v.id });
        return [];
      }
      await tx.save(v);
      return this.buurtModellen(v.buurtIds);
    });
  }

  private async buurtModellen(ids: readonly string[]) {
    return (await this.buurten.buurtenBijIds(ids)).map(toBuurtModel).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }

  /** Makes the weekly digests that are due now; returns how many mails were queued. */
  verwerk(): Promise<number> {
    return this.taak.nu();
  }

  /**
   * One round of the digest job: claims confirmed followers whose last digest is a week old
   * (FOR UPDATE SKIP LOCKED, so instances share the work and nobody gets one twice), and in the
   * same transaction queues the mail and records the moment. With nothing new no mail is sent.
   */
  async overzichtRonde(nu: Date): Promise<number> {
    // A request to follow that was never confirmed is forgotten after a week (with its address).
    await this.dataSource.query('DELETE FROM buurtvolger WHERE bevestigd_op IS NULL AND aangemaakt_op < $1', [
      new Date(nu.getTime() - WEEK_MS),
    ]);
    let totaal = 0;
    for (;;) {
      const { geclaimd, mails } = await this.dataSource.transaction(async (tx) => {
        const volgers = await tx
          .createQueryBuilder(BuurtvolgerEntity, 'v')
          .where('v.bevestigd_op IS NOT NULL')
          .andWhere('COALESCE(v.laatste_overzicht_op, v.bevestigd_op) <= :grens', { grens: new Date(nu.getTime() - WEEK_MS) })
          .orderBy('v.id')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        let n = 0;
        const cache = new Map<string, Awaited<ReturnType<BuurtnieuwsService['nieuws']>>>();
        const namen = new Map(
          (await this.buurten.buurtKenmerken([...new Set(volgers.flatMap((v) => v.buurtIds))])).map((b) => [b.id, b.naam]),
        );
        for (const v of volgers) {
          // Since the last digest; the first one also covers the week before following began. After
          // a long pause (the job was off) at most two weeks, so nobody gets a stale heap.
          const vanaf = v.laatsteOverzichtOp ?? new Date(v.bevestigdOp!.getTime() - WEEK_MS);
          const sinds = new Date(Math.max(vanaf.getTime(), nu.getTime() - 2 * WEEK_MS));
          const perBuurt = [];
          for (const buurtId of v.buurtIds) {
            const sleutel = `${buurtId}|${sinds.toISOString()}`;
            if (!cache.has(sleutel)) {
              cache.set(sleutel, await this.nieuws.nieuws(buurtId, sinds, nu));
            }
            perBuurt.push({ naam: namen.get(buurtId) ?? 'Je buurt', berichten: cache.get(sleutel)! });
          }
          perBuurt.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
          if (perBuurt.some((b) => b.berichten.length > 0)) {
            const link = this.afmeldLink(v);
            await mailInWachtrij(tx, [
              {
                soort: 'BUURTOVERZICHT',
                referentieId: v.id,
                aan: v.email,
                onderwerp: `Nieuw in ${perBuurt.map((b) => b.naam).join(', ')}`,
                tekst: overzichtTekst(perBuurt, link),
                // RFC 2369 and RFC 8058: mail programs show an unsubscribe button that POSTs to the link.
                headers: { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
              },
            ]);
            n += 1;
          }
          await tx.update(BuurtvolgerEntity, { id: v.id }, { laatsteOverzichtOp: nu });
        }
        return { geclaimd: volgers.length, mails: n };
      });
      totaal += mails;
      if (geclaimd < BATCH) {
        return totaal;
      }
    }
  }

  /** The Atom feed of a buurt: what is new there in the last 30 days and what is coming. */
  async atom(buurtcode: string, nu: Date): Promise<string> {
    const b = /^BU\d{8}$/i.test(buurtcode) ? await this.buurten.buurt(null, buurtcode) : null;
    if (!b) {
      throw fout.nietGevonden('De buurt');
    }
    const berichten = await this.nieuws.nieuws(b.dbId, new Date(nu.getTime() - 30 * 86_400_000), nu);
    return atomFeed({
      buurt: { code: b.code, naam: b.naam },
      berichten: berichten.sort((x, y) => y.bijgewerkt.getTime() - x.bijgewerkt.getTime() || x.id.localeCompare(y.id)),
      zelf: `${new URL(this.portaal).origin}/api/v1/buurtnieuws/${encodeURIComponent(b.code)}`,
      portaal: this.portaal,
      nu,
    });
  }

  /** Followers by id (the personal-data handler and tests). */
  async volgersBijIds(ids: readonly string[]) {
    return this.dataSource.getRepository(BuurtvolgerEntity).findBy({ id: In([...ids]) });
  }
}
