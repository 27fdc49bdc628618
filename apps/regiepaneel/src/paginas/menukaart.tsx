import {
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding } from '@web-gedeeld/fouten';
import type { Ik } from '@web-gedeeld/gebruiker';
import { euro } from '@web-gedeeld/geld';
import { instrumentsoort } from '@web-gedeeld/initiatief';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  Bevestiging,
  toonFouten,
  Foutmelding,
  heeftRol,
  Keuzeveld,
  Statusmelding,
  type Veldfouten,
  veldfoutenVan,
  algemeneFout,
} from '../beheervelden';
import { graphql } from '../gql';
import type { InstrumentSoort, RegiepaneelMenukaartQuery } from '../gql/graphql';
import { APP_NAAM } from '../naam';

const MENUKAART = graphql(`
  query RegiepaneelMenukaart {
    menukaart(alleenActief: false) {
      id
      naam
      soort
      beschrijving
      voorwaarden
      actief
      regeling {
        id
        code
        naam
        versie
        maximumBedrag
        plafonds {
          periode
          bedrag
          beschikbaar
          stadsdeel {
            naam
          }
        }
      }
    }
    subsidieregelingen {
      id
      code
      naam
      versie
    }
  }
`);

const INSTRUMENT_TOEVOEGEN = graphql(`
  mutation RegiepaneelInstrumentToevoegen($input: InstrumentInput!) {
    instrumentToevoegen(input: $input) {
      id
      naam
    }
  }
`);

const INSTRUMENT_DEACTIVEREN = graphql(`
  mutation RegiepaneelInstrumentDeactiveren($id: ID!) {
    instrumentDeactiveren(id: $id) {
      id
      naam
      actief
    }
  }
`);

const INSTRUMENT_WIJZIGEN = graphql(`
  mutation RegiepaneelInstrumentWijzigen($id: ID!, $input: InstrumentWijzigingInput!) {
    instrumentWijzigen(id: $id, input: $input) {
      id
      naam
    }
  }
`);

const INSTRUMENT_ACTIVEREN = graphql(`
  mutation RegiepaneelInstrumentActiveren($id: ID!) {
    instrumentActiveren(id: $id) {
      id
      naam
      actief
    }
  }
`);

type Gegevens = RegiepaneelMenukaartQuery;
type Instrument = Gegevens['menukaart'][number];

/** The menukaart's kinds of support, in the order a resident meets them. */
const SOORTEN: readonly InstrumentSoort[] = [
  'FINANCIELE_BIJDRAGE',
  'MATERIAAL',
  'PROMOTIE',
  'LOCATIE',
  'ADVIES',
  'VERZEKERING',
  'ANDERS',
];

function Grenzen({ i }: { i: Instrument }) {
  if (!i.regeling) {
    return <>Geen subsidieregeling (geen geld)</>;
  }
  const r = i.regeling;
  return (
    <>
      {r.naam} <span className="buurtwerk-klein">(versie {r.versie})</span>
      <br />
      {r.maximumBedrag != null ? `Hoogstens ${euro(r.maximumBedrag)} per aanvraag.` : 'Geen maximum per aanvraag.'}{' '}
      {r.plafonds.length === 0
        ? 'Nog geen plafond.'
        : `Plafond ${r.plafonds
            .map(
              (p) => `${p.periode}${p.stadsdeel ? ` (${p.stadsdeel.naam})` : ''}: ${euro(p.bedrag)}, nog ${euro(p.beschikbaar)}`,
            )
            .join('; ')}.`}
    </>
  );
}

/**
 * Adds an item to the menukaart, or (with `bestaand`) changes one: its texts and rule, never its
 * soort (money that became material would change what earlier requests asked for).
 */
function Instrumentformulier({
  g,
  klaar,
  bestaand,
  annuleer,
}: {
  g: Gegevens;
  klaar: (melding: string) => void;
  bestaand?: Instrument;
  annuleer?: () => void;
}) {
  const [naam, zetNaam] = useState(bestaand?.naam ?? '');
  const [soort, zetSoort] = useState<string>(bestaand?.soort ?? '');
  const [beschrijving, zetBeschrijving] = useState(bestaand?.beschrijving ?? '');
  const [voorwaarden, zetVoorwaarden] = useState(bestaand?.voorwaarden ?? '');
  const [regelingId, zetRegelingId] = useState(bestaand?.regeling?.id ?? '');
  const kop = useRef<HTMLHeadingElement>(null);
  // Opened from the table: the form takes the focus, so keyboard users land in it.
  useEffect(() => {
    if (bestaand) {
      kop.current?.focus();
    }
  }, [bestaand]);
  const [fouten, zetFouten] = useState<Veldfouten>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const formulier = useRef<HTMLFormElement>(null);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Veldfouten = {};
    if (naam.trim() === '') {
      f.naam = 'Geef het onderdeel een naam.';
    }
    if (!soort) {
      f.soort = 'Kies het soort ondersteuning.';
    }
    if (beschrijving.trim() === '') {
      f.beschrijving = 'Beschrijf wat een initiatiefnemer krijgt.';
    }
    toonFouten(formulier.current, f, zetFouten);
    if (Object.keys(f).length > 0) {
      return;
    }
    zetBezig(true);
    try {
      if (bestaand) {
        const { instrumentWijzigen: i } = await vraag(INSTRUMENT_WIJZIGEN, {
          id: bestaand.id,
          input: {
            naam: naam.trim(),
            beschrijving: beschrijving.trim(),
            voorwaarden: voorwaarden.trim() || null,
            regelingId: regelingId || null,
          },
        });
        klaar(`“${i.naam}” is gewijzigd. Ingediende aanvragen houden de regeling waaraan ze zijn getoetst.`);
        return;
      }
      const { instrumentToevoegen: i } = await vraag(INSTRUMENT_TOEVOEGEN, {
        input: {
          naam: naam.trim(),
          soort: soort as InstrumentSoort,
          beschrijving: beschrijving.trim(),
          voorwaarden: voorwaarden.trim() || null,
          regelingId: regelingId || null,
        },
      });
      zetNaam('');
      zetSoort('');
      zetBeschrijving('');
      zetVoorwaarden('');
      zetRegelingId('');
      klaar(`“${i.naam}” staat nu op de menukaart.`);
    } catch (err) {
      zetFout(
        algemeneFout(err, bestaand ? 'Het onderdeel kon niet worden gewijzigd.' : 'Het onderdeel kon niet worden toegevoegd.'),
      );
      toonFouten(formulier.current, veldfoutenVan(err), zetFouten);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form
      ref={formulier}
      id={bestaand ? 'instrument-wijzigen' : 'instrument-toevoegen'}
      noValidate
      onSubmit={(e) => void verstuur(e)}
      aria-labelledby={bestaand ? 'instrument-wijzigen-kop' : 'instrument-toevoegen-kop'}
      className="buurtwerk-blok"
    >
      {bestaand ? (
        <Heading2 id="instrument-wijzigen-kop" ref={kop} tabIndex={-1}>
          Onderdeel wijzigen: {bestaand.naam}
        </Heading2>
      ) : (
        <Heading2 id="instrument-toevoegen-kop">Onderdeel toevoegen</Heading2>
      )}
      {fout && <Foutmelding>{fout}</Foutmelding>}
      <FormFieldTextbox
        name="naam"
        label="Naam"
        description="Zoals bewoners het op de menukaart lezen, bijvoorbeeld “Partytent lenen”."
        autoComplete="off"
        required
        maxLength={200}
        value={naam}
        onChange={(e) => zetNaam((e.target as HTMLInputElement).value)}
        invalid={Boolean(fouten.naam)}
        errorMessage={fouten.naam}
      />
      {bestaand ? (
        <Paragraph>
          Soort ondersteuning: <strong>{instrumentsoort(bestaand.soort)}</strong>.{' '}
          <span className="buurtwerk-klein">Dat blijft zo; voor een ander soort voeg je een nieuw onderdeel toe.</span>
        </Paragraph>
      ) : (
        <Keuzeveld
          id="instrument-soort"
          naam="soort"
          label="Soort ondersteuning"
          leeg="Kies een soort"
          verplicht
          waarde={soort}
          keuzes={SOORTEN.map((s) => ({ waarde: s, tekst: instrumentsoort(s) }))}
          fout={fouten.soort}
          onKies={zetSoort}
        />
      )}
      <Keuzeveld
        id={bestaand ? 'instrument-wijzigen-regeling' : 'instrument-regeling'}
        naam="regelingId"
        label="Subsidieregeling"
        beschrijving="Verplicht voor geld: de regeling bepaalt de voorwaarden, het maximum per aanvraag en het plafond."
        waarde={regelingId}
        keuzes={[
          { waarde: '', tekst: 'Geen regeling' },
          ...g.subsidieregelingen.map((r) => ({ waarde: r.id, tekst: `${r.naam} (${r.code}, versie ${r.versie})` })),
        ]}
        fout={fouten.regelingId}
        onKies={zetRegelingId}
      />
      <FormFieldTextarea
        name="beschrijving"
        label="Beschrijving"
        rows={3}
        required
        value={beschrijving}
        onChange={(e) => zetBeschrijving(e.target.value)}
        invalid={Boolean(fouten.beschrijving)}
        errorMessage={fouten.beschrijving}
      />
      <FormFieldTextarea
        name="voorwaarden"
        label="Voorwaarden in gewone taal (niet verplicht)"
        description="Bijvoorbeeld “Ophalen en terugbrengen bij de wijkpost”."
        rows={2}
        value={voorwaarden}
        onChange={(e) => zetVoorwaarden(e.target.value)}
        invalid={Boolean(fouten.voorwaarden)}
        errorMessage={fouten.voorwaarden}
      />
      {bestaand ? (
        <div className="buurtwerk-knoppen">
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>
            Wijzigingen opslaan
          </Button>
          <Button appearance="secondary-action-button" onClick={annuleer}>
            Annuleren
          </Button>
        </div>
      ) : (
        <Button type="submit" appearance="primary-action-button" disabled={bezig}>
          Toevoegen aan de menukaart
        </Button>
      )}
    </form>
  );
}

/** The menukaart: every form of support an initiator can choose, with the rule, maximum and ceiling that apply to money. */
export function MenukaartPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Menukaart', APP_NAAM);
  const [g, zetG] = useState<Gegevens | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [bevestig, zetBevestig] = useState<string | null>(null);
  const [terugNaar, zetTerugNaar] = useState<string | null>(null);
  const [bewerk, zetBewerk] = useState<string | null>(null);
  const beheer = heeftRol(ik?.rollen, 'BELEIDSMEDEWERKER', 'BEHEERDER');

  // After "Annuleren", focus returns to the button that opened the question (WCAG 2.4.3).
  useEffect(() => {
    if (terugNaar) {
      document.querySelector<HTMLElement>(`[data-instrument="${CSS.escape(terugNaar)}"]`)?.focus();
      zetTerugNaar(null);
    }
  }, [terugNaar]);

  const laad = useCallback(async (): Promise<void> => {
    try {
      zetG(await vraag(MENUKAART));
      zetFout(null);
    } catch (e) {
      zetFout(foutmelding(e, 'De menukaart kon niet worden geladen.'));
    }
  }, []);
  useEffect(() => {
    void laad();
  }, [laad]);

  const klaar = (m: string): void => {
    zetMelding(m);
    zetBewerk(null);
    void laad();
  };
  const activeer = async (i: Instrument): Promise<void> => {
    try {
      await vraag(INSTRUMENT_ACTIVEREN, { id: i.id });
      zetFout(null);
      klaar(`“${i.naam}” staat weer op de menukaart.`);
    } catch (e) {
      zetMelding(null);
      zetFout(foutmelding(e, 'Het onderdeel kon niet terug op de menukaart.'));
    }
  };
  const deactiveer = async (i: Instrument): Promise<void> => {
    zetBevestig(null);
    try {
      await vraag(INSTRUMENT_DEACTIVEREN, { id: i.id });
      klaar(`“${i.naam}” staat niet meer op de menukaart. Lopende aanvragen houden het.`);
    } catch (e) {
      zetMelding(null);
      zetFout(foutmelding(e, 'Het onderdeel kon niet van de menukaart worden gehaald.'));
    }
  };

  const lijst = g ? [...g.menukaart].sort((a, b) => SOORTEN.indexOf(a.soort) - SOORTEN.indexOf(b.soort)) : [];
  const actief = lijst.filter((i) => i.actief).length;
  const bewerkt = lijst.find((i) => i.id === bewerk);
  return (
    <>
      <Heading1>Menukaart</Heading1>
      <Paragraph>
        Wat een initiatiefnemer kan kiezen: geld, materiaal, bekendheid, een ruimte, advies. Voor geld gelden de voorwaarden, het
        maximum en het plafond van een subsidieregeling; die beheer je bij <AppLink naar="/regels">Regels</AppLink> en{' '}
        <AppLink naar="/plafonds">Plafonds</AppLink>.
      </Paragraph>
      <Statusmelding melding={melding} />
      {fout && <Foutmelding>{fout}</Foutmelding>}
      {g === null ? (
        !fout && <Paragraph role="status">Menukaart laden …</Paragraph>
      ) : (
        <>
          <p role="status" className="buurtwerk-klein">
            {lijst.length} {lijst.length === 1 ? 'onderdeel' : 'onderdelen'}, waarvan {actief} op de menukaart.
          </p>
          {lijst.length > 0 && (
            <div className="buurtwerk-tabel" role="region" aria-labelledby="menukaart-bijschrift" tabIndex={0}>
              <Table>
                <TableCaption id="menukaart-bijschrift">
                  Onderdelen van de menukaart met regeling, maximum en plafond
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
                    <TableHeaderCell scope="col">Soort</TableHeaderCell>
                    <TableHeaderCell scope="col">Regeling, maximum en plafond</TableHeaderCell>
                    <TableHeaderCell scope="col">Op de menukaart</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {lijst.map((i) => (
                    <TableRow key={i.id}>
                      <TableHeaderCell scope="row">
                        {i.naam}
                        <br />
                        <span className="buurtwerk-klein">
                          {i.beschrijving}
                          {i.voorwaarden ? ` Voorwaarden: ${i.voorwaarden}` : ''}
                        </span>
                      </TableHeaderCell>
                      <TableCell>{instrumentsoort(i.soort)}</TableCell>
                      <TableCell>
                        <Grenzen i={i} />
                      </TableCell>
                      <TableCell>
                        {i.actief ? 'Ja' : <span className="buurtwerk-label buurtwerk-label--geannuleerd">Niet meer</span>}
                        {beheer && bevestig !== i.id && (
                          <div className="buurtwerk-knoppen">
                            <Button
                              appearance="secondary-action-button"
                              aria-label={`Wijzigen: ${i.naam}`}
                              data-wijzig={i.id}
                              onClick={() => zetBewerk(i.id)}
                            >
                              Wijzigen
                            </Button>
                            {i.actief ? (
                              <Button
                                appearance="secondary-action-button"
                                aria-label={`Van de menukaart halen: ${i.naam}`}
                                data-instrument={i.id}
                                onClick={() => zetBevestig(i.id)}
                              >
                                Van de menukaart halen
                              </Button>
                            ) : (
                              <Button
                                appearance="secondary-action-button"
                                aria-label={`Terug op de menukaart: ${i.naam}`}
                                onClick={() => void activeer(i)}
                              >
                                Terug op de menukaart
                              </Button>
                            )}
                          </div>
                        )}
                        {i.actief && beheer && bevestig === i.id && (
                          // Taking an item off the menukaart hides it from initiators at once, so it asks first.
                          <Bevestiging
                            label={`Bevestigen: ${i.naam} van de menukaart halen`}
                            vraag="Weet je het zeker? Initiatiefnemers kunnen het dan niet meer kiezen; je kunt het later terugzetten."
                            jaTekst="Ja, van de menukaart halen"
                            ja={() => void deactiveer(i)}
                            nee={() => {
                              zetBevestig(null);
                              zetTerugNaar(i.id);
                            }}
                          />
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {beheer && bewerkt && (
            <Instrumentformulier
              key={bewerkt.id}
              g={g}
              klaar={klaar}
              bestaand={bewerkt}
              annuleer={() => {
                const id = bewerkt.id;
                flushSync(() => zetBewerk(null));
                document.querySelector<HTMLElement>(`[data-wijzig="${CSS.escape(id)}"]`)?.focus();
              }}
            />
          )}
          {beheer && <Instrumentformulier g={g} klaar={klaar} />}
        </>
      )}
    </>
  );
}
