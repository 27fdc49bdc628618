import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { SignalenModule } from '@buurtwerk/signalen';
import { BuurtconciergeEntity, ConciergeLogregelEntity, ConciergeVerzoekEntity } from './concierge.entity';
import { ConciergeResolver } from './concierge.resolver';
import { ConciergeService } from './concierge.service';

/** Buurtconciërges (pilot): concierges per buurt, residents' requests, the logbook and the pilot figures. */
@Module({
  imports: [
    BuurtenModule,
    SignalenModule,
    TypeOrmModule.forFeature([BuurtconciergeEntity, ConciergeVerzoekEntity, ConciergeLogregelEntity]),
  ],
  providers: [ConciergeService, ConciergeResolver],
  exports: [ConciergeService],
})
export class BuurtconciergesModule {}
