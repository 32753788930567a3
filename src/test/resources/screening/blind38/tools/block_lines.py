# Hand-written BLOCK lines for blind set 38. Spans are marked with «...».
# Placeholders {BSN...} and {IBAN...} are filled by gen_sentences.py with seeded random valid numbers.
NAME = r'''
Pt. «Jesse van de Ven», 13 jr, verwezen door huisarts ivm buikpijn en schoolverzuim.
Geachte collega, hierbij verwijs ik «Noor Swinkels» naar de polikliniek kindergeneeskunde.
Moeder (1988) noemt haar broer «Twan» als steun, hij woont in Mierlo.
oma «mieke» past op woensdag op de kinderen, ook als vader gedronken heeft
Patiënt: «SMULDERS, Daan» | Opname SEH Catharina Ziekenhuis
dhr. «Hurkmans» (buurman) heeft de politie gebeld om 02.15u
Volgens «Serkan» (stiefvader) is er niets aan de hand, "gewoon ruzie".
Opa «Harrie van Asten» haalt de jongens op van school.
«Claassen» belde terug: moeder is niet op de afspraak verschenen.
De vriend van moeder, «Kamil Nowak», verblijft sinds de zomer in huis.
«Priya»'s moeder: "We moved here for my husband's job, we have no family in Holland."
Father «Rajesh Iyer» stated: "I don't want the school to be involved in this."
Tante «Gülsen» (zus van moeder) vangt de meisjes op als het thuis escaleert.
«Hamza El Idrissi» (broer van vader, 24) wordt door moeder als dreiging genoemd.
mw. «Verhoeven» van het wijkteam belde om 14.00 over de melding van school.
Met collegiale groet, dr. «M.A. Peeters», kinderarts
cc: huisarts «R. van den Heuvel»
«Wei Chen» (vader) werkt bij een chipbedrijf en is vaak weken in Shanghai.
zusje «Lin» slaapt nog steeds bij moeder in bed
| broer | «Dimitar» | 17 jr | woont bij vader |
Buurvrouw «Annie Coolen» heeft de kinderen 's nachts opgevangen.
TANTE «RIA» WIL NIET MEER BETROKKEN WORDEN
«Bram»'s juf maakt zich zorgen over blauwe plekken op zijn bovenarm.
Anamnese (via moeder en oma «Lenie»): al jaren slecht slapen.
gesprek met «Magda» (moeder) en haar vriend, tolk Pools aanwezig
De nieuwe partner van vader heet «Sandra» en is ook al bekend bij VT.
«Jiayi» vertelt dat ze thuis moet koken voor haar broertjes.
Fam. «Swinkels-Hendriks» weigert verdere hulp van het wijkteam.
Ex-partner «Ruud Gevers» is vorige maand vrijgelaten.
i.o.m. dr. «Aarts» (SEH-arts) röntgen van de pols verricht
broertje «Ilyas» gaat naar de opvang in Stratum
Vriendin «Kimberly» (16) haalt haar vaak op na school.
«Piotr» (vader) is naar Polen vertrokken en neemt de telefoon niet op.
Op het dagverblijf vertelt «Teun» dat papa mama "heel hard" heeft geslagen.
Oom «Ahmad Al-Khatib» is de enige in het netwerk die Nederlands spreekt.
«Manon» (de moeder) geeft aan dat ze het niet meer aankan.
| Naam | Relatie | | «Jolanda Swinkels» | grootmoeder mz |
«VAN DE VEN» heeft de afspraak bij GGzE afgezegd.
Hoe gaat het met «Sem»? Hij lijkt erg teruggetrokken sinds de opname.
Stiefzus «Esmee» (19) woont op kamers in Eindhoven, contact wisselend.
«Anand» en zijn vrouw staan open voor hulp, maar schamen zich.
Gesproken met «Radostina», moeder, met een Bulgaarse tolk erbij.
Vader «Georgi Petrov» erkent dat hij het kind heeft geslagen met een riem.
«Mustafa» (de oudste broer) neemt de vaderrol over sinds vader in detentie zit.
Uitgewerkt dictaat: moeder en «Fenne» zijn op maandag langs geweest punt nieuwe alinea
Volgens de mentor is «Lotte»'s verzuim opgelopen tot 80 uur.
de vriend van moeder (ene «Dave») komt alleen 's avonds
Melding door «Henk Smulders» (opa vz): kinderen lopen om 22.00 nog buiten.
Pt. «Y. Kaplan», m, 4 jr, gezien op SEH ivm val van de trap
«Zeynep» (moeder) wil terug naar haar familie in Turkije.
cc: mr. «J.P. van Gerwen», advocaat van vader
De dochter van de buren, «Fleur», past regelmatig op.
Oma «Cato van den Heuvel» is vorig jaar overleden; sindsdien gaat het slechter.
Opgehaald door «Stijn» (oudere broer, 21) na het incident.
«Wouters» (gezinsvoogd) zegt dat de OTS wordt verlengd.
«Mariusz Kowalczyk» (partner moeder) heeft een straatverbod gehad.
ik heb «sanne» gebeld maar ze nam niet op
Volgens «Nadia» (moeder) is de school te streng voor haar zoon.
De kinderen noemen «Gerrit» "opa", maar hij is een buurman.
«Li Na» (moeder) studeerde aan de TU/e en spreekt goed Engels.
"«Arjun» has been very quiet since we moved to Veldhoven," said the mother.
«Bilal» (broer) is bekend bij de politie ivm straatroof.
uitslag besproken met mw. «Van Kemenade», moeder van J.
Moeder en «Kees» (haar vader) hebben al jaren ruzie over geld.
Samenvatting: «L. Verhoeven-Claassen» (moeder) was onder invloed bij de overdracht.
«Amina» en haar zus gaan naar de Arabische les in de moskee.
«Noah», het halfbroertje van 6, woont bij zijn vader in Geldrop.
Huisarts vermeldt: moeder «Saskia» gebruikt oxazepam sinds 2024.
Zusje «Hiba» (9) is erg angstig en plast weer in bed.
«Khalid» (vader) ontkent alles en wil een advocaat.
Brief t.a.v. de heer «B. Hurkmans» is retour gekomen.
«Tomasz» (11) heeft volgens juf honger als hij op school komt.
Anamnese: «Ivana» heeft sinds april geen menstruatie meer, zwangerschapstest negatief.
Bij het overleg was ook «Gijs» van de voetbalclub aanwezig.
zus van moeder («Maud») wil de kinderen tijdelijk opvangen
Vader («Vikram») reist veel, moeder is dan alleen met drie kinderen.
Oma «Xiu Ying» spreekt alleen Mandarijn en zorgt overdag voor het kind.
Contactpersoon school: dhr. «Van Lieshout», intern begeleider.
De babysitter («Julia», 17) zag de val van de bank.
Moeder heeft een nieuwe vriend uit Helmond, «Marco».
Gesproken met «Hendrik Jan» (opa) over de opvang tijdens de opname.
«Rania» wil niet dat haar vader weet waar ze is.
Ouders «Ahmet en Elif Şahin» zijn per 1 oktober gescheiden.
«KLAASSEN-VAN ASTEN» komt op de lijst van het netwerkberaad.
grote zus «yara» (15) doet het huishouden
De buurman, meneer «Raaijmakers», heeft de mishandeling gehoord.
Vader noemt «Chantal» als nieuwe partner, woont nog niet samen.
«Swinkels» zegt dat ze de kinderen nooit alleen laat.
Zusje «Sophie» en broertje «Luuk» zijn bij de crisisopvang geplaatst.
Dictaat: gebeld met meneer «Dragomir» komma vader van de jongens punt
«Tessa» (17) vertelt dat ze al twee jaar zelf haar medicijnen regelt.
«Aisha»'s oom komt soms onverwacht langs en dan is het onrustig.
«Jan-Willem van der Heijden» (vader) werkt in ploegendienst bij DAF.
Oma «Bep» uit Someren wil graag helpen maar is zelf ziek.
Volgens «Daphne» (pleegmoeder) gaat het beter op school.
De jongen noemt «Ricardo» als de man die thuis schreeuwt.
Verwezen door dr. «S. Hendriks», huisarts te Best.
Uit de ontslagbrief: pt. «Anna Kowalska» kreeg 2 dd paracetamol.
«Emre» zit in 3 havo en wil later piloot worden.
Uw patiënt «Milan van de Laar» werd gezien op onze polikliniek.
'''
BIRTHDATE = r'''
Pt. J., geb. «14-03-2013», gezien op de SEH ivm een snijwond aan de hand.
Jeugdige: S. («17-08-2012»)
Geb.datum: «3/7/2014» (volgens de verwijsbrief van de huisarts)
DOB «12/04/2011», referred by the school doctor of the international school
geboren op «5 december 2010» in het Elkerliek in Helmond
gebdat «20150619» stond nog in de kopregel van de ontslagbrief
Zwangerschapsduur 36+2 wk, baby geboren «23-09-2026» in het Máxima MC, APGAR 8/9
| Geboortedatum | «09.02.2016» |
moeder is geboren «1 mei 1991» en was zelf uithuisgeplaatst als kind
GEB. «21-11-2009», ZOON VAN MOEDER UIT EERDERE RELATIE
Date of birth child: «4 March 2014» (as stated by father)
B. werd op «30 jan. 2018» geboren, 6 weken te vroeg.
Patiënt (m), geb «2012-11-05», allergie: penicilline
zusje geb. «7-5-'19», zit bij de peuteropvang
Kind is geboren op «12.10.2013» volgens het paspoort.
broertje D. («01-04-2020») is nog niet gesproken
verjaardag en geboortedatum: «17 sept 2015»
Geboren: «2 juli 2008», dus vanaf zomer 18 jaar; verlengde jeugdhulp aangevraagd.
'''
ID_NUMBER = r'''
Patiëntnummer Catharina Ziekenhuis: «4471829»
MMC patnr «0082-339-41» | afd. kindergeneeskunde
Elkerliek pat.nr. «E2071553», opname 12 okt.
Dossiernummer Veilig Thuis: «VT-ZOB-2026-118327»
cliëntnr JBB «JB 0417762»
GGzE cliënt-ID «7712-04-88» graag vermelden bij terugkoppeling
Lunet zorg dossier «LZ/19/30044»
leerlingnummer «SC-118904» (Summa College)
Indian passport no. «Z4418823» of mother expires in 2027
V-nummer van vader: «3027718446»
polisnummer zorgverzekering «A 211 847 003»
huurdernummer Woonbedrijf «1180-4472-09»
zaaknr. politie «PL2100-2026291847» (aangifte mishandeling)
Verblijfsvergunning nr «NL8KX41P9» moet verlengd worden
'''
ADDRESS = r'''
Gezin woont sinds 2024 op «Kruisstraat 211-B» in Woensel.
adres oma: «Mierloseweg 88a», Helmond
Politie ter plaatse «Tongelresestraat 47 bis» ivm burenruzie
Vader verblijft nu bij een vriend aan de «Boschdijk 740».
| Adres | «Stationsstraat 19» Deurne |
De woning aan de «Heuvel 3-A» in Geldrop is ontruimd.
Moeder is verhuisd naar «Burgemeester van Hooffln 112», Veldhoven.
OPVANGADRES: «HOOFDSTRAAT 64», BEST
Incident vond plaats bij het huis van opa, «Berg 12» in Nuenen.
woonadres: «Dorpsstraat 5 rd», Someren
Bezorgadres medicatie: «Aalsterweg 301 hs»
'''
POSTCODE = r'''
Postcode gezin: «5616 KL»
Woonplaats Helmond, postcode «5707AB», flat van Woonpartners
| Pc | «5751 TZ» | Deurne |
Moeder heeft een kamer in «5503 ME» Veldhoven (via Wooninc).
pc «5421 xc» Gemert
vader schreef op het formulier: «5684RN» Best
ADRES ONBEKEND, POSTCODE «5663 HB» GELDROP
Retourpost ging naar «5551 BD» Valkenswaard.
De oma woont in «5721 GK» Asten, vlak bij school.
postcode in Bergeijk «5571 MA», verder geen gegevens
nieuwe postcode «5531AC» (Bladel) doorgegeven aan de GI
'''
BSN = r'''
BSN: «{BSN}»
bsn moeder «{BSN_DOT}»
BSN kind «{BSN_SP}» (staat op het verwijsformulier)
Burgerservicenummer vader: «{BSN_DASH}»
| BSN | «{BSN}» |
het bsn van oma («{BSN8}») klopt niet volgens de SVB
Pt. J., BSN «{BSN}», 15 jr
Citizen service number of the child: «{BSN}»
BSN «{BSN_DOT}» graag niet meer mailen
ontslagbrief: burgerservicenr. «{BSN}»
Aanvraag PGB op «{BSN_SP}» afgewezen
'''
PHONE = r'''
Moeder is bereikbaar op «06-38291044».
tel. oma: «040-2817733»
Vader: «+31 6 1948 2260» (alleen WhatsApp)
Father's Indian number «+91 98450 11873», he is in Pune until December.
buurvrouw belt vanaf «0492 537 118»
| Telefoon | «0493-319021» |
TEL VADER «0612770549»
nummer van de tante in Polen: «+48 601 228 417»
bel «06 - 47 18 33 02» (oom) bij nood
Oma in Bulgarije: «+359 88 412 3390»
Moeder heeft nieuw nummer: «0031 6 20148877»
'''
EMAIL = r'''
mailadres moeder: «manon.swinkels1986@gmail.com»
Vader mailt vanaf «r.iyer.family@outlook.com» en reageert snel.
| E-mail | «fam.vandeven@kpnmail.nl» |
Stuur de uitnodiging ook naar «ziggy_hurkmans@hotmail.com» (stiefvader).
Mother's email: «lina.chen.nl@gmail.com»
e-mail oma «j.claassen@onsbrabantnet.nl»
«georgi.petrov87@abv.bg» is het adres van vader in Bulgarije.
school heeft mail gehad van «zeynep_s_2003@hotmail.nl»
MAIL VIA «ahmad.alkhatib@live.nl» (OOM)
'''
IBAN = r'''
Huur wordt betaald vanaf «{IBAN_NL:RABO}» (rekening van oma).
IBAN vader: «{IBAN_NLG:INGB}»
Kinderbijslag komt binnen op «{IBAN_NL:ABNA}»
Teruggaaf toeslagen naar «{IBAN_NLG:SNSB}» gestort.
Moeder heeft een Poolse rekening «{IBAN_PL}»
| Rekening | «{IBAN_NL:TRIO}» |
Vader stuurt alimentatie vanaf «{IBAN_BG}»
bankrekening tante «{IBAN_NL:INGB}», graag niet gebruiken
Bewindvoerder beheert nu «{IBAN_NLG:RABO}» van moeder.
'''
URL = r'''
Moeder plaatst filmpjes van de kinderen op «https://www.tiktok.com/@mama_van_3_uit_helmond»
Vader: «https://www.facebook.com/georgi.petrov.3391»
Instagram van de jeugdige: «instagram.com/noorr.swnkls»
Father's LinkedIn: «https://www.linkedin.com/in/rajesh-iyer-4a7712b9»
Snap van de vriend: «snapchat.com/add/kamil_nwk»
Zie zijn YouTube-kanaal «https://www.youtube.com/@DaanGamingNL»
'''
