/** @buurtwerk/buurtconcierges: the buurtconciërge pilot (concierges, requests, logbook, figures). */
export { BuurtconciergesModule } from './buurtconcierges.module';
export { ConciergeService, type ConciergeEvaluatie, type ConciergeEvaluatiePeriode } from './concierge.service';
