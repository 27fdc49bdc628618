export { SignalenModule } from './signalen.module';
export { SignalenService, type Signaalcijfer } from './signalen.service';
export { SignaalcategorieEntity, SignaalEntity, SignaalStatus, SignaalTellerEntity } from './signaal.entity';
export { SignaalModel, SignaalcategorieModel, toSignaalModel } from './signaal.model';
export { isOverTijd, reactieUiterlijk } from './signaal.rules';
export { PlanEntity } from './plan.entity';
export { PlanModel } from './plan.model';
export { PlanService } from './plan.service';
