# Hand-written BLOCK lines. «…» marks a span. {BSN:fmt} / {IBAN:CC:BANK:fmt} are filled by gen_sentences.py.
NAME = r"""
[12-03-26 14:02] «Marleen Hadders»: ik ben om 3 uur bij het gezin in Scheemda
[14-03-26 09:17] «Wubbo»: school belde, kind weer niet gekomen
Betrokkene 1: «KOWALCZYK, Grzegorz» - Rol: verdachte
Betrokkene 2: «IVANOVA, Yordanka», rol: slachtoffer
1. Op maandag kwam «Sientje» zonder jas en zonder ontbijt op school.
2. «Tesfay» vertelt in de kring dat papa de deur heeft kapotgeslagen.
oma «Grietje» praat alleen Gronings met de kinderen, begrijpt de brieven niet
opa «Roelf Oosting» heeft de wisselwoning nog niet gezien
Mutatie: melder «H. Stoffers» (buurman) hoorde geschreeuw en glasgerinkel
Buurvrouw «Janny Kuipers» bracht de kinderen 's nachts naar haar eigen huis.
«Yonas»' moeder heeft geen verblijfsvergunning voor haar zus geregeld
«Rahaf»s broer is 17 en werkt zwart in de kassen
de heer «Al-Khatib» weigert een tolk
mw. «Ghebremedhin» is in Winschoten niet ingeschreven
vader «Petar Dimitrov» werkt bij de aardappelverwerking in Musselkanaal
[15-03-26 20:44] «Henk-Jan Bolhuis»: politie is ter plaatse, kids bij buren
[15-03-26 20:51] «Sanne ter Veen»: ok ik regel opvang via crisisdienst
Vriend van moeder, «Dennis», slaapt er bijna elke nacht.
ex-partner «Kevin Lubbers» heeft een contactverbod sinds de zomer
3. «Luwam» (groep 5) heeft blauwe plekken op haar bovenarm, zegt dat ze gevallen is.
4. Moeder («Semhar») heeft het gesprek op school afgezegd.
IB'er «Tineke Westerhof» heeft de zorgmelding op 2-3 gemaakt
gezinsvoogd «Ruud Nanninga» wil de OTS verlengen
de wijkagent, «Bert Zuidema», kent het gezin al jaren
volgens «Elzinga» van het Sociaal Team is er een schuld van 18.000 euro
«MAZUR Agnieszka», moeder, spreekt geen Nederlands
tante «Zofia» uit Hoogezand vangt de jongste op
Betrokkene 3: «Wiśniewski, Tomasz» (getuige)
broertje «Jurre» speelt veel bij de familie «Schuiling»
«Derk-Jan» (stiefvader) heeft schulden bij de bookmaker
De kinderen noemen de vriend van moeder ome «Harm».
«hristo» en «ani» (ouders) waren niet thuis bij het huisbezoek
gesprek met «fam. Haddad»: vader zegt dat alles goed gaat
«Nour» wil niet terug naar huis na school
moeder en «Yaman» (oudste broer) maken ruzie over geld
[16-03-26 08:05] «Joke Brouwer»: wie gaat er vandaag heen?
[16-03-26 08:07] «Ilse»: ik kan na de lunch
mevrouw «Tekle-Habtom» wil geen contact met het wijkteam
«J. Hovingh» (opa) woont in Kiel-Windeweer en is ziek
«ERIK STEL» - vader - verdachte mishandeling
Vader heet «Stefan Gerdes», woont in Leer (Dld).
oom «Frerichs» komt uit Bunde en helpt met de verbouwing
«Kamps» (buurman) belt steeds de politie
5. «Noor» komt sinds de verhuizing naar de wisselwoning te laat.
moeders nieuwe vriend «Patrick Boelens» heeft een verleden bij VNN
de nicht, «Dorota», tolkt voor moeder
| Moeder | «Anja Wolters» | 1988 |
| Broer | «Mees» | 2015 |
«Ubbens», vader van de tweeling, is niet op gesprek gekomen
Huisarts geeft aan dat «Roelfien» al drie keer op de spoedpost was.
Melding van «Gerda Smid» (oma) bij Veilig Thuis Groningen
«Klaasje» (zus, 16) is zwanger en woont bij haar vriend
«Teun Kremer» is de biologische vader, geen gezag
hr. «Veenstra» van het Sociaal Team Oldambt heeft de schuldhulp opgestart
dhr. «Ubbo Tuinman» (gedragswetenschapper) las mee
[17-03-26 11:30] «Femke Dijkhuis»: Accare heeft plek per april
[17-03-26 11:32] «Mohammed»: top, ik geef het door aan de ouders
Betrokkene 1: «DARWISH, Mahmoud» - rol: verdachte (bedreiging)
verbalisant «Hazenberg» constateerde letsel bij moeder
De jongste, «Milan», wordt door oma van school gehaald.
«Geesje Oldenburger» is de pleegmoeder
vader en zijn broer «Stoyan» rijden samen naar Duitsland
«Georgieva» (moeder) werkt in ploegendienst bij de champignonkwekerij
6. «Thijmen» gooide een stoel naar juf bij de overgang naar de gym.
mevr. «Drenth» van de buren hoorde het kind huilen
over «Anouk»: ze eet op school niet meer
Gesproken met «Hilje», de oma van moederskant.
Ook «Egbert Pot» (opa) wil geen hulp van 'die lui van de gemeente'.
«Sikkema» heeft het huis verkocht aan het NCG
moeder («Dilan») vraagt om een andere woning bij Acantus
«Senait» en «Efrem» zijn de twee oudste kinderen
nieuwe partner: «Wojtek», chauffeur
«Alina Popescu» is moeders vriendin en past soms op
AANGEVER: «BRUINS, Hendrikus», buurman
oma «Trientje» (85) heeft dementie
«Kassab» heeft de kinderen meegenomen naar zijn broer
vader «D. Schulte» heeft geen contact meer sinds 2024
Stiefmoeder «Ingrid Boomsma» wil dat de jongen uit huis gaat
[18-03-26 16:10] «Wietske Pieters»: kind zit bij mij op kantoor, huilt
familie «Drenthe-Mulder» in Midwolda
Vriendje «Jesse» van de overkant weet van het slaan
«Ewa» (moeder) durft niet naar de huisarts
«Aziz» is in 2022 herenigd met het gezin via nareis
de kinderen logeren bij tante «Lina»
Oudste dochter «Miriam» zorgt voor de jongsten.
«Yordan Petrov» is meerdere keren aangehouden
Mail van «Esther Kloosterhuis» (IB) doorgestuurd naar VT
7. Moeder zei dat «Rik» 's nachts op de bank slaapt bij zijn vader.
vader: «Hassan al-Hamwi»
opa «Geert» wil de jongen bij zich in Siddeburen
Op het kamp vertelde «Sophie» dat haar stiefvader haar filmt.
Moeder en vriend («Rene Wubbels») drinken beiden.
«Tesfamariam» (vader) weigert het gesprek zonder tolk Tigrinya
«Jana Nowicka» – moeder – slachtoffer
«HARMKE» komt niet meer naar de BSO
Het kind wil bij «Jantien» (oma) blijven wonen.
Contact via buurvrouw «Alie Bos».
zoon «Finn» en dochter «Evi» wonen afwisselend bij beide ouders
mw. «Elsinga» (moeder) belde huilend de school
Halfbroer «Dylan Bakker» zit in de JJI.
""".strip().split('\n')

BIRTHDATE = r"""
1. Leerling: T., geboren «14-02-2016», groep 6
Betrokkene 1: BRUINS, geb. «03-11-1984» te Winschoten
geb.dat. moeder «2 juli 1991»
Jeugdige: L. («17-09-2013»)
geboren op «4/5/2012» in Damascus
GEBOREN: «19.08.2010»
Gebdat: «2011-12-23»
dob «09-jan-2015»
Baby werd op «30 maart 2026» geboren in het Martini Ziekenhuis.
| zoon | «12-6-2018» |
vader is van «7 okt. 1979»
geboortedatum tweeling «21-04-2019»
zus, geb «5 dec '14»
Moeder (geb. «20061990») spreekt Bulgaars.
S. is jarig op «11 mei 2017» en wordt dan 9
dd geboorte: «1-1-2014» (volgens verblijfsdocument)
geb. «15.3.'12»
Jeugdige(n): A. («2010-02-28»), M. (2015)
""".strip().split('\n')

ID_NUMBER = r"""
cliëntnummer Accare «ACC-552718»
Dossiernr Veilig Thuis: «VTG-2026-118734»
Mutatienummer «2026063148» (politie)
patiëntnr. UMCG «7748213»
V-nummer moeder «2209473651»
paspoortnummer vader «NTR7K4P92»
Leerlingnummer «118402»
kenmerk CAK «58826610»
Zaaknr. JBN «JBN-40188»
klantnummer Acantus: «AC-300917»
BPS-registratie «PL0100-2026041122»
regnr. WIJ «WIJ-88231»
Dossier «ST-OLD-4471» (Sociaal Team)
id-kaart moeder: «IPR9LX2C3»
""".strip().split('\n')

ADDRESS = r"""
woont aan de «Langestraat 112a» in Winschoten
wisselwoning: «Tuikwerderweg 7-B», Delfzijl
Adres: «Hoofdweg 204», Nieuwe Pekela
oma woont op de «Kerkstraat 3» in Finsterwolde
mutatie: geweld op «Molenstreek 88», Oude Pekela
Kinderen opgehaald van «Raadhuisstraat 21 rood»
VADER VERBLIJFT OP «ZUIDERDIEP 9» TE VEENDAM
moeder verhuisd naar «Julianastraat 14 k2», Appingedam
| adres | «Oosterstraat 5» |
Tijdelijk bij tante op «Noorderhoogebrug 31», Delfzijl
ingang achterom bij «Meedenerweg 2-3»
""".strip().split('\n')

POSTCODE = r"""
postcode «9671 BK»
woont in «9641AD» Veendam
Adres ouders: Winschoten, «9675 GL»
pc oma «9665 hx»
| Postcode | «9934 CR» |
mutatie: «9501 NZ» Stadskanaal
nieuw adres vader: «9541XA» Vlagtwedde
«9611 EM» (Sappemeer)
opa woont in de «9981 BG»
post gaat naar «9663 rk», Nieuwe Pekela
na de verhuizing: «9947 PB»
""".strip().split('\n')

BSN = r"""
BSN moeder: {BSN:plain}
bsn jeugdige {BSN:dots}
Betrokkene 1 - BSN {BSN:spaces}
burgerservicenummer {BSN:dash}
sofinr (oud) {BSN8}
BSN: {BSN:plain} (vader)
| BSN | {BSN:plain} |
1. Leerling (bsn {BSN:dots}) is vaak ziek.
bsn tweeling: {BSN:plain} en {BSN:plain}
Citizen service number: {BSN:spaces}
BSN baby {BSN:plain}
""".strip().split('\n')

PHONE = r"""
tel moeder «06-18472936»
bereikbaar op «+31 6 4812 7730»
vader: «0031 6 29 38 47 15»
oma heeft alleen vaste lijn: «0597-418263»
Telefoonnummer tante in Leer: «+49 491 8827319»
«06 27 11 84 06» (buurvrouw)
[19-03-26 10:02] IB'er: moeder nu bereikbaar op «0612948371»
Tel.: «(0596) 622 184»
Betrokkene 2 - telefoon «+48 601 223 874»
oom in Bulgarije «+359 88 412 6633»
Tel nr vader «050-5773189»
""".strip().split('\n')

EMAIL = r"""
mail moeder: «hilje.oosting71@hotmail.com»
vader mailt vanaf «grzegorz.k@wp.pl»
«sanne.en.rik@ziggo.nl» (ouders samen)
e-mailadres oma: «tinie.kuipers@kpnmail.nl»
Contact via «yordanka.iv84@abv.bg»
moeder stuurde foto's vanaf «moederfan3@gmail.com»
| e-mail | «r.dimitrov@outlook.com» |
Oudste gebruikt «luwam.t2009@gmail.com»
vriend moeder: «dennis_wlds@live.nl»
""".strip().split('\n')

IBAN = r"""
Leefgeld storten op {IBAN:NL:ABNA:compact}
rekeningnummer moeder {IBAN:NL:RABO:grouped}
IBAN vader: {IBAN:NL:INGB:grouped}
Toeslagen komen binnen op {IBAN:NL:SNSB:compact}
bewind over rek. {IBAN:NL:ASNB:grouped}
vader stuurt geld naar {IBAN:PL::grouped}
| IBAN | {IBAN:NL:KNAB:compact} |
rekening opa (Dld): {IBAN:DE::grouped}
iban oom in Sofia {IBAN:BG:UNCR:compact}
""".strip().split('\n')

URL = r"""
TikTok oudste: «https://www.tiktok.com/@noor.ghb.2011»
Facebook vader: «https://facebook.com/petar.dimitrov.7784»
Instagram moeder «instagram.com/anja_wolters88»
video staat op «https://youtube.com/@stoffersfamily»
Snap van jeugdige: «snapchat.com/add/thijmenxx12»
ex postte foto's op «https://x.com/kevin_lbbrs»
""".strip().split('\n')
