import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { fout, fromGlobalId, type Gebruiker } from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { InitiatiefStatus, InitiatievenService } from '@buurtwerk/initiatives';
import { type IdeeenbankArgs, type IdeeverhaalInput, toIdeeverhaalModel } from './ideeenbank.model';
import { IdeeverhaalEntity, ZOEKVECTOR } from './ideeverhaal.entity';

/** ts_headline options: plain-text markers (no HTML), a short excerpt. */
const UITSNEDE = 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "';

@Injectable()
export class IdeeenbankService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(IdeeverhaalEntity) private readonly verhalen: Repository<IdeeverhaalEntity>,
    private readonly initiatieven: InitiatievenService,
    private readonly buurten: BuurtenService,
  ) {}

  /**
   * The initiator publishes (or rewrites) the story of their executed or settled initiative. Title,
   * buurten, stadsdeel, instruments and real cost come from the initiative; nothing of the applicant.
   */
  async publiceren(input: IdeeverhaalInput, gebruiker: Gebruiker) {
    const initiatiefId = fromGlobalId(input.initiatiefId, 'Initiatief', 'input.initiatiefId');
    const [i] = await this.initiatieven.initiatievenBijIds([initiatiefId]);
    if (!i) {
      throw fout.veld('input.initiatiefId', 'is geen bestaand initiatief.');
    }
    if (i.indienerSub !== gebruiker.sub) {
      throw fout.geenToegang('Alleen de initiatiefnemer kan het verhaal van dit initiatief in de ideeënbank zetten.');
    }
    if (i.status !== InitiatiefStatus.UITGEVOERD && i.status !== InitiatiefStatus.VASTGESTELD) {
      throw fout.veld('input.initiatiefId', 'is nog niet uitgevoerd; een verhaal kan na de uitvoering.');
    }
    const aanvragen = await this.initiatieven.aanvragenBijInitiatieven([initiatiefId]);
    const bestaand = await this.verhalen.findOneBy({ initiatiefId });
    const gegevens = {
      initiatiefId,
      titel: i.titel,
      watGedaan: input.watGedaan.trim(),
      voorWie: input.voorWie.trim(),
      watWerkte: input.watWerkte.trim(),
      watNiet: input.watNiet.trim(),
      thema: input.thema,
      kosten: i.werkelijkeKosten,
      buurtIds: i.buurtIds,
      stadsdeelId: i.stadsdeelId,
      instrumentIds: [...new Set(aanvragen.map((a) => a.instrumentId))],
      gepubliceerdDoor: gebruiker.sub,
    };
    const e = await this.verhalen.save(bestaand ? this.verhalen.merge(bestaand, gegevens) : this.verhalen.create(gegevens));
    return toIdeeverhaalModel(e);
  }

  /**
   * Searches the stories with PostgreSQL's Dutch full-text search (stemming, the GIN index on
   * ZOEKVECTOR), ranked by ts_rank with a ts_headline excerpt; filters by theme, buurt, stadsdeel
   * and instrument. Without search text: newest first.
   */
  async zoek(args: IdeeenbankArgs) {
    const buurtId = args.buurtId ? (await this.buurten.bestaandeBuurtIds([args.buurtId], 'buurtId'))[0] : null;
    const stadsdeelId = args.stadsdeelId ? fromGlobalId(args.stadsdeelId, 'Stadsdeel', 'stadsdeelId') : null;
    const instrumentId = args.instrumentId ? fromGlobalId(args.instrumentId, 'Instrument', 'instrumentId') : null;
    const zoek = args.zoek?.trim() || null;
    return this.zoekMet(zoek ? `websearch_to_tsquery('dutch', $1)` : null, zoek, {
      thema: args.thema ?? null,
      buurtId,
      stadsdeelId,
      instrumentId,
      eerste: args.eerste ?? 20,
      voorkeurBuurt: null,
    });
  }

  /**
   * Stories like an idea being drafted ("op elkaar afgestemd"): any of its words (stemmed) may
   * match, the best matches first and those in the draft's buurt before others.
   */
  async vergelijkbaar(tekst: string, buurtGlobalId?: string | null) {
    const buurtId = buurtGlobalId ? (await this.buurten.bestaandeBuurtIds([buurtGlobalId], 'buurtId'))[0] : null;
    // The draft's lexemes OR-ed together: every stemmed word may match, stop words drop out.
    return this.zoekMet(
      `(SELECT COALESCE(to_tsquery('dutch', NULLIF(array_to_string(tsvector_to_array(to_tsvector('dutch', $1)), ' | '), '')), ''::tsquery))`,
      tekst,
      { thema: null, buurtId: null, stadsdeelId: null, instrumentId: null, eerste: 5, voorkeurBuurt: buurtId },
    );
  }

  private async zoekMet(
    querySql: string | null,
    tekst: string | null,
    f: {
      thema: string | null;
      buurtId: string | null;
      stadsdeelId: string | null;
      instrumentId: string | null;
      eerste: number;
      voorkeurBuurt: string | null;
    },
  ) {
    // Without search text $1 is null, but still typed, so PostgreSQL knows the parameter.
    const q = querySql ?? '(CASE WHEN $1::text IS NOT NULL THEN NULL END)::tsquery';
    const rijen = await this.dataSource.query<Array<{ id: string; rang: number; uitsnede: string }>>(
      `SELECT v.id,
              CASE WHEN q.q IS NULL THEN 0 ELSE ts_rank(${ZOEKVECTOR.replace(/\b(titel|wat_gedaan|voor_wie|wat_werkte|wat_niet)\b/g, 'v.$1')}, q.q) END AS rang,
              CASE WHEN q.q IS NULL THEN left(v.wat_gedaan, 200)
                   ELSE ts_headline('dutch', v.wat_gedaan || ' ' || v.wat_werkte, q.q, '${UITSNEDE}') END AS uitsnede
         FROM ideeverhaal v, (SELECT ${q} AS q) q
        WHERE (q.q IS NULL OR ${ZOEKVECTOR.replace(/\b(titel|wat_gedaan|voor_wie|wat_werkte|wat_niet)\b/g, 'v.$1')} @@ q.q)
          AND ($2::text IS NULL OR v.thema = $2)
          AND ($3::uuid IS NULL OR $3 = ANY(v.buurt_ids))
          AND ($4::uuid IS NULL OR v.stadsdeel_id = $4)
          AND ($5::uuid IS NULL OR $5 = ANY(v.instrument_ids))
        ORDER BY ($7::uuid IS NOT NULL AND $7 = ANY(v.buurt_ids)) DESC, rang DESC, v.aangemaakt_op DESC, v.id
        LIMIT $6`,
      [tekst, f.thema, f.buurtId, f.stadsdeelId, f.instrumentId, f.eerste, f.voorkeurBuurt],
    );
    const perId = new Map((await this.verhalen.findBy({ id: In(rijen.map((r) => r.id)) })).map((e) => [e.id, e]));
    return rijen.map((r) => ({ verhaal: toIdeeverhaalModel(perId.get(r.id)!), rang: Number(r.rang), uitsnede: r.uitsnede }));
  }
}
