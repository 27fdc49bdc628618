import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import {
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  heeftRol,
  Lidmaatschappen,
  NodeRegistry,
  pagineer,
  Rol,
  toGlobalId,
} from '@buurtwerk/core';
import type { WebhookAbonnementInput, WebhookAfleveringenArgs, WebhookOpnieuwAfleverenArgs } from './dto/abonnement.input';
import { nieuwGeheim } from './handtekening';
import { AbonnementEntity, AfleveringEntity, AfleveringStatus, PogingEntity } from './webhook.entity';
import { toWebhookAbonnementModel, toWebhookAfleveringModel } from './webhook.model';
import { WebhookDoelen } from './webhook.doelen';
import { isKanaal, WEBHOOK_KANALEN, WebhookBerichtvorm } from './webhook.rules';
import { WebhookKlok } from './webhook.worker';

/**
 * Subscriptions and their delivery log. A BEHEERDER manages all of them; a partner (PARTNER
 * user or API key) only those of the organisations it is linked to.
 */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AbonnementEntity) private readonly abonnementen: Repository<AbonnementEntity>,
    @InjectRepository(AfleveringEntity) private readonly afleveringen: Repository<AfleveringEntity>,
    @InjectRepository(PogingEntity) private readonly pogingen: Repository<PogingEntity>,
    private readonly klok: WebhookKlok,
    private readonly doelen: WebhookDoelen,
    private readonly nodes: NodeRegistry,
    private readonly lidmaatschappen: Lidmaatschappen,
  ) {}

  /** How many subscriptions of this organisation have not ended (in the caller's transaction when given). */
  async lopendeAbonnementenVanOrganisatie(organisatieId: string, m: EntityManager = this.dataSource.manager): Promise<number> {
    const [r] = await m.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM webhook_abonnement WHERE organisatie_id = $1 AND beeindigd_op IS NULL',
      [organisatieId],
    );
    return r.n;
  }

  async aanmaken(input: WebhookAbonnementInput, gebruiker: Gebruiker) {
    const velden: Array<{ veld: string; melding: string }> = [];
    const callbackUrl = input.callbackUrl.trim();
    const urlFout = await this.doelen.controleer(callbackUrl);
    if (urlFout) {
      velden.push({ veld: 'input.callbackUrl', melding: urlFout });
    }
    if (!isKanaal(input.kanaal)) {
      velden.push({ veld: 'input.kanaal', melding: `kies uit ${WEBHOOK_KANALEN.join(', ')}.` });
    }
    const filters: Record<string, string> = {};
    for (const [i, f] of input.filters.entries()) {
      if (f.kenmerk in filters) {
        velden.push({ veld: `input.filters[${i}].kenmerk`, melding: 'komt twee keer voor; elk kenmerk kan één waarde hebben.' });
      }
      filters[f.kenmerk] = f.waarde.trim();
    }
    const autorisatie = input.autorisatie?.trim() || null;
    // A header value cannot hold a line break (header injection) or other control characters.
    if (autorisatie !== null && [...autorisatie].some((t) => t.charCodeAt(0) < 0x20 || t.charCodeAt(0) === 0x7f)) {
      velden.push({ veld: 'input.autorisatie', melding: 'mag geen regelovergang of ander stuurteken bevatten.' });
    }
    if (velden.length > 0) {
      throw fout.ongeldigeInvoer(velden);
    }
    const organisatieId = await this.organisatieVoorNieuw(input.organisatieId ?? null, gebruiker);
    const geheim = nieuwGeheim();
    const abonnement = await this.abonnementen.save(
      this.abonnementen.create({
        callbackUrl,
        kanaal: input.kanaal,
        filters,
        geheim,
        organisatieId,
        aangemaaktDoor: gebruiker.sub,
        berichtvorm: input.berichtvorm ?? WebhookBerichtvorm.CLOUDEVENTS,
        autorisatie,
      }),
    );
    return { geheim, abonnement: toWebhookAbonnementModel(abonnement) };
  }

  async beeindigen(globalId: string, gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'WebhookAbonnement', 'id');
    return this.dataSource.transaction(async (tx) => {
      const abonnement = await tx.findOne(AbonnementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      await this.controleerToegang(abonnement, gebruiker);
      if (abonnement!.beeindigdOp === null) {
        abonnement!.beeindigdOp = new Date();
        await tx.save(abonnement!);
        await tx.update(
          AfleveringEntity,
          { abonnementId: id, status: AfleveringStatus.WACHTEND },
          { status: AfleveringStatus.GEANNULEERD },
        );
      }
      return toWebhookAbonnementModel(abonnement!);
    });
  }

  async lijst(gebruiker: Gebruiker) {
    const where = heeftRol(gebruiker, Rol.BEHEERDER) ? {} : { organisatieId: In(await this.eigenOrganisaties(gebruiker)) };
    return (await this.abonnementen.find({ where, order: { aangemaaktOp: 'ASC', id: 'ASC' } })).map(toWebhookAbonnementModel);
  }

  async afleveringenVan(args: WebhookAfleveringenArgs, gebruiker: Gebruiker) {
    const abonnementId = fromGlobalId(args.abonnementId, 'WebhookAbonnement', 'abonnementId');
    await this.controleerToegang(await this.abonnementen.findOneBy({ id: abonnementId }), gebruiker);
    const qb = this.afleveringen.createQueryBuilder('af').where('af.abonnement_id = :abonnementId', { abonnementId });
    return pagineer(
      qb,
      [
        { expr: 'af.aangemaakt_op', waarde: (a) => a.aangemaaktOp },
        { expr: 'af.id', waarde: (a) => a.id },
      ],
      args,
      toWebhookAfleveringModel,
    );
  }

  async pogingenVan(afleveringIds: readonly string[]) {
    return this.pogingen.find({ where: { afleveringId: In([...afleveringIds]) }, order: { op: 'ASC', id: 'ASC' } });
  }

  /**
   * Manual replay: the delivery is due again now, in a new round of attempts. The body is the
   * same event (same id), so a receiver that already has it can ignore it.
   */
  async opnieuwAfleveren(args: WebhookOpnieuwAfleverenArgs, gebruiker: Gebruiker) {
    if (Boolean(args.afleveringId) === Boolean(args.gebeurtenisId)) {
      throw fout.veld('afleveringId', 'geef precies één van afleveringId of gebeurtenisId.');
    }
    let kandidaten: AfleveringEntity[];
    if (args.afleveringId) {
      const id = fromGlobalId(args.afleveringId, 'WebhookAflevering', 'afleveringId');
      kandidaten = await this.afleveringen.findBy({ id });
      if (kandidaten.length === 0) {
        throw fout.nietGevonden('De aflevering');
      }
    } else {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(args.gebeurtenisId!)) {
        throw fout.veld('gebeurtenisId', 'is geen geldig gebeurtenis-id (uuid).');
      }
      kandidaten = await this.afleveringen.findBy({ gebeurtenisId: args.gebeurtenisId! });
    }
    const abonnementen = await this.abonnementen.findBy({ id: In(kandidaten.map((a) => a.abonnementId)) });
    const eigen = heeftRol(gebruiker, Rol.BEHEERDER) ? null : await this.eigenOrganisaties(gebruiker);
    const toegestaan = new Set(
      abonnementen
        .filter((ab) => eigen === null || (ab.organisatieId !== null && eigen.includes(ab.organisatieId)))
        .map((ab) => ab.id),
    );
    const actief = new Set(abonnementen.filter((ab) => ab.beeindigdOp === null).map((ab) => ab.id));
    const zichtbaar = kandidaten.filter((a) => toegestaan.has(a.abonnementId));
    if (zichtbaar.length === 0) {
      // Someone else's delivery looks the same as a missing one.
      throw fout.nietGevonden(args.afleveringId ? 'De aflevering' : 'Een aflevering van deze gebeurtenis');
    }
    const teDoen = zichtbaar.filter((a) => actief.has(a.abonnementId));
    if (teDoen.length === 0) {
      throw new DomainError(FoutCode.CONFLICT, 'Het abonnement is beëindigd; er wordt niets meer afgeleverd.');
    }
    const ids = teDoen.map((a) => a.id);
    await this.afleveringen
      .createQueryBuilder()
      .update()
      .set({ status: AfleveringStatus.WACHTEND, pogingen: 0, volgendePogingOp: this.klok.nu(), claim: null, geclaimdTot: null })
      .where('id IN (:...ids)', { ids })
      .execute();
    return (await this.afleveringen.find({ where: { id: In(ids) }, order: { aangemaaktOp: 'ASC', id: 'ASC' } })).map(
      toWebhookAfleveringModel,
    );
  }

  // ---------------------------------------------------------------- access

  /**
   * The organisations a partner acts for: links made by a BEHEERDER (PARTNER users) and the
   * organisation of an API key; membership is core's, resolved once per request.
   */
  private async eigenOrganisaties(gebruiker: Gebruiker): Promise<string[]> {
    return this.lidmaatschappen.organisatieIds(gebruiker);
  }

  private async organisatieVoorNieuw(globalId: string | null, gebruiker: Gebruiker): Promise<string | null> {
    const gevraagd = globalId ? fromGlobalId(globalId, 'Organisatie', 'input.organisatieId') : null;
    if (heeftRol(gebruiker, Rol.BEHEERDER)) {
      if (gevraagd) {
        // Organisations belong to the partners library (above this one): asked through the Node
        // registry it fills, where an organisation is public.
        if ((await this.nodes.laad(toGlobalId('Organisatie', gevraagd), gebruiker)) === null) {
          throw fout.veld('input.organisatieId', 'is geen bestaande organisatie.');
        }
      }
      return gevraagd;
    }
    if (gebruiker.apiSleutel) {
      const eigen = gebruiker.apiSleutel.organisatieId;
      if (!eigen) {
        throw fout.geenToegang(
          'Deze API-sleutel hoort bij geen organisatie; vraag de beheerder om een sleutel van uw organisatie.',
        );
      }
      if (gevraagd && gevraagd !== eigen) {
        throw fout.geenToegang('Een API-sleutel kan alleen abonnementen voor de eigen organisatie maken.');
      }
      return eigen;
    }
    const eigen = await this.eigenOrganisaties(gebruiker);
    if (gevraagd) {
      if (!eigen.includes(gevraagd)) {
        throw fout.geenToegang('U kunt alleen abonnementen maken voor organisaties waaraan u bent gekoppeld.');
      }
      return gevraagd;
    }
    if (eigen.length !== 1) {
      throw fout.veld('input.organisatieId', 'is verplicht: kies de organisatie waarvoor het abonnement is.');
    }
    return eigen[0];
  }

  private async controleerToegang(abonnement: AbonnementEntity | null, gebruiker: Gebruiker): Promise<void> {
    if (!abonnement) {
      throw fout.nietGevonden('Het webhookabonnement');
    }
    if (heeftRol(gebruiker, Rol.BEHEERDER)) {
      return;
    }
    if (abonnement.organisatieId === null || !(await this.eigenOrganisaties(gebruiker)).includes(abonnement.organisatieId)) {
      // Not found rather than forbidden: do not reveal other organisations' subscriptions.
      throw fout.nietGevonden('Het webhookabonnement');
    }
  }
}
