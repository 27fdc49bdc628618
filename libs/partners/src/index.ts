export { PartnersModule } from './partners.module';
export { PartnersService } from './partners.service';
export {
  ActiviteitEntity,
  BestuursfunctieEntity,
  OrganisatieEntity,
  OrganisatieSoort,
  PartnerKoppelingEntity,
} from './organisatie.entity';
export { ActiviteitModel, OrganisatieModel, toActiviteitModel, toOrganisatieModel } from './organisatie.model';
export { partnerLoaders } from './partners.loader';
