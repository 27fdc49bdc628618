/**
 * Staff acts on the decision term in the file (issue 17): go on without an aanvulling or not handle
 * the request (Awb 4:5), delay the decision (Awb 4:14), decide on the penalty (Awb 4:18). The API
 * checks every rule; these forms only say what each act means and show its refusal at the field.
 */
import {
  Alert,
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Heading2,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { focusEersteFout, leesbareFout } from '@web-gedeeld/fouten';
import { datum } from '@web-gedeeld/datum';
import { euro } from '@web-gedeeld/geld';
import { type FormEvent, useState } from 'react';
import { graphql } from '../gql';

const DOORGAAN = graphql(`
  mutation RegiepaneelDoorgaanZonderAanvulling($id: ID!, $reden: String!) {
    doorgaanZonderAanvulling(id: $id, reden: $reden) {
      id
      status
    }
  }
`);

const BUITEN_BEHANDELING = graphql(`
  mutation RegiepaneelBuitenBehandeling($id: ID!, $motivering: String!) {
    buitenBehandelingStellen(id: $id, motivering: $motivering) {
      id
      status
    }
  }
`);

const VERDAGEN = graphql(`
  mutation RegiepaneelVerdagen($id: ID!, $nieuweTermijn: Date!, $motivering: String!) {
    beslistermijnVerdagen(id: $id, nieuweTermijn: $nieuweTermijn, motivering: $motivering) {
      id
      beslissenUiterlijk
    }
  }
`);

const DWANGSOM = graphql(`
  mutation RegiepaneelDwangsomVaststellen($id: ID!, $verschuldigd: Boolean!, $motivering: String!) {
    dwangsomVaststellen(id: $id, verschuldigd: $verschuldigd, motivering: $motivering) {
      id
    }
  }
`);

/** What these acts need of the file (a subset of the dossier query). */
export interface TermijnDossier {
  id: string;
  status: string;
  beslissenUiterlijk?: string | null;
  aanvullenUiterlijk?: string | null;
  dwangsom?: {
    fase: string;
    dagen: number;
    bedrag: number;
    vaststellenUiterlijk?: string | null;
    besluit?: { bedrag: number } | null;
  } | null;
}

interface Veld {
  naam: string;
  label: string;
  beschrijving: string;
}

/** One act: a reason (and optionally a date), a button, the refusal at its field. */
function Handeling({
  id,
  kop,
  uitleg,
  tekstveld,
  datumveld,
  keuze,
  knop,
  uitvoeren,
  klaar,
}: {
  id: string;
  kop: string;
  uitleg: string;
  tekstveld: Veld;
  datumveld?: Veld;
  keuze?: { label: string; ja: string; nee: string };
  knop: string;
  uitvoeren: (tekst: string, datum: string, ja: boolean) => Promise<unknown>;
  klaar: (melding: string) => void;
}) {
  const [tekst, zetTekst] = useState('');
  const [datumTekst, zetDatumTekst] = useState('');
  const [ja, zetJa] = useState(true);
  const [fouten, zetFouten] = useState<Record<string, string>>({});
  const [fout, zetFout] = useState<string | null>(null);
  const [bezig, zetBezig] = useState(false);
  const kaart = {
    [tekstveld.naam]: { naam: tekstveld.naam, label: tekstveld.label },
    ...(datumveld ? { [datumveld.naam]: { naam: datumveld.naam, label: datumveld.label } } : {}),
  };

  const verstuur = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    const f: Record<string, string> = {};
    if (tekst.trim() === '') {
      f[tekstveld.naam] = `Vul de ${tekstveld.label.toLowerCase()} in.`;
    }
    if (datumveld && datumTekst.trim() === '') {
      f[datumveld.naam] = `Vul de ${datumveld.label.toLowerCase()} in.`;
    }
    zetFouten(f);
    if (Object.keys(f).length > 0) {
      focusEersteFout(f, [tekstveld.naam, datumveld?.naam ?? '']);
      return;
    }
    zetBezig(true);
    try {
      await uitvoeren(tekst.trim(), datumTekst.trim(), ja);
      zetTekst('');
      zetDatumTekst('');
      klaar(`${kop}: vastgelegd.`);
    } catch (err) {
      const r = leesbareFout(err, kaart);
      zetFouten(r.perVeld);
      zetFout(r.algemeen ?? 'Dit is niet vastgelegd. Kijk bij de gemarkeerde velden.');
      focusEersteFout(r.perVeld, [tekstveld.naam, datumveld?.naam ?? '']);
    } finally {
      zetBezig(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void verstuur(e)} aria-labelledby={`${id}-kop`} className="buurtwerk-blok">
      <Heading2 id={`${id}-kop`}>{kop}</Heading2>
      <Paragraph>{uitleg}</Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {keuze && (
        <fieldset className="buurtwerk-fieldset utrecht-form-field">
          <legend className="utrecht-form-label">{keuze.label}</legend>
          {[true, false].map((waarde) => (
            <div key={String(waarde)} className="buurtwerk-keuze">
              <RadioButton
                id={`${id}-${String(waarde)}`}
                name={`${id}-keuze`}
                checked={ja === waarde}
                onChange={() => zetJa(waarde)}
              />{' '}
              <FormLabel htmlFor={`${id}-${String(waarde)}`} type="radio">
                {waarde ? keuze.ja : keuze.nee}
              </FormLabel>
            </div>
          ))}
        </fieldset>
      )}
      {datumveld && (
        <FormFieldTextbox
          name={datumveld.naam}
          label={datumveld.label}
          description={datumveld.beschrijving}
          type="date"
          value={datumTekst}
          onChange={(e) => zetDatumTekst((e.target as HTMLInputElement).value)}
          invalid={Boolean(fouten[datumveld.naam])}
          errorMessage={fouten[datumveld.naam]}
        />
      )}
      <FormFieldTextarea
        name={tekstveld.naam}
        label={tekstveld.label}
        description={tekstveld.beschrijving}
        rows={3}
        value={tekst}
        onChange={(e) => zetTekst(e.target.value)}
        invalid={Boolean(fouten[tekstveld.naam])}
        errorMessage={fouten[tekstveld.naam]}
      />
      <Button type="submit" appearance="primary-action-button" disabled={bezig}>
        {knop}
      </Button>
    </form>
  );
}

const OPEN = ['INGEDIEND', 'IN_BEHANDELING', 'BIJ_BUURTPANEL'];

/** The acts this file allows today; the API refuses anything else with the reason. */
export function Termijnhandelingen({
  d,
  vandaag,
  klaar,
}: {
  d: TermijnDossier;
  vandaag: string;
  klaar: (melding: string) => void;
}) {
  const aanvullingVerlopen = d.status === 'AANVULLING_GEVRAAGD' && !!d.aanvullenUiterlijk && d.aanvullenUiterlijk < vandaag;
  const dwangsomVaststellen = d.dwangsom && d.dwangsom.fase === 'GESTOPT' && d.dwangsom.dagen > 0 && !d.dwangsom.besluit;
  return (
    <>
      {d.status === 'AANVULLING_GEVRAAGD' && (
        <Handeling
          id="doorgaan"
          kop="Verder zonder aanvulling"
          uitleg="Behandel de aanvraag verder met wat in het dossier staat. De beslistermijn loopt vanaf vandaag weer (Awb 4:15). De initiatiefnemer krijgt je reden per mail."
          tekstveld={{ naam: 'reden', label: 'Reden', beschrijving: 'Waarom kan de aanvraag zonder de aanvulling verder?' }}
          knop="Verder behandelen"
          uitvoeren={(reden) => vraag(DOORGAAN, { id: d.id, reden })}
          klaar={klaar}
        />
      )}
      {aanvullingVerlopen && (
        <Handeling
          id="buiten-behandeling"
          kop="Buiten behandeling stellen"
          uitleg={`De aanvullingstermijn liep tot en met ${datum(d.aanvullenUiterlijk!)} en is ongebruikt verstreken. Je kunt besluiten de aanvraag niet te behandelen (Awb 4:5). Dit is een besluit: de initiatiefnemer krijgt je motivering en kan bezwaar maken; de reservering in het plafond vervalt.`}
          tekstveld={{
            naam: 'motivering',
            label: 'Motivering',
            beschrijving: 'Welke gegevens ontbreken en waarom kan de aanvraag daardoor niet worden beoordeeld?',
          }}
          knop="Buiten behandeling stellen"
          uitvoeren={(motivering) => vraag(BUITEN_BEHANDELING, { id: d.id, motivering })}
          klaar={klaar}
        />
      )}
      {OPEN.includes(d.status) && d.beslissenUiterlijk && d.beslissenUiterlijk >= vandaag && (
        <Handeling
          id="verdagen"
          kop="Beslistermijn verdagen"
          uitleg={`Lukt het niet om uiterlijk ${datum(d.beslissenUiterlijk)} te beslissen? Laat het de initiatiefnemer vóór die dag weten, met een zo kort mogelijke nieuwe termijn (hoogstens 8 weken later) en de reden (Awb 4:14). De initiatiefnemer krijgt een mail.`}
          datumveld={{ naam: 'nieuweTermijn', label: 'Nieuwe termijn', beschrijving: 'De dag waarop je uiterlijk beslist.' }}
          tekstveld={{ naam: 'motivering', label: 'Reden', beschrijving: 'Waarom lukt beslissen niet op tijd?' }}
          knop="Verdagen"
          uitvoeren={(motivering, nieuweTermijn) => vraag(VERDAGEN, { id: d.id, motivering, nieuweTermijn })}
          klaar={klaar}
        />
      )}
      {dwangsomVaststellen && (
        <Handeling
          id="dwangsom"
          kop="Dwangsom vaststellen"
          uitleg={`De gemeente was in gebreke; de dwangsom is gestopt na ${d.dwangsom!.dagen} dagen: ${euro(d.dwangsom!.bedrag)} (Awb 4:17). Stel hem vast${d.dwangsom!.vaststellenUiterlijk ? ` uiterlijk ${datum(d.dwangsom!.vaststellenUiterlijk)}` : ''} (Awb 4:18).`}
          keuze={{ label: 'Is de dwangsom verschuldigd?', ja: `Ja, ${euro(d.dwangsom!.bedrag)}`, nee: 'Nee (Awb 4:17 lid 3)' }}
          tekstveld={{
            naam: 'motivering',
            label: 'Motivering',
            beschrijving: 'De initiatiefnemer leest dit in het besluit over de dwangsom.',
          }}
          knop="Dwangsom vaststellen"
          uitvoeren={(motivering, _datum, verschuldigd) => vraag(DWANGSOM, { id: d.id, verschuldigd, motivering })}
          klaar={klaar}
        />
      )}
    </>
  );
}
