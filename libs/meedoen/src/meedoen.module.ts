import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { BuurtregieModule } from '@buurtwerk/buurtregie';
import { InitiativesModule } from '@buurtwerk/initiatives';
import { PartnersModule } from '@buurtwerk/partners';
import { NetwerkbijeenkomstenModule } from '@buurtwerk/netwerkbijeenkomsten';
import { SignalenModule } from '@buurtwerk/signalen';
import { laadBijlagenConfig } from './bijlagen/bijlage.config';
import { BijlageEntity } from './bijlagen/bijlage.entity';
import { BIJLAGE_OPSLAG, maakBijlageOpslag } from './bijlagen/bijlage-opslag';
import { BijlagenController } from './bijlagen/bijlagen.controller';
import { IdeeverhaalBijlagenResolver, VrijwilligersverzoekBijlagenResolver } from './bijlagen/bijlagen.resolver';
import { BIJLAGEN_CONFIG, BijlagenService } from './bijlagen/bijlagen.service';
import { BuurtnieuwsService } from './buurtvolgen/buurtnieuws.service';
import { BuurtvolgenController } from './buurtvolgen/buurtvolgen.controller';
import { BuurtvolgenResolver } from './buurtvolgen/buurtvolgen.resolver';
import { BuurtvolgenService } from './buurtvolgen/buurtvolgen.service';
import { BuurtvolgerEntity } from './buurtvolgen/buurtvolger.entity';
import { SamenwerkingResolver } from './samenwerking/samenwerking.resolver';
import { SamenwerkingService } from './samenwerking/samenwerking.service';
import { SamenwerkingsverzoekEntity } from './samenwerking/samenwerkingsverzoek.entity';
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
    SignalenModule,
    NetwerkbijeenkomstenModule,
    BuurtregieModule,
    TypeOrmModule.forFeature([
      VrijwilligersverzoekEntity,
      VrijwilligersaanmeldingEntity,
      VrijwilligersprofielEntity,
      BijlageEntity,
      IdeeverhaalEntity,
      BuurtvolgerEntity,
      SamenwerkingsverzoekEntity,
    ]),
  ],
  controllers: [VrijwilligersController, BijlagenController, BuurtvolgenController],
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
    IdeeverhaalBijlagenResolver,
    IdeeenbankService,
    IdeeenbankResolver,
    BuurtnieuwsService,
    BuurtvolgenService,
    BuurtvolgenResolver,
    SamenwerkingService,
    SamenwerkingResolver,
  ],
  exports: [VrijwilligersService, VrijwilligersMatching, BijlagenService, BuurtvolgenService],
})
export class MeedoenModule {}
