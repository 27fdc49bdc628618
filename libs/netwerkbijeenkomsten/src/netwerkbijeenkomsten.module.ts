import { InitiativesModule } from '@buurtwerk/initiatives';
import { BesprokenInitiatievenResolver } from './besproken-initiatieven.resolver';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { PartnersModule } from '@buurtwerk/partners';
import { AanmeldingEntity, NetwerkbijeenkomstEntity } from './netwerkbijeenkomst.entity';
import { NetwerkbijeenkomstenController } from './netwerkbijeenkomsten.controller';
import { DeelnemerResolver, NetwerkbijeenkomstResolver } from './netwerkbijeenkomsten.resolver';
import { NetwerkbijeenkomstenService } from './netwerkbijeenkomsten.service';
import { AanmeldingVerloop } from './aanmelding-verloop';

@Module({
  imports: [
    BuurtenModule,
    PartnersModule,
    InitiativesModule,
    TypeOrmModule.forFeature([NetwerkbijeenkomstEntity, AanmeldingEntity]),
  ],
  controllers: [NetwerkbijeenkomstenController],
  providers: [
    NetwerkbijeenkomstenService,
    NetwerkbijeenkomstResolver,
    DeelnemerResolver,
    BesprokenInitiatievenResolver,
    AanmeldingVerloop,
  ],
  exports: [NetwerkbijeenkomstenService, AanmeldingVerloop],
})
export class NetwerkbijeenkomstenModule {}
