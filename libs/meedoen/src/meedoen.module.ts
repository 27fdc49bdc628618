import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { InitiativesModule } from '@buurtwerk/initiatives';
import { PartnersModule } from '@buurtwerk/partners';
import { VrijwilligersController } from './vrijwilligers.controller';
import { VrijwilligersaanmeldingEntity, VrijwilligersprofielEntity, VrijwilligersverzoekEntity } from './vrijwilligers.entity';
import { VrijwilligersMatching } from './vrijwilligers-matching';
import {
  VrijwilligersaanmeldingResolver,
  VrijwilligersprofielResolver,
  VrijwilligersverzoekResolver,
} from './vrijwilligers.resolver';
import { VrijwilligersService } from './vrijwilligers.service';

/** Meedoen: volunteering (requests, sign-ups, profiles). */
@Module({
  imports: [
    BuurtenModule,
    PartnersModule,
    InitiativesModule,
    TypeOrmModule.forFeature([VrijwilligersverzoekEntity, VrijwilligersaanmeldingEntity, VrijwilligersprofielEntity]),
  ],
  controllers: [VrijwilligersController],
  providers: [
    VrijwilligersService,
    VrijwilligersverzoekResolver,
    VrijwilligersaanmeldingResolver,
    VrijwilligersprofielResolver,
    VrijwilligersMatching,
  ],
  exports: [VrijwilligersService, VrijwilligersMatching],
})
export class MeedoenModule {}
