import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConflictOfInterestModule } from '@buurtwerk/conflict-of-interest';
import { InitiativesModule } from '@buurtwerk/initiatives';
import { PartnersModule } from '@buurtwerk/partners';
import { SubsidieregelsModule } from '@buurtwerk/subsidieregels';
import {
  JaarsubsidieBesluitEntity,
  JaarsubsidieBetalingEntity,
  JaarsubsidieEntity,
  JaarsubsidieReferentietellerEntity,
  JaarsubsidieregelingEntity,
  JaarsubsidieWijzigingEntity,
} from './jaarsubsidie.entity';
import { JaarsubsidieHerinnering } from './jaarsubsidie.herinnering';
import { JaarsubsidieKlok } from './jaarsubsidie.klok';
import { JaarsubsidiesController } from './jaarsubsidies.controller';
import { JaarsubsidiesResolver } from './jaarsubsidies.resolver';
import { JaarsubsidiesService } from './jaarsubsidies.service';

/** Yearly subsidies for buurtorganisaties (issue 22); sits above subsidieregels, partners and initiatives. */
@Module({
  imports: [
    SubsidieregelsModule,
    PartnersModule,
    ConflictOfInterestModule,
    InitiativesModule,
    TypeOrmModule.forFeature([
      JaarsubsidieregelingEntity,
      JaarsubsidieEntity,
      JaarsubsidieBetalingEntity,
      JaarsubsidieBesluitEntity,
      JaarsubsidieWijzigingEntity,
      JaarsubsidieReferentietellerEntity,
    ]),
  ],
  controllers: [JaarsubsidiesController],
  providers: [JaarsubsidiesService, JaarsubsidiesResolver, JaarsubsidieKlok, JaarsubsidieHerinnering],
  exports: [JaarsubsidiesService, JaarsubsidieKlok, JaarsubsidieHerinnering],
})
export class JaarsubsidiesModule {}
