/**
 * The register of personal data (AVG art. 30): where a resident's personal data lives, by table
 * and column, and how pseudonymisation treats it. The privacy library reads other libraries'
 * tables with raw SQL (it imports none of their internals), so this list is the one coupling to
 * their schema. `persoonsgegevens.integration-spec.ts` compares it with the database: every
 * column whose name suggests personal data must be listed here or in GEEN_BEWONERSGEGEVENS, so
 * a new personal column cannot be forgotten.
 */

export type Soort =
  /** A `sub` (sign-in id): replaced by the stable pseudonym. */
  | 'sub'
  /** A person's name: replaced by GEPSEUDONIMISEERDE_NAAM. */
  | 'naam'
  /** An e-mail address: null, or a non-routable placeholder where the column is required. */
  | 'email'
  /** Free text that may contain personal data: null, or VERWIJDERDE_TEKST where required. */
  | 'vrije-tekst'
  /** jsonb list with names (and subs) of people who stepped aside: only their entries are replaced. */
  | 'verschoningen'
  /** Already a one-way hash of round and sub (ballot secrecy): kept, see README. */
  | 'stemmer-hash';

export interface PersoonlijkeKolom {
  tabel: string;
  kolom: string;
  soort: Soort;
}

/** Personal data of residents: exported by mijnGegevens, replaced by pseudonymisation. */
export const BEWONERSGEGEVENS: readonly PersoonlijkeKolom[] = [
  { tabel: 'initiatief', kolom: 'indiener_sub', soort: 'sub' },
  { tabel: 'initiatief', kolom: 'indiener_naam', soort: 'naam' },
  { tabel: 'initiatief', kolom: 'indiener_email', soort: 'email' },
  { tabel: 'initiatief', kolom: 'verschoningen', soort: 'verschoningen' },
  { tabel: 'initiatief_statuswijziging', kolom: 'door', soort: 'naam' },
  { tabel: 'initiatief_statuswijziging', kolom: 'door_sub', soort: 'sub' },
  { tabel: 'initiatief_statuswijziging', kolom: 'toelichting', soort: 'vrije-tekst' },
  { tabel: 'signaal', kolom: 'gemeld_door', soort: 'sub' },
  { tabel: 'signaal', kolom: 'melder_email', soort: 'email' },
  { tabel: 'signaal', kolom: 'omschrijving', soort: 'vrije-tekst' },
  { tabel: 'signaal', kolom: 'terugkoppeling', soort: 'vrije-tekst' },
  { tabel: 'aanmelding', kolom: 'naam', soort: 'naam' },
  { tabel: 'aanmelding', kolom: 'email', soort: 'email' },
  { tabel: 'aanmelding', kolom: 'email_sleutel', soort: 'email' },
  { tabel: 'aanmelding', kolom: 'wensen', soort: 'vrije-tekst' },
  { tabel: 'aanmelding', kolom: 'gebruiker_id', soort: 'sub' },
  { tabel: 'belang_verklaring', kolom: 'gebruiker_id', soort: 'sub' },
  { tabel: 'belang_verklaring', kolom: 'persoon', soort: 'naam' },
  { tabel: 'belang_verklaring', kolom: 'toelichting', soort: 'vrije-tekst' },
  { tabel: 'buurtpanel_lid', kolom: 'gebruiker_id', soort: 'sub' },
  { tabel: 'panelstem', kolom: 'gebruiker_id', soort: 'sub' },
  { tabel: 'panelstem', kolom: 'toelichting', soort: 'vrije-tekst' },
  { tabel: 'panelstemming', kolom: 'verschoningen', soort: 'verschoningen' },
  { tabel: 'uitgaande_mail', kolom: 'aan', soort: 'email' },
  { tabel: 'uitgaande_mail', kolom: 'tekst', soort: 'vrije-tekst' },
  { tabel: 'begrotingsstembiljet', kolom: 'stemmer', soort: 'stemmer-hash' },
];

const STAF = 'medewerker of partner die in een publieke rol handelt, geen bewonersgegeven';
const DING = 'naam van een ding (buurt, organisatie, regeling), geen persoon';
const AUDIT = 'alleen-toevoegen (trigger); houdt de sub vast voor verantwoording (BIO), zie README';
const ARCHIEF = 'inhoud van de aanvraag of het besluit: archiefwaardig (Archiefwet), blijft staan';

/**
 * Columns whose name looks personal but that hold no personal data of residents, with the reason.
 * Pseudonymisation leaves them alone.
 */
export const GEEN_BEWONERSGEGEVENS: ReadonlyArray<{ tabel: string; kolom: string; reden: string }> = [
  { tabel: 'audit_log', kolom: 'door', reden: AUDIT },
  { tabel: 'register_audit', kolom: 'door', reden: AUDIT },
  { tabel: 'medewerker', kolom: 'naam', reden: STAF },
  { tabel: 'medewerker', kolom: 'email', reden: STAF },
  { tabel: 'medewerker', kolom: 'telefoon', reden: STAF },
  { tabel: 'medewerker', kolom: 'gebruiker_id', reden: STAF },
  { tabel: 'partner_koppeling', kolom: 'gebruiker_id', reden: STAF },
  { tabel: 'bestuursfunctie', kolom: 'persoon', reden: 'bestuurszetel: openbaar zoals in het Handelsregister' },
  { tabel: 'bestuursfunctie', kolom: 'gebruiker_id', reden: 'identiteitskoppeling voor belangenconflicten (bestuurder)' },
  { tabel: 'ambtsdrager', kolom: 'naam', reden: 'politiek ambt: openbaar register (Gemeentewet art. 12)' },
  { tabel: 'ambtsdrager', kolom: 'gebruiker_id', reden: 'identiteitskoppeling voor belangenconflicten (ambtsdrager)' },
  { tabel: 'activiteit', kolom: 'gepubliceerd_door', reden: STAF },
  { tabel: 'netwerkbijeenkomst', kolom: 'gepland_door', reden: STAF },
  { tabel: 'netwerkbijeenkomst', kolom: 'verslag', reden: 'verslag door de organisatie, zonder deelnemerslijst' },
  { tabel: 'plan', kolom: 'geregistreerd_door', reden: STAF },
  { tabel: 'plan', kolom: 'omschrijving', reden: 'plan van de gemeente' },
  { tabel: 'subsidieregeling', kolom: 'vastgesteld_door', reden: STAF },
  { tabel: 'gelijkgestelde_dag', kolom: 'vastgelegd_door', reden: STAF },
  { tabel: 'begrotingsronde', kolom: 'aangemaakt_door', reden: STAF },
  { tabel: 'api_sleutel', kolom: 'aangemaakt_door', reden: STAF },
  { tabel: 'webhook_abonnement', kolom: 'aangemaakt_door', reden: STAF },
  { tabel: 'initiatief', kolom: 'besluit_genomen_door', reden: 'wie besloot: medewerker of buurtpanel in een publieke rol' },
  { tabel: 'initiatief', kolom: 'besluit_genomen_door_sub', reden: STAF },
  { tabel: 'initiatief', kolom: 'verslag', reden: ARCHIEF },
  { tabel: 'initiatief', kolom: 'vaststelling_toelichting', reden: ARCHIEF },
  { tabel: 'ondersteuningsaanvraag', kolom: 'toelichting', reden: ARCHIEF },
  { tabel: 'panelstemming', kolom: 'voorgelegd_door_sub', reden: STAF },
  { tabel: 'organisatie', kolom: 'naam', reden: DING },
  { tabel: 'organisatie', kolom: 'zoeknaam', reden: DING },
  { tabel: 'nevenfunctie', kolom: 'organisatie_naam', reden: DING },
  { tabel: 'buurt', kolom: 'naam', reden: DING },
  { tabel: 'buurt', kolom: 'zoeknaam', reden: DING },
  { tabel: 'wijk', kolom: 'naam', reden: DING },
  { tabel: 'stadsdeel', kolom: 'naam', reden: DING },
  { tabel: 'signaalcategorie', kolom: 'naam', reden: DING },
  { tabel: 'instrument', kolom: 'naam', reden: DING },
  { tabel: 'subsidieregeling', kolom: 'naam', reden: DING },
  { tabel: 'begrotingsronde', kolom: 'naam', reden: DING },
  { tabel: 'buurtpanel', kolom: 'naam', reden: DING },
  { tabel: 'api_sleutel', kolom: 'naam', reden: DING },
];

/**
 * Column names that suggest personal data. Every column in the database that matches must be
 * classified above (checked against information_schema by the integration test).
 */
export const MOGELIJK_PERSOONLIJK =
  /(^|_)(naam|zoeknaam|e?mail|email_sleutel|telefoon|adres|postcode|persoon|wensen|toelichting|sub|gebruiker_id|door|melder|stemmer|aan|tekst|omschrijving|verslag|geboortedatum|bsn)(_|$)/;
