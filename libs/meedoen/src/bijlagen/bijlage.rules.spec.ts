import { snuffel, veiligeBestandsnaam } from './bijlage.rules';

const zip = (...delen: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(delen.join(''), 'latin1')]);
const odf = (soort: string) => zip('\0'.repeat(26), `mimetypeapplication/vnd.oasis.opendocument.${soort}`);

describe('bijlageregels', () => {
  it.each([
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'image/jpeg'],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    ['WebP', Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'), 'image/webp'],
    ['PDF', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
    [
      'Word (docx)',
      zip('[Content_Types].xml', 'word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'Excel (xlsx)',
      zip('[Content_Types].xml', 'xl/workbook.xml'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['OpenDocument-tekst', odf('text'), 'application/vnd.oasis.opendocument.text'],
    ['OpenDocument-rekenblad', odf('spreadsheet'), 'application/vnd.oasis.opendocument.spreadsheet'],
  ])('herkent %s aan de inhoud', (_naam, inhoud, type) => {
    expect(snuffel(inhoud)?.inhoudstype).toBe(type);
  });

  it.each([
    ['HTML', Buffer.from('<html><script>alert(1)</script>')],
    ['SVG (kan scripts bevatten)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ['een kale ZIP', zip('iets.txt')],
    ['een oud Word-bestand (macro’s)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['een uitvoerbaar bestand', Buffer.from('MZ\x90\0', 'latin1')],
    ['leeg', Buffer.alloc(0)],
  ])('weigert %s', (_naam, inhoud) => {
    expect(snuffel(inhoud)).toBeNull();
  });

  it.each([
    ['foto.jpg', 'jpg', 'foto.jpg'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['C:\\Users\\piet\\plan.docx', 'docx', 'plan.docx'],
    ['.htaccess', 'pdf', 'bijlage.pdf'],
    ['<script>x</script>.pdf', 'pdf', 'script.pdf'],
    ['foto.php.jpg', 'jpg', 'foto.php.jpg'],
    [undefined, 'png', 'bijlage.png'],
    ['a'.repeat(300), 'pdf', `${'a'.repeat(80)}.pdf`],
  ])('maakt van de naam %s een veilige naam', (ruw, ext, verwacht) => {
    expect(veiligeBestandsnaam(ruw, ext)).toBe(verwacht);
  });
});
