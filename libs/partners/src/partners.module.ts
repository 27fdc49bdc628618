import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { ActiviteitEntity, BestuursfunctieEntity, OrganisatieEntity } from './organisatie.entity';
import { ActiviteitenController } from './activiteiten.controller';
import { ApiSleutelResolver } from './api-sleutel.resolver';
import { VerwijderdResolver } from './verwijderd.resolver';
import { ActiviteitResolver, BuurtPartnersResolver, OrganisatieResolver } from './partners.resolver';
import { PartnersService } from './partners.service';
import { OrganisatieVerwijzingen } from './organisatie-verwijzingen';

@Module({
  imports: [BuurtenModule, TypeOrmModule.forFeature([OrganisatieEntity, BestuursfunctieEntity, ActiviteitEntity])],
  controllers: [ActiviteitenController],
  providers: [
    PartnersService,
    OrganisatieVerwijzingen,
    ApiSleutelResolver,
    VerwijderdResolver,
    OrganisatieResolver,
    ActiviteitResolver,
    BuurtPartnersResolver,
  ],
  exports: [PartnersService, OrganisatieVerwijzingen],
})
export class PartnersModule {}
