import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { datum, datumTijd } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { euro } from '@web-gedeeld/geld';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalMijnPanelstemmingenQuery, Stemkeuze } from '../gql/graphql';
import { APP_NAAM } from '../naam';

/** What is before the signed-in resident as a member of a buurtpanel: the open votes of their panels. */
const MIJN_STEMMINGEN = graphql(`
  query BuurtportaalMijnPanelstemmingen {
    mijnPanelstemmingen {
      sluitOp
      mijnStem {
        keuze
        toelichting
        uitgebrachtOp
      }
      panel {
        naam
        quorum
        aantalLeden
      }
      initiatief {
        id
        referentie
        titel
        beschrijving
        startdatum
        einddatum
        aantalBetrokkenBewoners
        buurten {
          naam
        }
        aanvragen {
          id
          gevraagdBedrag
          instrument {
            naam
          }
          regeling {
            naam
          }
        }
      }
    }
  }
`);

const STEMMEN = graphql(`
  mutation BuurtportaalPanelStem($initiatiefId: ID!, $keuze: Stemkeuze!, $toelichting: String) {
    panelStemUitbrengen(initiatiefId: $initiatiefId, keuze: $keuze, toelichting: $toelichting) {
      gesloten
      mijnStem {
        keuze
        toelichting
        uitgebrachtOp
      }
    }
  }
`);

type Stemming = BuurtportaalMijnPanelstemmingenQuery['mijnPanelstemmingen'][number];

const KEUZES: ReadonlyArray<{ waarde: Stemkeuze; tekst: string }> = [
  { waarde: 'VOOR', tekst: 'Voor: de gemeente kan dit toekennen' },
  { waarde: 'TEGEN', tekst: 'Tegen: de gemeente kan dit beter afwijzen' },
  { waarde: 'ONTHOUDING', tekst: 'Ik onthoud me van stemmen' },
];
const KEUZE_KORT: Record<Stemkeuze, string> = { VOOR: 'voor', TEGEN: 'tegen', ONTHOUDING: 'onthouding' };

/** The same rule as the API (panelredenFout): a few real words, so the advice can carry them. */
function redenFout(tekst: string): string | null {
  const schoon = tekst.trim().replace(/\s+/g, ' ');
  if (schoon.length > 2000) {
    return 'Je reden mag hoogstens 2000 tekens zijn.';
  }
  const woorden = new Set(schoon.toLocaleLowerCase('nl').match(/\p{L}{2,}/gu) ?? []);
  return schoon.length >= 10 && woorden.size >= 2 ? null : 'Schrijf in een paar woorden waarom je zo stemt (minstens 10 tekens).';
}

function StemFormulier({ s, bijGestemd }: { s: Stemming; bijGestemd: (gesloten: boolean) => void }) {
  const basis = `stem-${s.initiatief.id}`;
  const [keuze, zetKeuze] = useState<Stemkeuze | ''>(s.mijnStem?.keuze ?? '');
  const [reden, zetReden] = useState(s.mijnStem?.toelichting ?? '');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const [bevestigd, zetBevestigd] = useState<string | null>(null);

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    zetBevestigd(null);
    const f: Record<string, string> = {};
    if (!keuze) {
      f[`${basis}-keuze`] = 'Kies voor, tegen of onthouding.';
    }
    const r = redenFout(reden);
    if (r) {
      f[`${basis}-reden`] = r;
    }
    zetFouten(f);
    if (Object.keys(f).length > 0 || !keuze) {
      document.querySelector<HTMLElement>(`main [name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    zetBezig(true);
    try {
      const { panelStemUitbrengen } = await vraag(STEMMEN, {
        initiatiefId: s.initiatief.id,
        keuze,
        toelichting: reden.trim(),
      });
      zetBevestigd(
        `Je stem (${KEUZE_KORT[keuze]}) is opgeslagen${panelStemUitbrengen.gesloten ? ' en de stemming is gesloten: iedereen heeft gestemd' : '; je kunt hem wijzigen zolang de stemming open is'}.`,
      );
      bijGestemd(panelStemUitbrengen.gesloten);
    } catch (err) {
      const l = leesbareFout(
        err,
        {
          toelichting: { naam: `${basis}-reden`, label: 'Waarom stem je zo?' },
          keuze: { naam: `${basis}-keuze`, label: 'Je stem' },
        },
        'Je stem is niet opgeslagen.',
      );
      zetFouten(l.perVeld);
      zetFout(l.algemeen);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-label={`Stemmen over ${s.initiatief.titel}`}>
      <Foutsamenvatting
        id={`${basis}-samenvatting`}
        fouten={fouten}
        algemeen={fout}
        labels={{ [`${basis}-keuze`]: 'Je stem', [`${basis}-reden`]: 'Waarom stem je zo?' }}
      />
      {bevestigd && (
        <Alert type="ok" role="status">
          <Paragraph>{bevestigd}</Paragraph>
        </Alert>
      )}
      <Fieldset invalid={Boolean(fouten[`${basis}-keuze`])} aria-describedby={`${basis}-keuze-fout`}>
        <FieldsetLegend>Je stem</FieldsetLegend>
        {fouten[`${basis}-keuze`] && (
          <FormFieldErrorMessage id={`${basis}-keuze-fout`}>{fouten[`${basis}-keuze`]}</FormFieldErrorMessage>
        )}
        {KEUZES.map((k, i) => (
          <FormField type="radio" key={k.waarde}>
            <RadioButton
              id={`${basis}-${k.waarde}`}
              // The first option carries the group's name for the summary's link (focus lands there).
              name={`${basis}-keuze`}
              value={k.waarde}
              checked={keuze === k.waarde}
              onChange={() => zetKeuze(k.waarde)}
              invalid={Boolean(fouten[`${basis}-keuze`]) && i === 0}
            />
            <FormLabel htmlFor={`${basis}-${k.waarde}`} type="radio">
              {k.tekst}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <FormField invalid={Boolean(fouten[`${basis}-reden`])}>
        <FormLabel htmlFor={`${basis}-reden`}>Waarom stem je zo?</FormLabel>
        <FormFieldDescription id={`${basis}-reden-uitleg`}>
          Je reden gaat zonder je naam mee in het advies van het panel aan de gemeente, en staat in de motivering van het besluit.
          Niemand ziet hoe jij hebt gestemd.
        </FormFieldDescription>
        {fouten[`${basis}-reden`] && (
          <FormFieldErrorMessage id={`${basis}-reden-fout`}>{fouten[`${basis}-reden`]}</FormFieldErrorMessage>
        )}
        <Textarea
          id={`${basis}-reden`}
          name={`${basis}-reden`}
          rows={3}
          value={reden}
          invalid={Boolean(fouten[`${basis}-reden`])}
          aria-describedby={[`${basis}-reden-uitleg`, fouten[`${basis}-reden`] ? `${basis}-reden-fout` : '']
            .filter(Boolean)
            .join(' ')}
          onChange={(e) => zetReden(e.target.value)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={bezig} aria-disabled={bezig}>
        {s.mijnStem ? 'Stem wijzigen' : 'Stem uitbrengen'}
      </Button>
    </form>
  );
}

function StemmingKaart({ s, bijGestemd }: { s: Stemming; bijGestemd: (gesloten: boolean) => void }) {
  const i = s.initiatief;
  const kop = `stemming-${i.id}`;
  const totaal = i.aanvragen.reduce((som, a) => som + (a.gevraagdBedrag ?? 0), 0);
  return (
    <section className="buurtwerk-blok" aria-labelledby={kop}>
      <Heading2 id={kop}>{i.titel}</Heading2>
      <dl className="buurtwerk-feitenlijst">
        <dt>Kenmerk</dt>
        <dd>{i.referentie}</dd>
        <dt>Panel</dt>
        <dd>
          {s.panel.naam} ({s.panel.aantalLeden} leden; minstens {s.panel.quorum} stemmen nodig voor een advies)
        </dd>
        <dt>Stemmen kan tot</dt>
        <dd>{datumTijd(s.sluitOp)}</dd>
        <dt>Buurt</dt>
        <dd>{i.buurten.map((b) => b.naam).join(', ')}</dd>
        {i.startdatum && (
          <>
            <dt>Wanneer</dt>
            <dd>
              {datum(i.startdatum)}
              {i.einddatum && i.einddatum !== i.startdatum ? ` tot en met ${datum(i.einddatum)}` : ''}
            </dd>
          </>
        )}
        {i.aantalBetrokkenBewoners !== null && i.aantalBetrokkenBewoners !== undefined && (
          <>
            <dt>Betrokken bewoners</dt>
            <dd>{i.aantalBetrokkenBewoners}</dd>
          </>
        )}
        <dt>Gevraagd</dt>
        <dd>
          {euro(totaal)}
          {i.aanvragen.length > 0 &&
            ` (${i.aanvragen.map((a) => `${a.instrument.naam}${a.regeling ? `, regeling ${a.regeling.naam}` : ''}`).join('; ')})`}
        </dd>
        <dt>Het plan</dt>
        <dd>{i.beschrijving}</dd>
      </dl>
      {s.mijnStem && (
        <Paragraph>
          Je stemde {KEUZE_KORT[s.mijnStem.keuze]} op {datumTijd(s.mijnStem.uitgebrachtOp)}. Je kunt je stem wijzigen zolang de
          stemming open is.
        </Paragraph>
      )}
      <Paragraph className="buurtwerk-klein">
        Heb je zelf een belang bij dit plan (bijvoorbeeld familie of een vereniging waarin je actief bent)? Stem dan niet en meld
        het de gemeente: je verschoont je, en je stem telt niet mee.
      </Paragraph>
      <StemFormulier s={s} bijGestemd={bijGestemd} />
    </section>
  );
}

/**
 * The panel member's voting screen (issue 19, point 5): the initiatives put to their panel, the
 * facts, and a vote with a reason. The panel advises; the municipality decides (issue 18).
 */
export function MijnPanelPagina() {
  usePaginatitel('Mijn buurtpanel', APP_NAAM);
  const [lijst, zetLijst] = useState<Stemming[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);

  useEffect(() => {
    let actueel = true;
    vraag(MIJN_STEMMINGEN)
      .then((d) => actueel && zetLijst(d.mijnPanelstemmingen))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e)));
    return () => {
      actueel = false;
    };
  }, []);

  return (
    <>
      <Heading1>Mijn buurtpanel</Heading1>
      <Paragraph appearance="lead">
        Als lid van een buurtpanel geef je de gemeente advies over kleine plannen van bewoners in je buurt. Je stemt voor of tegen
        en zegt waarom. De gemeente neemt het besluit en volgt het advies, tenzij daar zwaarwegende redenen voor zijn; die staan
        dan in het besluit.
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {lijst === null && !fout && <Paragraph role="status">Laden …</Paragraph>}
      {lijst !== null && lijst.length === 0 && (
        <Paragraph role="status">
          Er liggen nu geen plannen bij jouw panel. Ben je geen lid van een buurtpanel? Dan staat hier niets. Kijk bij{' '}
          <AppLink naar="/">Vind je buurt</AppLink> wat er in je buurt gebeurt.
        </Paragraph>
      )}
      {lijst?.map((s) => (
        // A vote that closed stays on the page with its confirmation until the next visit.
        <StemmingKaart key={s.initiatief.id} s={s} bijGestemd={() => undefined} />
      ))}
    </>
  );
}
