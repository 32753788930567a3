# NAME lines: personal-data spans marked with «…»
NAME = r"""
Partijen: de vrouw, «Charlotte van Eeghen», advocaat mr. «Ruys»; de man, «Diederik Schimmelpenninck», advocaat mr. «Boddaert».
cc: mr. «Ruys» (advocaat moeder)
CC: «F. Boddaert-Ten Cate», advocaat van vader
Partijen: verzoeker «W.J.M. van Heemstra», wonende te Laren (NH)
Verweerster: «Marie-Claire Dubois», wonende te Blaricum
moeder zegt dat «Bas» de kinderen 'indoctrineert'
zitting d.d. 14-10-2026: vader («Schimmelpenninck») niet verschenen, wel zijn advocaat
Uit de brief van mediator «Josephine Krabbendam»: "Partijen zijn er niet in geslaagd om tot afspraken te komen."
vader: "«Emily» just doesn't want to go to her mother's place anymore, that's all."
Father says: "I told «Nathalie» a hundred times, the kids stay with me on weekends."
mother (expat, Frans): "Je ne laisserai jamais «Lucas» partir avec lui."
"Ask «Mrs Whitfield», she saw everything from her garden."
Vrijdag 2/10: vader bracht kinderen naar moeder, buurman «Kees Overbeek» was getuige van de ruzie bij de voordeur.
za 10-10 overdracht bij Station Hilversum Sportpark, opa «Dolf» bracht de kinderen
zo 18/10: oma «Ineke» heeft de kinderen niet meegegeven, politie ter plaatse
eigen advocaat van de jeugdige, mr. «Stephanie Gorter», heeft de rechtbank een brief gestuurd
De bijzondere curator («H. Verbrugge») adviseert geen contact voorlopig.
«MOHAMED EL KHATTABI» (VADER) WEIGERT MEDEWERKING AAN HET RAADSONDERZOEK
moeder «Fatima» werkt 's nachts in de schoonmaak op het Mediapark
oom «Rachid» uit Hilversum-Oost neemt Y. soms mee naar de moskee
broer «Anouar» (19) zit vast sinds augustus
«Bouchra Amrani» is de tante die tolkt bij gesprekken
de familie «Azzouzi» woont een straat verderop
«El Khattabi», «Mohamed» — hoofdbewoner, volgens Dudok Wonen
tolk via de dochter («Soukaina»), niet wenselijk
moeder «Olena» spreekt beperkt Engels, gesprek met tolk Oekraïens
«Olena Kovalchuk» vluchtte in maart 2022 met twee kinderen naar Weesp
vader «Andrij» zit nog in Kharkiv, contact via video
oma «Halyna» is in 2025 overleden, dat raakt de kinderen erg
gastgezin «Brouwer-Lindeboom» in Weesp heeft de familie eerst opgevangen
«Taras» (broer, 17) wil terug naar Oekraïne om te vechten
de vriend van moeder, «Sergej», verblijft vaak in de woning
woonboot: vader «Rutger» leeft van klussen, geen vast inkomen
«Rutger Hoogkamp» wil geen hulp 'van de gemeente'
buurvrouw op de boot ernaast («Lotte») belt regelmatig bij onrust
de zus van vader, «Wendelien», woont in Loenen aan de Vecht
de vader van «Thijmen» zegt dat het "prima gaat op het water"
ex-partner moeder: «Jurriaan de Clercq»
Ex van vader («Babette») stuurt dreigende berichten
«HOOGKAMP», «RUTGER» - vader, gezag
| vader | «Pieter-Jan Roosendaal» | gezag |
| moeder | «Annemarie Vos» | gezag |
| broer | «Floris» | 16 |
| stiefmoeder | «Geertje Langenberg» | geen gezag |
| halfzus | «Isa» | 9 jaar |
| oma mz | «Riek Spaans» | netwerk |
|Naam|«Joris»|Rol: broer|
Betrokkenen: moeder (mw. «Van Tongeren»), vader, stiefvader
gesprek gehad met dhr. «Pauwels» (vader) op kantoor Sociaal Plein
mw. «Kalkman» van het Jeugd en Gezin Team belde dat moeder niet thuis was
de gezinsvoogd, «Sanne Blokdijk», ziet geen verbetering
dr. «Van der Meulen» (kinderpsychiater Tergooi) vindt opname niet nodig
Raadsonderzoeker «Ellen Pranger» heeft beide ouders gesproken.
de mediator (mw. «Elzinga») heeft de mediation beëindigd
wijkagent «Bart Hofstee» kent het gezin al jaren
gesprek met advocaat «Tjalling Bosma» over het kindgesprek
aanwezig bij de zitting: mr. «A.C. Hoefnagels» namens moeder
«Madeleine»'s nieuwe partner woont sinds september in huis
«Lucas»' juf ziet dat hij moe is op maandag
«Rachid»s zoon logeert soms bij het gezin
dat is «Wendelien»s idee, dat de kinderen bij haar komen wonen
«Jurriaan»s advocaat dreigt met kort geding
«Olena»'s zus woont in Polen en wil helpen
opa «Gerrit» en oma «Joke» in Eemnes kunnen opvang bieden
tante «Noor» zegt dat moeder drinkt
nicht «Yasmina» haalt de meiden op van school
moeder heeft nieuwe vriend, «Guus», 52, woont in Ankeveen
«guus» heeft een verleden van huiselijk geweld (volgens moeder)
gesproken met oom «hamza» over het netwerkberaad
vader noemt de nieuwe man van moeder steeds "die «Van Rossem»"
het kind noemt haar «Mimi» maar het is de stiefmoeder
mama zegt: "«Diederik» gebruikt de kinderen als wapen."
Madame «Dubois» refuse toute médiation.
"«Charlotte» is not fit to be a mother," schreef vader in een mail aan de Raad
dochter «Sophie» (15) wil bij vader wonen
zoon «Maximilian» is 12 en zit op het Gooise Scholen Federatie-lyceum
«Guillaume» (9) heeft buikpijn voor iedere overdracht
«Amélie» plast weer in bed sinds de zomervakantie
«Mila» en «Noud» gaan om de week naar vader in Naarden
«Yusuf» wil niet meer naar de Koranschool
«Nadia» (zus, 14) zorgt veel voor de kleintjes
«Sofiia» spreekt al goed Nederlands, gaat naar het Weesper College
«Maksym» (10) droomt over sirenes
«Thijmen» kan niet zwemmen en woont op een boot
«Fenna» mag niet meer bij de boot komen van haar moeder
de oudste, «Olivier», is 17 en woont op kamers in Utrecht
de jongste («Pip», 4) wordt vaak vergeten op te halen
«VAN EEGHEN» heeft het kind zonder overleg ingeschreven op een andere school
kind noemt de partner van vader tante «Floor»
«Kiki» is de oppas, 19, komt uit Bussum
wo 21/10 vader bracht de kinderen 20 min te laat, «Henk» (opa vz) reed mee
moeder en haar broer «Mustafa» hebben ruzie over de erfenis
«W. Schimmelpenninck-Hooft» (grootmoeder) financiert de advocaat
vriendin van moeder, «Babs de Ridder», heeft de kinderen opgevangen
dhr. «Azzouzi»'s neef heeft de politie gebeld
de buurjongen «Daan» maakt de foto's op Snapchat
«Meryem» en «Ilyas» delen een kamer met oma
oma «Khadija» heeft diabetes en is vaak in Tergooi MC
«Bram» (vriend moeder) slaat volgens «Sophie» de hond
omgangsregeling (zie mail «Ruys» d.d. 3-9): om het weekend vr 17.00 - zo 18.00
vader: "«Anouk» lies about everything, ask the school."
Mediator schrijft: "Mevrouw «Van Eeghen» en de heer «Schimmelpenninck» hebben beiden de wens uitgesproken..."
mail van «Willemijn» (zus moeder): ze maakt zich zorgen
«Kovalchuk» (moeder) wil geen gesprek zonder tolk
mw. «Stoffels» (buurvrouw, 81) heeft de melding gedaan
pleegouders «Jan» en «Hetty Timmer» in Kortenhoef zijn in beeld
«J. Timmer» is bereid om weekendpleegzorg te doen
«Otto» uit groep 8 wordt gepest door «Sem» uit zijn klas
Ingebracht door Vaste deelnemer op verzoek van «Marloes» (moeder)
Ref. gesprek met «Koen Dekkers», nieuwe partner moeder, 12-10
"Papa en «Tessa» hebben steeds ruzie," zegt het kind
"Mais «Pierre» n'a rien fait!" zegt moeder telkens
«Lieke»'s vader drinkt volgens school
""".strip('\n').split('\n')
