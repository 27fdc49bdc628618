import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InitiativesModule } from '@buurtwerk/initiatives';
import { SubsidieregelsModule } from '@buurtwerk/subsidieregels';
import { BezwaarEntity, BezwaarReferentietellerEntity } from './bezwaar.entity';
import { BezwaarResolver } from './bezwaar.resolver';
import { BezwaarService } from './bezwaar.service';

/** Objections against decisions on initiatives (Awb chapters 6 and 7); sits above initiatives. */
@Module({
  imports: [InitiativesModule, SubsidieregelsModule, TypeOrmModule.forFeature([BezwaarEntity, BezwaarReferentietellerEntity])],
  providers: [BezwaarService, BezwaarResolver],
  exports: [BezwaarService],
})
export class BezwaarModule {}
