import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  DatumTijdScalar,
  type Gebruiker,
  GeheimeArgumenten,
  type GqlContext,
  heeftRol,
  HuidigeGebruiker,
  Ingelogd,
  isMedewerker,
  Public,
  Rol,
  Rollen,
} from '@buurtwerk/core';
import { type BuurtEntity, buurtLoaders, BuurtenService, BuurtModel, toBuurtModel } from '@buurtwerk/buurten';
import { BelangenconflictModel } from '@buurtwerk/conflict-of-interest';
import { PersoonsgegevenVeld } from '@buurtwerk/privacy';
import { BuurtpanelInput } from './dto/buurtpanel.input';
import { Stemkeuze } from './buurtpanel.entity';
import { buurtpanelLoaders } from './buurtpanel.loader';
import { BuurtpanelModel, PanelstemmingModel, toPanelstemmingModel } from './buurtpanel.model';
import { BuurtpanelService, verschoningNaarModel } from './buurtpanel.service';
import { BesluitUitkomst } from './initiatief.entity';
import { toInitiatiefModel, InitiatiefModel } from './initiatief.model';
import { initiatiefLoaders } from './initiatieven.loader';
import { InitiatievenService } from './initiatieven.service';
import { zichtVoor } from './dossier.rules';

const PANELBEHEERDERS = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];
/** Deciding on the panel's advice is a decision like besluitNemen: the same mandate. */
const BESLISSERS = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];
/** Putting an initiative to a panel is a handling step, like taking it in behandeling. */
const VOORLEGGERS = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

@Resolver(() => BuurtpanelModel)
export class BuurtpanelResolver {
  constructor(
    private readonly service: BuurtpanelService,
    private readonly buurtenService: BuurtenService,
  ) {}

  @Rollen(...PANELBEHEERDERS)
  @Mutation(() => BuurtpanelModel)
  buurtpanelInstellen(@Args('input') input: BuurtpanelInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.instellen(input, gebruiker);
  }

  @Rollen(...PANELBEHEERDERS)
  @Mutation(() => BuurtpanelModel, {
    description:
      'Replaces the members of a panel (by gebruikers-id). Refused (CONFLICT) while the panel has an open vote, and for an ended panel.',
  })
  buurtpanelLedenWijzigen(
    @Args('id', { type: () => ID }) id: string,
    @Args('leden', { type: () => [ID] }) leden: string[],
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.ledenWijzigen(id, leden, gebruiker);
  }

  @Rollen(...PANELBEHEERDERS)
  @Mutation(() => BuurtpanelModel, {
    description:
      'Ends a panel: it keeps its votes and results but gets no new initiatives. Refused (CONFLICT) while it has an open vote.',
  })
  buurtpanelOpheffen(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.opheffen(id, gebruiker);
  }

  @Public()
  @Query(() => [BuurtpanelModel], {
    description: 'Every buurtpanel, also ended ones (name, buurten, quorum, size; members only for staff who manage panels).',
  })
  buurtpanelen() {
    return this.service.alleBuurtpanelen();
  }

  @PersoonsgegevenVeld()
  @ResolveField(() => [String], {
    nullable: true,
    description:
      'The members by gebruikers-id (the sign-in id). Residents in a panel are private: only BELEIDSMEDEWERKER and BEHEERDER see them (each read is audited); null for everyone else.',
  })
  async leden(@Parent() p: BuurtpanelModel, @Context() ctx: GqlContext, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    if (!heeftRol(gebruiker, ...PANELBEHEERDERS)) {
      return null;
    }
    return buurtpanelLoaders(ctx, this.service).leden.load(p.dbId);
  }

  @ResolveField(() => [PanelstemmingModel], {
    nullable: true,
    description:
      'Every vote of this panel, open ones first, then the most recently closed; the counts and outcome once closed, never who voted what. Only for staff (null for everyone else); mijnStem is not filled here.',
  })
  async stemmingen(@Parent() p: BuurtpanelModel, @Context() ctx: GqlContext, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    if (!isMedewerker(gebruiker)) {
      return null;
    }
    // As with panelstemming: staff see who had to step aside.
    return (await buurtpanelLoaders(ctx, this.service).stemmingen.load(p.dbId)).map((s) => toPanelstemmingModel(s, null, true));
  }

  @ResolveField(() => [BuurtModel])
  async buurten(@Parent() p: BuurtpanelModel, @Context() ctx: GqlContext) {
    const buurten = await buurtLoaders(ctx, this.buurtenService).buurt.loadMany(p.buurtDbIds);
    return buurten
      .filter((b): b is BuurtEntity => b !== null && !(b instanceof Error))
      .map(toBuurtModel)
      .sort((a, b) => a.naam.localeCompare(b.naam));
  }
}

@Resolver(() => PanelstemmingModel)
export class PanelstemmingResolver {
  constructor(
    private readonly service: BuurtpanelService,
    private readonly initiatieven: InitiatievenService,
  ) {}

  @Public()
  @Query(() => PanelstemmingModel, {
    nullable: true,
    description:
      'The latest panel vote on an initiative: for staff, panel members and the initiator at any time; for anyone else once it is closed and the initiative is public.',
  })
  panelstemming(@Args('initiatiefId', { type: () => ID }) initiatiefId: string, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.panelstemming(initiatiefId, gebruiker);
  }

  @Ingelogd()
  @Query(() => [PanelstemmingModel], { description: 'Open votes of the panels the caller is a member of.' })
  mijnPanelstemmingen(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnPanelstemmingen(gebruiker);
  }

  @Rollen(...VOORLEGGERS)
  @Mutation(() => PanelstemmingModel)
  initiatiefVoorleggenAanPanel(
    @Args('id', { type: () => ID }) id: string,
    @Args('panelId', { type: () => ID }) panelId: string,
    @Args('sluitOp', { type: () => DatumTijdScalar }) sluitOp: Date,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.voorleggen(id, panelId, sluitOp, gebruiker);
  }

  @Ingelogd()
  @GeheimeArgumenten('keuze', 'toelichting')
  @Mutation(() => PanelstemmingModel, {
    description: 'A panel member votes; a new vote replaces the old one until voting closes.',
  })
  panelStemUitbrengen(
    @Args('initiatiefId', { type: () => ID }) initiatiefId: string,
    @Args('keuze', { type: () => Stemkeuze }) keuze: Stemkeuze,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('toelichting', { type: () => String, nullable: true }) toelichting?: string,
  ) {
    return this.service.stemUitbrengen(initiatiefId, keuze, toelichting, gebruiker);
  }

  @Rollen(...BESLISSERS)
  @Mutation(() => InitiatiefModel, {
    description:
      "The decision on a buurtpanel's advice, taken by the official with the mandate on behalf of the college (a residents' panel advises, it does not decide). Follows the advice unless there are weighty reasons: deviating requires afwijkingsreden (a full sentence). The decision's motivering carries the panel's count and its members' considerations (Awb 3:46). Only while the initiative is BIJ_BUURTPANEL and the vote closed with an advice; a grant gives what was reserved at receipt.",
  })
  besluitOpPaneladvies(
    @Args('initiatiefId', { type: () => ID }) initiatiefId: string,
    @Args('uitkomst', { type: () => BesluitUitkomst }) uitkomst: BesluitUitkomst,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('afwijkingsreden', { type: () => String, nullable: true }) afwijkingsreden?: string,
  ) {
    return this.service.besluitOpAdvies(initiatiefId, uitkomst, afwijkingsreden, gebruiker);
  }

  @ResolveField(() => InitiatiefModel)
  async initiatief(@Parent() s: PanelstemmingModel, @Context() ctx: GqlContext, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    const e = (await initiatiefLoaders(ctx, this.initiatieven).initiatief.load(s.initiatiefDbId))!;
    // Whoever may see the vote sees the initiative; panel members without personal data.
    return toInitiatiefModel(e, zichtVoor(e, gebruiker) ?? 'publiek');
  }

  @ResolveField(() => BuurtpanelModel)
  async panel(@Parent() s: PanelstemmingModel, @Context() ctx: GqlContext) {
    return (await buurtpanelLoaders(ctx, this.service).panel.load(s.panelDbId))!;
  }

  @ResolveField(() => [BelangenconflictModel], {
    description:
      'Panel members who had to step aside (not counted for the quorum). Only for staff and the initiator, as on the Besluit.',
  })
  async verschoningen(@Parent() s: PanelstemmingModel) {
    if (!s.toonVerschoningen) {
      return [];
    }
    if (s.vasteVerschoningen) {
      return s.vasteVerschoningen.map(verschoningNaarModel);
    }
    return this.service.verschoningenOpen(s.initiatiefDbId, s.panelDbId);
  }
}
