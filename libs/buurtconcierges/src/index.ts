/** @buurtwerk/buurtconcierges: the buurtconciërge pilot (concierges, requests, logbook, figures). */
export { BuurtconciergesModule } from './buurtconcierges.module';
export { ConciergeService } from './concierge.service';
