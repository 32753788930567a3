# Municipalities, places and institutions used by gen_cards.py (real names, used on purpose).
REG = [
 # mun, town, village, vt, hosp, ggz, jgz, gi, jh, vo, po
 ('Goes', 'Goes', "'s-Heer Arendskerke", 'Veilig Thuis Zeeland', 'Adrz', 'Emergis', 'GGD Zeeland (JGZ)', 'Intervence', 'Juvent', 'Ostrea Lyceum', 'Prins Bernhardschool'),
 ('Heerlen', 'Heerlen', 'Hoensbroek', 'Veilig Thuis Zuid-Limburg', 'Zuyderland MC', 'Mondriaan', 'JGZ Zuid-Limburg', 'Bureau Jeugdzorg Limburg', 'Xonar', 'Bernardinuscollege', 'basisschool De Zevensprong'),
 ('Arnhem', 'Arnhem', 'Elden', 'Veilig Thuis Gelderland-Midden', 'Rijnstate', 'Pro Persona', 'VGGM (JGZ)', 'Jeugdbescherming Gelderland', 'Entrea Lindenhout', 'Thomas a Kempis College', 'Jan Ligthartschool'),
 ('Woensdrecht', 'Hoogerheide', 'Ossendrecht', 'Veilig Thuis West-Brabant', 'Bravis ziekenhuis', 'GGZ Westelijk Noord-Brabant', 'GGD West-Brabant', 'Jeugdbescherming Brabant', 'Sterk Huis', 'Gymnasium Juvenaat', 'basisschool Sint Jozef'),
 ('Terneuzen', 'Terneuzen', 'Sluiskil', 'Veilig Thuis Zeeland', 'ZorgSaam Ziekenhuis', 'Emergis', 'GGD Zeeland (JGZ)', 'Intervence', 'Juvent', 'Zeldenrust-Steelant College', 'Sint Willibrordusschool'),
 ('Venlo', 'Venlo', 'Tegelen', 'Veilig Thuis Limburg-Noord', 'VieCuri', 'Mondriaan', 'GGD Limburg-Noord', 'Bureau Jeugdzorg Limburg', 'Mutsaersstichting', 'Valuascollege', 'Sint-Martinusschool'),
 ('Nijmegen', 'Nijmegen', 'Lindenholt', 'Veilig Thuis Gelderland-Zuid', 'Canisius Wilhelmina Ziekenhuis', 'Pro Persona', 'GGD Gelderland-Zuid', 'Jeugdbescherming Gelderland', 'Entrea Lindenhout', 'Dominicus College', 'basisschool De Boomgaard'),
 ('Enschede', 'Enschede', 'Glanerbrug', 'Veilig Thuis Twente', 'Medisch Spectrum Twente', 'Mediant', 'GGD Twente', 'Jeugdbescherming Overijssel', 'Jarabee', 'Bonhoeffer College', 'Prinses Margrietschool'),
 ('Hulst', 'Hulst', 'Kloosterzande', 'Veilig Thuis Zeeland', 'ZorgSaam Ziekenhuis', 'Emergis', 'GGD Zeeland (JGZ)', 'Intervence', 'Juvent', 'Reynaertcollege', 'basisschool De Regenboog'),
 ('Horst aan de Maas', 'Horst', 'America', 'Veilig Thuis Limburg-Noord', 'VieCuri', 'Mondriaan', 'GGD Limburg-Noord', 'Bureau Jeugdzorg Limburg', 'Mutsaersstichting', 'Dendron College', 'basisschool De Toermalijn'),
 ('Apeldoorn', 'Apeldoorn', 'Ugchelen', 'Veilig Thuis Noord- en Oost-Gelderland', 'Gelre ziekenhuizen', 'GGNet', 'GGD Noord- en Oost-Gelderland', 'Jeugdbescherming Gelderland', 'Lindenhout', 'Veluws College Walterbosch', 'De Zonnewijzer'),
 ('Steenbergen', 'Steenbergen', 'Dinteloord', 'Veilig Thuis West-Brabant', 'Bravis ziekenhuis', 'GGZ Westelijk Noord-Brabant', 'GGD West-Brabant', 'Jeugdbescherming Brabant', 'Sterk Huis', 'Markland College', 'basisschool De Vlinderboom'),
 ('Schouwen-Duiveland', 'Zierikzee', 'Bruinisse', 'Veilig Thuis Zeeland', 'Adrz', 'Emergis', 'GGD Zeeland (JGZ)', 'Intervence', 'Juvent', 'Pontes Pieter Zeeman', 'Anne de Vriesschool'),
 ('Echt-Susteren', 'Echt', 'Maria Hoop', 'Veilig Thuis Limburg-Noord', 'Laurentius Ziekenhuis', 'Mondriaan', 'GGD Limburg-Noord', 'Bureau Jeugdzorg Limburg', 'Koraal', 'Connect College', 'basisschool Sint Joost'),
 ('Winterswijk', 'Winterswijk', 'Meddo', 'Veilig Thuis Noord- en Oost-Gelderland', 'Slingeland Ziekenhuis', 'GGNet', 'GGD Noord- en Oost-Gelderland', 'Jeugdbescherming Gelderland', 'Lindenhout', 'Gerrit Komrij College', 'Dr. Ariënsschool'),
 ('Deventer', 'Deventer', 'Bathmen', 'Veilig Thuis IJsselland', 'Deventer Ziekenhuis', 'Dimence', 'GGD IJsselland', 'Jeugdbescherming Overijssel', 'Ambiq', 'Etty Hillesum Lyceum', 'Prins Willem-Alexanderschool'),
 ('Reimerswaal', 'Yerseke', 'Kruiningen', 'Veilig Thuis Zeeland', 'Adrz', 'Emergis', 'GGD Zeeland (JGZ)', 'Intervence', 'Juvent', 'Calvijn College', 'Koningin Wilhelminaschool'),
 ('Sittard-Geleen', 'Geleen', 'Munstergeleen', 'Veilig Thuis Zuid-Limburg', 'Zuyderland MC', 'Mondriaan', 'JGZ Zuid-Limburg', 'Bureau Jeugdzorg Limburg', 'Xonar', 'Graaf Huyn College', 'basisschool De Wingerd'),
 ('Tiel', 'Tiel', 'Passewaaij', 'Veilig Thuis Gelderland-Zuid', 'Ziekenhuis Rivierenland', 'Pro Persona', 'GGD Gelderland-Zuid', 'Jeugdbescherming Gelderland', 'Entrea Lindenhout', 'RSG Lingecollege', 'Prins Clausschool'),
 ('Moerdijk', 'Zevenbergen', 'Standdaarbuiten', 'Veilig Thuis West-Brabant', 'Amphia', 'GGZ Westelijk Noord-Brabant', 'GGD West-Brabant', 'Jeugdbescherming Brabant', 'Sterk Huis', 'Markland College', 'basisschool De Schakel'),
 ('Vlissingen', 'Vlissingen', 'Oost-Souburg', 'Veilig Thuis Zeeland', 'Adrz', 'Emergis', 'GGD Zeeland (JGZ)', 'Intervence', 'Juvent', 'Scheldemond College', 'Jan Schoonheidschool'),
 ('Roermond', 'Roermond', 'Swalmen', 'Veilig Thuis Limburg-Noord', 'Laurentius Ziekenhuis', 'Mondriaan', 'GGD Limburg-Noord', 'Bureau Jeugdzorg Limburg', 'Koraal', 'Bisschoppelijk College Roermond', 'basisschool Sint Christoffel'),
 ('Ede', 'Ede', 'Lunteren', 'Veilig Thuis Gelderland-Midden', 'Ziekenhuis Gelderse Vallei', 'Pro Persona', 'VGGM (JGZ)', 'Jeugdbescherming Gelderland', 'Entrea Lindenhout', 'Marnix College', 'Koning Davidschool'),
 ('Almelo', 'Almelo', 'Mariaparochie', 'Veilig Thuis Twente', 'ZGT', 'Mediant', 'GGD Twente', 'Jeugdbescherming Overijssel', 'Jarabee', 'Pius X College', 'basisschool De Noordster'),
 ('Berkelland', 'Borculo', 'Eibergen', 'Veilig Thuis Noord- en Oost-Gelderland', 'Slingeland Ziekenhuis', 'GGNet', 'GGD Noord- en Oost-Gelderland', 'Jeugdbescherming Gelderland', 'Lindenhout', 'Staring College', 'De Kleine Wereld'),
]
INBR = [  # name, role template
 ('Marloes Verhage', 'jeugdconsulent, Toegang {mun}'), ('Kees Dorst', 'casusregisseur, {vt}'), ('Dewi Sahetapy', 'gezinscoach, wijkteam {mun}'),
 ('Noura El Hamdaoui', 'jeugdarts, {jgz}'), ('Sanne Frijns', 'consulent Team Jeugd, gemeente {mun}'), ('Luc Hendrikx', 'jeugdbeschermer, {gi}'),
 ('Afua Mensah-Bakker', 'medewerker Toegang {mun}'), ('Roel Pelzer', 'aandachtsfunctionaris, {vt}'), ('Ilse Geurts', 'jeugdverpleegkundige, {jgz}'),
 ('Hoang Bao Chau', 'casemanager, Toegang {mun}'), ('Femke Wolbert', 'wijkteammedewerker jeugd, {mun}'), ('Jeroen te Brake', 'jeugdbeschermer, {gi}'),
 ('Priscilla Tjin-A-Lim', 'casusregisseur, {vt}'), ('Annelies Boone', 'jeugdconsulent, Toegang {mun}'), ('Ayla Doğan', 'jeugdarts, {jgz}'),
 ('Esther Oude Luttikhuis', 'regisseur jeugd, gemeente {mun}'), ('Peter-Jan de Rijcke', 'casemanager, Toegang {mun}'), ('Olga Petrenko', 'gezinsmanager, {vt}'),
 ('Chantal Coenen', 'consulent Sociaal Team {mun}'), ('Bart Lemmens', 'jeugdbeschermer, {gi}'), ('Marieke van Rossum', 'jeugdconsulent, Toegang {mun}'),
 ('Rutger Bosschaart', 'medewerker Veilig Thuis, {vt}'), ('Stefanie Habets', 'jeugdarts KNMG, {jgz}'), ('Kevin Leerdam', 'jeugdconsulent, Toegang {mun}'),
 ('Miriam Dassen', 'wijkteam jeugd en gezin, gemeente {mun}'),
]
VD = ['Nadia Lekkerkerker', 'Gerben Hofstede', 'Jolanda Kuipers', 'Tim Ramakers', 'Lotte Scholten', 'Nicole Verbeek', 'Daan Overmars',
      'Lisanne Haverkamp', 'Marco Tuinstra', 'Ingrid Schuurman', 'Sevda Arslan', 'Ruud Nijland', 'Yara Tahiri', 'Wim Zandee', 'Samira Bouzid']
GD = ['Hanneke Rijkers (orthopedagoog)', 'dr. Maarten Wijffels (GZ-psycholoog)', 'Eline Koolhaas (gedragswetenschapper)',
      'Julia Sprenkels (orthopedagoog generalist)', 'Bas Hoeksema (GZ-psycholoog)', 'Tamara Ogunleye (gedragswetenschapper)']
