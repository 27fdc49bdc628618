/**
 * @buurtwerk/burgerberaad: citizens' assemblies drawn by lot with LEXIMIN (Flanigan et al., Nature
 * 2021) over quota-satisfying panels, with a public, verifiable seed.
 */
export { BurgerberaadModule } from './burgerberaad.module';
export { BurgerberaadService } from './beraad.service';
export { BeraadAanmeldingEntity, BeraadStatus, BurgerberaadEntity } from './beraad.entity';
export { BeraadAanmeldingModel, BeraadPanelModel, BurgerberaadModel, toBurgerberaadModel } from './beraad.model';
export { leximin, kansenVan, ordenPanelen, QuotaOnhaalbaarError, LotingTeZwaarError, verklaarOnhaalbaarheid } from './leximin';
export { invoerHash, kiesPanel, lotgetal, zaadHash, LOTING_VERSIE } from './loting';
export { naieveKansen, naievePanel } from './naief';
export { controleerAntwoorden, controleerKenmerken, onhaalbareQuota, panelVoldoet } from './quota.rules';
export type { Kenmerk, Kenmerkwaarde, Loteling, LotingInvoer, PanelKans, Verdeling } from './sortitie.types';
