import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { AppLink, usePaginatitel } from '../router';

export function NietGevondenPagina({ appNaam, terug }: { appNaam: string; terug: string }) {
  usePaginatitel('Pagina niet gevonden', appNaam);
  return (
    <>
      <Heading1>Pagina niet gevonden</Heading1>
      <Paragraph>
        Deze pagina bestaat niet (meer). <AppLink naar="/">{terug}</AppLink>.
      </Paragraph>
    </>
  );
}
