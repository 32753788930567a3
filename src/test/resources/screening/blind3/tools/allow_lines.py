PLACE = r"""
Moeder is met de kinderen verhuisd naar Hengelo (Gld).
Vader werkt in een kas in Bergen (NH) en komt alleen in het weekend thuis.
Het gezin komt oorspronkelijk uit Nieuw-Vennep.
J. verblijft op een gesloten groep in Sint-Michielsgestel.
Oma woont in Den Hoorn, vlak bij Delft.
Tante woont in Sint Jacobiparochie en kan de meisjes opvangen.
De zomervakantie werd doorgebracht bij familie in Oudega.
Het incident gebeurde op de kermis in Boxmeer.
Moeder is met de kinderen naar een opvanghuis in Zwolle gevlucht.
Voor de verhuizing woonde het gezin in Ter Aar.
De jongens logeren deze week in Oosterwolde (Fr).
Oom woont in Hoogezand, tante in Sappemeer.
Het gezin is van Emmen naar Klazienaveen verhuisd.
Moeder komt uit Cadier en Keer en heeft daar nog familie.
Ze zijn vorig jaar naar Valkenburg aan de Geul verhuisd.
Familie in Kerkrade en Landgraaf helpt mee met de opvang.
Vader woont sinds maart in IJsselmuiden.
Moeder heeft werk gevonden in Emmeloord.
De oudste is geplaatst bij een netwerkgezin in Wieringerwerf.
Oma woont in Koudekerk aan den Rijn en heeft geen auto.
De kinderen gaan in de zomer naar familie in Paterswolde.
Opa heeft een boerderij bij Sint Annaparochie.
Moeder werkt in de zomer in een hotel in Renesse.
Hij is opgepakt bij het station van Terneuzen.
De jongste zit op een crisisgroep in Harderwijk.
Vader verblijft bij zijn broer in Rijssen.
De oudste loopt stage bij een garage in Barneveld.
Ze zijn in de herfstvakantie naar een camping in Heino geweest.
Moeder wil terug naar Winschoten, waar haar zus woont.
Het gezin is via het aanmeldcentrum in Budel in Nederland gekomen.
Ze wonen in Beek en Donk, vader werkt in Helmond.
Moeder verhuisde van Maarssen naar Breukelen.
Oom heeft een melkveebedrijf in Anjum.
Grootouders wonen in Buitenpost en komen elke zondag.
| Woonplaats | Hoorn (NH) |
Het gezin woont op Ameland, in Hollum.
Ze verhuisden in 2025 van IJmuiden naar Velsen-Noord.
Het incident was op station Amersfoort Schothorst.
De familie van vader woont in Willemstad (Curaçao).
Oma woont in Stad aan 't Haringvliet.
Moeder is opgegroeid in 's-Gravenzande.
De kinderen zitten op school in Laren (NH).
Vader woont in Rijswijk (ZH), moeder in Delft.
Ouders wonen in Haaksbergen, oma in Eibergen.
GEZIN WOONT IN SNEEK, OPA EN OMA IN JOURE.
Tante woont in Sint Nicolaasga en werkt in Heerenveen.
Het gezin woonde tot 2024 in Johannesga.
Oma verhuisde van Annen naar Gasselte.
De jongens hebben een oom in Wijk bij Duurstede.
Vader is opgegroeid in Ruinerwold en Lutjegast.
"""

INSTITUTION = r"""
J. wordt behandeld bij Karakter in Nijmegen.
Vader is opgenomen in het Antonius Ziekenhuis in Sneek.
Moeder is bevallen in het Reinier de Graaf Gasthuis in Delft.
De jongste lag op de neonatologie van het Maxima MC in Veldhoven.
S. woont op een groep van Pluryn in Oosterbeek.
Er is een aanmelding gedaan bij 's Heeren Loo voor logeeropvang.
De Herlaarhof heeft een crisisbed voor J. vrijgehouden.
R. zit in de brugklas van het Willem de Zwijger College in Bussum.
Na school gaat hij naar de dagbehandeling van Accare in Groningen.
Moeder is in behandeling bij Lentis vanwege een depressie.
Kinnik (GGZ Friesland) doet de diagnostiek bij de oudste.
Vader volgt een ambulant traject bij Tactus Verslavingszorg.
Opname in het Jeroen Bosch Ziekenhuis na een overdosis.
De letselrapportage is gemaakt op de SEH van Isala in Zwolle.
Het UMCG heeft een forensisch-medisch onderzoek gedaan.
S. gaat naar de dagbesteding van Severinus in Veldhoven.
Bartiméus begeleidt het gezin vanwege de visuele beperking van S.
Jeugdhulp van Timon is sinds september betrokken.
Moeder heeft ondersteuning van Philadelphia Zorg.
Aanmelding bij Kentalis voor onderzoek naar taalontwikkeling.
De jongens gaan naar de naschoolse dagbehandeling van Jarabee.
Lindenhout biedt ambulante gezinsbegeleiding aan.
Crisisopvang is geregeld via Levvel in Amsterdam.
Moeder is opgenomen bij Parnassia in Den Haag.
De oudste is aangemeld bij Curium-LUMC voor een second opinion.
Vader is bekend bij de Jellinek.
Het Willem-Alexander Kinderziekenhuis heeft botbreuken van verschillende leeftijd gevonden.
De baby lag twee weken in het Amalia Kinderziekenhuis.
Het Beatrix Kinderziekenhuis in Groningen verwees door naar Veilig Thuis.
CWZ (Canisius Wilhelmina Ziekenhuis) meldt een eerder SEH-bezoek.
Laurentius Ziekenhuis Roermond heeft de zorgen gemeld.
Moeder heeft een intake bij Dimence in Deventer.
De jongste zit op de Anne Frankschool.
J. zit op het Piter Jelles in Leeuwarden.
Het Dr. Nassau College in Assen meldt veel verzuim.
De oudste gaat naar het Titus Brandsma Lyceum in Oss.
Het Jac. P. Thijsse College heeft een zorgmelding gedaan.
K. zit op het Carolus Borromeus College in Helmond.
Zorgcoördinator van het Thorbecke heeft contact opgenomen.
M. volgt de entreeopleiding bij het Noorderpoort.
Gezin is aangemeld bij Stichting Humanitas voor Home-Start.
Vader zit zijn straf uit in de PI Vught.
Rentray in Lelystad heeft J. op een behandelgroep geplaatst.
Er is contact met Nidos over de voogdij van de jongste.
Het COA-azc in Ter Apel heeft de zorgen doorgegeven.
Opvang via het Leger des Heils in Den Helder.
Moeder gaat naar de Blijf Groep.
Vader is aangemeld bij Reclassering Nederland, unit Noord-Holland.
J. krijgt traumabehandeling bij het Kinder- en Jeugdtraumacentrum van Levvel.
Logeeropvang bij Ipse de Bruggen in Zwammerdam.
"""

EVENT_DATE = r"""
Huisbezoek op 13-4-2026, moeder deed niet open.
Politie-inzet op 02/09/'26 na een melding van de buren.
Op 7 mrt. 2026 heeft vader de kinderen niet teruggebracht.
Zitting bij de kinderrechter gepland op 2026-11-30.
Sinds 21 juli 2026 geldt een tijdelijk huisverbod.
| Datum incident | 05-okt-2026 |
Het studioverhoor vond plaats op 18-02-2026.
Evaluatie met alle betrokkenen op 3.6.2026.
De OTS loopt af op 12 dec. 2026.
MELDING VEILIG THUIS 09-08-2026
Netwerkberaad gepland op di 1/12 om 15.00 uur.
De uithuisplaatsing was op vrijdag 29 mei 2026.
Kindgesprek gevoerd op 14 sept 2026 op school.
Na de ruzie van 30-6-2026 is vader vertrokken.
Datum netwerkberaad: 17-jan-'27
Moeder werd op 23-11-2025 opgenomen in de kliniek.
In de nacht van 31 december op 1 januari escaleerde het thuis.
Vanaf week 48 start de gezinsbehandeling.
De zorgmelding van 2 februari 2026 is door de wijkagent gedaan.
Op Koningsdag 2026 is J. dronken aangetroffen in het park.
De rechtbank heeft op 26-08-2026 de OTS met een jaar verlengd.
Laatste contact met vader was op 1 okt.
Aangifte gedaan op 2026-03-09 bij het politiebureau in Assen.
Verlenging van de machtiging uithuisplaatsing per 01-01-2027.
Huisverbod opgelegd op 15/5/2026 en verlengd tot 12/6/2026.
Crisisopname op 19-10-2026 om 23.40 uur.
Verzuim gemeld bij leerplicht op 6 okt. 2026.
Volgende VHT-bespreking: dinsdag 8 december 2026.
TERUGKOPPELING GESPREK 24-11-2026
Sinds de zomervakantie van 2025 is er geen contact meer met vader.
"""

PROFESSIONAL = r"""
De gezinsvoogd van Jeugdbescherming Gelderland heeft het gesprek gevoerd.
De wijkagent van team Emmen heeft het gezin bezocht.
De jeugdarts van GGD Fryslân ziet J. volgende week.
Gesprek gehad met de intern begeleider van de basisschool.
De huisarts heeft moeder doorverwezen naar de POH-GGZ.
De behandelaar van Karakter adviseert een klinische opname.
Volgens de mentor is J. de laatste weken teruggetrokken.
De voogd van Nidos is bij het gesprek aanwezig geweest.
De leerplichtambtenaar van de gemeente Assen is ingelicht.
De tolk Tigrinya was telefonisch aanwezig.
De raadsonderzoeker van de RvdK, regio Noord-Nederland, doet onderzoek.
De verloskundige maakt zich zorgen over de zwangerschap van moeder.
De gedragswetenschapper van ons team adviseert een netwerkberaad.
De kinderpsychiater van Accare heeft ADHD vastgesteld.
De reclasseringswerker van vader houdt toezicht op de enkelband.
De schuldhulpverlener van Humanitas helpt met de administratie.
De casusregisseur van Veilig Thuis Drenthe belt moeder deze week.
De gezinshuisouders in Drachten geven aan dat het goed gaat.
Er is contact geweest met de bewindvoerder van moeder.
De jongerenwerker in Lelystad kent J. goed.
MAATSCHAPPELIJK WERKER VAN HET WIJKTEAM IS BETROKKEN.
De zorgcoördinator van het vmbo heeft gebeld over verzuim.
Gesprek met de verpleegkundige van de crisisdienst.
De jurist van de gemeente adviseert een verzoek tot onderzoek bij de Raad.
Volgens de forensisch arts zijn de blauwe plekken niet goed verklaarbaar.
De logopedist meldt dat S. nauwelijks spreekt.
Contact met de trajectbegeleider van het COA.
De pleegzorgbegeleider heeft een matching gedaan met een netwerkgezin.
De wijkverpleegkundige komt twee keer per week bij moeder.
De burgemeester van Heerenveen heeft het huisverbod opgelegd.
"""

AGE = r"""
J. is 14 jaar en zit in 2 havo.
Moeder is 19 en heeft nauwelijks een netwerk.
De jongste is pas 8 maanden oud.
S. (16 jr) werkt in het weekend in een supermarkt.
Beide kinderen zijn tussen de 6 en 10 jaar.
vader is midden veertig en werkt fulltime
Opa is 78 en slecht ter been.
Tweeling van 3 jaar, gaat naar de peuteropvang.
Leeftijd oudste: 17, wordt binnenkort 18.
Baby van 6 weken verblijft met moeder in de opvang.
K. wordt volgende maand twaalf.
De halfbroer is 22 jaar en woont zelfstandig.
De meisjes zijn 11, 13 en 15 jaar.
Moeder was 16 toen zij zwanger raakte van de oudste.
A., 15 jaar, heeft een vriend van 24.
j. (13) spijbelt veel en blowt.
Het kind is 2,5 jaar en praat nog niet.
Moeder (31) heeft een licht verstandelijke beperking.
Y. (2011) is nu 15 jaar oud.
Vader, eind twintig, woont weer bij zijn ouders.
"""

ORG_NUMBER = r"""
Bij acute zorgen kan moeder Veilig Thuis bellen: 0800-2000 (gratis, 24/7).
De Kindertelefoon (0800-0432) staat in het veiligheidsplan van J.
113 Zelfmoordpreventie is ook bereikbaar via 0800-0113.
KvK-nummer van de zorgaanbieder: 41187241
AGB-code van de praktijk: 94063118
Politie zonder spoed: 0900-8844
Bij nood belt moeder 112, zo is afgesproken.
Het wijkteam Emmen is bereikbaar via 14 0591.
Gemeente Leeuwarden, algemeen nummer 14 058.
Het Juridisch Loket is gebeld via 0900-8020.
De Luisterlijn (088 0767 000) is aan moeder meegegeven.
Centrum Seksueel Geweld: 0800-0188
Methylfenidaat 3 dd 10 mg, voorgeschreven door de kinderarts.
Er is een schuld van ongeveer € 18.400 bij de Belastingdienst.
ARIJ: 7 van de 23 risicofactoren aanwezig.
Veiligheidsscore is gezakt van 6 naar 3.
Slachtofferhulp Nederland: 0900-0101
Verzoek OTS op grond van artikel 1:255 BW.
Huisverbod van 10 dagen, verlengd tot 28 dagen.
KvK 30276483 (stichting van de gezinshuizen)
"""
