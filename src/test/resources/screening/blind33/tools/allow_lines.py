# Hand-written ALLOW lines for blind33.
PLACE = r"""
Moeder is met de kinderen naar Driehuis verhuisd.
Vader woont sinds de scheiding in Overveen.
Oma woont in Limmen, dat is 20 min fietsen.
Opvang kan bij de tante in Akersloot.
Gezin woont in Wijk aan Zee, vlak bij de boulevard.
De jongste zit op een school in Santpoort-Noord.
Santpoort-Zuid: daar woont de biologische vader.
Familie komt oorspronkelijk uit Heemskerk.
HEEMSKERK – melding via politie basisteam
vanuit Aerdenhout naar Zandvoort verhuisd (tijdelijk)
Spaarndam, op de boot van een kennis (wonen op het water).
jongen fietst elke dag van Vijfhuizen naar Haarlem
Tijdelijk bij vrienden in Uitgeest
moeder wil terug naar Castricum
Zorgen over de jongste in Bakkum (vakantiepark).
logeert regelmatig in Velsen-Noord
Velserbroek – nieuwe huurwoning sinds de zomer
Vader werkt in Beverwijk op de Bazaar.
Ouders zijn gescheiden, vader in Bloemendaal, moeder in Heemstede.
Bennebroek en Vogelenzang: familie aan beide kanten
gezin woont in Schalkwijk, Boerhaavewijk
Zij zijn verhuisd naar het Rozenprieel.
Kinderen spelen buiten in het Kleverpark.
woning in de Vondelbuurt is te klein voor 6 personen
moeder komt uit het Garenkokerskwartier
In Parkwijk (Haarlem-Noord) zijn er vaker meldingen.
Bentveld: vader verblijft in een vakantiehuisje.
Weekend bij opa in Cruquius
Woonwagenkamp in Halfweg
Vader heeft werk gevonden in Zwanenburg.
Broer woont in Badhoevedorp.
Beide ouders zijn opgegroeid in Konya (Turkije).
Moeder komt uit Nador, vader uit Al Hoceima.
De familie van vader woont in Lublin, Polen.
Vader reist vaak naar Plovdiv in Bulgarije.
Gezin komt uit Willemstad (Curaçao), wijk Otrobanda.
Oma woont in Bandabou.
Gevlucht uit Aleppo, daarna twee jaar in Gaziantep.
Familie verblijft deels in Idlib, geen contact mogelijk.
Zomervakantie bij familie in Kayseri, terug 20-8.
Zus woont in Pazardzhik met haar man.
Oom woont in Gdańsk en komt in december.
Vader woont in Egmond aan Zee.
Vader komt uit Heiloo, moeder uit Schoorl.
Opa woont in Assendelft.
De kinderen logeren soms in Hillegom.
Na de uithuisplaatsing naar Hoofddorp
Net over de gemeentegrens: IJmuiden-Oost
AZC Heerhugowaard: daar verbleef het gezin eerst
kind woont afwisselend in Spaarnwoude en Haarlem-Oost
""".strip('\n').split('\n')

INSTITUTION = r"""
Opname op de kinderafdeling van het Spaarne Gasthuis.
Bevalling was in het Kennemer Gasthuis (nu Spaarne Gasthuis).
Gezien op de SEH van het Rode Kruis Ziekenhuis Beverwijk.
Brandwondencentrum Beverwijk heeft de wond behandeld.
Moeder is in behandeling bij GGZ inGeest.
Kenter Jeugdhulp start met ambulante gezinsbegeleiding.
Jeugdbescherming Noord heeft de OTS uitgevoerd.
Melding gedaan bij Veilig Thuis Kennemerland.
Sociaal Wijkteam Haarlem Oost heeft procesregie.
Zorgbalans levert thuiszorg aan oma.
Ymere heeft een ontruimingsprocedure gestart.
Pre Wonen wil een gesprek over overlast.
Woningbedrijf Velsen heeft een urgentie afgewezen.
Jongen zit op het Mendel College.
Zus gaat naar het Coornhert Lyceum.
Oudste is geschorst op het Kennemer College in Beverwijk.
Ichthus Lyceum Driehuis: veel verzuim.
Vellesan College meldt dat hij niet meer komt.
Gymnasium Felisenum heeft zorgen geuit.
Bonhoeffer College Castricum, locatie Bonhoeffer, heeft een zorgmelding gedaan.
Het Sancta Maria in Haarlem heeft een time-out gegeven.
Basisschool De Sinnevelt heeft gebeld.
Anne Frankschool: kind komt zonder ontbijt.
Jan Ligthartschool meldt blauwe plekken.
Heliomare in Wijk aan Zee doet de revalidatie.
De Hartekamp Groep biedt logeeropvang.
Dijk en Duin (Parnassia) doet de diagnostiek.
Brijder Verslavingszorg Haarlem: vader op de wachtlijst.
Leger des Heils Haarlem biedt beschermd wonen.
Raad voor de Kinderbescherming, locatie Haarlem, doet onderzoek.
Rechtbank Noord-Holland, zittingsplaats Haarlem, heeft de OTS verlengd.
Politie basisteam Kennemerland-Noord heeft een zorgmelding gemaakt.
Moeder gaat naar de Mevlana Moskee.
Vader bezoekt de Ayasofya moskee in Haarlem.
Kinderen gaan naar zondagsschool bij de Sint-Agathakerk.
Vrijwilligerswerk bij de Nieuwe Bavo.
Jongen voetbalt bij Stormvogels.
Hij traint bij Telstar in de jeugdopleiding.
Speelt bij Koninklijke HFC.
MEE & De Wering ondersteunt moeder.
Kinderdagverblijf Hoera in Velserbroek ziet verwaarlozing.
Teylers Museum: schoolreisje waar het mis ging.
Jongerenproject van het Frans Hals Museum is gestopt.
GGD Kennemerland, afdeling JGZ, is betrokken.
Jeugdgezondheidszorg Kennemerland ziet de baby.
Triversum in Alkmaar (kinder- en jeugdpsychiatrie).
De Jutters heeft een intake gedaan.
Kwadraad maatschappelijk werk regelt schuldhulp.
Stichting Sint Jacob: oma woont daar.
Viva! Zorggroep doet de wijkverpleging.
""".strip('\n').split('\n')

EVENT_DATE = r"""
Incident op 03-11-2026 rond 22.00 uur.
Huisbezoek gepland op 2026-11-17.
Eerste melding bij VT was op 12-06-2019.
Opname Spaarne Gasthuis van 3 nov. tot 7 nov.
Laatste VHT-bespreking: 14/10/26
Sinds 21 februari 2024 in beeld bij het wijkteam.
Zitting rechtbank 9 dec. '26, 10.30 uur
Politie ter plaatse op 1-1-2026 (oud en nieuw).
Consultatiebureau: baby gewogen op 05-10-2026, groei goed.
Kraamzorg aanwezig van 2 t/m 10 sept.
Schorsing van 30-09-2026 tot en met 02-10-2026.
Ontruiming aangekondigd per 01-02-2027
Evaluatie OTS: 15-12-2026
di 24 nov. 14.00 uur netwerkberaad
Opname moeder 19-10-2026, ontslag 22-10-2026.
Verhuizing naar Velserbroek op 31.08.2026.
Op 3 november 2014 eerste melding (oud dossier).
OTS uitgesproken op 07/09/2025.
Op Suikerfeest (30-3) was er ruzie.
Tijdens Koningsdag in Haarlem liep hij weg.
Laatste contact met vader: week 44.
Schooljaar 2025/2026: 23 uur verzuim.
Overdracht aan Kenter per 1 dec.
Uithuisplaatsing 12-03-2025, terug thuis 02-07-2025.
Gesprek met jeugdige op 28/10/'26.
Mailwisseling van 2026-11-02 09:14.
Aangifte gedaan op 4 nov. jl.
Beschikking ondertoezichtstelling d.d. 17-03-2026.
Zorgmelding politie 6 okt 2026, 02.40 uur.
Moeder weer thuis sinds maandag 16 november.
""".strip('\n').split('\n')

PROFESSIONAL = r"""
Inbrenger: Femke Hoogland, jeugdconsulent, Sociaal Wijkteam Haarlem
Vaste deelnemer: Roel Verbeek, Veilig Thuis Kennemerland
Gedragsdeskundige geraadpleegd: ja, Nesrin Kaplan (orthopedagoog Kenter), op 10-11-2026
Inbrenger (naam, functie, organisatie): Wouter Brinkman, gezinsvoogd, Jeugdbescherming Noord
Vaste deelnemer: Samira Lahlou, gemeente Velsen
De jeugdarts van de GGD heeft het kind gezien.
Gezinsvoogd van Jeugdbescherming Noord is op de hoogte.
de huisarts in IJmuiden heeft doorverwezen
Mentor van het Kennemer College is aanwezig bij het netwerkberaad.
Wijkagent Velserbroek heeft contact met vader.
Raadsonderzoeker van de RvdK sluit aan.
De ambulant hulpverlener van Kenter komt 2x per week.
Psychiater GGZ inGeest stelt medicatie in.
Kinderarts Spaarne Gasthuis vermoedt niet-toevallig letsel.
jeugdverpleegkundige JGZ doet het huisbezoek
casemanager Veilig Thuis Kennemerland heeft het onderzoek afgerond
Maatschappelijk werker Kwadraad begeleidt de schulden.
IB'er van de basisschool heeft zorgen.
consulent Pre Wonen heeft een overlastdossier aangelegd
de advocaat van vader wil het verslag ontvangen
Tolk Turks via Global Talk bij elk gesprek.
Inbrenger: Pieter-Jan Akkerman, procesregisseur, Sociaal Wijkteam Heemskerk
Vaste deelnemer: Ilse Kuijpers, Toegang Beverwijk
Gedragswetenschapper geraadpleegd: Kees de Lange, GZ-psycholoog Kenter, 3-11-2026
Verloskundige heeft zorgen over de voorbereiding op de bevalling.
kraamverzorgster ziet een onveilige slaapplek
Leerplichtambtenaar gemeente Velsen heeft een proces-verbaal opgemaakt.
de voogd van het Leger des Heils
Schuldhulpverlener van de gemeente Haarlem
GZ-psycholoog Dijk en Duin doet een onderzoek naar hechting.
""".strip('\n').split('\n')

AGE = r"""
Jeugdige is 14 jaar en zit in de tweede klas.
Baby van 6 weken.
Broertje (3) gaat naar de peuteropvang.
Moeder is 32, vader is 45.
Oudste dochter is inmiddels 18 en woont zelfstandig.
J. (2011) wordt in maart 16.
Kind van 9 maanden, nog geen BCG.
zoon, 17 jr, blowt dagelijks
Jongste is anderhalf.
Alle drie de kinderen zijn onder de 12.
Tweeling van 7.
Stiefvader is 10 jaar jonger dan moeder.
Jeugdige (15) wil zelf gehoord worden.
Meisje is 12 jaar en 3 maanden.
moeder was 16 toen ze zwanger raakte
Oma is 81 en kan de zorg niet meer aan.
Kind is 4 en praat nauwelijks.
Halfbroer (21) woont nog thuis.
Zwangerschap van 28 weken.
Zoon is net 13 geworden.
""".strip('\n').split('\n')

ORG_NUMBER = r"""
Bij acute onveiligheid: 112 bellen.
Veilig Thuis is 24/7 bereikbaar op 0800-2000.
Kindertelefoon 0800-0432 staat op de koelkast.
Politie geen spoed: 0900-8844.
Moeder heeft 113 gebeld (zelfmoordpreventie).
Gemeente Haarlem bereikbaar op 14 023.
Gemeente Velsen: 14 0255.
VHT-nummer: VHT-2026-0117
Eerdere bespreking VHT-2025-0089.
KvK Kenter: {KVK0}
AGB-code praktijk {AGB0}
methylfenidaat 2 dd 10 mg
Vader krijgt 60 mg methadon per dag.
ARIJ-score veiligheid: 4 van 10
SDQ totaalscore 21 (afwijkend)
Schuld ruim 14.000 euro bij de Belastingdienst.
Buslijn 75 naar IJmuiden is de enige verbinding.
Huurachterstand: 3 maanden (ca. 2.400 euro).
Artikel 1:255 BW (OTS) is van toepassing.
KvK Stichting Buurtwerk: {KVK1}
""".strip('\n').split('\n')

ALL = {'PLACE': PLACE, 'INSTITUTION': INSTITUTION, 'EVENT_DATE': EVENT_DATE, 'PROFESSIONAL': PROFESSIONAL,
       'AGE': AGE, 'ORG_NUMBER': ORG_NUMBER}
