import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { amsterdamseDatum, fout, fromGlobalId } from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { ConciergeService } from '@buurtwerk/buurtconcierges';
import { BuurtpanelService, InitiatievenService } from '@buurtwerk/initiatives';
import { NetwerkbijeenkomstenService } from '@buurtwerk/netwerkbijeenkomsten';
import { PartnersService } from '@buurtwerk/partners';
import { SignalenService } from '@buurtwerk/signalen';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { BehoefteStatus } from './behoefte.entity';
import { JaarverslagModel } from './jaarverslag.model';
import {
  beslistermijnen,
  type Gebied,
  geldPerInstrument,
  inGebied,
  initiatieftelling,
  JaarverslagSchaal,
  jaarGrenzen,
  procent,
  signalenPerAfdeling,
} from './jaarverslag.rules';

/** Years a report can be asked for: from the first year of the software to next year. */
export const EERSTE_JAAR = 2020;

/**
 * The year report of buurtregie (issue 20) per buurt, stadsdeel or city. Every figure is computed
 * from the record at the moment of asking, through each library's exported queries (signalen,
 * initiatives, subsidieregels, partners, netwerkbijeenkomsten, buurtconcierges); needs are this
 * library's own. Nothing personal is read.
 */
@Injectable()
export class JaarverslagService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly buurten: BuurtenService,
    private readonly initiatieven: InitiatievenService,
    private readonly panels: BuurtpanelService,
    private readonly regels: SubsidieregelsService,
    private readonly partners: PartnersService,
    private readonly bijeenkomsten: NetwerkbijeenkomstenService,
    private readonly signalen: SignalenService,
    private readonly concierges: ConciergeService,
  ) {}

  /** The area from a buurt or a stadsdeel (global ids), or the city when neither is given. */
  async gebied(buurtGlobalId?: string | null, stadsdeelGlobalId?: string | null): Promise<Gebied & { naam: string }> {
    if (buurtGlobalId && stadsdeelGlobalId) {
      throw fout.veld('stadsdeelId', 'kies een buurt óf een stadsdeel, niet allebei.');
    }
    if (buurtGlobalId) {
      const [buurtId] = await this.buurten.bestaandeBuurtIds([buurtGlobalId], 'buurtId');
      const [buurt] = await this.buurten.buurtenBijIds([buurtId]);
      return { schaal: JaarverslagSchaal.BUURT, buurtIds: new Set([buurtId]), stadsdeelId: null, naam: buurt.naam };
    }
    if (stadsdeelGlobalId) {
      const id = fromGlobalId(stadsdeelGlobalId, 'Stadsdeel', 'stadsdeelId');
      const [stadsdeel] = await this.buurten.stadsdelenBijIds([id]);
      if (!stadsdeel) {
        throw fout.veld('stadsdeelId', 'is geen bestaand stadsdeel.');
      }
      return {
        schaal: JaarverslagSchaal.STADSDEEL,
        buurtIds: new Set(await this.buurten.buurtIdsInStadsdeel(id)),
        stadsdeelId: id,
        naam: stadsdeel.naam,
      };
    }
    return { schaal: JaarverslagSchaal.STAD, buurtIds: new Set(), stadsdeelId: null, naam: 'Heerlen' };
  }

  controleerJaar(jaar: number, veld = 'jaar'): void {
    const dit = Number(amsterdamseDatum(new Date()).slice(0, 4));
    if (!Number.isInteger(jaar) || jaar < EERSTE_JAAR || jaar > dit + 1) {
      throw fout.veld(veld, `moet een jaar zijn van ${EERSTE_JAAR} tot en met ${dit + 1}.`);
    }
  }

  async jaarverslag(jaar: number, buurtGlobalId?: string | null, stadsdeelGlobalId?: string | null): Promise<JaarverslagModel> {
    this.controleerJaar(jaar);
    const g = await this.gebied(buurtGlobalId, stadsdeelGlobalId);
    return this.bereken(jaar, g);
  }

  async bereken(jaar: number, g: Gebied & { naam: string }): Promise<JaarverslagModel> {
    const nu = new Date();
    // One after the other: each is one or two statements, and the pool is shared.
    const initiatieven = (await this.initiatieven.jaarcijfers(jaar)).filter((c) => inGebied(g, c.buurtIds, c.stadsdeelId));
    const signalen = (await this.signalen.signaalcijfers(jaarGrenzen(jaar).van, jaarGrenzen(jaar).tot)).filter((s) =>
      inGebied(g, [s.buurtId]),
    );
    const activiteiten = (await this.partners.activiteitcijfers(jaar)).filter((a) => inGebied(g, [a.buurtId]));
    const bijeenkomsten = (await this.bijeenkomsten.lijst(jaar)).filter((b) => inGebied(g, [b.buurtDbId]));
    const tellingen = await this.bijeenkomsten.tellingen(bijeenkomsten.map((b) => b.dbId));
    const panel = (await this.panels.panelcijfers(jaar)).filter((p) => inGebied(g, p.buurtIds));
    const behoeften = await this.behoeftecijfers(jaar, g);

    // Money per instrument, with the instrument's name.
    const geld = geldPerInstrument(initiatieven);
    const instrumenten = new Map((await this.regels.instrumentenBijIds([...geld.keys()])).map((i) => [i.id, i.naam]));
    const geldPerInstrumentRijen = [...geld.entries()]
      .map(([id, r]) => ({ instrument: instrumenten.get(id) ?? 'Onbekend instrument', ...r }))
      .sort((a, b) => a.instrument.localeCompare(b.instrument, 'nl'));

    // Ceilings: city-wide ones for every area, a stadsdeel's own for that stadsdeel and its buurten.
    const stadsdelenVanGebied = await this.stadsdelenVan(g);
    const plafonds = (await this.regels.plafondsVanPeriode(String(jaar))).filter(
      (p) => g.schaal === JaarverslagSchaal.STAD || p.stadsdeelId === null || stadsdelenVanGebied.has(p.stadsdeelId),
    );
    const regelingen = new Map(
      (await this.regels.huidigeRegelingenBijCodes([...new Set(plafonds.map((p) => p.regelingCode))])).map((r) => [
        r.code,
        r.naam,
      ]),
    );
    const stadsdeelNamen = new Map(
      (
        await this.buurten.stadsdelenBijIds([
          ...new Set(plafonds.map((p) => p.stadsdeelId).filter((s): s is string => s !== null)),
        ])
      ).map((s) => [s.id, s.naam]),
    );

    // Concierge pilot figures are per buurt name.
    const buurtNamen =
      g.schaal === JaarverslagSchaal.STAD
        ? null
        : new Set((await this.buurten.buurtenBijIds([...g.buurtIds])).map((b) => b.naam));
    const pilot = (await this.concierges.pilotcijfers(jaar)).filter((c) => buurtNamen === null || buurtNamen.has(c.buurt));

    const gehouden = bijeenkomsten.filter((b) => b.status !== 'GEANNULEERD' && b.eind <= nu);
    const telling = new Map(tellingen.map((t) => [t.bijeenkomstId, t.aangemeld]));
    const mogelijk = panel.reduce((s, p) => s + p.leden, 0);
    const stemmen = panel.reduce((s, p) => s + p.stemmen, 0);
    return Object.assign(new JaarverslagModel(), {
      jaar,
      schaal: g.schaal,
      gebied: g.naam,
      initiatieven: initiatieftelling(initiatieven),
      geldPerInstrument: geldPerInstrumentRijen,
      plafonds: plafonds.map((p) => ({
        regeling: regelingen.get(p.regelingCode) ?? p.regelingCode,
        stadsdeel: p.stadsdeelId ? (stadsdeelNamen.get(p.stadsdeelId) ?? null) : null,
        bedrag: p.bedrag,
        verleend: p.verleend,
        gereserveerd: p.gereserveerd,
        benutProcent: procent(p.verleend, p.bedrag),
      })),
      beslistermijnen: beslistermijnen(initiatieven),
      activiteiten: {
        doorgegaan: activiteiten.filter((a) => !a.geannuleerd).length,
        geannuleerd: activiteiten.filter((a) => a.geannuleerd).length,
      },
      netwerkbijeenkomsten: {
        gehouden: gehouden.length,
        gepland: bijeenkomsten.filter((b) => b.status !== 'GEANNULEERD' && b.eind > nu).length,
        geannuleerd: bijeenkomsten.filter((b) => b.status === 'GEANNULEERD').length,
        aanmeldingen: gehouden.reduce((s, b) => s + (telling.get(b.dbId) ?? 0), 0),
      },
      signalen: signalenPerAfdeling(signalen, amsterdamseDatum),
      behoeften,
      panel: { stemmingen: panel.length, stemmen, mogelijkeStemmen: mogelijk, deelnameProcent: procent(stemmen, mogelijk) },
      concierges:
        pilot.length === 0
          ? null
          : {
              verzoeken: pilot.reduce((s, c) => s + c.verzoeken, 0),
              opgepakt: pilot.reduce((s, c) => s + c.opgepakt, 0),
              doorverwijzingen: pilot.reduce((s, c) => s + c.doorverwijzingen, 0),
              contacten: pilot.reduce((s, c) => s + c.contacten, 0),
              uren: Math.round(pilot.reduce((s, c) => s + c.uren, 0) * 10) / 10,
            },
    });
  }

  /** Needs of this library: put on the agenda (brought in during the year) and answered during the year. */
  private async behoeftecijfers(jaar: number, g: Gebied): Promise<{ geopend: number; beantwoord: number }> {
    const buurtFilter = g.schaal === JaarverslagSchaal.STAD ? '' : 'AND buurt_id = ANY($2::uuid[])';
    const params: unknown[] = [jaar, ...(g.schaal === JaarverslagSchaal.STAD ? [] : [[...g.buurtIds]])];
    const [r] = await this.dataSource.query<Array<{ geopend: number; beantwoord: number }>>(
      `SELECT count(*) FILTER (WHERE extract(year FROM aangemaakt_op AT TIME ZONE 'Europe/Amsterdam') = $1
                                 AND status NOT IN ('${BehoefteStatus.INGEDIEND}', '${BehoefteStatus.AFGEWEZEN}'))::int AS geopend,
              count(*) FILTER (WHERE extract(year FROM beantwoord_op AT TIME ZONE 'Europe/Amsterdam') = $1)::int AS beantwoord
         FROM behoefte WHERE true ${buurtFilter}`,
      params,
    );
    return r;
  }

  /** The stadsdelen of the area's buurten (for a buurt: its own; for a stadsdeel: itself). */
  private async stadsdelenVan(g: Gebied): Promise<Set<string>> {
    if (g.stadsdeelId) {
      return new Set([g.stadsdeelId]);
    }
    if (g.schaal !== JaarverslagSchaal.BUURT) {
      return new Set();
    }
    const id = await this.buurten.gemeenschappelijkStadsdeel([...g.buurtIds]);
    return new Set(id ? [id] : []);
  }
}
