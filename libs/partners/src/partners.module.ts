import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { ActiviteitEntity, BestuursfunctieEntity, OrganisatieEntity, PartnerKoppelingEntity } from './organisatie.entity';
import { ActiviteitenController } from './activiteiten.controller';
import { ApiSleutelResolver } from './api-sleutel.resolver';
import { VerwijderdResolver } from './verwijderd.resolver';
import { ActiviteitResolver, BuurtPartnersResolver, OrganisatieResolver } from './partners.resolver';
import { PartnersService } from './partners.service';

@Module({
  imports: [
    BuurtenModule,
    TypeOrmModule.forFeature([OrganisatieEntity, BestuursfunctieEntity, ActiviteitEntity, PartnerKoppelingEntity]),
  ],
  controllers: [ActiviteitenController],
  providers: [
    PartnersService,
    ApiSleutelResolver,
    VerwijderdResolver,
    OrganisatieResolver,
    ActiviteitResolver,
    BuurtPartnersResolver,
  ],
  exports: [PartnersService],
})
export class PartnersModule {}
