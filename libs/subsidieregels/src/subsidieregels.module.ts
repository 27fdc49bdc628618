import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { GelijkgesteldeDagEntity } from './gelijkgestelde-dag.entity';
import { GelijkgesteldeDagenResolver } from './gelijkgestelde-dagen.resolver';
import { GelijkgesteldeDagenService } from './gelijkgestelde-dagen.service';
import { InstrumentEntity, SubsidieplafondEntity, SubsidieregelingEntity } from './subsidieregeling.entity';
import { InstrumentResolver, SubsidieplafondResolver, SubsidieregelingResolver } from './subsidieregels.resolver';
import { SubsidieregelsService } from './subsidieregels.service';

@Module({
  imports: [
    BuurtenModule,
    TypeOrmModule.forFeature([InstrumentEntity, SubsidieregelingEntity, SubsidieplafondEntity, GelijkgesteldeDagEntity]),
  ],
  providers: [
    SubsidieregelsService,
    InstrumentResolver,
    SubsidieregelingResolver,
    SubsidieplafondResolver,
    GelijkgesteldeDagenService,
    GelijkgesteldeDagenResolver,
  ],
  exports: [SubsidieregelsService, GelijkgesteldeDagenService],
})
export class SubsidieregelsModule {}
