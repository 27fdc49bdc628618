import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { focusEersteFout, type FormVeld, foutmelding, jeVorm, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { datum, datumTijd, vandaag } from '@web-gedeeld/datum';
import { euro } from '@web-gedeeld/geld';
import { aanvragersoort, instrumentsoort, schaalnaam, statusnaam } from '@web-gedeeld/initiatief';
import { AppLink, href, usePaginatitel } from '@web-gedeeld/router';
import { Fragment, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '../gql';
import type {
  BuurtportaalAanvullenMutation,
  BuurtportaalIdeeGegevensQuery,
  BuurtportaalIdeeIndienenMutation,
  BuurtportaalMijnOrganisatiesQuery,
  BuurtportaalToetsQuery,
} from '../gql/graphql';
import {
  controleerVorm,
  foutenVanStap,
  type IdeeInvoer,
  LEGE_AANVRAAG,
  LEGE_INVOER,
  naarInput,
  uitConcept,
  type Veldfouten,
} from '../idee/invoer';
import { APP_NAAM } from '../naam';

const GEGEVENS = graphql(`
  query BuurtportaalIdeeGegevens {
    menukaart {
      id
      naam
      soort
      beschrijving
      voorwaarden
      regeling {
        id
      }
    }
    subsidieregelingen {
      id
      naam
      beschrijving
      maximumBedrag
      beslistermijnWeken
      besluitvorming
      verdeelmethode
      aanvraagperiodeVan
      aanvraagperiodeTot
      gedeeltelijkToekennen
      criteria {
        code
        omschrijving
        gewicht
      }
      voorwaarden {
        code
        omschrijving
      }
      plafonds {
        periode
        beschikbaar
        stadsdeel {
          naam
        }
      }
    }
    buurten {
      id
      code
      naam
      wijk {
        naam
      }
    }
    mijnInitiatieven {
      id
      referentie
      status
      titel
      beschrijving
      schaal
      aanvragerSoort
      organisatie {
        id
      }
      aanvullingVerzoek
      aanvullenUiterlijk
      aantalBetrokkenBewoners
      startdatum
      einddatum
      buurten {
        id
      }
      aanvragen {
        instrument {
          id
        }
        gevraagdBedrag
        eigenBijdrage
        toelichting
      }
    }
  }
`);

const TOETS = graphql(`
  query BuurtportaalToets($input: InitiatiefInput!) {
    toetsInitiatief(input: $input) {
      ontvankelijk
      bevindingen {
        voorwaarde
        voldaan
        toelichting
      }
    }
  }
`);

const OPSLAAN = graphql(`
  mutation BuurtportaalIdeeOpslaan($id: ID, $input: InitiatiefInput!) {
    initiatiefOpslaan(id: $id, input: $input) {
      id
      status
      gewijzigdOp
    }
  }
`);

const INDIENEN = graphql(`
  mutation BuurtportaalIdeeIndienen($id: ID!) {
    initiatiefIndienen(id: $id) {
      id
      referentie
      status
      ingediendOp
      beslissenUiterlijk
      toetsresultaat {
        ontvankelijk
        bevindingen {
          voorwaarde
          voldaan
          toelichting
        }
      }
    }
  }
`);

/** A resident supplies what staff asked for: the whole request again, amended (Awb 4:5). */
const AANVULLEN = graphql(`
  mutation BuurtportaalAanvullen($id: ID!, $input: InitiatiefInput!) {
    aanvullingAanleveren(id: $id, input: $input) {
      id
      referentie
      status
      beslissenUiterlijk
    }
  }
`);

/** The organisations the signed-in user is linked to: only for those can they apply. */
const ORGANISATIES = graphql(`
  query BuurtportaalMijnOrganisaties {
    mijnOrganisaties {
      id
      naam
    }
  }
`);

type Gegevens = BuurtportaalIdeeGegevensQuery;
type Organisatie = BuurtportaalMijnOrganisatiesQuery['mijnOrganisaties'][number];
type Aangevuld = BuurtportaalAanvullenMutation['aanvullingAanleveren'];
type Aanvulling = { referentie: string; verzoek: string; uiterlijk: string | null };
type Instrument = Gegevens['menukaart'][number];
type Toetsresultaat = BuurtportaalToetsQuery['toetsInitiatief'];
type Ingediend = BuurtportaalIdeeIndienenMutation['initiatiefIndienen'];
type Stap = 1 | 2 | 3;

const STAPPEN: Record<Stap, string> = { 1: 'Over je idee', 2: 'Ondersteuning kiezen', 3: 'Controleren en indienen' };

/** A finding's explanation in the app's own voice: "je", without a repeated "Voldaan:". */
function toelichtingVan(b: { voldaan: boolean; toelichting: string }): string {
  return jeVorm(b.toelichting.replace(/^(Niet )?voldaan:\s*/i, ''));
}

/** The findings of the rule check, each with the API's Dutch explanation. */
function Bevindingen({ resultaat }: { resultaat: Toetsresultaat }) {
  const aantal = resultaat.bevindingen.length;
  const niet = resultaat.bevindingen.filter((b) => !b.voldaan).length;
  let kop: string;
  if (aantal === 0) {
    kop = 'Er gelden geen regels voor wat je kiest.';
  } else if (niet === 0) {
    kop = aantal === 1 ? 'Je aanvraag voldoet aan de regel die geldt.' : `Je aanvraag voldoet aan alle ${aantal} regels.`;
  } else {
    kop = `Je aanvraag voldoet aan ${niet === 1 ? '1 regel' : `${niet} regels`} niet (van de ${aantal}).`;
  }
  return (
    <>
      <Paragraph>
        <strong>{kop}</strong>
      </Paragraph>
      <ul className="buurtwerk-bevindingen">
        {resultaat.bevindingen.map((b) => (
          <li key={b.voorwaarde} className={b.voldaan ? undefined : 'buurtwerk-bevinding--niet'}>
            <span className={`buurtwerk-label${b.voldaan ? '' : ' buurtwerk-label--geannuleerd'}`}>
              {b.voldaan ? 'Voldaan' : 'Niet voldaan'}
            </span>{' '}
            {toelichtingVan(b)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What it means to submit a request that does not meet every rule, said before and after (issue 19). */
const GEVOLG_NIET_VOLDAAN =
  'Je kunt je idee toch indienen, maar de gemeente wijst een aanvraag die niet aan de regels voldoet (voor dat deel) af. ' +
  'Pas je aanvraag aan in stap 1 of 2 als je dat wilt voorkomen, of vraag je buurtregisseur om raad.';

/** The conditions a request does not meet, in plain words, with what that means. */
function NietVoldaan({ resultaat, na = false }: { resultaat: Toetsresultaat; na?: boolean }) {
  const niet = resultaat.bevindingen.filter((b) => !b.voldaan);
  if (niet.length === 0) {
    return null;
  }
  return (
    <Alert type="warning" data-testid="niet-voldaan">
      <Paragraph>
        <strong>
          {na
            ? `Let op: je aanvraag voldoet niet aan ${niet.length === 1 ? 'deze voorwaarde' : `deze ${niet.length} voorwaarden`}.`
            : `Je aanvraag voldoet nu niet aan ${niet.length === 1 ? 'deze voorwaarde' : `deze ${niet.length} voorwaarden`}:`}
        </strong>
      </Paragraph>
      <ul>
        {niet.map((b) => (
          <li key={b.voorwaarde}>{toelichtingVan(b)}</li>
        ))}
      </ul>
      <Paragraph>
        {na
          ? 'De gemeente beoordeelt je aanvraag wel, maar wijst af wat niet aan de regels voldoet. Je hoort het besluit uiterlijk op de genoemde datum; je kunt je aanvraag intrekken bij Mijn initiatieven.'
          : GEVOLG_NIET_VOLDAAN}
      </Paragraph>
    </Alert>
  );
}

/** Live rule check: the same check the API runs at submission, debounced while typing. */
function LiveToets({
  invoer,
  geld,
  bijResultaat,
}: {
  invoer: IdeeInvoer;
  geld: ReadonlySet<string>;
  /** The latest result, for the last step's summary of unmet conditions. */
  bijResultaat: (r: Toetsresultaat | null) => void;
}) {
  const [resultaat, zetResultaat] = useState<Toetsresultaat | null>(null);
  const [melding, zetMelding] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const fouten = controleerVorm(invoer, geld);
  const klaar =
    !fouten.titel && !fouten.beschrijving && !fouten.buurt && !fouten.aanvragersoort && !fouten.menukaart && !fouten.bewoners;
  const geldFout = Object.keys(fouten).some((k) => k.startsWith('gevraagd-') || k.startsWith('eigen-'));
  const sleutel = klaar && !geldFout ? JSON.stringify(naarInput(invoer, geld)) : null;

  useEffect(() => {
    if (!sleutel) {
      return;
    }
    let actueel = true;
    zetBezig(true);
    const wacht = window.setTimeout(() => {
      vraag(TOETS, { input: JSON.parse(sleutel) as ReturnType<typeof naarInput> })
        .then((d) => {
          if (actueel) {
            zetResultaat(d.toetsInitiatief);
            bijResultaat(d.toetsInitiatief);
            zetMelding(null);
          }
        })
        .catch((e: unknown) => actueel && zetMelding(foutmelding(e, 'De controle lukte nu niet.')))
        .finally(() => actueel && zetBezig(false));
    }, 400);
    return () => {
      actueel = false;
      window.clearTimeout(wacht);
    };
  }, [sleutel, bijResultaat]);

  let inhoud: ReactNode;
  if (!klaar) {
    inhoud = (
      <Paragraph>
        De controle begint zodra je een titel, beschrijving, buurt en aanvrager hebt ingevuld en iets van de menukaart kiest.
      </Paragraph>
    );
  } else if (geldFout) {
    inhoud = <Paragraph>Verbeter eerst de bedragen, dan controleren we je aanvraag opnieuw.</Paragraph>;
  } else if (melding) {
    inhoud = <Paragraph>{melding}</Paragraph>;
  } else if (resultaat) {
    inhoud = <Bevindingen resultaat={resultaat} />;
  } else {
    inhoud = <Paragraph>Je aanvraag wordt gecontroleerd …</Paragraph>;
  }
  return (
    <section className="buurtwerk-blok" aria-labelledby="toets-kop" data-testid="live-toets">
      <Heading2 id="toets-kop">Controle van de regels</Heading2>
      <Paragraph className="buurtwerk-klein">
        Terwijl je typt controleren we je aanvraag op dezelfde regels als bij het indienen.
        {bezig && sleutel ? ' Bezig met controleren …' : ''}
      </Paragraph>
      <div aria-live="polite" data-testid="bevindingen">
        {inhoud}
      </div>
    </section>
  );
}

/** True on a phone-sized screen (the same breakpoint as the folded header in thema.css). */
function useSmal(): boolean {
  const vraagMedia = '(max-width: 47.99rem)';
  const [smal, zetSmal] = useState(() => window.matchMedia(vraagMedia).matches);
  useEffect(() => {
    const m = window.matchMedia(vraagMedia);
    const bijWijziging = (): void => zetSmal(m.matches);
    m.addEventListener('change', bijWijziging);
    return () => m.removeEventListener('change', bijWijziging);
  }, []);
  return smal;
}

function Stappen({ stap }: { stap: Stap }) {
  return (
    <nav aria-label="Stappen">
      <ol className="buurtwerk-stappen">
        {([1, 2, 3] as const).map((s) => (
          <li key={s} aria-current={s === stap ? 'step' : undefined}>
            Stap {s}: {STAPPEN[s]}
            {s < stap ? <span className="buurtwerk-visueel-verborgen"> (klaar)</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function IdeePagina({
  conceptId,
  aanvullenId = null,
}: {
  conceptId: string | null;
  /** Supplying requested information for this submitted initiative instead of a new idea. */
  aanvullenId?: string | null;
}) {
  const titel = aanvullenId ? 'Aanvulling geven' : 'Idee indienen';
  usePaginatitel(titel, APP_NAAM);
  const [gegevens, zetGegevens] = useState<Gegevens | null>(null);
  const [laadfout, zetLaadfout] = useState<string | null>(null);
  const [invoer, zetInvoer] = useState<IdeeInvoer>(LEGE_INVOER);
  const [id, zetId] = useState<string | null>(conceptId);
  const [stap, zetStap] = useState<Stap>(1);
  const [getoondeFouten, zetGetoondeFouten] = useState<Veldfouten>({});
  const [apiFout, zetApiFout] = useState<string | null>(null);
  /** The live check's latest result: the last step says which conditions are not met. */
  const [toets, zetToets] = useState<Toetsresultaat | null>(null);
  /** The API's refusals per form field, in plain Dutch (leesbareFout); gone once the field changes. */
  const [apiVeldfouten, zetApiVeldfouten] = useState<Veldfouten>({});
  const [opgeslagen, zetOpgeslagen] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const [ingediend, zetIngediend] = useState<Ingediend | null>(null);
  const [aanvulling, zetAanvulling] = useState<Aanvulling | null>(null);
  const [aangevuld, zetAangevuld] = useState<Aangevuld | null>(null);
  const [organisaties, zetOrganisaties] = useState<Organisatie[]>([]);
  const stapKop = useRef<HTMLHeadingElement>(null);
  const eersteRender = useRef(true);
  const smal = useSmal();

  useEffect(() => {
    let actueel = true;
    vraag(GEGEVENS)
      .then((d) => {
        if (!actueel) {
          return;
        }
        zetGegevens(d);
        if (aanvullenId) {
          const a = d.mijnInitiatieven.find((i) => i.id === aanvullenId && i.status === 'AANVULLING_GEVRAAGD');
          if (a) {
            zetInvoer(uitConcept(a));
            zetAanvulling({
              referentie: a.referentie,
              verzoek: a.aanvullingVerzoek ?? '',
              uiterlijk: a.aanvullenUiterlijk ?? null,
            });
          } else {
            zetLaadfout(
              'Voor dit initiatief vraagt de gemeente nu geen aanvulling (meer). Bekijk de status bij Mijn initiatieven.',
            );
          }
        } else if (conceptId) {
          const c = d.mijnInitiatieven.find((i) => i.id === conceptId && i.status === 'CONCEPT');
          if (c) {
            zetInvoer(uitConcept(c));
          } else {
            zetLaadfout('Dit concept bestaat niet (meer) of is al ingediend. Bekijk het bij Mijn initiatieven.');
          }
        } else {
          // From a buurt page: "Idee indienen voor <buurt>" (`?buurt=<CBS-code>`) fills in the buurt.
          const code = new URLSearchParams(window.location.search).get('buurt')?.toUpperCase();
          const buurt = code ? d.buurten.find((b) => b.code === code) : undefined;
          if (buurt) {
            zetInvoer((i) => ({ ...i, buurtId: buurt.id }));
          }
        }
      })
      .catch((e: unknown) => actueel && zetLaadfout(foutmelding(e, 'De menukaart kon niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [conceptId, aanvullenId]);

  useEffect(() => {
    let actueel = true;
    vraag(ORGANISATIES)
      .then((d) => actueel && zetOrganisaties(d.mijnOrganisaties))
      .catch(() => actueel && zetOrganisaties([]));
    return () => {
      actueel = false;
    };
  }, []);

  // After a step change, focus goes to the step's heading so screen readers announce it (WCAG 2.4.3).
  useEffect(() => {
    if (eersteRender.current) {
      eersteRender.current = false;
      return;
    }
    stapKop.current?.focus();
  }, [stap, ingediend, aangevuld]);

  const geld = useMemo(
    () => new Set((gegevens?.menukaart ?? []).filter((i) => i.soort === 'FINANCIELE_BIJDRAGE').map((i) => i.id)),
    [gegevens],
  );
  const instrumenten = useMemo(() => new Map((gegevens?.menukaart ?? []).map((i) => [i.id, i])), [gegevens]);
  const regelingen = useMemo(() => new Map((gegevens?.subsidieregelingen ?? []).map((r) => [r.id, r])), [gegevens]);

  if (laadfout) {
    return (
      <>
        <Heading1>{titel}</Heading1>
        <Alert type="error" role="alert">
          <Paragraph>{laadfout}</Paragraph>
        </Alert>
        {aanvullenId && (
          <Paragraph>
            <AppLink naar="/mijn-initiatieven">Naar Mijn initiatieven</AppLink>
          </Paragraph>
        )}
      </>
    );
  }
  if (!gegevens) {
    return (
      <>
        <Heading1>{titel}</Heading1>
        <Paragraph role="status">De menukaart wordt geladen …</Paragraph>
      </>
    );
  }

  const veldnamen: Record<string, string> = {
    titel: 'Titel',
    beschrijving: 'Beschrijving',
    buurt: 'Buurt',
    aanvragersoort: 'Wie doet de aanvraag',
    organisatie: 'Organisatie',
    bewoners: 'Aantal betrokken bewoners',
    startdatum: 'Startdatum',
    einddatum: 'Einddatum',
    menukaart: 'Menukaart',
  };
  for (const i of gegevens.menukaart) {
    veldnamen[`gevraagd-${i.id}`] = `Gevraagd bedrag voor ${i.naam}`;
    veldnamen[`eigen-${i.id}`] = `Eigen bijdrage voor ${i.naam}`;
  }

  const wijzig = (deel: Partial<IdeeInvoer>): void => {
    zetInvoer((i) => ({ ...i, ...deel }));
    zetApiVeldfouten({});
    zetOpgeslagen(null);
  };
  const wijzigAanvraag = (instrumentId: string, deel: Partial<typeof LEGE_AANVRAAG>): void => {
    zetInvoer((i) => ({
      ...i,
      aanvragen: { ...i.aanvragen, [instrumentId]: { ...(i.aanvragen[instrumentId] ?? LEGE_AANVRAAG), ...deel } },
    }));
    zetOpgeslagen(null);
  };
  const kies = (instrumentId: string, aan: boolean): void => {
    wijzig({ gekozen: aan ? [...invoer.gekozen, instrumentId] : invoer.gekozen.filter((g) => g !== instrumentId) });
  };

  const fouten = controleerVorm(invoer, geld);
  // Errors appear once a step is submitted, then follow the input: a corrected field loses its error.
  const zichtbareFouten: Veldfouten = {
    ...apiVeldfouten,
    ...Object.fromEntries(
      Object.keys(getoondeFouten)
        .filter((k) => fouten[k])
        .map((k) => [k, fouten[k]]),
    ),
  };

  /** The API's field paths mapped to this form's fields (issue 19: every refusal at its field). */
  const apiKaart = (delen: readonly string[]): FormVeld | null => {
    const [, veld, index, sub] = delen;
    const naam = (n: string): FormVeld => ({ naam: n, label: veldnamen[n] ?? 'Dit veld' });
    switch (veld) {
      case 'titel':
      case 'beschrijving':
      case 'startdatum':
      case 'einddatum':
        return naam(veld);
      case 'buurtIds':
      case 'schaal':
        return naam('buurt');
      case 'aanvragerSoort':
        return naam('aanvragersoort');
      case 'organisatieId':
        return naam('organisatie');
      case 'aantalBetrokkenBewoners':
        return naam('bewoners');
      case 'aanvragen': {
        const instrument = naarInput(invoer, geld).aanvragen[Number(index)]?.instrumentId;
        if (instrument && sub === 'gevraagdBedrag') {
          return naam(`gevraagd-${instrument}`);
        }
        if (instrument && sub === 'eigenBijdrage') {
          return naam(`eigen-${instrument}`);
        }
        return naam('menukaart');
      }
      default:
        return null;
    }
  };

  /** Shows an API refusal: at its fields (on the step they are on) and, if need be, above the form. */
  const toonApiFout = (e: unknown): void => {
    const r = leesbareFout(e, apiKaart);
    zetApiVeldfouten(r.perVeld);
    zetApiFout(r.algemeen);
    const velden = Object.keys(r.perVeld);
    if (velden.length > 0) {
      zetStap(foutenVanStap(r.perVeld, 1).length > 0 ? 1 : 2);
      focusEersteFout(r.perVeld, velden);
    }
  };
  const foutVan = (naam: string): string | undefined => zichtbareFouten[naam];

  /** Shows the step's format errors and focuses the first field with one; true when there are none. */
  const stapIsGoed = (s: 1 | 2): boolean => {
    const velden = foutenVanStap(fouten, s);
    const getoond = Object.fromEntries(velden.map((v) => [v, fouten[v]]));
    zetGetoondeFouten(getoond);
    if (velden.length > 0) {
      window.setTimeout(() => {
        document.querySelector<HTMLElement>(`[name="${velden[0]}"]`)?.focus();
      }, 0);
      return false;
    }
    return true;
  };

  const naarStap = (s: Stap): void => {
    zetApiFout(null);
    if (s > stap && !stapIsGoed(stap as 1 | 2)) {
      return;
    }
    if (s < stap) {
      zetGetoondeFouten({});
    }
    zetStap(s);
  };

  const bewaar = async (): Promise<string | null> => {
    zetApiFout(null);
    const alles = { ...fouten };
    if (Object.keys(alles).length > 0) {
      zetGetoondeFouten(alles);
      const eersteStap = foutenVanStap(alles, 1).length > 0 ? 1 : 2;
      zetStap(eersteStap);
      return null;
    }
    try {
      const { initiatiefOpslaan } = await vraag(OPSLAAN, { id, input: naarInput(invoer, geld) });
      zetId(initiatiefOpslaan.id);
      window.history.replaceState(null, '', href(`/idee/${initiatiefOpslaan.id}`));
      return initiatiefOpslaan.id;
    } catch (e) {
      toonApiFout(e);
      return null;
    }
  };

  const conceptOpslaan = async (): Promise<void> => {
    zetBezig(true);
    try {
      if (await bewaar()) {
        zetOpgeslagen(
          `Je concept is opgeslagen om ${datumTijd(new Date().toISOString()).replace(/^.* om /, '')}. Je kunt later verder via Mijn initiatieven.`,
        );
      }
    } finally {
      zetBezig(false);
    }
  };

  /** Sends the amended request; format errors first, like saving a draft. */
  const aanvullingVersturen = async (): Promise<void> => {
    zetApiFout(null);
    if (Object.keys(fouten).length > 0) {
      zetGetoondeFouten({ ...fouten });
      zetStap(foutenVanStap(fouten, 1).length > 0 ? 1 : 2);
      return;
    }
    zetBezig(true);
    try {
      const { aanvullingAanleveren } = await vraag(AANVULLEN, { id: aanvullenId!, input: naarInput(invoer, geld) });
      zetAangevuld(aanvullingAanleveren);
    } catch (e) {
      toonApiFout(e);
    } finally {
      zetBezig(false);
    }
  };

  const indienen = async (): Promise<void> => {
    if (aanvullenId) {
      return aanvullingVersturen();
    }
    zetBezig(true);
    try {
      const opgeslagenId = await bewaar();
      if (!opgeslagenId) {
        return;
      }
      const { initiatiefIndienen } = await vraag(INDIENEN, { id: opgeslagenId });
      zetIngediend(initiatiefIndienen);
    } catch (e) {
      toonApiFout(e);
    } finally {
      zetBezig(false);
    }
  };

  if (aangevuld) {
    return (
      <>
        <Heading1>{titel}</Heading1>
        <Alert type="ok">
          <Heading2 ref={stapKop} tabIndex={-1}>
            Je aanvulling is verstuurd
          </Heading2>
          <Paragraph>
            Bedankt! De gemeente behandelt je aanvraag <strong>{aangevuld.referentie}</strong> nu verder.
          </Paragraph>
        </Alert>
        <dl className="buurtwerk-feitenlijst">
          <dt>Status</dt>
          <dd>{statusnaam(aangevuld.status)}</dd>
          {aangevuld.beslissenUiterlijk && (
            <>
              <dt>Besluit uiterlijk</dt>
              <dd>{datum(aangevuld.beslissenUiterlijk)}</dd>
            </>
          )}
        </dl>
        <Paragraph>
          De beslistermijn loopt weer, verlengd met de dagen dat hij stilstond. Je volgt je aanvraag bij{' '}
          <AppLink naar="/mijn-initiatieven">Mijn initiatieven</AppLink>.
        </Paragraph>
      </>
    );
  }

  if (ingediend) {
    const nietVoldaan = ingediend.toetsresultaat?.bevindingen.some((b) => !b.voldaan) ?? false;
    return (
      <>
        <Heading1>Idee indienen</Heading1>
        <Alert type={nietVoldaan ? 'warning' : 'ok'}>
          <Heading2 ref={stapKop} tabIndex={-1}>
            {nietVoldaan ? 'Je idee is ingediend, maar voldoet niet aan alle regels' : 'Je idee is ingediend'}
          </Heading2>
          <Paragraph>
            Je aanvraag heeft kenmerk <strong>{ingediend.referentie}</strong>. Noem dit kenmerk als je contact opneemt met de
            gemeente.
          </Paragraph>
        </Alert>
        {nietVoldaan && ingediend.toetsresultaat && <NietVoldaan resultaat={ingediend.toetsresultaat} na />}
        <dl className="buurtwerk-feitenlijst">
          <dt>Status</dt>
          <dd>{statusnaam(ingediend.status)}</dd>
          {ingediend.ingediendOp && (
            <>
              <dt>Ontvangen op</dt>
              <dd>{datumTijd(ingediend.ingediendOp)}</dd>
            </>
          )}
          {ingediend.beslissenUiterlijk && (
            <>
              <dt>Besluit uiterlijk</dt>
              <dd>{datum(ingediend.beslissenUiterlijk)}</dd>
            </>
          )}
        </dl>
        {ingediend.toetsresultaat && (
          <section aria-labelledby="ingediend-toets">
            <Heading3 id="ingediend-toets">Controle bij ontvangst</Heading3>
            <Bevindingen resultaat={ingediend.toetsresultaat} />
          </section>
        )}
        <Paragraph>
          De gemeente neemt uiterlijk op de genoemde datum een besluit. Je volgt de status, termijnen en het besluit bij{' '}
          <AppLink naar="/mijn-initiatieven">Mijn initiatieven</AppLink>.
        </Paragraph>
      </>
    );
  }

  const gekozenRegelingen = [
    ...new Set(invoer.gekozen.map((g) => instrumenten.get(g)?.regeling?.id).filter((r): r is string => Boolean(r))),
  ]
    .map((r) => regelingen.get(r))
    .filter((r) => r !== undefined);
  const jaar = vandaag().slice(0, 4);
  /** On a phone in step 2: the first chosen instrument with an amount, where the live check goes. */
  const toetsBijBedrag = (smal && stap === 2 && invoer.gekozen.find((g) => geld.has(g))) || null;
  const buurtNaam = gegevens.buurten.find((b) => b.id === invoer.buurtId)?.naam;

  const instrumentKeuze = (i: Instrument) => {
    const aan = invoer.gekozen.includes(i.id);
    const a = invoer.aanvragen[i.id] ?? LEGE_AANVRAAG;
    const checkboxId = `instrument-${i.id}`;
    return (
      <div key={i.id} className="buurtwerk-keuze buurtwerk-blok">
        <Checkbox
          id={checkboxId}
          name={`instrument-${i.id}`}
          checked={aan}
          onChange={(e) => kies(i.id, e.target.checked)}
          aria-describedby={`${checkboxId}-uitleg`}
        />{' '}
        <FormLabel htmlFor={checkboxId} type="checkbox">
          {i.naam} <span className="buurtwerk-label">{instrumentsoort(i.soort)}</span>
        </FormLabel>
        <Paragraph className="buurtwerk-klein" id={`${checkboxId}-uitleg`}>
          {i.beschrijving}
          {i.voorwaarden ? ` Voorwaarden: ${i.voorwaarden}` : ''}
        </Paragraph>
        {aan && geld.has(i.id) && (
          <div className="buurtwerk-formulierrij">
            <FormFieldTextbox
              name={`gevraagd-${i.id}`}
              label="Gevraagd bedrag in euro’s"
              description="Bijvoorbeeld 250 of 12,50"
              inputMode="decimal"
              autoComplete="off"
              value={a.gevraagd}
              onChange={(e) => wijzigAanvraag(i.id, { gevraagd: (e.target as HTMLInputElement).value })}
              invalid={Boolean(foutVan(`gevraagd-${i.id}`))}
              errorMessage={foutVan(`gevraagd-${i.id}`)}
              size={12}
            />
            <FormFieldTextbox
              name={`eigen-${i.id}`}
              label="Eigen bijdrage in euro’s (niet verplicht)"
              description="Wat jullie zelf betalen of inbrengen"
              inputMode="decimal"
              autoComplete="off"
              value={a.eigen}
              onChange={(e) => wijzigAanvraag(i.id, { eigen: (e.target as HTMLInputElement).value })}
              invalid={Boolean(foutVan(`eigen-${i.id}`))}
              errorMessage={foutVan(`eigen-${i.id}`)}
              size={12}
            />
          </div>
        )}
        {aan && (
          <FormFieldTextarea
            name={`toelichting-${i.id}`}
            label={
              geld.has(i.id) ? 'Waaraan besteed je het geld? (niet verplicht)' : 'Wat heb je precies nodig? (niet verplicht)'
            }
            rows={2}
            value={a.toelichting}
            onChange={(e) => wijzigAanvraag(i.id, { toelichting: e.target.value })}
          />
        )}
      </div>
    );
  };

  return (
    <>
      <Heading1>{titel}</Heading1>
      {aanvulling ? (
        <Alert type="warning">
          <Heading2>De gemeente vraagt om aanvulling</Heading2>
          <Paragraph data-testid="aanvullingsverzoek">{aanvulling.verzoek}</Paragraph>
          <Paragraph>
            Pas je aanvraag {aanvulling.referentie} hieronder aan en verstuur de aanvulling
            {aanvulling.uiterlijk ? `, graag uiterlijk ${datum(aanvulling.uiterlijk)}` : ''}. Tot dan staat de beslistermijn stil.
          </Paragraph>
        </Alert>
      ) : (
        <Paragraph appearance="lead">
          Heb je een idee voor je buurt? Vertel wat je wilt doen en kies van de menukaart welke steun je nodig hebt. Je ziet
          meteen of je aanvraag aan de regels voldoet. Je kunt tussendoor een concept opslaan.
        </Paragraph>
      )}
      <Stappen stap={stap} />
      <div role="status">
        {opgeslagen && (
          <Alert type="ok">
            <Paragraph>{opgeslagen}</Paragraph>
          </Alert>
        )}
      </div>
      <Foutsamenvatting fouten={zichtbareFouten} labels={veldnamen} algemeen={apiFout} />
      <div className="buurtwerk-kolommen">
        <form
          noValidate
          aria-labelledby="stap-kop"
          onSubmit={(e) => {
            e.preventDefault();
            if (stap < 3) {
              naarStap((stap + 1) as Stap);
            } else {
              void indienen();
            }
          }}
        >
          <Heading2 id="stap-kop" ref={stapKop} tabIndex={-1}>
            Stap {stap} van 3: {STAPPEN[stap]}
          </Heading2>
          {stap === 1 && (
            <>
              <FormFieldTextbox
                name="titel"
                label="Titel van je idee"
                description="Kort en duidelijk, bijvoorbeeld “Straatfeest in de Voskuilenweg”"
                required
                maxLength={200}
                value={invoer.titel}
                onChange={(e) => wijzig({ titel: (e.target as HTMLInputElement).value })}
                invalid={Boolean(foutVan('titel'))}
                errorMessage={foutVan('titel')}
              />
              <FormFieldTextarea
                name="beschrijving"
                label="Beschrijving"
                description="Wat ga je doen, voor wie, en wat levert het de buurt op?"
                required
                rows={5}
                value={invoer.beschrijving}
                onChange={(e) => wijzig({ beschrijving: e.target.value })}
                invalid={Boolean(foutVan('beschrijving'))}
                errorMessage={foutVan('beschrijving')}
              />
              <FormField invalid={Boolean(foutVan('buurt'))}>
                <FormLabel htmlFor="idee-buurt">Buurt</FormLabel>
                {foutVan('buurt') && <FormFieldErrorMessage id="idee-buurt-fout">{foutVan('buurt')}</FormFieldErrorMessage>}
                <Select
                  id="idee-buurt"
                  name="buurt"
                  required
                  invalid={Boolean(foutVan('buurt'))}
                  aria-describedby={foutVan('buurt') ? 'idee-buurt-fout' : undefined}
                  value={invoer.buurtId}
                  onChange={(e) => wijzig({ buurtId: e.target.value })}
                >
                  <SelectOption value="">Kies een buurt</SelectOption>
                  {gegevens.buurten.map((b) => (
                    <SelectOption key={b.id} value={b.id}>
                      {b.naam} ({b.wijk.naam})
                    </SelectOption>
                  ))}
                </Select>
              </FormField>
              <fieldset
                className="buurtwerk-fieldset utrecht-form-field"
                aria-describedby={foutVan('aanvragersoort') ? 'aanvragersoort-fout' : undefined}
              >
                <legend className="utrecht-form-label">Wie doet de aanvraag?</legend>
                {foutVan('aanvragersoort') && (
                  <FormFieldErrorMessage id="aanvragersoort-fout">{foutVan('aanvragersoort')}</FormFieldErrorMessage>
                )}
                {(organisaties.length > 0 || invoer.aanvragerSoort === 'ORGANISATIE'
                  ? (['BEWONER', 'BEWONERSGROEP', 'ORGANISATIE'] as const)
                  : (['BEWONER', 'BEWONERSGROEP'] as const)
                ).map((s) => (
                  <div key={s} className="buurtwerk-keuze">
                    <RadioButton
                      id={`aanvrager-${s}`}
                      name="aanvragersoort"
                      value={s}
                      checked={invoer.aanvragerSoort === s}
                      invalid={Boolean(foutVan('aanvragersoort'))}
                      onChange={() => wijzig({ aanvragerSoort: s })}
                    />{' '}
                    <FormLabel htmlFor={`aanvrager-${s}`} type="radio">
                      {aanvragersoort(s)}
                    </FormLabel>
                  </div>
                ))}
                {organisaties.length > 0 ? (
                  <FormFieldDescription className="buurtwerk-klein">
                    Je kunt aanvragen namens de organisaties waaraan de gemeente je heeft gekoppeld.
                  </FormFieldDescription>
                ) : (
                  <FormFieldDescription className="buurtwerk-klein">
                    Vraag je aan namens een stichting of vereniging? Vraag dan je buurtregisseur om je aan die organisatie te
                    koppelen.
                  </FormFieldDescription>
                )}
              </fieldset>
              {invoer.aanvragerSoort === 'ORGANISATIE' && (
                <FormField invalid={Boolean(foutVan('organisatie'))}>
                  <FormLabel htmlFor="idee-organisatie">Namens welke organisatie?</FormLabel>
                  {foutVan('organisatie') && (
                    <FormFieldErrorMessage id="idee-organisatie-fout">{foutVan('organisatie')}</FormFieldErrorMessage>
                  )}
                  <Select
                    id="idee-organisatie"
                    name="organisatie"
                    required
                    invalid={Boolean(foutVan('organisatie'))}
                    aria-describedby={foutVan('organisatie') ? 'idee-organisatie-fout' : undefined}
                    value={invoer.organisatieId}
                    onChange={(e) => wijzig({ organisatieId: e.target.value })}
                  >
                    <SelectOption value="">Kies een organisatie</SelectOption>
                    {organisaties.map((o) => (
                      <SelectOption key={o.id} value={o.id}>
                        {o.naam}
                      </SelectOption>
                    ))}
                  </Select>
                </FormField>
              )}
              <fieldset className="buurtwerk-fieldset utrecht-form-field">
                <legend className="utrecht-form-label">Voor welk gebied is je idee?</legend>
                {(['BUURT', 'STADSDEEL', 'STAD'] as const).map((s) => (
                  <div key={s} className="buurtwerk-keuze">
                    <RadioButton
                      id={`schaal-${s}`}
                      name="schaal"
                      value={s}
                      checked={invoer.schaal === s}
                      onChange={() => wijzig({ schaal: s })}
                    />{' '}
                    <FormLabel htmlFor={`schaal-${s}`} type="radio">
                      {schaalnaam(s)}
                    </FormLabel>
                  </div>
                ))}
              </fieldset>
              <FormFieldTextbox
                name="bewoners"
                label="Hoeveel bewoners doen mee? (niet verplicht)"
                inputMode="numeric"
                size={8}
                value={invoer.aantalBewoners}
                onChange={(e) => wijzig({ aantalBewoners: (e.target as HTMLInputElement).value })}
                invalid={Boolean(foutVan('bewoners'))}
                errorMessage={foutVan('bewoners')}
              />
              <div className="buurtwerk-formulierrij">
                <FormFieldTextbox
                  name="startdatum"
                  type="date"
                  label="Startdatum (niet verplicht)"
                  value={invoer.startdatum}
                  onChange={(e) => wijzig({ startdatum: (e.target as HTMLInputElement).value })}
                  invalid={Boolean(foutVan('startdatum'))}
                  errorMessage={foutVan('startdatum')}
                />
                <FormFieldTextbox
                  name="einddatum"
                  type="date"
                  label="Einddatum (niet verplicht)"
                  value={invoer.einddatum}
                  onChange={(e) => wijzig({ einddatum: (e.target as HTMLInputElement).value })}
                  invalid={Boolean(foutVan('einddatum'))}
                  errorMessage={foutVan('einddatum')}
                />
              </div>
            </>
          )}
          {stap === 2 && (
            <fieldset
              className="buurtwerk-fieldset"
              aria-describedby={foutVan('menukaart') ? 'menukaart-fout' : 'menukaart-uitleg'}
            >
              <legend>
                <Heading3>De menukaart</Heading3>
              </legend>
              <Paragraph id="menukaart-uitleg">Kies wat je nodig hebt. Je kunt meer dan één vorm van steun kiezen.</Paragraph>
              {foutVan('menukaart') && <FormFieldErrorMessage id="menukaart-fout">{foutVan('menukaart')}</FormFieldErrorMessage>}
              {gegevens.menukaart.length === 0 && <Paragraph>De menukaart is nu leeg.</Paragraph>}
              {gegevens.menukaart.map((i) => (
                <Fragment key={i.id}>
                  {instrumentKeuze(i)}
                  {/* On a phone the live check stands right below the amount, not below the whole form. */}
                  {toetsBijBedrag === i.id && <LiveToets invoer={invoer} geld={geld} bijResultaat={zetToets} />}
                </Fragment>
              ))}
              {gekozenRegelingen.length > 0 && (
                <section aria-labelledby="regels-kop">
                  <Heading3 id="regels-kop">Regels die gelden</Heading3>
                  {gekozenRegelingen.map((r) => {
                    const plafond = r.plafonds.find((p) => p.periode === jaar && !p.stadsdeel);
                    return (
                      <div key={r.id}>
                        <Paragraph>
                          <strong>{r.naam}</strong>: {r.beschrijving}
                        </Paragraph>
                        <ul>
                          {r.maximumBedrag != null && <li>Je kunt hoogstens {euro(r.maximumBedrag)} vragen.</li>}
                          {r.voorwaarden.map((v) => (
                            <li key={v.code}>{v.omschrijving}</li>
                          ))}
                          <li>
                            De gemeente beslist binnen {r.beslistermijnWeken} weken na ontvangst
                            {r.besluitvorming === 'BUURTPANEL' ? '; een buurtpanel van bewoners beoordeelt je idee.' : '.'}
                          </li>
                          {r.verdeelmethode === 'VERGELIJKENDE_BEOORDELING' ? (
                            <li>
                              Dit is een tender (Awb 4:26): je kunt aanvragen van{' '}
                              {r.aanvraagperiodeVan ? datum(r.aanvraagperiodeVan) : 'nu'} tot en met{' '}
                              {r.aanvraagperiodeTot ? datum(r.aanvraagperiodeTot) : 'het einde van het jaar'}. Daarna vergelijkt
                              de gemeente alle aanvragen op deze punten (tussen haakjes hoe zwaar ze tellen):{' '}
                              {r.criteria.map((c) => `${c.omschrijving} (${c.gewicht})`).join('; ')}. De best beoordeelde
                              aanvragen krijgen geld tot het plafond op is
                              {r.gedeeltelijkToekennen
                                ? '; wie niet helemaal past, krijgt wat er over is'
                                : ', en alleen het hele bedrag'}
                              . Bij een gelijke score gaat de eerder volledige aanvraag voor; daarna beslist het lot.
                              {plafond && ` Plafond ${jaar}: ${euro(plafond.beschikbaar)} beschikbaar.`}
                            </li>
                          ) : (
                            plafond && (
                              <li>
                                Nog beschikbaar in {jaar}: {euro(plafond.beschikbaar)}. Aanvragen worden behandeld in volgorde van
                                binnenkomst.
                              </li>
                            )
                          )}
                        </ul>
                      </div>
                    );
                  })}
                </section>
              )}
            </fieldset>
          )}
          {stap === 3 && (
            <>
              <Paragraph>
                {aanvulling
                  ? 'Kijk of alles klopt. Na het versturen behandelt de gemeente je aangevulde aanvraag verder.'
                  : 'Kijk of alles klopt. Na het indienen kun je je aanvraag niet meer wijzigen.'}
              </Paragraph>
              {toets && toets.bevindingen.every((b) => b.voldaan) && (
                <Paragraph data-testid="alles-voldaan">
                  {toets.bevindingen.length === 0
                    ? 'Er gelden geen regels voor wat je kiest.'
                    : 'Je aanvraag voldoet aan alle regels die gelden.'}
                </Paragraph>
              )}
              {toets && <NietVoldaan resultaat={toets} />}
              <dl className="buurtwerk-feitenlijst">
                <dt>Titel</dt>
                <dd>{invoer.titel}</dd>
                <dt>Beschrijving</dt>
                <dd>{invoer.beschrijving}</dd>
                <dt>Buurt</dt>
                <dd>{buurtNaam ?? 'Niet gekozen'}</dd>
                <dt>Aanvrager</dt>
                <dd>
                  {invoer.aanvragerSoort === 'ORGANISATIE'
                    ? (organisaties.find((o) => o.id === invoer.organisatieId)?.naam ?? aanvragersoort(invoer.aanvragerSoort))
                    : aanvragersoort(invoer.aanvragerSoort)}
                </dd>
                <dt>Gebied</dt>
                <dd>{schaalnaam(invoer.schaal)}</dd>
                {invoer.aantalBewoners && (
                  <>
                    <dt>Bewoners</dt>
                    <dd>{invoer.aantalBewoners}</dd>
                  </>
                )}
                {(invoer.startdatum || invoer.einddatum) && (
                  <>
                    <dt>Wanneer</dt>
                    <dd>
                      {invoer.startdatum ? datum(invoer.startdatum) : '?'} tot {invoer.einddatum ? datum(invoer.einddatum) : '?'}
                    </dd>
                  </>
                )}
                <dt>Ondersteuning</dt>
                <dd>
                  <ul>
                    {naarInput(invoer, geld).aanvragen.map((a) => (
                      <li key={a.instrumentId}>
                        {instrumenten.get(a.instrumentId)?.naam}
                        {a.gevraagdBedrag != null ? `: gevraagd ${euro(a.gevraagdBedrag)}` : ''}
                        {a.eigenBijdrage != null ? `, eigen bijdrage ${euro(a.eigenBijdrage)}` : ''}
                      </li>
                    ))}
                  </ul>
                </dd>
              </dl>
            </>
          )}
          <div className="buurtwerk-knoppen">
            {stap > 1 && (
              <Button type="button" appearance="secondary-action-button" onClick={() => naarStap((stap - 1) as Stap)}>
                Vorige stap
              </Button>
            )}
            {stap < 3 ? (
              <Button type="submit" appearance="primary-action-button">
                Volgende stap
              </Button>
            ) : (
              <Button type="submit" appearance="primary-action-button" disabled={bezig}>
                {aanvulling ? 'Aanvulling versturen' : 'Idee indienen'}
              </Button>
            )}
            {!aanvulling && (
              <Button type="button" appearance="subtle-button" onClick={() => void conceptOpslaan()} disabled={bezig}>
                Concept opslaan
              </Button>
            )}
          </div>
        </form>
        {toetsBijBedrag === null && <LiveToets invoer={invoer} geld={geld} bijResultaat={zetToets} />}
      </div>
    </>
  );
}
