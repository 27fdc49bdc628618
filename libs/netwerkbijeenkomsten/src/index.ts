export { NetwerkbijeenkomstenModule } from './netwerkbijeenkomsten.module';
export { NetwerkbijeenkomstenService } from './netwerkbijeenkomsten.service';
export { AanmeldingEntity, AanmeldingStatus, BijeenkomstStatus, NetwerkbijeenkomstEntity } from './netwerkbijeenkomst.entity';
export { AanmeldingModel, NetwerkbijeenkomstModel, toNetwerkbijeenkomstModel } from './netwerkbijeenkomst.model';
export { MailStatus, UitgaandeMailEntity } from './uitgaande-mail.entity';
export { mailInWachtrij, type MailTransport, type NieuweMail, UitgaandeMailVerzender } from './uitgaande-mail.service';
export { AanmeldingVerloop, laadVerloopInterval } from './aanmelding-verloop';
export { mailsPseudonimiserenOver } from './netwerkbijeenkomst.persoonsgegevens';
