import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { APP_NAAM } from '../naam';
import { AppLink, usePaginatitel } from '../router';

export function NietGevondenPagina() {
  usePaginatitel('Pagina niet gevonden', APP_NAAM);
  return (
    <>
      <Heading1>Pagina niet gevonden</Heading1>
      <Paragraph>
        Deze pagina bestaat niet (meer). <AppLink naar="/">Ga naar het overzicht</AppLink>.
      </Paragraph>
    </>
  );
}
