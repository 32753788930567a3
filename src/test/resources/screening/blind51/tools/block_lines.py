# Hand-written BLOCK lines; personal data marked with «...». Numbers {BSN..}/{IBAN..} filled by gen_sentences.py.
NAME = """Moeder belt vaak met haar zus «Gerdien» uit Emmeloord, die ook zorgen heeft.
oma «Geesje» (Urk) past op dinsdag en donderdag op de kinderen
Vader «Klaas Koffeman» vaart de hele week op de Noordzee en is alleen in het weekend thuis.
Gesprek met dhr. «Romkes» op de boot, hij zegt dat moeder overdrijft.
«HAKVOORT, JELLE» | vader | gezag ja
Broer «Hendrik-Jan» (17) helpt op de kotter van opa.
fam. «Pasterkamp» woont twee huizen verder en heeft de politie gebeld.
«Albertje Snoek» is de oudste zus van moeder, zij wil netwerkpersoon zijn.
Volgens «Woord» (buurman) is er elke vrijdag ruzie na het café.
ome «Lubbert» drinkt mee met vader
Moeder noemt haar nieuwe vriend «Ramon», hij slaapt er 3 nachten per week.
«Dewi Kasanpawiro» (tante, Almere Buiten) wil S. tijdelijk opvangen.
Volgens «Soerindre» is de vader van de kinderen weer in beeld.
Grootmoeder «Marlène Zschuschen» komt uit Paramaribo over in januari.
«Wendel Calmes» - vader van D. - woont bij zijn moeder in Almere Haven.
Stiefvader «Gilbert Janga» zegt dat hij nooit slaat, alleen 'corrigeert'.
opa «ronny» uit Curaçao belt elke zondag via videobellen
«Shurandy» (halfbroer, 19) zit in de jeugdgevangenis.
Mother «Abena Owusu-Ansah» says: "the children are a gift from God, I will never hurt them".
Pastor «Emmanuel Adjei» van de kerk in Almere Stad wil bemiddelen.
Vader «Chukwuemeka» wil niet dat de kinderen met de jeugdarts praten.
«Ngozi Eze-Okafor» (moeder) werkt 's nachts in de schoonmaak.
Aunty «Efua» komt elke avond koken, "she is family".
«Obinna» zegt dat zijn vader hem met een riem heeft geslagen.
«OKONKWO» | stiefvader | geen gezag
Moeder («Adwoa») wil het gesprek in het Engels.
Vader «Gulbuddin Sahak» heeft een verblijfsvergunning sinds 2021.
«Mursal» (zus, 15) zorgt voor de kleintjes als moeder naar de taalles gaat.
Oom «Zalmai Noorzai» wil voogd worden, volgens moeder.
Vader «Abdulkarim Al-Hamwi» is getraumatiseerd door de oorlog in Syrië.
«Rasha» (moeder) spreekt weinig Nederlands, tolk via telefoon.
Buurvrouw «Nour Haddad» hoort gegil door de muur.
«Yousef» is de oudste broer en neemt de vaderrol over.
Vader «Piotr Wiśniewski» werkt op een aspergebedrijf bij Ens.
«Agnieszka» (moeder) heeft een contract via het uitzendbureau tot maart.
«Marius Ionescu» - vriend van moeder - drinkt en rijdt.
broertje «Tomasz» slaapt op een matras in de gang
Vader «Valdas Petrauskas» ging terug naar Litouwen na de ruzie.
Moeder «Daniela Stoyanova» wil terug naar Bulgarije met de kinderen.
Vader «Wei Chen» staat zes dagen per week in het restaurant.
«Lin» (moeder) zegt: "Wij hebben geen tijd voor gedoe, we moeten werken."
oma «Zhang Xiulan» woont boven het restaurant in Emmeloord
«Chen Jun» (oom) doet de administratie van het restaurant.
Moeder «Femke Rijnders» is met de kinderen uit Amsterdam-Oost naar Almere Poort verhuisd.
Ex-partner «Sander Leeflang» woont nog in Amsterdam en haalt de jongste om de week op.
«Floor» (moeder) heeft een burn-out sinds de verhuizing.
Vader «Thijmen» werkt in de IT en is veel in Amsterdam.
Opa «Ruud van Heusden» betaalt de huur.
«Mees Oldenkamp» (vriend van J.) zegt dat J. wordt uitgescholden.
Zoals «Jolien» (buurvrouw) het omschreef: ,,elke avond geschreeuw".
Moeder verwijst naar haar nicht «Ilse» in Zeewolde.
«van Heusden» senior wil geen contact meer met vader.
Vader «Erwin ter Brake» mag de kinderen alleen begeleid zien.
De vriendin van vader, «Priscilla», heeft een eigen zoon van 8.
«Bente»'s moeder belde de school.
Volgens «Kayleigh»s moeder heeft M. op de camping gezegd dat ze niet naar huis wil.
«Nieuwenhuis» (leraar?) - nee, buurman, heeft de politie gebeld.
gesprek met «anouk» (moeder) en «bas» (partner) op 3-11
Moeders broer «Reinier Smeenk» woont in Nagele en heeft een melkveebedrijf.
«MARGREET» (pleegmoeder in Dronten) wil niet dat de ouders weten waar.
vader «R. Kuipers» weigert handtekening
«J.H. van Dalfsen» (grootvader) heeft gezag niet, wel veel invloed.
«Th. Ruitenberg» - huisbaas - dreigt met ontruiming.
Moeder is bevriend met «Sharon Tjon A Loi» uit Lelystad, die ook bij de Schuldhulp zit.
«Tamara» en «Robin» (ouders) hebben elk een eigen huis in Dronten.
Mw. «Brouwer-Keuter» (oma) zegt dat ze het niet meer trekt.
«Jantina»s vader heeft de school gebeld.
«Dirkje» (zus van vader) brengt de kinderen naar school in Urk
Vader («Willem Kramer Jzn.») is ouderling in de kerk.
«Hillechien» (moeder) wil niet dat de hulp in het dorp bekend wordt.
Jongste «Teunis» (4) heeft blauwe plekken op zijn rug.
Gesprek met mevr. «Baarssen» (schoonmoeder) op 12-11.
«Loosman» (stiefvader) zei dat hij de jongen 'een tik' gaf.
WhatsApp van «Marco» (vriend van moeder) laat dreigementen zien.
Zus «Shanaya» (16) is zwanger van «Jermaine» (20).
«DE JONG-KOFFEMAN» | moeder | gezag ja
«Rudi» (ex van moeder) komt ondanks het contactverbod langs.
«Sjoukje Weerstand» wil als netwerk meedenken.
«Gideon» (12) is bang voor zijn oom.
tante «Ama» (Ghana) stuurt geld; moeder wil naar haar toe
Vader «Kwame Boateng» zegt: "In my culture a father disciplines."
«Chidinma» zegt dat moeder haar opsluit in de badkamer.
Oom «Tunde Adebayo» (Almere Haven) is de vertrouwenspersoon van moeder.
«Farzana» (oma van moederskant) woont nog in Kabul.
moeder wil dat «Omid» (oom) bij het gesprek is
«Mariam Al-Khatib» (moeder) is zwanger van de vierde.
«Ahmad» slaat zijn zusje als vader er niet is, zegt de school.
«Lukas Novák» (vriend van moeder) werkt bij een kassenbedrijf in Luttelgeest.
Vader «Ivanov» is na de arbeidsmigratie niet meer bereikbaar.
«Roxana» (moeder) heeft in de huisvesting in Biddinghuizen een kamer.
Stiefmoeder «Yvonne Doornbos» wil de oudste niet meer in huis.
«Jordy» (broer, 18) dealt volgens de wijkagent.
vriend «Dylano» van de oudste is verdacht van de inbraak.
«Esmeralda Wijngaarde» (tante) zegt dat moeder al jaren drinkt.
«Cheyenne» (14) heeft filmpjes gestuurd naar een onbekende.
opa «Arend Hoekman» uit Kraggenburg is overleden, sindsdien gaat het mis
Dochter van buren («Lotte Veldkamp») vertelt over geschreeuw.
«MOHAMMADI, Sahar» | moeder | geen verblijfsvergunning meer
«Chantal van Eeden» van het wijkteam belde moeder op 8-11 over de huur.
Gesprek met mw. «Hoogeveen» van Vitree over het dagritme van S.
""".strip().split('\n')

BIRTHDATE = """S. (geb. «14-3-2013») woont bij moeder.
Geboortedatum jongste: «02/08/2019»
geboren «9 december 2012» in het Flevoziekenhuis
D.O.B. «2011-06-27» (according to mother, papers lost)
Jeugdige: J. («21-01-2014»)
Gebdat. «17.10.2016»
«3 sept. 2015» geboren, dus nu 11
| zusje | «28-02-2020» | woont thuis |
De baby is op «5 november 2026» geboren in St Jansdal Lelystad.
broertje werd op «30-4-'18» geboren, vader was toen in Syrië
geb.datum moeder: «11 jan 1994»
Oudste (geb. «20090712») gaat naar het mbo.
Y. is geboren op «1 maart 2017» in Kabul (volgens verblijfsvergunning).
geb «07-09-2010» te Urk
Kind: T., «16 juni 2022»
Jeugdige(n): A. («2-5-2015») en B. (2018)
zijn verjaardag is «12 augustus 2013»; toen was er weer ruzie
BORN «24/12/2012» IN ACCRA
""".strip().split('\n')

ID_NUMBER = """Cliëntnummer Vitree: «VT-284417»
dossiernr. JBG «2026-J-08817» (ouder dossier)
patiëntnummer Flevoziekenhuis «7309254»
V-nummer vader: «2408813377»
zaaknummer politie «PL0900-2026427713»
leerlingnummer «104492» op het Oostvaarders College
Kenmerk IND: «IND-KN-55019283»
paspoortnr. moeder «NSK82L4P1»
cliënt bij Kwintes onder nummer «KW201177»
Registratie CJG: «CJG-LS-33092»
ID-kaart vader «IPV7R19X3» (Pools)
«GGZC-446120» is het dossier van moeder bij GGZ Centraal.
Polisnummer zorgverzekering «183725904»
huurcontract Centrada nr. «CEN/77412/B»
""".strip().split('\n')

ADDRESS = """Gezin woont sinds de zomer op «Schouw 41» in Lelystad.
Vader heeft een kamer aan de «Wijk 2 42» op Urk.
moeder is verhuisd naar «Ringweg 7A», Ens
| adres oma | «Plantagebaan 112» | Almere Buiten |
Huisbezoek gedaan op «Griend 3», Emmeloord.
De kinderen slapen bij tante op «Kamperzand 28» in Lelystad.
Nieuw adres: «Weg van de Toekomst 9-2» Almere Poort
OPA WOONT OP «ZEEASTERWEG 17» BIJ BIDDINGHUIZEN
Arbeidsmigranten wonen op het terrein aan de «Lovinkweg 55 unit 4».
Ze komen uit de flat aan de «Wormerstraat 61», Almere Stad.
«De Deel 19» (Dronten) - daar woont de nieuwe vriend
""".strip().split('\n')

POSTCODE = """Post gaat naar «8321 AB» Urk.
postcode moeder: «1339GK»
| woonplaats | Almere | «1315 ZW» |
vader staat ingeschreven op «8251 jd» Dronten
Gezin verhuisd naar «8302 KN» (Emmeloord).
OMA: «8223 PD» LELYSTAD
De brief ging naar «3892ex» Zeewolde, maar moeder woont daar niet meer.
Inschrijving BRP: «1357 TK» Almere Buiten
Postcode nieuwe woning «8256 SE» Biddinghuizen
«8316 RV» Marknesse is het adres van de pleegouders.
tante heeft een huurhuis in «8224 HL»
""".strip().split('\n')

BSN = """BSN jeugdige: {BSN1}
bsn moeder {BSN2}
| BSN | {BSN3} |
Burgerservicenummer van vader: {BSN4}
BSN kind {BSN5} (uit het GGD-dossier)
Moeder gaf haar BSN door ({BSN6}) voor de aanvraag.
{BSN7} is het BSN van de baby
sofi/bsn oma {BSN8}
BSN: {BSN9} (jongste)
vader bsn {BSN10} - verblijfsvergunning loopt
Y. heeft BSN {BSN11} gekregen na de asielprocedure.
""".strip().split('\n')

PHONE = """Moeder is bereikbaar op «06-41873920».
tel vader «06 29 44 71 08»
Oma (Urk): «0527-688341»
«+31 6 17702934» (WhatsApp tante)
Vader belt vanuit Polen: «+48 601 284 773»
bel «0320 741 892» (huis)
| telefoon | «(036) 531 82 09» |
nummer van de buurman «0612095573»
moeder heeft nieuw nummer «+316-52881047»
«0031 6 38841205» is het nummer van opa
Pastor is te bereiken via «+233 24 519 8821» (Ghana).
""".strip().split('\n')

EMAIL = """Moeder mailt vanaf «floortje.rijnders88@gmail.com».
vader: «kkoffeman@hotmail.com»
Mail van «abena.owusu.ansah@outlook.com» doorgestuurd naar de school.
| e-mail | «w.chen.goudendraak@gmail.com» |
tante mailde via «efua.mensah1979@yahoo.com»
Van: «jelle.hakvoort@ziggo.nl»
contact oma: «geesje.romkes@live.nl»
«piotr.wisniewski.pl@wp.pl» (vader, werkmail via uitzendbureau)
Moeder stuurde de foto's via «sahar.moh2021@gmail.com».
""".strip().split('\n')

IBAN = """Moeder betaalt de huur van rekening {IBAN1}.
IBAN vader: {IBAN2}
| rekening | {IBAN3} |
toeslagen gaan naar {IBAN4} (op naam van oma)
De kerk maakt geld over naar {IBAN5} voor de kinderen.
Vader heeft een Poolse rekening {IBAN6}.
Beschermingsbewindvoerder ontvangt op {IBAN7}
iban moeder {IBAN8}
Zakgeld van de oudste gaat naar {IBAN9}.
""".strip().split('\n')

URL = """Instagram van moeder: «https://www.instagram.com/floor.rijnders.almere»
vader zet filmpjes op «tiktok.com/@kwame_boateng_official»
Facebook oma: «https://www.facebook.com/geesje.romkes.94»
Oudste broer heeft een YouTube-kanaal: «youtube.com/@jordy_lelystad036»
Snapchat «snapchat.com/add/chidi.baby2012»
De kerk zet foto's van de kinderen op «https://www.facebook.com/profile.php?id=100082741193» (account van pastor, persoonlijk)
""".strip().split('\n')
