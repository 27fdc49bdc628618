import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  NodeRegistry,
  PersoonsgegevensRegister,
  toGlobalId,
} from '@buurtwerk/core';
import { BeraadAanmeldingEntity, BeraadStatus, BurgerberaadEntity } from './beraad.entity';
import {
  type BeraadPanelModel,
  toBeraadAanmeldingModel,
  toBurgerberaadModel,
  type BeraadAanmeldingModel,
  type BurgerberaadModel,
} from './beraad.model';
import { beraadPersoonsgegevens } from './beraad.persoonsgegevens';
import type { BeraadAanmeldingInput, BurgerberaadInput } from './dto/beraad.input';
import { leximin, LotingTeZwaarError, QuotaOnhaalbaarError } from './leximin';
import { invoerHash, kiesPanel, lotgetal, zaadHash } from './loting';
import { naieveKansen } from './naief';
import { controleerAntwoorden, controleerKenmerken } from './quota.rules';
import type { LotingInvoer } from './sortitie.types';

/** Simulated naive draws for the comparison shown with the distribution, bounded by pool size. */
function naieveTrekkingen(invoer: LotingInvoer): number {
  const waarden = invoer.kenmerken.reduce((s, k) => s + k.waarden.length, 1);
  const werk = Math.max(1, invoer.grootte * invoer.lotelingen.length * waarden);
  return Math.max(100, Math.min(2000, Math.floor(2e8 / werk)));
}

@Injectable()
export class BurgerberaadService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BurgerberaadEntity) private readonly beraden: Repository<BurgerberaadEntity>,
    @InjectRepository(BeraadAanmeldingEntity) private readonly aanmeldingen: Repository<BeraadAanmeldingEntity>,
    private readonly nodes: NodeRegistry,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
  ) {}

  onModuleInit(): void {
    this.persoonsgegevens.registreer(beraadPersoonsgegevens);
    this.nodes.registreer('Burgerberaad', async (id) => {
      const b = await this.beraden.findOneBy({ id });
      return b ? toBurgerberaadModel(b) : null;
    });
  }

  async lijst(): Promise<BurgerberaadModel[]> {
    const rijen = await this.beraden.find({ order: { aanmeldenTot: 'DESC', id: 'ASC' } });
    return rijen.map(toBurgerberaadModel);
  }

  async aanmaken(input: BurgerberaadInput): Promise<BurgerberaadModel> {
    const fouten = controleerKenmerken(input.grootte, input.kenmerken);
    if (fouten.length > 0) {
      throw fout.ongeldigeInvoer(
        fouten.map((melding) => ({ veld: 'input.kenmerken', melding })),
        fouten.join(' '),
      );
    }
    const b = await this.beraden.save(
      this.beraden.create({
        onderwerp: input.onderwerp,
        beschrijving: input.beschrijving,
        grootte: input.grootte,
        kenmerken: input.kenmerken.map((k) => ({
          sleutel: k.sleutel,
          naam: k.naam,
          waarden: k.waarden.map((w) => ({ waarde: w.waarde, label: w.label, min: w.min, max: w.max })),
        })),
        aanmeldenTot: input.aanmeldenTot,
        zaadBron: input.zaadBron,
        zaadToezegging: input.zaadToezegging ?? null,
      }),
    );
    return toBurgerberaadModel(b);
  }

  /** A resident volunteers; one registration per person per assembly, only while registration is open. */
  async aanmelden(input: BeraadAanmeldingInput, gebruiker: Gebruiker): Promise<BeraadAanmeldingModel> {
    const beraadId = fromGlobalId(input.beraadId, 'Burgerberaad', 'input.beraadId');
    return this.dataSource.transaction(async (tx) => {
      // FOR SHARE: the distribution (FOR UPDATE) waits for registrations in flight and vice versa.
      const b = await tx
        .getRepository(BurgerberaadEntity)
        .findOne({ where: { id: beraadId }, lock: { mode: 'pessimistic_read' } });
      if (!b) {
        throw fout.nietGevonden('Het burgerberaad');
      }
      const [{ nu }] = await tx.query<Array<{ nu: Date }>>('SELECT now() AS nu');
      if (b.status !== BeraadStatus.AANMELDEN || nu >= b.aanmeldenTot) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'Aanmelden voor dit burgerberaad kan niet meer: de aanmelding is gesloten.',
        );
      }
      const antwoorden = Object.fromEntries(input.kenmerken.map((a) => [a.sleutel, a.waarde]));
      const fouten = controleerAntwoorden(b.kenmerken, antwoorden);
      if (fouten.length > 0 || input.kenmerken.length !== Object.keys(antwoorden).length) {
        const meldingen = fouten.length > 0 ? fouten : ['Beantwoord elk kenmerk één keer.'];
        throw fout.ongeldigeInvoer(
          meldingen.map((melding) => ({ veld: 'input.kenmerken', melding })),
          meldingen.join(' '),
        );
      }
      const bestaand = await tx.getRepository(BeraadAanmeldingEntity).existsBy({ beraadId, aangemeldDoor: gebruiker.sub });
      if (bestaand) {
        throw new DomainError(FoutCode.CONFLICT, 'U heeft zich al aangemeld voor dit burgerberaad.');
      }
      const a = await tx.getRepository(BeraadAanmeldingEntity).save(
        tx.getRepository(BeraadAanmeldingEntity).create({
          beraadId,
          aangemeldDoor: gebruiker.sub,
          naam: input.naam,
          email: input.email ?? gebruiker.email,
          kenmerken: antwoorden,
          toestemming: true,
        }),
      );
      return toBeraadAanmeldingModel(a);
    });
  }

  async aanmeldingenVan(id: string): Promise<BeraadAanmeldingModel[]> {
    const beraadId = fromGlobalId(id, 'Burgerberaad', 'beraadId');
    const rijen = await this.aanmeldingen.find({ where: { beraadId }, order: { aangemeldOp: 'ASC', id: 'ASC' } });
    return rijen.map(toBeraadAanmeldingModel);
  }

  async verdelingVan(id: string): Promise<BeraadPanelModel[]> {
    const beraadId = fromGlobalId(id, 'Burgerberaad', 'beraadId');
    const b = await this.beraden.findOneBy({ id: beraadId });
    if (!b) {
      throw fout.nietGevonden('Het burgerberaad');
    }
    return (b.verdeling ?? []).map((p, index) => ({
      index,
      kans: p.kans,
      leden: p.leden.map((l) => toGlobalId('BeraadAanmelding', l)),
    }));
  }

  /**
   * Closes registration and computes the LEXIMIN distribution (seconds: a staff act). Published
   * before the seed is known: the inputs hash, every panel with its probability, and each
   * volunteer's selection probability.
   */
  async verdelingBerekenen(id: string): Promise<BurgerberaadModel> {
    const beraadId = fromGlobalId(id, 'Burgerberaad', 'beraadId');
    return this.dataSource.transaction(async (tx) => {
      const b = await tx
        .getRepository(BurgerberaadEntity)
        .findOne({ where: { id: beraadId }, lock: { mode: 'pessimistic_write' } });
      if (!b) {
        throw fout.nietGevonden('Het burgerberaad');
      }
      if (b.status !== BeraadStatus.AANMELDEN) {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, 'De verdeling van dit burgerberaad is al berekend.');
      }
      const aanmeldingen = await tx.getRepository(BeraadAanmeldingEntity).find({ where: { beraadId }, order: { id: 'ASC' } });
      const invoer: LotingInvoer = {
        grootte: b.grootte,
        kenmerken: b.kenmerken,
        lotelingen: aanmeldingen.map((a) => ({ id: a.id, kenmerken: a.kenmerken })),
      };
      let verdeling;
      try {
        verdeling = await leximin(invoer);
      } catch (e) {
        if (e instanceof QuotaOnhaalbaarError) {
          throw fout.ongeldigeInvoer(
            e.redenen.map((melding) => ({ veld: 'kenmerken', melding })),
            `Geen enkel panel voldoet aan alle quota. ${e.redenen.join(' ')}`,
          );
        }
        if (e instanceof LotingTeZwaarError) {
          throw new DomainError(FoutCode.BAD_USER_INPUT, e.message);
        }
        throw e;
      }
      const hash = invoerHash(invoer);
      const naief = naieveKansen(invoer, naieveTrekkingen(invoer), parseInt(hash.slice(0, 8), 16));
      b.status = BeraadStatus.VERDELING_BEREKEND;
      b.invoerHash = hash;
      b.verdeling = verdeling.panelen;
      b.statistiek = {
        ...verdeling.statistiek,
        minimaleKans: Math.min(...Object.values(verdeling.kansen)),
        naieveMinimaleKans: Math.min(...Object.values(naief)),
        naieveTrekkingen: naieveTrekkingen(invoer),
      };
      [{ nu: b.verdelingBerekendOp }] = await tx.query<Array<{ nu: Date }>>('SELECT now() AS nu');
      // Registration closes with the distribution (invoerHash covers exactly these volunteers).
      if (b.aanmeldenTot > b.verdelingBerekendOp) {
        b.aanmeldenTot = b.verdelingBerekendOp;
      }
      await tx.getRepository(BurgerberaadEntity).save(b);
      if (aanmeldingen.length > 0) {
        await tx.query(
          `UPDATE beraad_aanmelding a SET selectiekans = k.kans
             FROM unnest($1::uuid[], $2::float8[]) AS k(id, kans) WHERE a.id = k.id`,
          [aanmeldingen.map((a) => a.id), aanmeldingen.map((a) => verdeling.kansen[a.id])],
        );
      }
      return toBurgerberaadModel(b);
    });
  }

  /** Draws the panel from the published distribution with the public seed (loting.ts). */
  async loten(id: string, zaad: string): Promise<BurgerberaadModel> {
    const beraadId = fromGlobalId(id, 'Burgerberaad', 'beraadId');
    return this.dataSource.transaction(async (tx) => {
      const b = await tx
        .getRepository(BurgerberaadEntity)
        .findOne({ where: { id: beraadId }, lock: { mode: 'pessimistic_write' } });
      if (!b) {
        throw fout.nietGevonden('Het burgerberaad');
      }
      if (b.status !== BeraadStatus.VERDELING_BEREKEND || !b.verdeling || !b.invoerHash) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          b.status === BeraadStatus.GELOOT
            ? 'Voor dit burgerberaad is al geloot.'
            : 'Bereken eerst de verdeling; pas daarna kan er geloot worden.',
        );
      }
      if (b.zaadToezegging && zaadHash(zaad) !== b.zaadToezegging) {
        throw fout.veld('zaad', 'Dit zaad past niet bij de vooraf bekendgemaakte hash; gebruik het zaad dat toen is vastgelegd.');
      }
      const u = lotgetal(b.invoerHash, zaad);
      const j = kiesPanel(b.verdeling, u);
      b.status = BeraadStatus.GELOOT;
      b.zaad = zaad;
      b.lotgetal = u;
      b.gekozenPanel = j;
      [{ nu: b.gelootOp }] = await tx.query<Array<{ nu: Date }>>('SELECT now() AS nu');
      await tx.getRepository(BurgerberaadEntity).save(b);
      await tx.query('UPDATE beraad_aanmelding SET geselecteerd = (id = ANY($2::uuid[])) WHERE beraad_id = $1', [
        b.id,
        b.verdeling[j].leden,
      ]);
      return toBurgerberaadModel(b);
    });
  }
}
