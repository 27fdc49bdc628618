import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Ik } from '@web-gedeeld/gebruiker';
import { APP_NAAM } from '../naam';
import { AppLink, usePaginatitel } from '@web-gedeeld/router';

export function OverzichtPagina({ ik }: { ik: Ik | null }) {
  usePaginatitel('Overzicht', APP_NAAM);
  return (
    <>
      <Heading1>Overzicht</Heading1>
      <Paragraph appearance="lead">Welkom{ik ? `, ${ik.naam}` : ''}. Hier regel je het buurtgericht werken in Heerlen.</Paragraph>
      <div className="buurtwerk-kolommen">
        <section className="buurtwerk-blok" aria-labelledby="werkvoorraad-kop">
          <Heading2 id="werkvoorraad-kop">Werkvoorraad</Heading2>
          <Paragraph>
            Ingediende initiatieven, de eerste beslistermijn bovenaan. Verlopen en bijna verlopen termijnen zijn gemarkeerd.
          </Paragraph>
          <Paragraph>
            <AppLink naar="/werkvoorraad">Naar de werkvoorraad</AppLink>
          </Paragraph>
        </section>
        <section className="buurtwerk-blok" aria-labelledby="buurten-kop">
          <Heading2 id="buurten-kop">Buurten</Heading2>
          <Paragraph>Alle 57 buurten met hun buurtregisseur en het aantal partnerorganisaties.</Paragraph>
          <Paragraph>
            <AppLink naar="/buurten">Naar de buurten</AppLink>
          </Paragraph>
        </section>
      </div>
    </>
  );
}
