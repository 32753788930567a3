# Other BLOCK lines. «…» marks spans. {BSN:fmt} and {IBAN:cc:bank} are filled in by gen_sentences.py.
BIRTHDATE = r"""
Jeugdige: S. («12-03-2011»)
geb. «04-07-2014» te Hilversum
S. is geboren op «17 februari 2011» in het AMC
D.o.b. child: «March 3rd, 2012»
dob «2013-09-22» (according to the Ukrainian passport)
GEBOREN «29.11.2010» TE KHARKIV
broertje N. (geb. «8-1-'19») slaapt bij moeder
moeder is geboren op «23 augustus 1984»
Geboortedatum vader: «19/05/1979»
jeugdige werd op «1 mei 2012» in Tergooi Blaricum geboren
| T. | «30-06-2015» | woont op de boot |
verjaardag Y. valt op de omgangsdag: hij is geboren op «14-10-2014»
Date de naissance : «5 juin 2013»
J. (2011) -> correctie: J. is van «11-11-2011»
geb.dat. oudste: «20100314»
M. werd «2 jan. 2016» geboren, 6 weken te vroeg
Zoon (geboren «3-8-2009») is net 17 geworden
Born «12/24/2012» in London, moved to Laren in 2019
""".strip('\n').split('\n')

ID_NUMBER = r"""
Zaaknummer rechtbank (gezin): «C/16/571234 / FA RK 26-1187»
cliëntnummer Tergooi MC: «7734 1029 55»
Raad: rekestnummer «R26.0412.881» (dossier kind)
JBRA dossiernummer «JB-2026-114573»
Oekraïens paspoort moeder: «FX 481203»
V-nummer moeder: «V-3381902714»
Leerlingnummer Comenius: «LL2026-08843»
patiëntnr. GGZ Centraal «P00987341»
Ticket Veilig Thuis meldingsnummer kind «VT-GV-26-08713»
rijbewijsnummer vader: «5812347790»
ID-card (French) mother: «X4RT82KL9»
huurcontract Dudok Wonen, huurdernummer «HN-0045517»
klantnummer Sociaal Plein: «SP/2026/30417»
BRP-verificatie mislukt, documentnummer «NXK7P2R19»
""".strip('\n').split('\n')

ADDRESS = r"""
moeder woont nu op de «Kerklaan 41-B», Hilversum
vader is verhuisd naar de «Naarderstraat 212» in Hilversum
de woonboot ligt aan de «Vreelandseweg 7 ark»
WOONADRES: «LIEBERGERWEG 88 II», HILVERSUM
adres oma: «Eemnesserweg 3a», Laren
de vergadering was bij vader thuis, «Prins Hendriklaan 19», Bussum
Adresse du père : «Brediusweg 54», Bussum
Ukrainian family staat ingeschreven op «Herengracht 102 bis», Weesp
| adres moeder | «Zuiderloswal 16-3» |
kinderen brengen naar opa, «Koningsweg 28hs» te Naarden
nieuw adres vader per 1-11: «Torenlaan 9A», Blaricum
""".strip('\n').split('\n')

POSTCODE = r"""
postcode moeder: «1213 KJ»
Woont in «1403AB» (Bussum), bij vriend
retouradres: Postbus (vader) «1251 xr» Laren
vader heeft een flat in «1221 ES»
boot ligt bij «1231KD» Loosdrecht
PC «1382 MN», Weesp
postcode oma «1271 PV» Huizen (volgens vader)
nieuw adres oom, postcode «1215 CH» Hilversum
| Postcode | «1261 TG» |
moeder verhuist naar «1241 hk» Kortenhoef
POSTCODE GEZIN: «1405 GR»
""".strip('\n').split('\n')

BSN = r"""
BSN jeugdige: «{BSN:plain}»
bsn moeder «{BSN:dots}»
Burgerservicenummer vader: «{BSN:space}»
BSN T. «{BSN:plain}» (uit de Raadsrapportage)
| BSN | «{BSN:dash}» |
sofinummer/bsn oma: «{BSN:plain8}»
citizen service number (BSN) of the kids: «{BSN:plain}»
BSN jongste (tijdelijk): «{BSN:dots}»
Kind is ingeschreven onder «{BSN:plain}» bij de gemeente Weesp
bsn: «{BSN:space}» (kind 2)
BSN «{BSN:plain}»
""".strip('\n').split('\n')

PHONE = r"""
mobiel moeder: «06-41728830»
vader bereikbaar op «+31 6 2917 4402»
Father's UK number: «+44 7700 918264»
oma (Laren) «035-5381927»
tel. opa «035 - 694 12 03»
bel tante op «0031 6 38201177»
Moeder's Oekraïense nummer: «+380 67 412 8851»
buurvrouw boot: «0294-251876»
GSM papa «06 19 44 82 07»
contact nieuwe partner «0623817745»
| telefoon vader | «+316-48117390» |
""".strip('\n').split('\n')

EMAIL = r"""
mail moeder: «charlotte.vaneeghen.prive@gmail.com»
vader mailt vanaf «d.schimmel@ziggo.nl»
Father's email: «j.whitfield1977@outlook.com»
tante (mz): zie «b.amrani.hsum@hotmail.com»
«olena.koval84@ukr.net» (moeder, alleen Oekraïens)
bootvader reageert alleen op «rutger@vechtklus.nl»
Graag contact via «mamavanmila@live.nl»
CC: «pj.roosendaal@kpnmail.nl»
e-mail oudste zoon: «olivier.vdh2009@icloud.com»
""".strip('\n').split('\n')

IBAN = r"""
Rekeningnummer moeder: «{IBAN:NL:ABNA}»
alimentatie wordt gestort op «{IBAN:NL:INGB}»
vader betaalt niet meer naar «{IBAN:NL:RABO}» (rekening kinderen)
rekening oma: «{IBAN:NL:SNSB}»
IBAN Ukrainian account mother «{IBAN:UA:}»
Kinderbijslag op «{IBAN:NL:BUNQ}»
Father's UK account «{IBAN:GB:BARC}»
| IBAN | «{IBAN:NL:TRIO}» |
schuld voldaan via «{IBAN:NL:KNAB}» (rekening vader)
""".strip('\n').split('\n')

URL = r"""
Instagram moeder: «https://www.instagram.com/charlotte.gooi.mama/»
TikTok van de oudste: «https://www.tiktok.com/@sophie.vh.2011»
vader plaatst foto's van de kinderen op «facebook.com/rutger.hoogkamp.vecht»
LinkedIn vader: «https://nl.linkedin.com/in/diederik-schimmelpenninck-7b2a1»
Telegram kanaal van de vader: «t.me/andrij_kharkiv_dad»
zie ook het YouTube-kanaal van de oom: «https://youtube.com/@rachid_hsum_vlogs»
""".strip('\n').split('\n')
