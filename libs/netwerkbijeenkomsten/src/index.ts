export { NetwerkbijeenkomstenModule } from './netwerkbijeenkomsten.module';
export { NetwerkbijeenkomstenService } from './netwerkbijeenkomsten.service';
export { AanmeldingEntity, AanmeldingStatus, BijeenkomstStatus, NetwerkbijeenkomstEntity } from './netwerkbijeenkomst.entity';
export { AanmeldingModel, NetwerkbijeenkomstModel, toNetwerkbijeenkomstModel } from './netwerkbijeenkomst.model';
export { AanmeldingVerloop, laadVerloopInterval } from './aanmelding-verloop';
