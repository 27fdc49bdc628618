export { BuurtregieModule } from './buurtregie.module';
export { BuurtagendaService } from './buurtagenda.service';
export { BehoefteBron, BehoefteEntity, BehoefteSoort, BehoefteStatus, KoppelingSoort } from './behoefte.entity';
export { BehoefteModel } from './behoefte.model';
