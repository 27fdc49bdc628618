import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormFieldTextbox,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { vraag } from '@web-gedeeld/api';
import { foutmelding, leesbareFout } from '@web-gedeeld/fouten';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';
import { type FormEvent, useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { BuurtportaalMijnVrijwilligersaanmeldingenQuery, VrijwilligersThema } from '../gql/graphql';
import { APP_NAAM } from '../naam';
import { wanneer } from '../opmaak';
import { THEMA, THEMAS, vrijwilligerStatus } from '../vrijwilligers-opmaak';
import { AFMELDEN, MIJN_AANMELDINGEN } from './vrijwilligerswerk';

const PROFIEL = graphql(`
  query BuurtportaalVrijwilligersprofiel {
    mijnVrijwilligersprofiel {
      interesses
      beschikbaarheid
      mailBijNieuweVerzoeken
      email
      buurten {
        id
      }
    }
    buurten {
      id
      naam
    }
  }
`);

const PROFIEL_OPSLAAN = graphql(`
  mutation BuurtportaalVrijwilligersprofielOpslaan($input: VrijwilligersprofielInput!) {
    vrijwilligersprofielOpslaan(input: $input) {
      mailBijNieuweVerzoeken
      email
    }
  }
`);

type Aanmelding = BuurtportaalMijnVrijwilligersaanmeldingenQuery['mijnVrijwilligersaanmeldingen'][number];

function Profiel() {
  const [buurten, zetBuurten] = useState<Array<{ id: string; naam: string }>>([]);
  const [interesses, zetInteresses] = useState<VrijwilligersThema[]>([]);
  const [buurtId, zetBuurtId] = useState('');
  const [beschikbaarheid, zetBeschikbaarheid] = useState('');
  const [mail, zetMail] = useState(false);
  const [melding, zetMelding] = useState<string | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  useEffect(() => {
    let actueel = true;
    vraag(PROFIEL)
      .then((d) => {
        if (!actueel) {
          return;
        }
        zetBuurten(d.buurten);
        const p = d.mijnVrijwilligersprofiel;
        if (p) {
          zetInteresses(p.interesses);
          zetBuurtId(p.buurten[0]?.id ?? '');
          zetBeschikbaarheid(p.beschikbaarheid ?? '');
          zetMail(p.mailBijNieuweVerzoeken);
        }
      })
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'Je profiel kon niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, []);
  const opslaan = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    zetFout(null);
    zetMelding(null);
    try {
      const { vrijwilligersprofielOpslaan: p } = await vraag(PROFIEL_OPSLAAN, {
        input: {
          interesses,
          buurtIds: buurtId ? [buurtId] : [],
          beschikbaarheid: beschikbaarheid.trim() || null,
          mailBijNieuweVerzoeken: mail,
        },
      });
      zetMelding(
        p.mailBijNieuweVerzoeken && p.email
          ? `Je profiel is opgeslagen. Nieuwe vragen die passen, mailen we naar ${p.email}.`
          : 'Je profiel is opgeslagen.',
      );
    } catch (e) {
      const r = leesbareFout(
        e,
        { mailBijNieuweVerzoeken: { naam: 'mail', label: 'Mail over nieuwe vragen' } },
        'Opslaan is niet gelukt.',
      );
      zetFout(r.perVeld.mail ?? r.algemeen ?? 'Opslaan is niet gelukt.');
    }
  };
  return (
    <form noValidate onSubmit={(e) => void opslaan(e)} aria-labelledby="profiel-kop" className="buurtwerk-blok">
      <Heading2 id="profiel-kop">Mijn vrijwilligersprofiel</Heading2>
      <Paragraph>Alleen jij ziet je profiel. Je kunt het altijd aanpassen.</Paragraph>
      <fieldset className="buurtwerk-fieldset utrecht-form-field">
        <legend className="utrecht-form-label">Waar heb je zin in?</legend>
        {THEMAS.map((t) => (
          <div key={t} className="buurtwerk-keuze">
            <Checkbox
              id={`interesse-${t}`}
              name={`interesse-${t}`}
              checked={interesses.includes(t)}
              onChange={(e) => zetInteresses((l) => (e.target.checked ? [...l, t] : l.filter((x) => x !== t)))}
            />{' '}
            <FormLabel htmlFor={`interesse-${t}`} type="checkbox">
              {THEMA[t]}
            </FormLabel>
          </div>
        ))}
      </fieldset>
      <FormField>
        <FormLabel htmlFor="profiel-buurt">In welke buurt?</FormLabel>
        <Select id="profiel-buurt" name="buurt" value={buurtId} onChange={(e) => zetBuurtId(e.target.value)}>
          <SelectOption value="">Heel Heerlen</SelectOption>
          {buurten.map((b) => (
            <SelectOption key={b.id} value={b.id}>
              {b.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormFieldTextbox
        name="beschikbaarheid"
        label="Wanneer kun je? (niet verplicht)"
        description="Bijvoorbeeld: zaterdagochtend, of doordeweeks na 18 uur."
        value={beschikbaarheid}
        onChange={(e) => zetBeschikbaarheid((e.target as HTMLInputElement).value)}
      />
      <div className="buurtwerk-keuze">
        <Checkbox id="profiel-mail" name="mail" checked={mail} onChange={(e) => zetMail(e.target.checked)} />{' '}
        <FormLabel htmlFor="profiel-mail" type="checkbox">
          Mail mij nieuwe vragen die bij mijn profiel passen
        </FormLabel>
      </div>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      {melding && (
        <Alert type="ok" role="status">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      <Button type="submit" appearance="primary-action-button">
        Profiel opslaan
      </Button>
    </form>
  );
}

/** A volunteer's own sign-ups (status, withdraw) and their light profile. */
export function MijnVrijwilligerswerkPagina() {
  usePaginatitel('Mijn vrijwilligerswerk', APP_NAAM);
  const [lijst, zetLijst] = useState<Aanmelding[] | null>(null);
  const [fout, zetFout] = useState<string | null>(null);
  const [teller, zetTeller] = useState(0);
  useEffect(() => {
    let actueel = true;
    vraag(MIJN_AANMELDINGEN)
      .then((d) => actueel && zetLijst(d.mijnVrijwilligersaanmeldingen))
      .catch((e: unknown) => actueel && zetFout(foutmelding(e, 'Je aanmeldingen konden niet worden geladen.')));
    return () => {
      actueel = false;
    };
  }, [teller]);
  const afmelden = async (id: string): Promise<void> => {
    try {
      await vraag(AFMELDEN, { id });
      zetTeller((t) => t + 1);
    } catch (e) {
      zetFout(foutmelding(e, 'Afmelden is niet gelukt.'));
    }
  };
  return (
    <>
      <Heading1>Mijn vrijwilligerswerk</Heading1>
      <Paragraph>
        Hier zie je waarvoor je je hebt aangemeld. <AppLink naar="/vrijwilligerswerk">Zoek vrijwilligerswerk</AppLink>
      </Paragraph>
      {fout && (
        <Alert type="error" role="alert">
          <Paragraph>{fout}</Paragraph>
        </Alert>
      )}
      <p role="status" className="buurtwerk-klein">
        {lijst === null
          ? 'Laden …'
          : lijst.length === 0
            ? 'Je hebt je nog nergens aangemeld.'
            : `${lijst.length} ${lijst.length === 1 ? 'aanmelding' : 'aanmeldingen'}.`}
      </p>
      {lijst?.map((a) => (
        <section key={a.id} className="buurtwerk-blok" aria-labelledby={`aanmelding-${a.id}`}>
          <Heading2 id={`aanmelding-${a.id}`}>
            <AppLink naar={`/vrijwilligerswerk/${a.verzoek.id}`}>{a.verzoek.titel}</AppLink>
          </Heading2>
          <dl className="buurtwerk-feitenlijst">
            <dt>Wie</dt>
            <dd>{a.verzoek.organisatorNaam}</dd>
            <dt>Wanneer</dt>
            <dd>{wanneer(a.verzoek.begin, a.verzoek.eind)}</dd>
            <dt>Waar</dt>
            <dd>{a.verzoek.locatie}</dd>
            <dt>Status</dt>
            <dd>
              <span className="buurtwerk-label">{vrijwilligerStatus(a.status, a.wachtlijstPositie ?? null, a.bevestigd)}</span>
            </dd>
          </dl>
          {a.status !== 'AFGEMELD' && (
            <Button type="button" appearance="secondary-action-button" onClick={() => void afmelden(a.id)}>
              Afmelden voor {a.verzoek.titel}
            </Button>
          )}
        </section>
      ))}
      <Profiel />
    </>
  );
}
