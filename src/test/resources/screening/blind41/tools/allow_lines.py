# Hand-written ALLOW lines for blind41.
PLACE = r"""
Moeder is met de kinderen verhuisd van Vaals naar Stein.
Vader woont in Beek, de kinderen in Nuth.
Die Familie ist von Eschweiler nach Kerkrade gezogen.
Oma woont in Epen, vlak bij de Belgische grens.
De jongen fietst elke dag van Mheer naar Eijsden.
Weekendcontact in Eys en Wahlwiller.
De moeder is opgegroeid in Noorbeek.
Vader woont sinds de zomer in Bocholtz.
verhuizing naar Ubach over Worms gepland
Het gezin komt oorspronkelijk uit Hoensbroek.
Amstenrade, wijk rondom het kasteel
Die Großeltern wohnen in Simmerath, in der Eifel.
Moeder heeft familie in Tongeren en Maaseik.
J. gaat op vrijdag naar Schinveld, bij de zus van moeder.
De kinderen zijn in Elsloo geboren en getogen.
wonen sinds 2019 in Heerlerheide
In Meezenbroek en MSP zijn de zorgen over jeugdoverlast groot.
Vader komt uit Eritrea, moeder uit Ethiopië.
Het gezin vluchtte in 2016 via Turkije uit Syrië.
Opa's familie kwam uit Silezië naar de mijnen van Brunssum.
De familie van vader komt uit de Abruzzen.
moeder groeide op in Ljubljana, vader in Eygelshoven
Die Mutter stammt aus Polen, aus der Nähe von Kattowitz.
Ze gaan in de vakantie naar Gaziantep.
Vakantie in Voeren (België) bij de familie.
Het kind zit op school in Gulpen en sport in Wittem.
Vader werkt in Aken en woont in Vaals.
moeder slaapt soms in Malberg bij een vriendin
Kerkrade-West, Chevremont en Bleijerheide: wisselende woonplekken.
De jongen hangt rond bij het station van Sittard.
Schimmert en Hulsberg: de twee dorpen waar het netwerk zit.
Grens over naar Herzogenrath voor boodschappen.
Ze zijn verhuisd van Geleen-Zuid naar Lindenheuvel.
Margraten, Banholt en Cadier en Keer zijn in beeld als opvangplek.
KLIMMEN
Die Familie wohnt jetzt in Landgraaf, nahe der Grenze.
oma woont in Simpelveld, opa in Ubachsberg
Het meisje logeert vaak in Voerendaal.
De Heksenberg en Zeswegen: daar ligt de nieuwe woning.
Moeder vertrok naar Luik en kwam na drie dagen terug.
Vader verblijft in Hasselt.
Weekends bij opa in Nieuwenhagen.
Kinderen wonen afwisselend in Rothem en Meerssen.
familie zit verspreid over Valkenburg, Berg en Terblijt en Houthem
Het gezin is afkomstig uit Asmara.
De broer van moeder woont in Mönchengladbach.
Vader werkt in Genk, in de mijnstreek aan de overkant.
In Brunssum-Noord is een vaste plek bij de kerk.
Jabeek en Bingelrade zijn de dorpen van de familie.
Amby, Heer en Scharn: de wijken waar moeder eerder woonde.
"""
INSTITUTION = r"""
M. is opgenomen op de kinderafdeling van het MUMC+.
Zuyderland Heerlen heeft een SEH-melding gedaan.
Mondriaan Jeugd start met traumabehandeling.
Koraal biedt een logeerplek in Maastricht.
Xonar heeft moeder opgevangen in de vrouwenopvang.
Veilig Thuis Zuid-Limburg heeft de melding in onderzoek.
Jeugdbescherming Limburg is betrokken bij de broer.
De GGD Zuid-Limburg doet het onderzoek op school.
Woonpunt heeft een huisuitzetting aangekondigd.
Wonen Limburg biedt een andere woning aan.
Heemwonen heeft een gesprek gepland over overlast.
J. zit op Sint Jansgeleen, het basisonderwijs in Geleen.
Maria Gewanden in Brunssum biedt dagbesteding aan opa.
De kinderen gaan naar basisschool Kapelaan Kuipers.
Op de Mgr. Hanssenschool in Hoensbroek is een schoolmaatschappelijk werker.
Het Bernardinuscollege meldt veel verzuim.
Zuyderland locatie Sittard-Geleen zag de jongen op de SEH.
Die Mutter ist in der Uniklinik RWTH Aachen behandelt worden.
Het Sint-Jan ziekenhuis in Genk verwees naar Zuid-Limburg.
Het Porta Mosana College heeft de zorgcoördinator ingeschakeld.
het Sint-Maartenscollege: zorgteam vergadert donderdag
Rode Kruis Maastricht ondersteunt bij de gezinshereniging.
Vluchtelingenwerk Zuid-Limburg begeleidt het gezin.
Stichting Leergeld Parkstad betaalt de sportclub.
De jongen speelt bij Roda JC jeugd.
Het meisje turnt bij Sporting Heerlen.
Moskee Fatih in Heerlen is een belangrijk steunpunt.
De Sint-Servaasbasiliek koor: moeder zingt er.
De Raad voor de Kinderbescherming regio Limburg doet onderzoek.
Rechtbank Limburg, zittingsplaats Maastricht, heeft de OTS uitgesproken.
Politie eenheid Limburg, basisteam Heuvelland, heeft twee keer een zorgmelding gemaakt.
Jugendamt der StädteRegion Aachen ist informiert.
Het Kinder- en Jongerenhuis in Kerkrade ziet de jongen wekelijks.
De Gastouderopvang Hoop en Vrede vangt de jongste op.
Huize Thuis, de opvang in Valkenburg, heeft plek.
Cicero Zuid-Limburg levert thuiszorg aan opa.
Het Vincent van Gogh Instituut heeft een bed, maar behandeling loopt via Mondriaan Heerlen.
MEE Zuid-Limburg helpt bij de aanvraag Wlz.
Trajectum heeft een diagnose LVB gesteld.
Het Gerardus Majella college in Hoensbroek begeleidt de jongen.
Vader is in behandeling bij de verslavingszorg van Mondriaan in Heerlen.
basisschool De Roos in Geleen
Pleegzorg via Rubicon Jeugdzorg loopt sinds de zomer.
Kindcentrum Sint Martinus in Vaals meldt zorgen.
Stichting Kinderopvang Parkstad heeft het kind uitgeschreven.
Sint-Jozefschool Bocholtz: verzuim gemeld bij leerplicht.
Het Centrum voor Jeugd en Gezin Maastricht-Heuvelland is betrokken.
Moeder gaat naar de Turkse vrouwenvereniging in Heerlen.
Die Caritas in Aachen hat Kleidung gegeben.
Het Eritrees-orthodoxe kerkgenootschap in Heerlen steunt moeder.
"""
EVENT_DATE = r"""
Op 3. Mai 2026 war die Polizei im Haus.
Huisbezoek op 14-10-2026 door de jeugdverpleegkundige.
Melding Veilig Thuis op 21.09.2026.
Consult JGZ op 02-11-2026: gewicht laag.
Op 17 oktober 2026 is de jongen weggelopen.
Opname MUMC+ op 2026-08-30.
Zitting rechtbank 12.12.2026
VHT-bespreking op dinsdag 24 november.
Am 1. Juni 2026 hat die Mutter das Haus verlassen.
Ruzie op 31-08-2026, politie ter plaatse.
Consultatiebureau 4 weken-check op 19-10-2026, goed gegroeid.
De baby had op 5-11-2026 de 2-maandenprik.
Incident op school op 9 september 2026.
Op 28.10.2026 Gespräch mit dem Jugendamt.
Ziekenhuisopname moeder van 2 t/m 9 oktober 2026.
Het kind kwam op 15-9-2026 met een blauw oog op school.
Op 1 januari 2026 ontstond ruzie tijdens oud en nieuw.
Datum melding: 07-11-2026
Schorsing van school op 22/10/2026.
Sinds 11 november 2026 woont vader weer thuis.
Carnaval 2026 (14-17 feb): escalatie in het café.
Huisarts zag de jongste op 13.10.2026.
Op 20 Oktober 2026 wurde das Kind in Obhut genommen.
Zorgoverleg school op 4-12-2026.
Overdracht naar Veilig Thuis op 26 november 2026.
Geboorte broertje verwacht half januari.
Op 10-10-2026 ging de melding uit naar de RvdK.
Zwangerschapscontrole op 3 november, alles goed.
De politie is op 6.9.2026 drie keer gebeld.
Op de verjaardag van de jongen (oktober) escaleerde het feest.
"""
PROFESSIONAL = r"""
Inbrenger: Sjoerd Pelzers, jeugdarts, GGD Zuid-Limburg
Vaste deelnemer: Merel Bastiaens, Veilig Thuis Zuid-Limburg
Gedragsdeskundige geraadpleegd: Ja, Tamara Kerckhoffs (orthopedagoog Koraal), 18-11-2026
Inbrenger: Ilknur Özdemir, jeugdverpleegkundige, GGD Zuid-Limburg
Vaste deelnemer: Ralf Heckmanns, Sociaal wijkteam Kerkrade
De jeugdarts van de GGD heeft het kind gezien.
De schoolverpleegkundige van het Porta Mosana College is betrokken.
Die Kinderärztin im Uniklinikum hat Verletzungen festgestellt.
gezinsvoogd van Jeugdbescherming Limburg zit bij de bespreking
De huisarts heeft doorverwezen naar Mondriaan.
De wijkagent van Brunssum kent het gezin.
Die Sozialarbeiterin vom Jugendamt Aachen ruft zurück.
De jeugdverpleegkundige deed het huisbezoek samen met de gezinscoach.
De kinderarts van Zuyderland deed het letselonderzoek.
Inbrenger: Youssef Bakkali, casemanager, Jeugdbescherming Limburg
Vaste deelnemer: Annemie Goffin, Toegang gemeente Sittard-Geleen
Gedragswetenschapper geraadpleegd: Ja, Dirk Vanhoof, GZ-psycholoog Mondriaan
De leerplichtambtenaar van Heerlen heeft een proces-verbaal opgemaakt.
Consulent van Woonpunt belt wekelijks met moeder.
De verloskundige in Meerssen maakte zich zorgen.
Inbrenger: Katarzyna Wróbel, ambulant hulpverlener, Xonar
De mentor en de zorgcoördinator van school zijn op de hoogte.
Kraamverzorgende heeft de situatie gemeld.
De tolk Tigrinya was aanwezig bij het gesprek.
Vaste deelnemer: Pim Moonen, CJG Maastricht-Heuvelland
De psychiater van Mondriaan stelt medicatie in.
Die Lehrerin in Herzogenrath hat einen Brief geschrieben.
Gedragsdeskundige geraadpleegd: Ja, Noor El Idrissi (gedragswetenschapper Veilig Thuis Zuid-Limburg)
De sociaal raadsvrouw van Xonar helpt met de schulden.
Inbrenger: Jos Vaessen, gezinscoach, Sociaal team Landgraaf
"""
AGE = r"""
Het meisje is 14 jaar en wil gehoord worden.
Der Junge ist 9 Jahre alt.
broertje van 6 en zusje van 11
moeder is 23, vader 41
J. (2012), nu 14 jaar oud
De baby is 7 weken oud.
oudste zoon is achttien jaar
Het kind is net 3 geworden.
zwangerschap van 28 weken
Jongen van 16 met een LVB (IQ rond 65).
Die Tochter ist vierzehn.
Kinderen: 2, 5 en 8 jaar.
Moeder was 17 toen ze zwanger werd.
Oma is 79 en slecht ter been.
K. (2019) is nu zeven.
peuter van twee en een half
de tweeling is 12
De jongste is 4 maanden.
Vader (1975) is 51 jaar.
jongen, 13 jaar, eerste klas vmbo
"""
ORG_NUMBER = r"""
Veilig Thuis is 24/7 bereikbaar via 0800-2000.
Bij acuut gevaar: 112.
Kindertelefoon: 0800-0432.
VHT-nummer VHT-2026-0117
Dossier bekend bij het VHT onder VHT-2026-0089.
KvK Xonar: 14063470
AGB-code huisartsenpraktijk: 01012345
Politie geen spoed: 0900-8844.
Gemeente Heerlen via 14 045.
Score ARIJ: 3 risicofactoren, 2 beschermende.
Veiligheidsscore 4 op 10
Medicatie: methylfenidaat 2 x 10 mg
Sorgentelefon der Kinder: 116 111.
Zaaknummer van de VHT-bespreking: VHT-2026-0241
SDQ-score 21 (verhoogd)
Buurtzorg Jong, KvK 41189230
Week 46 bespreking.
Jugendamt Aachen Servicenummer 0241 5198 0
IQ 72 volgens Trajectum.
Postbus 410, Heerlen (Veilig Thuis Zuid-Limburg)
"""
