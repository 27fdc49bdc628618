import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { InstrumentEntity, SubsidieplafondEntity, SubsidieregelingEntity } from './subsidieregeling.entity';
import { InstrumentResolver, SubsidieplafondResolver, SubsidieregelingResolver } from './subsidieregels.resolver';
import { SubsidieregelsService } from './subsidieregels.service';

@Module({
  imports: [BuurtenModule, TypeOrmModule.forFeature([InstrumentEntity, SubsidieregelingEntity, SubsidieplafondEntity])],
  providers: [SubsidieregelsService, InstrumentResolver, SubsidieregelingResolver, SubsidieplafondResolver],
  exports: [SubsidieregelsService],
})
export class SubsidieregelsModule {}
