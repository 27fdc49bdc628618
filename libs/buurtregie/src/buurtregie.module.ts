import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { BuurtconciergesModule } from '@buurtwerk/buurtconcierges';
import { NetwerkbijeenkomstenModule } from '@buurtwerk/netwerkbijeenkomsten';
import { SubsidieregelsModule } from '@buurtwerk/subsidieregels';
import { InitiativesModule } from '@buurtwerk/initiatives';
import { PartnersModule } from '@buurtwerk/partners';
import { SignalenModule } from '@buurtwerk/signalen';
import { BehoefteEntity, BehoefteKoppelingEntity, BehoefteSteunEntity } from './behoefte.entity';
import { OpenDataBuurtagendaController } from './buurtagenda.controller';
import { BuurtagendaResolver } from './buurtagenda.resolver';
import { BuurtagendaService } from './buurtagenda.service';
import { PlanParticipatieEntity, PlanReactieEntity } from './participatie.entity';
import { ParticipatieResolver, PlanReactieResolver } from './participatie.resolver';
import { ParticipatieService } from './participatie.service';
import { OpenDataParticipatieverslagenController } from './participatie.controller';
import { MdoActieEntity, MdoEntity } from './mdo.entity';
import { MdoResolver } from './mdo.resolver';
import { MdoService } from './mdo.service';
import { OpenDataJaarverslagController } from './jaarverslag.controller';
import { JaarverslagResolver } from './jaarverslag.resolver';
import { JaarverslagService } from './jaarverslag.service';
import {
  ProgrammaBudgetEntity,
  ProgrammaDoelEntity,
  ProgrammaInbrengEntity,
  UitvoeringsprogrammaEntity,
} from './programma.entity';
import { ProgrammaResolver } from './programma.resolver';
import { ProgrammaService } from './programma.service';

/**
 * Buurtregie (issue 20): the buurt's needs on record. It sits above initiatives, signals and
 * partners and reads them through their services; the menukaart check asks it through
 * initiatives' BehoeftenPoort.
 */
@Module({
  imports: [
    BuurtenModule,
    PartnersModule,
    InitiativesModule,
    SignalenModule,
    SubsidieregelsModule,
    NetwerkbijeenkomstenModule,
    BuurtconciergesModule,
    TypeOrmModule.forFeature([
      BehoefteEntity,
      BehoefteSteunEntity,
      BehoefteKoppelingEntity,
      PlanParticipatieEntity,
      PlanReactieEntity,
      MdoEntity,
      MdoActieEntity,
      UitvoeringsprogrammaEntity,
      ProgrammaDoelEntity,
      ProgrammaBudgetEntity,
      ProgrammaInbrengEntity,
    ]),
  ],
  controllers: [OpenDataBuurtagendaController, OpenDataParticipatieverslagenController, OpenDataJaarverslagController],
  providers: [
    BuurtagendaService,
    BuurtagendaResolver,
    ParticipatieService,
    ParticipatieResolver,
    PlanReactieResolver,
    MdoService,
    MdoResolver,
    JaarverslagService,
    JaarverslagResolver,
    ProgrammaService,
    ProgrammaResolver,
  ],
  exports: [BuurtagendaService, ParticipatieService, MdoService, JaarverslagService, ProgrammaService],
})
export class BuurtregieModule {}
