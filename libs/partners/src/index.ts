export { PartnersModule } from './partners.module';
export { PartnersService } from './partners.service';
export { OrganisatieVerwijzingen, type OrganisatieBezwaar } from './organisatie-verwijzingen';
export { ActiviteitEntity, BestuursfunctieEntity, OrganisatieEntity, OrganisatieSoort } from './organisatie.entity';
export { ActiviteitModel, OrganisatieModel, toActiviteitModel, toOrganisatieModel } from './organisatie.model';
export { partnerLoaders } from './partners.loader';
