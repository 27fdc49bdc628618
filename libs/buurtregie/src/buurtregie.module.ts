import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { InitiativesModule } from '@buurtwerk/initiatives';
import { PartnersModule } from '@buurtwerk/partners';
import { BehoefteEntity, BehoefteKoppelingEntity, BehoefteSteunEntity } from './behoefte.entity';
import { OpenDataBuurtagendaController } from './buurtagenda.controller';
import { BuurtagendaResolver } from './buurtagenda.resolver';
import { BuurtagendaService } from './buurtagenda.service';

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
    TypeOrmModule.forFeature([BehoefteEntity, BehoefteSteunEntity, BehoefteKoppelingEntity]),
  ],
  controllers: [OpenDataBuurtagendaController],
  providers: [BuurtagendaService, BuurtagendaResolver],
  exports: [BuurtagendaService],
})
export class BuurtregieModule {}
