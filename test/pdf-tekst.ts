/**
 * Reads a PDF with a real parser (pdfjs-dist, Mozilla's PDF.js) for tests: the text of every page
 * in reading order, the document info and whether it carries a structure tree (tagged PDF).
 * pdfjs-dist is an ES module; jest compiles the tests to CommonJS, so it is imported through a
 * function the compiler leaves alone (jest runs with --experimental-vm-modules).
 */
// A real ESM import, kept out of the CommonJS transform.
const importeer = new Function('s', 'return import(s)') as (s: string) => Promise<unknown>;

interface PdfJs {
  getDocument(opties: { data: Uint8Array; useSystemFonts?: boolean; isEvalSupported?: boolean }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getTextContent(): Promise<{ items: Array<{ str?: string; hasEOL?: boolean }> }>;
        getStructTree(): Promise<unknown>;
      }>;
      getMetadata(): Promise<{ info: Record<string, unknown> }>;
      destroy(): Promise<void>;
    }>;
  };
}

export async function leesPdf(
  inhoud: Buffer,
): Promise<{ tekst: string; info: Record<string, unknown>; xmp: string; getagd: boolean; paginas: number }> {
  const pdfjs = (await importeer('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(inhoud), isEvalSupported: false }).promise;
  const delen: string[] = [];
  let getagd = true;
  for (let n = 1; n <= doc.numPages; n++) {
    const pagina = await doc.getPage(n);
    const inhoudPagina = await pagina.getTextContent();
    delen.push(inhoudPagina.items.map((i) => `${i.str ?? ''}${i.hasEOL ? '\n' : ''}`).join(''));
    getagd = getagd && (await pagina.getStructTree()) !== null;
  }
  const meta = await doc.getMetadata();
  // The XMP packet is stored uncompressed (PDF/A asks that it be readable): read it from the bytes.
  const xmp = /<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/.exec(inhoud.toString('latin1'))?.[0] ?? '';
  const paginas = doc.numPages;
  await doc.destroy();
  // One space for every run of white space: a sentence may wrap over lines.
  return { tekst: delen.join('\n').replace(/\s+/g, ' '), info: meta.info, xmp, getagd, paginas };
}
