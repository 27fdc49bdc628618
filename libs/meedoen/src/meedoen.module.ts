import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { InitiativesModule } from '@buurtwerk/initiatives';
import { PartnersModule } from '@buurtwerk/partners';
import { laadBijlagenConfig } from './bijlagen/bijlage.config';
import { BijlageEntity } from './bijlagen/bijlage.entity';
import { BIJLAGE_OPSLAG, maakBijlageOpslag } from './bijlagen/bijlage-opslag';
import { BijlagenController } from './bijlagen/bijlagen.controller';
import { VrijwilligersverzoekBijlagenResolver } from './bijlagen/bijlagen.resolver';
import { BIJLAGEN_CONFIG, BijlagenService } from './bijlagen/bijlagen.service';
import { IdeeenbankResolver } from './ideeenbank/ideeenbank.resolver';
import { IdeeenbankService } from './ideeenbank/ideeenbank.service';
import { IdeeverhaalEntity } from './ideeenbank/ideeverhaal.entity';
import { VrijwilligersController } from './vrijwilligers.controller';
import { VrijwilligersaanmeldingEntity, VrijwilligersprofielEntity, VrijwilligersverzoekEntity } from './vrijwilligers.entity';
import { VrijwilligersMatching } from './vrijwilligers-matching';
import {
  VrijwilligersaanmeldingResolver,
  VrijwilligersprofielResolver,
  VrijwilligersverzoekResolver,
} from './vrijwilligers.resolver';
import { VrijwilligersService } from './vrijwilligers.service';

/** Meedoen: volunteering (requests, sign-ups, profiles) and attachments. */
@Module({
  imports: [
    BuurtenModule,
    PartnersModule,
    InitiativesModule,
    TypeOrmModule.forFeature([
      VrijwilligersverzoekEntity,
      VrijwilligersaanmeldingEntity,
      VrijwilligersprofielEntity,
      BijlageEntity,
      IdeeverhaalEntity,
    ]),
  ],
  controllers: [VrijwilligersController, BijlagenController],
  providers: [
    VrijwilligersService,
    VrijwilligersverzoekResolver,
    VrijwilligersaanmeldingResolver,
    VrijwilligersprofielResolver,
    VrijwilligersMatching,
    { provide: BIJLAGEN_CONFIG, useFactory: () => laadBijlagenConfig() },
    { provide: BIJLAGE_OPSLAG, useFactory: maakBijlageOpslag, inject: [BIJLAGEN_CONFIG] },
    BijlagenService,
    VrijwilligersverzoekBijlagenResolver,
    IdeeenbankService,
    IdeeenbankResolver,
  ],
  exports: [VrijwilligersService, VrijwilligersMatching, BijlagenService],
})
export class MeedoenModule {}
