export { JaarsubsidiesModule } from './jaarsubsidies.module';
export { JaarsubsidiesService, JAARBESLUIT_MAIL, JAARHERINNERING_MAIL } from './jaarsubsidies.service';
export { JaarsubsidieKlok } from './jaarsubsidie.klok';
export { JaarsubsidieHerinnering } from './jaarsubsidie.herinnering';
export * from './jaarsubsidie.entity';
export * from './jaarsubsidie.model';
export * from './jaarsubsidie.rules';
