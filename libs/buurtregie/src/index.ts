export { BuurtregieModule } from './buurtregie.module';
export { BuurtagendaService } from './buurtagenda.service';
export { BehoefteBron, BehoefteEntity, BehoefteSoort, BehoefteStatus, KoppelingSoort } from './behoefte.entity';
export { BehoefteModel } from './behoefte.model';
export { ParticipatieService } from './participatie.service';
export { ParticipatieStatus, PlanParticipatieEntity, PlanReactieEntity, Standpunt } from './participatie.entity';
export { MdoService } from './mdo.service';
export { MdoActieEntity, MdoActieStatus, MdoEntity, MdoStatus } from './mdo.entity';
