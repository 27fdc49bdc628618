import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import {
  amsterdamseDatum,
  fout,
  fromGlobalId,
  type Gebruiker,
  heeftRol,
  isGeldigeDatum,
  NodeRegistry,
  Rol,
  klok,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import type {
  InstrumentInput,
  InstrumentWijzigingInput,
  SubsidieplafondInput,
  SubsidieregelingInput,
} from './dto/subsidieregeling.input';
import {
  InstrumentEntity,
  InstrumentSoort,
  SubsidieplafondEntity,
  SubsidieregelingEntity,
  Verdeelmethode,
} from './subsidieregeling.entity';
import { GelijkgesteldeDagenService } from './gelijkgestelde-dagen.service';
import { toInstrumentModel, toSubsidieplafondModel, toSubsidieregelingModel } from './subsidieregeling.model';
import type { GelijkgesteldeDagen } from './termijnen.rules';
import { controleerRegel } from './toetsing.rules';
import { diepGelijk } from './versies.rules';

/** Codes of the built-in checks; a Voorwaarde may not reuse them (findings must stay unambiguous). */
const INGEBOUWDE_CONTROLES = ['GELDIGHEID', 'SCHAAL', 'AANVRAGER', 'MAXIMUMBEDRAG', 'PLAFOND_BEREIKT'];
/** Who keeps the menukaart, the rules and the ceilings (docs/autorisatiematrix.md). */
export const REGELBEHEERDERS: readonly Rol[] = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

@Injectable()
export class SubsidieregelsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InstrumentEntity) private readonly instrumenten: Repository<InstrumentEntity>,
    @InjectRepository(SubsidieregelingEntity) private readonly regelingen: Repository<SubsidieregelingEntity>,
    @InjectRepository(SubsidieplafondEntity) private readonly plafonds: Repository<SubsidieplafondEntity>,
    private readonly buurten: BuurtenService,
    private readonly nodes: NodeRegistry,
    private readonly gelijkgesteldeDagen: GelijkgesteldeDagenService,
  ) {}

  onModuleInit(): void {
    this.nodes.registreer('Instrument', async (id) => {
      const i = await this.instrumenten.findOneBy({ id });
      return i ? toInstrumentModel(i) : null;
    });
    this.nodes.registreer('Subsidieregeling', async (id) => {
      const r = await this.regelingen.findOneBy({ id });
      return r ? toSubsidieregelingModel(r) : null;
    });
  }

  /**
   * The days equated with holidays by decree (Atw art. 3 lid 3), for an act that computes a term in
   * transaction `m`; call it before locking the rows the term goes into.
   */
  dagenVoorTermijnen(m: EntityManager): Promise<GelijkgesteldeDagen> {
    return this.gelijkgesteldeDagen.voorTermijnen(m);
  }

  // ---------------------------------------------------------------- menukaart

  async menukaart(alleenActief: boolean) {
    const rows = await this.instrumenten.find({
      where: alleenActief ? { actief: true } : {},
      order: { soort: 'ASC', naam: 'ASC', id: 'ASC' },
    });
    return rows.map(toInstrumentModel);
  }

  async instrumentToevoegen(input: InstrumentInput) {
    const regelingCode = await this.regelingCodeVoor(input.soort, input.regelingId);
    const saved = await this.instrumenten.save(
      this.instrumenten.create({
        naam: input.naam.trim(),
        soort: input.soort,
        beschrijving: input.beschrijving.trim(),
        voorwaarden: input.voorwaarden ?? null,
        regelingCode,
        actief: true,
      }),
    );
    return toInstrumentModel(saved);
  }

  /**
   * Changes the texts (and the rule) of a menukaart item. Requests already submitted keep the
   * rule version they were checked against; drafts and new requests get the item as it is now.
   * Its soort stays: money that became material would change what earlier requests asked for.
   */
  async instrumentWijzigen(globalId: string, input: InstrumentWijzigingInput) {
    const instrument = await this.instrument(globalId);
    instrument.regelingCode = await this.regelingCodeVoor(instrument.soort, input.regelingId);
    instrument.naam = input.naam.trim();
    instrument.beschrijving = input.beschrijving.trim();
    instrument.voorwaarden = input.voorwaarden?.trim() || null;
    return toInstrumentModel(await this.instrumenten.save(instrument));
  }

  /** Puts an item that was taken off the menukaart back on it. */
  async instrumentActiveren(globalId: string) {
    const instrument = await this.instrument(globalId);
    if (!instrument.actief) {
      instrument.actief = true;
      await this.instrumenten.save(instrument);
    }
    return toInstrumentModel(instrument);
  }

  private async instrument(globalId: string): Promise<InstrumentEntity> {
    const instrument = await this.instrumenten.findOneBy({ id: fromGlobalId(globalId, 'Instrument', 'id') });
    if (!instrument) {
      throw fout.nietGevonden('Het instrument');
    }
    return instrument;
  }

  /** The code of the chosen rule; a financial contribution must have one. */
  private async regelingCodeVoor(soort: InstrumentSoort, regelingId: string | null | undefined): Promise<string | null> {
    if (regelingId) {
      const id = fromGlobalId(regelingId, 'Subsidieregeling', 'input.regelingId');
      const regeling = await this.regelingen.findOneBy({ id });
      if (!regeling) {
        throw fout.veld('input.regelingId', 'is geen bestaande subsidieregeling.');
      }
      return regeling.code;
    }
    if (soort === InstrumentSoort.FINANCIELE_BIJDRAGE) {
      throw fout.veld(
        'input.regelingId',
        'is verplicht voor een financiële bijdrage: kies de subsidieregeling die erop van toepassing is.',
      );
    }
    return null;
  }

  async instrumentDeactiveren(globalId: string) {
    const id = fromGlobalId(globalId, 'Instrument', 'id');
    const instrument = await this.instrumenten.findOneBy({ id });
    if (!instrument) {
      throw fout.nietGevonden('Het instrument');
    }
    if (instrument.actief) {
      instrument.actief = false;
      await this.instrumenten.save(instrument);
    }
    return toInstrumentModel(instrument);
  }

  // ---------------------------------------------------------------- subsidieregelingen

  /** The current version of every rule; with a peildatum, of the rules valid on that date. */
  async subsidieregelingen(peildatum?: string | null) {
    const rows = await this.regelingen
      .createQueryBuilder('r')
      .distinctOn(['r.code'])
      .where(peildatum ? 'r.geldig_van <= :peildatum AND (r.geldig_tot IS NULL OR r.geldig_tot >= :peildatum)' : 'true', {
        peildatum,
      })
      .orderBy('r.code', 'ASC')
      .addOrderBy('r.versie', 'DESC')
      .getMany();
    return rows.map(toSubsidieregelingModel);
  }

  async subsidieregelingVaststellen(input: SubsidieregelingInput, gebruiker: Gebruiker) {
    const gegevens = regelingUitInput(input);
    return this.dataSource.transaction(async (tx) => {
      // One publisher per code at a time, so versions are numbered without gaps or doubles.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`subsidieregeling:${input.code}`]);
      const laatste = await tx.findOne(SubsidieregelingEntity, { where: { code: input.code }, order: { versie: 'DESC' } });
      if (laatste && zelfdeInhoud(laatste, gegevens)) {
        return toSubsidieregelingModel(laatste); // unchanged: no new version
      }
      const saved = await tx.save(
        tx.create(SubsidieregelingEntity, {
          ...gegevens,
          code: input.code,
          versie: (laatste?.versie ?? 0) + 1,
          vastgesteldDoor: gebruiker.sub,
        }),
      );
      return toSubsidieregelingModel(saved);
    });
  }

  /**
   * A rule as typed in the editor, not vastgesteld: checked like subsidieregelingVaststellen and
   * returned unsaved, so toetsInitiatief can run the same check against it. Only for who may
   * vaststellen rules: a concept is policy in the making, not something to try out publicly.
   */
  conceptRegeling(input: SubsidieregelingInput, gebruiker: Gebruiker | null): SubsidieregelingEntity {
    if (!heeftRol(gebruiker, ...REGELBEHEERDERS)) {
      throw fout.geenToegang(
        'Alleen beleidsmedewerkers en beheerders kunnen een aanvraag toetsen aan een regeling die nog niet is vastgesteld. Laat het argument concept weg om te toetsen aan de vastgestelde regels.',
      );
    }
    return this.regelingen.create({
      ...regelingUitInput(input, 'concept'),
      code: input.code,
      versie: 0,
      vastgesteldDoor: gebruiker!.sub,
    });
  }

  // ---------------------------------------------------------------- plafonds

  /**
   * Awb 4:22-4:25: a ceiling is published before its period starts and is never lowered below
   * what is already granted or reserved. `vandaag` exists for demo data and tests only.
   */
  async subsidieplafondVaststellen(input: SubsidieplafondInput, opties: { vandaag?: string } = {}) {
    const regelingId = fromGlobalId(input.regelingId, 'Subsidieregeling', 'input.regelingId');
    const regeling = await this.regelingen.findOneBy({ id: regelingId });
    if (!regeling) {
      throw fout.veld('input.regelingId', 'is geen bestaande subsidieregeling.');
    }
    let stadsdeelId: string | null = null;
    if (input.stadsdeelId) {
      stadsdeelId = fromGlobalId(input.stadsdeelId, 'Stadsdeel', 'input.stadsdeelId');
      if ((await this.buurten.stadsdelenBijIds([stadsdeelId])).length === 0) {
        throw fout.veld('input.stadsdeelId', 'is geen bestaand stadsdeel.');
      }
    }
    const vandaag = opties.vandaag ?? amsterdamseDatum(klok.nu());
    return this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `plafond:${regeling.code}:${input.periode}:${stadsdeelId ?? ''}`,
      ]);
      const bestaand = await tx.findOne(SubsidieplafondEntity, {
        where: {
          regelingCode: regeling.code,
          periode: input.periode,
          stadsdeelId: stadsdeelId ?? (null as unknown as undefined),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (!bestaand) {
        if (vandaag >= `${input.periode}-01-01`) {
          throw fout.veld(
            'input.periode',
            `is al begonnen; een subsidieplafond wordt vastgesteld vóór het begin van de periode (Awb 4:22).`,
          );
        }
        const saved = await tx.save(
          tx.create(SubsidieplafondEntity, {
            regelingCode: regeling.code,
            periode: input.periode,
            stadsdeelId,
            bedrag: input.bedrag,
          }),
        );
        return toSubsidieplafondModel(saved);
      }
      if (input.bedrag < bestaand.verleend + bestaand.gereserveerd) {
        throw fout.veld(
          'input.bedrag',
          `mag niet lager zijn dan wat al verleend en gereserveerd is (${bestaand.verleend + bestaand.gereserveerd} cent).`,
        );
      }
      bestaand.bedrag = input.bedrag;
      return toSubsidieplafondModel(await tx.save(bestaand));
    });
  }

  // ---------------------------------------------------------------- the ledger (invariants 2 and 3)

  /** The ceiling that applies: the stadsdeel's own one if there is one, else the general one. */
  async plafondVoor(
    tx: EntityManager,
    regelingCode: string,
    periode: string,
    stadsdeelId: string | null,
  ): Promise<string | null> {
    const rows = (await tx.query(
      `SELECT id FROM subsidieplafond
        WHERE regeling_code = $1 AND periode = $2 AND (stadsdeel_id IS NULL OR stadsdeel_id = $3)
        ORDER BY stadsdeel_id NULLS LAST LIMIT 1`,
      [regelingCode, periode, stadsdeelId],
    )) as Array<{ id: string }>;
    return rows[0]?.id ?? null;
  }

  /**
   * Awb 4:25: reserve what fits, at most `gewenst`. Runs in the caller's transaction with the
   * plafond row locked (SELECT ... FOR UPDATE), so concurrent submissions queue in order.
   */
  async reserveer(tx: EntityManager, plafondId: string, gewenst: number): Promise<number> {
    const [p] = (await tx.query('SELECT bedrag, verleend, gereserveerd FROM subsidieplafond WHERE id = $1 FOR UPDATE', [
      plafondId,
    ])) as Array<{
      bedrag: string;
      verleend: string;
      gereserveerd: string;
    }>;
    const vrij = Number(p.bedrag) - Number(p.verleend) - Number(p.gereserveerd);
    const past = Math.max(0, Math.min(gewenst, vrij));
    if (past > 0) {
      await tx.query('UPDATE subsidieplafond SET gereserveerd = gereserveerd + $2, gewijzigd_op = now() WHERE id = $1', [
        plafondId,
        past,
      ]);
    }
    return past;
  }

  /**
   * Locks these ceilings (SELECT ... FOR UPDATE, in id order so two transactions never wait for each
   * other crosswise) and returns their state. Every change of the ledger of a ceiling happens under
   * this lock, so the requests' reservations read after it are current (docs/domein.md, invariant 2).
   */
  async vergrendelPlafonds(tx: EntityManager, ids: readonly string[]): Promise<Map<string, PlafondStand>> {
    return this.plafondStanden(tx, ids, true);
  }

  /** The state of these ceilings without locking (for showing what is available now). */
  async plafondStanden(m: EntityManager, ids: readonly string[], vergrendel = false): Promise<Map<string, PlafondStand>> {
    const uniek = [...new Set(ids)].sort();
    if (uniek.length === 0) {
      return new Map();
    }
    const rijen = (await m.query(
      `SELECT id, bedrag, verleend, gereserveerd FROM subsidieplafond WHERE id = ANY($1::uuid[]) ORDER BY id${vergrendel ? ' FOR UPDATE' : ''}`,
      [uniek],
    )) as Array<{ id: string; bedrag: string; verleend: string; gereserveerd: string }>;
    return new Map(
      rijen.map((r) => [r.id, { bedrag: Number(r.bedrag), verleend: Number(r.verleend), gereserveerd: Number(r.gereserveerd) }]),
    );
  }

  async vrijgeven(tx: EntityManager, plafondId: string, bedrag: number): Promise<void> {
    if (bedrag > 0) {
      await this.guarded(tx, 'gereserveerd = gereserveerd - $2', 'gereserveerd >= $2', plafondId, bedrag);
    }
  }

  /** A grant converts the reservation: at most the reserved amount becomes verleend, the rest is released. */
  async verlenen(tx: EntityManager, plafondId: string, gereserveerd: number, toegekend: number): Promise<void> {
    if (toegekend > gereserveerd) {
      throw new Error('toegekend bedrag is groter dan de reservering');
    }
    const res = (await tx.query(
      `UPDATE subsidieplafond SET gereserveerd = gereserveerd - $2, verleend = verleend + $3, gewijzigd_op = now()
        WHERE id = $1 AND gereserveerd >= $2 RETURNING id`,
      [plafondId, gereserveerd, toegekend],
    )) as [unknown[], number];
    if (res[1] !== 1) {
      throw new Error(`Plafondadministratie klopt niet voor ${plafondId}`);
    }
  }

  /** A lower settlement (vaststelling) releases the difference. */
  async verlagen(tx: EntityManager, plafondId: string, verschil: number): Promise<void> {
    if (verschil > 0) {
      await this.guarded(tx, 'verleend = verleend - $2', 'verleend >= $2', plafondId, verschil);
    }
  }

  private async guarded(tx: EntityManager, set: string, voorwaarde: string, id: string, bedrag: number): Promise<void> {
    const res = (await tx.query(
      `UPDATE subsidieplafond SET ${set}, gewijzigd_op = now() WHERE id = $1 AND ${voorwaarde} RETURNING id`,
      [id, bedrag],
    )) as [unknown[], number];
    if (res[1] !== 1) {
      throw new Error(`Plafondadministratie klopt niet voor ${id}`);
    }
  }

  // ---------------------------------------------------------------- batch loads

  async instrumentenBijIds(ids: readonly string[]) {
    return this.instrumenten.findBy({ id: In([...ids]) });
  }

  async regelingenBijIds(ids: readonly string[]) {
    return this.regelingen.findBy({ id: In([...ids]) });
  }

  /** The current (latest) version of each code. */
  async huidigeRegelingenBijCodes(codes: readonly string[]): Promise<SubsidieregelingEntity[]> {
    if (codes.length === 0) {
      return [];
    }
    return this.regelingen
      .createQueryBuilder('r')
      .distinctOn(['r.code'])
      .where('r.code IN (:...codes)', { codes })
      .orderBy('r.code', 'ASC')
      .addOrderBy('r.versie', 'DESC')
      .getMany();
  }

  /** The ceilings of one period (a calendar year, e.g. "2027"), city-wide and per stadsdeel. */
  async plafondsVanPeriode(periode: string) {
    return this.plafonds.find({ where: { periode }, order: { regelingCode: 'ASC', stadsdeelId: 'ASC', id: 'ASC' } });
  }

  async plafondsBijCodes(codes: readonly string[]) {
    return this.plafonds.find({
      where: { regelingCode: In([...codes]) },
      order: { periode: 'ASC', stadsdeelId: 'ASC', id: 'ASC' },
    });
  }
}

/** A ceiling's ledger: the amount, what is granted and what is reserved (cents). */
export interface PlafondStand {
  bedrag: number;
  verleend: number;
  gereserveerd: number;
}

/**
 * Awb 4:26: a tender (VERGELIJKENDE_BEOORDELING) publishes its application window and its ranking
 * criteria with the rule; order of receipt has neither.
 */
function tenderFouten(input: SubsidieregelingInput, pad: string): Array<{ veld: string; melding: string }> {
  const velden: Array<{ veld: string; melding: string }> = [];
  if (input.verdeelmethode !== Verdeelmethode.VERGELIJKENDE_BEOORDELING) {
    if (input.aanvraagperiodeVan || input.aanvraagperiodeTot || (input.criteria?.length ?? 0) > 0) {
      velden.push({
        veld: `${pad}.verdeelmethode`,
        melding:
          'een aanvraagperiode en criteria horen bij een tender (vergelijkende beoordeling), niet bij volgorde van binnenkomst.',
      });
    }
    return velden;
  }
  for (const veld of ['aanvraagperiodeVan', 'aanvraagperiodeTot'] as const) {
    const d = input[veld];
    if (!d || !isGeldigeDatum(d)) {
      velden.push({
        veld: `${pad}.${veld}`,
        melding: 'is verplicht bij een tender: de aanvraagperiode wordt vooraf bekendgemaakt (Awb 4:26).',
      });
    }
  }
  if (input.aanvraagperiodeVan && input.aanvraagperiodeTot && input.aanvraagperiodeTot < input.aanvraagperiodeVan) {
    velden.push({ veld: `${pad}.aanvraagperiodeTot`, melding: 'ligt voor het begin van de aanvraagperiode.' });
  }
  const criteria = input.criteria ?? [];
  if (criteria.length === 0) {
    velden.push({
      veld: `${pad}.criteria`,
      melding: 'noem minstens één criterium waarop de aanvragen worden gerangschikt (Awb 4:26).',
    });
  }
  criteria.forEach((c, i) => {
    if (criteria.findIndex((d) => d.code === c.code) !== i) {
      velden.push({ veld: `${pad}.criteria[${i}].code`, melding: 'komt twee keer voor.' });
    }
  });
  return velden;
}

type Regelinhoud = Omit<SubsidieregelingEntity, 'id' | 'code' | 'versie' | 'vastgesteldDoor' | 'aangemaaktOp'>;

/** The content of a rule from client input, checked; `pad` is the argument's name in field errors. */
function regelingUitInput(input: SubsidieregelingInput, pad = 'input'): Regelinhoud {
  if (!isGeldigeDatum(input.geldigVan)) {
    throw fout.veld(`${pad}.geldigVan`, 'is geen geldige datum.');
  }
  if (input.geldigTot && input.geldigTot < input.geldigVan) {
    throw fout.veld(`${pad}.geldigTot`, 'ligt voor geldigVan.');
  }
  const velden = input.voorwaarden.flatMap((v, i) => [
    ...controleerRegel(v.regel).map((melding) => ({ veld: `${pad}.voorwaarden[${i}].regel`, melding })),
    ...(INGEBOUWDE_CONTROLES.includes(v.code) || input.voorwaarden.findIndex((w) => w.code === v.code) !== i
      ? [{ veld: `${pad}.voorwaarden[${i}].code`, melding: 'is dubbel of een gereserveerde code.' }]
      : []),
  ]);
  velden.push(...tenderFouten(input, pad));
  if (velden.length > 0) {
    throw fout.ongeldigeInvoer(velden);
  }
  const tender = input.verdeelmethode === Verdeelmethode.VERGELIJKENDE_BEOORDELING;
  return {
    aanvraagperiodeVan: tender ? (input.aanvraagperiodeVan ?? null) : null,
    aanvraagperiodeTot: tender ? (input.aanvraagperiodeTot ?? null) : null,
    criteria: tender
      ? (input.criteria ?? []).map((c) => ({ code: c.code, omschrijving: c.omschrijving.trim(), gewicht: c.gewicht }))
      : [],
    gedeeltelijkToekennen: tender ? input.gedeeltelijkToekennen === true : false,
    naam: input.naam.trim(),
    beschrijving: input.beschrijving.trim(),
    geldigVan: input.geldigVan,
    geldigTot: input.geldigTot ?? null,
    schalen: input.schalen,
    aanvragers: input.aanvragers,
    maximumBedrag: input.maximumBedrag ?? null,
    beslistermijnWeken: input.beslistermijnWeken,
    besluitvorming: input.besluitvorming,
    verdeelmethode: input.verdeelmethode,
    voorwaarden: input.voorwaarden.map((v) => ({ code: v.code, omschrijving: v.omschrijving.trim(), regel: v.regel })),
  };
}

/**
 * Whether publishing would change nothing. Compared as values: PostgreSQL `jsonb` returns the
 * keys of a stored condition in its own order, so comparing JSON text would see a change in
 * every rule with conditions.
 */
function zelfdeInhoud(e: SubsidieregelingEntity, g: Regelinhoud): boolean {
  const velden: Array<keyof Regelinhoud> = [
    'naam',
    'beschrijving',
    'geldigVan',
    'geldigTot',
    'schalen',
    'aanvragers',
    'maximumBedrag',
    'beslistermijnWeken',
    'besluitvorming',
    'verdeelmethode',
    'voorwaarden',
    'aanvraagperiodeVan',
    'aanvraagperiodeTot',
    'criteria',
    'gedeeltelijkToekennen',
  ];
  return velden.every((v) => diepGelijk(e[v], g[v]));
}
