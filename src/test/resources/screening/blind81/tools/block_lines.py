# Hand-written BLOCK lines for blind set 81. Spans marked with «...». {BSN:fmt} / {IBAN:cc:bank:fmt} are filled by gen_sentences.py.
NAME = r"""
Vader, korporaal «Remco Zijlstra», zit sinds 3 weken op uitzending met de Zr.Ms. Karel Doorman.
Moeder «Sytske» belt het BMW alleen als het echt niet meer gaat.
sgt-maj «Vlietstra» (leidinggevende vader) is op de hoogte van de thuissituatie
3.2 Om 08:47 uur trof ik «Jurensley» aan op de Spoorgracht, niet op school.
Oma «Trijn Bais» uit Hippolytushoef vangt de kinderen op als vader op zee is.
«NOWACKI, KRZYSZTOF» - werkt via uitzendbureau in de bollen bij Breezand
moeder en haar vriend «Stoyan» drinken samen, buren horen geschreeuw
«Durk»s broertje zit op de Vlinderboom in Julianadorp.
beppe «hiske» komt uit Sint-Annaparochie over als het nodig is
Volgens «Keijser» van de visafslag is vader al weken niet komen opdagen.
Gesproken met mw. «A. Kooiman-Dijt» (buurvrouw), zij hoort s nachts gegil.
De heer «Wagenaar» (stiefvader) weigert elk contact met Zeestad.
| Vader | «Glenn Wijngaarde» | sergeant, Marinierskazerne | op uitzending tot maart |
ex van moeder, «Ivaylo», woont nog in Varna maar stuurt dreigende berichten
tante «Radostina Petkova» tolkt bij de gesprekken met moeder
4. Op 14:10 uur meldde de moeder, «Magdalena Zielińska», zich bij de balie van het stadhuis.
«Shurendy»'s vader is bij de mariniers en zegt dat hij "niet kan helpen vanaf Curaçao"
Vader (sld1 «B. Kaczmarek») is in 2024 ontslagen bij de marine na alcoholincident.
opa «Teun Bruin» van de TX-kotter neemt J. soms mee op zee, ook op schooldagen
moeder «Chayenne» heeft weer contact met haar ex
Gesprek met dhr. en mevr. «Lont» (grootouders vaderszijde) in Den Oever.
De vriendin van vader, «Natasja Fraenk», is zwanger en woont in.
oom «kees» is de enige die vader nog kan bereiken als hij drinkt
Kapitein-luitenant ter zee «Hogerwerf» heeft vader terug laten vliegen van de oefening.
«Priya Bhoendie» (zus van moeder) wil de kinderen tijdelijk in huis nemen
Melder: «Arie Vlaming», buurman op de Texelstroom.
De broer van J., «Mitko», spijbelt ook en hangt rond bij het Loodsmansduin.
«Agnieszka» zegt dat ze geen Nederlands verstaat als de leerplichtambtenaar belt
Vader «R. Mangre» kan door de dienst aan boord niet bij het gesprek zijn.
mevr «Tsvetelina Angelova» (moeder) werkt in ploegendienst in de loodsen in 't Zand
3.4 Om 09:15 uur belde ik aan; «Pawel» deed open in pyjama.
«EELMAN» (vader) wil niet meer dat de kinderen naar Den Burg gaan
de buurvrouw, mevr. «Witte», hoorde om 02:00 uur glas breken
vriend van moeder: «Edsel»
Jongste, «Lotte-Marit», is nog niet ingeschreven bij een school.
opa «Jelle Hoekstra» heeft een alcoholprobleem en past toch op
«Soufiane Bouzerda» (neef van vader) brengt J. soms naar school in Schagen.
ouders: «Ravi» en «Sharmila», gescheiden sinds 2023, strijd over omgang
Moeder wil niet dat «Oksana» (au pair) nog langs komt.
«M.J. Kuut» (vader) is schipper op een garnalenkotter uit Den Oever
De kinderen logeren bij fam. «Boon» in Oosterend als het thuis escaleert.
Vader heeft op 5 november «Gilbert» (stiefzoon) geslagen met een riem.
Veel ruzie tussen moeder en «Emre», haar nieuwe partner.
Zus «Femke» (17) zorgt feitelijk voor de twee jongsten.
Stiefvader «Bartosz» is na de melding vertrokken naar Polen.
2.1 Dhr. «Tijsen» verklaarde dat zijn zoon «ziek» was; dit bleek niet juist.
moeder (1991) heeft een relatie met «Jorn de Vries-Kalf», die een straatverbod had
De eerste melding kwam van «Cornelis Keijzer», de trainer van de korfbalclub.
«raisa» (moeder) drinkt overdag, zegt oudste dochter
Vader noemt de vriend van moeder «Sander» een gevaar voor de kinderen.
«Hidde Bouma», stiefvader, is matroos bij de Koninklijke Marine.
Zoon heeft een goede band met zijn oom «Maurits».
Gesprek gevoerd met «Wieke» en haar moeder, in bijzijn van de tolk.
De vader van de kinderen, «Dirk-Jan Schouten», heeft geen gezag.
afspraak: «Goos» haalt de kinderen iedere vrijdag op
Sgt «Pronk» (collega) heeft vader thuis dronken aangetroffen.
Buurjongen «Kyano» is 19 en heeft drugs in de schuur verstopt
MOEDER «ROSALIE KNOL» IS NIET BEREIKBAAR GEWEEST
Schooljaar 2025-26: J. verzuimde 46 uur, aldus de mentor; moeder «Yvonne» wist van niets.
«Manon» (ex van vader) heeft ook twee kinderen met hem.
Melding gedaan door juf «Ineke» van groep 6.
Mevrouw «Fokkelien Sijbrandij» (oma) woont in Harlingen.
De tweeling «Anouk» en «Ilse» wordt opgevangen door de zus van vader.
Korporaal 1e klasse «Dijkhuizen» (vader) is per 1 december overgeplaatst.
vader wordt in de familie «Jopie» genoemd, hij is 58 jaar
Vaders nieuwe partner «Daniela Radu» uit Roemenië werkt in de kassen
3.1 Op 07:55 uur heb ik, in aanwezigheid van «Wilco Kaan», de woning bezocht.
Opa «Bijlsma» kan niet meer bijspringen sinds zijn beroerte.
Moeder voelt zich bedreigd door «Ricardo», een oud-collega van vader.
Contactpersoon netwerk: «Greetje Luyt», nicht van moeder
Halfbroer «Thijmen» (19) heeft in de Sluis in Den Helder gezeten.
Moeder heeft het contactverbod met «Orlando» overtreden.
wie is de steun? tante «anneke» uit Callantsoog
De jeugdige vertelt dat «Marek» hem heeft geschopt
Buurvrouw «Jolanda» belde de politie om 23:40 uur.
Overleg gehad met mevrouw «Sluijter-Brak», de pleegmoeder.
De oudste, «Quinten», weigert al maanden naar Lyceum Mariënborg te gaan.
«Hannah Doedens» (stiefzus) is ook bij de ruzie aanwezig geweest.
«Wessels» (vader) ontkent alles en verwijst naar zijn advocaat.
Broertje «Sem» (2019) logeert vaak bij de buren.
Moeder: «Lisanne Kramer», vader: «Jeroen Rotgans»
«Desi» (moeder) zegt dat vader haar heeft gewurgd.
Informant: schoolmaatschappelijk werker; bron: «Marloes», de vriendin van moeder.
De kinderen noemen de nieuwe vriend Ome «Henk», hij heet «Hendrik Poland».
Vriend van de oudste, «Nikolai», levert mogelijk drugs op school.
Grootvader «Wim Veenstra» overleed vorig jaar, sindsdien escaleert vader.
L. speelt alleen met «Tobias» van de overkant.
Op de rapportage staat «d. sijm» als contactpersoon
Zeestad belde met «Renske», de zus van moeder, over de huurachterstand
«Marcella Felida» (moeder) heeft geen verblijfsvergunning meer.
Hoofdbewoner volgens Woningstichting: «J.P. Duinker»
Politie trof «Enzo» (stiefbroer, 22) met een mes aan.
Vader wil dat zijn moeder «Geesje» de voogdij krijgt.
«Kristof» en moeder wonen sinds de zomer in een chalet op het park.
Leerplicht heeft «Ilona Smaal» (moeder) op 3 december gehoord.
De vriend van oma, «Rinus», rijdt onder invloed met de kinderen.
vader: «Maik», moeder: onbekend verblijf
kinderen zijn vaak bij «Bente» en haar moeder na school
Verklaring van mevr. «Ooms» (gastouder): J. was om 17:30 uur nog niet opgehaald.
Zwager van vader «Ruud Kuijper» heeft een wapenvergunning.
"""
BIRTHDATE = r"""
J. (geb. «14-03-2013») woont bij moeder in Nieuw-Den Helder.
Geboortedatum jongste: «2 juni 2019»
D. («07.11.2012») zit in klas 2 van het Triversum.
moeder geboren «19/8/1988» in Paramaribo
GEB. «23-01-2011» TE DEN HELDER
| K. | «2014-05-30» | groep 7 |
Jeugdige: S. («11-09-2010»)
broertje is geboren op «28 feb. 2020»
Dob: «20120417»
vader (geb. «3 okt '85») is onderofficier
Baby werd op «9 september 2025» geboren in het Noordwest, locatie Den Helder.
L. – gebdat «06-12-2016»
Geboren: «1-7-2015» (Sofia)
geboortedatum moeder: «12 april 1993»
R. (14), geboren «22.02.2012», spreekt Pools thuis
Het jongste kind (geb. «31-12-'18») is niet ingeschreven bij JGZ.
J. werd «vijf mei 2014» geboren aan boord? nee, in Den Burg.
Zus («4/4/2009») woont inmiddels zelfstandig.
"""
ID_NUMBER = r"""
Registratienummer Defensie vader: «58201377»
dossiernr. Veilig Thuis «VT-NHN-2026-118734»
cliëntnummer Parlan «P-204418»
patiëntnummer Noordwest «7734106»
leerlingnummer «11-204587» (OSG)
zaaknr leerplicht «LP26-0417» op naam van J.
Paspoort moeder: «NXR71K2P4»
V-nummer vader «2208471953»
Dienstnummer: «DN 812-447-09»
kenmerk CJIB «8000241177932160»
ID-kaart vader «IRJ4K89L1», verlopen
GGZ NHN clientnr «GNHN88127»
polisnummer zorgverzekering moeder «NL-44871209»
pasnummer Defensie «DP0713392»
"""
ADDRESS = r"""
Moeder woont nu op de «Sluisdijkstraat 41» in Den Helder.
adres vader: «Middenweg 112-B», Den Helder
gezin verblijft in een stacaravan op «Zuidstraat 9 k 14», Den Burg
«Keizersgracht 18A», bovenwoning, geen lift
Oma woont aan de «Westerlandseweg 5» in Hippolytushoef.
| Adres | «Dijkweg 207» |
Vader is ingeschreven op «Breewijd 33» in Julianadorp.
huisbezoek op «Seringenstraat 4 rd» om 10:00 uur
arbeidsmigrantenhuisvesting «Belkmerweg 61a» in Burgerbrug
WONINGSTICHTING: HUURACHTERSTAND «JAN VERFAILLESTRAAT 2-4» (AFWIJKEND ADRES)
Moeder en kinderen zitten tijdelijk in een vakantiehuisje aan de «Pontweg 16», Den Hoorn.
"""
POSTCODE = r"""
Postcode moeder: «1782 GH»
nieuw adres in «1791BK» (Den Burg)
vader woont in «1777 ab» Hippolytushoef
| Postcode | «1741 NE» |
brieven gaan naar «1785 RP» Den Helder
Gezin verhuist naar «1761XC», 't Zand? nee Anna Paulowna
oma: «1795 AL» De Cocksdorp
retouradres «1786 TW»
Volgens de BRP «1781 ZM», maar moeder woont daar niet meer.
pc «1779 ek»
post ligt nog bij opa in «1733 GB»
"""
BSN = r"""
BSN J.: «{BSN:plain}»
bsn moeder «{BSN:dots}»
Burgerservicenummer vader: «{BSN:space}»
«{BSN:plain}» (BSN jongste)
BSN: «{BSN:dash}»
sofinummer/bsn oude inschrijving: «{BSN:8}»
| BSN | «{BSN:plain}» |
Volgens de school hoort bij J. het BSN «{BSN:dots4}».
BSN VADER «{BSN:space}»
bsn baby (nieuw, na aangifte) «{BSN:plain}»
BSN moeder (RNI-inschrijving) «{BSN:plain}»
"""
PHONE = r"""
Moeder is bereikbaar op «06-28471936».
tel. vader (aan boord) «+31 6 4107 2285»
oma: «0223-617724»
Bel de buurvrouw: «0222 312 985»
«06 19 84 77 30» (tante, alleen na 18 uur)
Vader belt vanuit Bulgarije met «+359 88 742 1196».
«0031 6 53881720» nummer stiefvader
vader whatsapp «+48 512 774 903»
contact opa: «(0224) 29 41 87»
moeder nieuw nr «0645173092»
| Telefoon | «06-371 42 008» |
"""
EMAIL = r"""
Mail van moeder: «sytske.zijlstra88@hotmail.com»
vader schrijft vanaf «r.wijngaarde@mindef.nl», ook over privézaken
«kotterman_teun@ziggo.nl» (opa)
E-mail: «magda.z1990@gmail.com»
contact via «desi-en-de-kids@live.nl»
Moeder stuurde op 6-11 een mail vanaf «mamavanjaimy@outlook.com»
«QUINTEN.KNOL@LEERLING.OSGTEXEL.NL» (school-mail jeugdige)
vader: «i.georgiev.bg@abv.bg»
mail stiefvader «hbouma@kpnmail.nl»
"""
IBAN = r"""
Huur wordt betaald van rekening «{IBAN:NL:RABO:grp}».
IBAN vader «{IBAN:NL:INGB:plain}»
Kinderbijslag gaat naar «{IBAN:NL:ABNA:grp}» (rekening oma)
moeder laat loon storten op «{IBAN:BG:UNCR:plain}»
rekeningnr. stiefvader «{IBAN:PL:10201026:grp}»
| IBAN | «{IBAN:NL:SNSB:plain}» |
Bewindvoering via «{IBAN:NL:TRIO:lower}»
Toeslagen teruggestort op «{IBAN:NL:BUNQ:grp}»
IBAN MOEDER «{IBAN:NL:ASNB:plain}»
"""
URL = r"""
J. plaatst filmpjes op «https://www.tiktok.com/@kottermeisje.tx»
Facebook vader: «facebook.com/glenn.wijngaarde.mariniers»
moeder zet foto's van de kinderen op «instagram.com/chay_en_kids»
Stiefvader adverteert op «https://www.marktplaats.nl/u/hidde-bouma/18823411/»
«snapchat.com/add/quintenknol07» (account jeugdige)
YouTube-kanaal vader: «https://youtube.com/@stoyan_varna_vlogs»
"""
