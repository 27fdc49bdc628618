import { Alert, Button, FormFieldTextarea, FormLabel, Heading2, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { datumTijd } from '@web-gedeeld/datum';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { Foutsamenvatting } from '@web-gedeeld/foutsamenvatting';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { RegiepaneelPaneladviesQuery } from '../gql/graphql';

const PANELADVIES = graphql(`
  query RegiepaneelPaneladvies($id: ID!) {
    panelstemming(initiatiefId: $id) {
      gesloten
      geslotenOp
      sluitOp
      aantalVoor
      aantalTegen
      aantalOnthouding
      advies
      adviesGevolgd
      overwegingen {
        keuze
        toelichting
      }
      verschoningen {
        persoon
      }
      panel {
        naam
        quorum
      }
    }
  }
`);

const BESLUIT_OP_ADVIES = graphql(`
  mutation RegiepaneelBesluitOpPaneladvies($initiatiefId: ID!, $uitkomst: BesluitUitkomst!, $afwijkingsreden: String) {
    besluitOpPaneladvies(initiatiefId: $initiatiefId, uitkomst: $uitkomst, afwijkingsreden: $afwijkingsreden) {
      id
      status
    }
  }
`);

type Stemming = NonNullable<RegiepaneelPaneladviesQuery['panelstemming']>;
type Uitkomst = 'TOEGEKEND' | 'AFGEWEZEN';

const KEUZE = { VOOR: 'Voor', TEGEN: 'Tegen', ONTHOUDING: 'Onthouding' } as const;
const LABELS = { uitkomst: 'Besluit', afwijkingsreden: 'Reden' };

/**
 * An initiative with a buurtpanel (issue 18): while the panel votes, when it closes; once it
 * advised, the decision on that advice, taken on behalf of the college. Following the advice is
 * the default; deviating asks for the weighty reason, which the API requires too.
 */
export function PaneladviesBesluit({
  initiatiefId,
  referentie,
  klaar,
}: {
  initiatiefId: string;
  referentie: string;
  klaar: () => void;
}) {
  const [s, zetS] = useState<Stemming | null>(null);
  const [laadfout, zetLaadfout] = useState<string | null>(null);
  const [uitkomst, zetUitkomst] = useState<Uitkomst | ''>('');
  const [reden, zetReden] = useState('');
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const [bevestigen, zetBevestigen] = useState(false);
  const dialoog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    let actueel = true;
    vraag(PANELADVIES, { id: initiatiefId })
      .then((d) => {
        if (!actueel) {
          return;
        }
        zetS(d.panelstemming ?? null);
        const advies = d.panelstemming?.advies;
        if (advies) {
          zetUitkomst(advies === 'POSITIEF' ? 'TOEGEKEND' : 'AFGEWEZEN');
        }
      })
      .catch((e: unknown) => actueel && zetLaadfout(foutmelding(e)));
    return () => {
      actueel = false;
    };
  }, [initiatiefId]);

  if (laadfout) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{laadfout}</Paragraph>
      </Alert>
    );
  }
  if (!s) {
    return <Paragraph role="status">Het advies van het buurtpanel laden …</Paragraph>;
  }
  if (!s.gesloten || !s.advies) {
    return (
      <div className="buurtwerk-blok">
        <Heading2>Bij het buurtpanel</Heading2>
        <Paragraph>
          {s.panel.naam} stemt tot {datumTijd(s.sluitOp)} (of tot alle leden hebben gestemd). Daarna neem je hier het besluit op
          het advies.
        </Paragraph>
      </div>
    );
  }
  const volgens: Uitkomst = s.advies === 'POSITIEF' ? 'TOEGEKEND' : 'AFGEWEZEN';
  const wijktAf = uitkomst !== '' && uitkomst !== volgens;

  const verstuur = (e: FormEvent): void => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (!uitkomst) {
      f.uitkomst = 'Kies toekennen of afwijzen.';
    }
    if (wijktAf && reden.trim().split(/\s+/).filter(Boolean).length < 3) {
      f.afwijkingsreden =
        'Je wijkt af van het advies van het buurtpanel. Schrijf in minstens één volledige zin welke zwaarwegende reden daarvoor is.';
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      document.querySelector<HTMLElement>(`main [name="${Object.keys(f)[0]}"]`)?.focus();
      return;
    }
    zetBevestigen(true);
    dialoog.current?.showModal();
  };

  const vastleggen = async (): Promise<void> => {
    dialoog.current?.close();
    zetBezig(true);
    try {
      await vraag(BESLUIT_OP_ADVIES, {
        initiatiefId,
        uitkomst: uitkomst as Uitkomst,
        afwijkingsreden: reden.trim() || null,
      });
      klaar();
    } catch (e) {
      const r = leesbareFout(e, {
        afwijkingsreden: { naam: 'afwijkingsreden', label: LABELS.afwijkingsreden },
        uitkomst: { naam: 'uitkomst', label: LABELS.uitkomst },
      });
      zetFouten(r.perVeld);
      zetFout(r.algemeen);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form noValidate onSubmit={verstuur} aria-labelledby="paneladvies-kop" className="buurtwerk-blok">
      <Heading2 id="paneladvies-kop">Besluit op het advies van {s.panel.naam}</Heading2>
      <Foutsamenvatting fouten={fouten} algemeen={fout} labels={LABELS} id="paneladvies-fouten" />
      <Paragraph>
        Het panel adviseert <strong>{s.advies === 'POSITIEF' ? 'positief (toekennen)' : 'negatief (afwijzen)'}</strong>:{' '}
        {s.aantalVoor} voor, {s.aantalTegen} tegen, {s.aantalOnthouding} onthouding (quorum {s.panel.quorum}).
        {s.verschoningen.length > 0 && ` Verschoond: ${s.verschoningen.map((v) => v.persoon).join(', ')}.`}
      </Paragraph>
      {s.overwegingen.length > 0 && (
        <>
          <Paragraph>Overwegingen van de leden (zonder namen):</Paragraph>
          <ul>
            {s.overwegingen.map((o, i) => (
              <li key={i}>
                {KEUZE[o.keuze]}: “{o.toelichting}”
              </li>
            ))}
          </ul>
        </>
      )}
      <Paragraph>
        Een buurtpanel adviseert; jij besluit namens het college van burgemeester en wethouders. Volg het advies, tenzij er
        zwaarwegende redenen zijn. De telling en de overwegingen komen in de motivering van het besluit.
      </Paragraph>
      <fieldset
        className="buurtwerk-fieldset utrecht-form-field"
        aria-describedby={fouten.uitkomst ? 'pa-uitkomst-fout' : undefined}
      >
        <legend className="utrecht-form-label">{LABELS.uitkomst}</legend>
        {fouten.uitkomst && (
          <p id="pa-uitkomst-fout" className="utrecht-form-field-error-message">
            {fouten.uitkomst}
          </p>
        )}
        {(['TOEGEKEND', 'AFGEWEZEN'] as const).map((u) => (
          <div key={u} className="buurtwerk-keuze">
            <RadioButton
              id={`pa-uitkomst-${u}`}
              name="uitkomst"
              value={u}
              checked={uitkomst === u}
              invalid={Boolean(fouten.uitkomst)}
              onChange={() => zetUitkomst(u)}
            />{' '}
            <FormLabel htmlFor={`pa-uitkomst-${u}`} type="radio">
              {u === 'TOEGEKEND' ? 'Toekennen' : 'Afwijzen'}
              {u === volgens ? ' (volgt het advies)' : ' (wijkt af van het advies)'}
            </FormLabel>
          </div>
        ))}
      </fieldset>
      <FormFieldTextarea
        name="afwijkingsreden"
        label={wijktAf ? 'Waarom wijk je af van het advies?' : 'Aanvullende toelichting (niet verplicht)'}
        description={
          wijktAf
            ? 'Verplicht: de zwaarwegende reden om af te wijken. De initiatiefnemer en het panel lezen haar in het besluit.'
            : 'Komt achter de overwegingen van het panel in de motivering.'
        }
        rows={3}
        value={reden}
        onChange={(e) => zetReden(e.target.value)}
        invalid={Boolean(fouten.afwijkingsreden)}
        errorMessage={fouten.afwijkingsreden}
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        Besluit vastleggen
      </Button>
      <dialog
        ref={dialoog}
        aria-labelledby="pa-bevestigen-kop"
        className="buurtwerk-dialoog"
        onClose={() => zetBevestigen(false)}
      >
        {bevestigen && (
          <>
            <Heading2 id="pa-bevestigen-kop">
              {uitkomst === 'TOEGEKEND' ? 'Toekennen vastleggen?' : 'Afwijzen vastleggen?'}
            </Heading2>
            <Paragraph>
              Je {uitkomst === 'TOEGEKEND' ? 'kent' : 'wijst'} {referentie} {uitkomst === 'TOEGEKEND' ? 'toe' : 'af'} namens het
              college, {wijktAf ? 'in afwijking van' : 'volgens'} het advies van {s.panel.naam}. Een besluit kun je niet
              terugdraaien.
            </Paragraph>
            <div className="buurtwerk-knoppen">
              <Button type="button" appearance="primary-action-button" onClick={() => void vastleggen()}>
                Ja, besluit vastleggen
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => dialoog.current?.close()} autoFocus>
                Nee, terug naar het formulier
              </Button>
            </div>
          </>
        )}
      </dialog>
    </form>
  );
}
