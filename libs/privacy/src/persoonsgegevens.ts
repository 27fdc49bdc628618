/**
 * The register of personal data (AVG art. 30): each library declares the columns of its own
 * tables that hold a resident's personal data, with the handler it registers in core's
 * PersoonsgegevensRegister (export, pseudonymisation, retention). This file keeps what is not a
 * resident's data, with the reason. `persoonsgegevens.integration-spec.ts` compares both with the
 * database: every column whose name suggests personal data must have a handler or be listed in
 * GEEN_BEWONERSGEGEVENS, so a new personal column cannot be forgotten.
 */

export type { PersoonlijkeKolom, PersoonlijkeSoort as Soort } from '@buurtwerk/core';

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
  { tabel: 'behoefte', kolom: 'status_toelichting', reden: STAF },
  { tabel: 'plan_participatie', kolom: 'voorbereid_door', reden: STAF },
  { tabel: 'plan_reactie', kolom: 'beantwoord_door', reden: STAF },
  { tabel: 'mdo', kolom: 'gepland_door', reden: STAF },
  { tabel: 'uitvoeringsprogramma', kolom: 'opgesteld_door', reden: STAF },
  { tabel: 'heitje_deelname', kolom: 'bevestigd_door', reden: STAF },
  { tabel: 'heitje_winkel', kolom: 'naam', reden: DING },
  { tabel: 'buurtconcierge', kolom: 'naam', reden: STAF },
  { tabel: 'buurtconcierge', kolom: 'gebruiker_id', reden: STAF },
  { tabel: 'heitje_transactie', kolom: 'omschrijving', reden: 'vaste tekst met de naam van een klus of winkel, geen persoon' },
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
  { tabel: 'initiatief', kolom: 'dwangsom_besloten_door', reden: 'wie over de dwangsom besloot: medewerker in een publieke rol' },
  { tabel: 'bezwaar', kolom: 'besluit_genomen_door_sub', reden: STAF },
  { tabel: 'bezwaar', kolom: 'behandeld_door', reden: STAF },
  { tabel: 'bezwaar', kolom: 'behandeld_door_sub', reden: STAF },
  { tabel: 'bezwaar', kolom: 'beslist_door', reden: STAF },
  { tabel: 'bezwaar', kolom: 'beslist_door_sub', reden: STAF },
  { tabel: 'besluit', kolom: 'genomen_door', reden: 'wie besloot: medewerker (mandaat) of buurtpanel in een publieke rol' },
  { tabel: 'besluit', kolom: 'genomen_door_sub', reden: STAF },
  { tabel: 'jaarsubsidie_besluit', kolom: 'genomen_door', reden: 'wie besloot: medewerker (mandaat) in een publieke rol' },
  { tabel: 'jaarsubsidie_besluit', kolom: 'genomen_door_sub', reden: STAF },
  { tabel: 'jaarsubsidieregeling', kolom: 'naam', reden: DING },
  {
    tabel: 'jaarsubsidie_wijziging',
    kolom: 'omschrijving',
    reden: 'melding van de organisatie over haar plan (Awb 4:38): archiefwaardig',
  },
  { tabel: 'brieftekst', kolom: 'gewijzigd_door_sub', reden: STAF },
  {
    tabel: 'brieftekst',
    kolom: 'tekst',
    reden: 'de gemeente formuleert haar brieven: een sjabloon, nooit gegevens van een bewoner',
  },
  { tabel: 'initiatief', kolom: 'verslag', reden: ARCHIEF },
  { tabel: 'initiatief', kolom: 'vaststelling_toelichting', reden: ARCHIEF },
  { tabel: 'ondersteuningsaanvraag', kolom: 'toelichting', reden: ARCHIEF },
  { tabel: 'panelstemming', kolom: 'voorgelegd_door_sub', reden: STAF },
  { tabel: 'tender_beoordeling', kolom: 'beoordelaar_naam', reden: STAF },
  { tabel: 'tender_beoordeling', kolom: 'beoordelaar_sub', reden: STAF },
  { tabel: 'tender_beoordeling', kolom: 'toelichting', reden: 'reden van een score: over het plan, niet over de aanvrager' },
  { tabel: 'tender_verdeling', kolom: 'verdeeld_door', reden: STAF },
  { tabel: 'tender_verdeling', kolom: 'verdeeld_door_sub', reden: STAF },
  { tabel: 'initiatief', kolom: 'afwijking_motivering', reden: ARCHIEF },
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
  {
    tabel: 'vrijwilligersverzoek',
    kolom: 'organisator_naam',
    reden: 'naam van de organisatie of titel van het initiatief, geen persoon',
  },
];

/**
 * Column names that suggest personal data. Every column in the database that matches must be
 * classified above (checked against information_schema by the integration test).
 */
export const MOGELIJK_PERSOONLIJK =
  /(^|_)(naam|zoeknaam|e?mail|email_sleutel|telefoon|adres|postcode|persoon|wensen|toelichting|sub|gebruiker_id|door|melder|stemmer|aan|tekst|omschrijving|verslag|geboortedatum|bsn)(_|$)/;
