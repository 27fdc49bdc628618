export { SignalenModule } from './signalen.module';
export { SignalenService } from './signalen.service';
export { SignaalcategorieEntity, SignaalEntity, SignaalStatus, SignaalTellerEntity } from './signaal.entity';
export { SignaalModel, SignaalcategorieModel, toSignaalModel } from './signaal.model';
