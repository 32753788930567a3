# DIRTY items for cards 46-60 (2 each): (category, value, place, full text of the line/block).
import random
from gen_sentences import gen_bsn, iban, group
_r = random.Random(6201)
_BSN = gen_bsn(_r); _BSNF = _BSN[:4] + '.' + _BSN[4:6] + '.' + _BSN[6:]
_IB = group(iban(_r, 'NL', 'RABO', 10))

DIRTY = [
 [('NAME', 'T. Koudijs', 'comment author', 'T. Koudijs'),
  ('ID_NUMBER', 'PL0600-2026441207', 'body (Zorgen)', 'Registratienummer mutatie: PL0600-2026441207')],
 [('NAME', 'Yordanos Tesfay', 'mail body', 'Beste voorzitter, de kaart van het gezin van Yordanos Tesfay zit in de bijlage. Groet, casemanager VT NOG'),
  ('PHONE', '06-19428837', 'body (Krachten)', 'Tolk van de Eritrese kerk (neef van moeder) is bereikbaar op 06-19428837.')],
 [('BIRTHDATE', '17-07-2025', 'cover value (Jeugdige)', 'geboortedatum S.: 17-07-2025'),
  ('ID_NUMBER', 'KVS-2025-204318', 'body (Patroon)', 'Dossier kindvolgsysteem: KVS-2025-204318')],
 [('NAME', 'Yara Al-Hariri', 'property (title)', 'Veiligheidskaart Yara Al-Hariri - Ede'),
  ('URL', 'https://www.tiktok.com/@y.alh_ede', 'body (Stem van de jeugdige)', 'Y. laat haar filmpjes zien op https://www.tiktok.com/@y.alh_ede en zegt dat vader dat niet mag weten.')],
 [('ADDRESS', 'Kanaal Zuid 480-C', 'header', 'GEZIN KANAAL ZUID 480-C - VERTROUWELIJK'.replace('KANAAL ZUID 480-C', 'Kanaal Zuid 480-C')),
  ('NAME', 'Nelleke Bolder', 'body (Krachten)', 'Oma Nelleke Bolder wordt door iedereen op de locatie gerespecteerd.')],
 [('EMAIL', 'kim.harderwijk09@gmail.com', 'comment text', 'M. wil zelf mailen met de gezinscoach via kim.harderwijk09@gmail.com, is dat goed?'),
  ('POSTCODE', '3844 KD', 'footer', 'Retour: 3844 KD Harderwijk')],
 [('NAME', 'Willempje', 'table row (Gezinssamenstelling)', '| zus Willempje | 2006 | uit huis, Vierhouten |'),
  ('BSN', _BSNF, 'tracked deletion', 'BSN C.: ' + _BSNF)],
 [('NAME', 'Wies Lapré', 'body (Krachten)', 'Oma Wies Lapré (Indisch, 82) is de rots in de branding.'),
  ('IBAN', _IB, 'body (Betrokken hulpverlening)', 'Bewindvoering: huur wordt betaald vanaf ' + _IB + '.')],
 [('NAME', 'Fortes', 'file name', 'VHK_Ede_I2011_Fortes_def.docx'),
  ('PHONE', '+238 991 45 27', 'body (Stem van ouders)', 'Vader wil dat de oma in Kaapverdië wordt gebeld: +238 991 45 27.')],
 [('NAME', 'Teuntje Blankespoor', 'mail subject', 'VHK gezin Teuntje Blankespoor Putten - graag bespreken'),
  ('ADDRESS', 'Voorthuizerstraat 88', 'body (Zorgen)', 'De woning aan de Voorthuizerstraat 88 is ernstig vervuild.')],
 [('NAME', 'Ayaan', 'body (Stem van de jeugdige)', 'Z. zegt dat haar vriendin Ayaan het ook weet.'),
  ('EMAIL', 'hawo.wezep@hotmail.com', 'body (Risicofactoren)', 'Moeder is alleen per mail bereikbaar: hawo.wezep@hotmail.com.')],
 [('NAME', 'Jacoba', 'alt text', 'Foto van Jacoba met de kinderen bij de kerk in Doornspijk.'),
  ('POSTCODE', '8085RT', 'mail body', 'Beste voorzitter, moeder en kinderen kunnen eventueel terecht bij haar zus (8085RT). Groet, gezinscoach Toegang Elburg')],
 [('URL', 'snapchat.com/add/lotje_hvk10', 'footnote', 'Account van L.: snapchat.com/add/lotje_hvk10 (melding bij de zedenpolitie).'),
  ('NAME', 'Kuiper', 'body (Zorgen)', '- De afperser heeft contact gezocht via een klasgenoot, de zoon van Kuiper uit de straat.')],
 [('ID_NUMBER', 'cliëntnr. SHL-0077412', 'property (company)', "'s Heeren Loo, cliëntnr. SHL-0077412"),
  ('BIRTHDATE', '03-05-2007', 'table row (Gezinssamenstelling)', '| J. | geb. 03-05-2007 | woongroep |')],
 [('BIRTHDATE', '2025-06-29', 'alt text', 'Röntgenfoto arm O. (geb. 2025-06-29)'),
  ('PHONE', '033-2771093', 'header', 'Bij vragen: grootouders 033-2771093')],
]
