#!/usr/bin/env python3
# gen-location-table.py
#
# Copyright 2026 The Travel Requests authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes tr-sandbox-location-table.c from the data below (typed by hand, no
# downloads).  Ids are the MD5 of "kind:locationCode:locationType", upper-case,
# except the three locations whose Concur ids appear in tests/fixtures/v4.
#
#   python3 gen-location-table.py > tr-sandbox-location-table.c

import hashlib
import sys

# Concur ids from the seed examples, so echoes match the fixtures.  The
# fixtures also fix CDG's subdivision to FR-75 and BER's to DE-BE (Concur's
# metropolitan convention; the airports lie in FR-95 and DE-BB).
FIXTURE_IDS = {
    ("AIRPORT", "IATA_CDG"): "A168CDBA58AE42868961BC00278A91B3",
    ("AIRPORT", "IATA_NCE"): "CE4A6DCAC4A14D08803C28F6D5CB20F0",
    ("AIRPORT", "IATA_BER"): "4A33695120254EEC9261B24993DD413B",
}

# IATA, name, city, country, subdivision, latitude, longitude, time zone
AIRPORTS = """
CDG|Paris Charles de Gaulle Airport|Paris|FR|FR-75|49.0097|2.5479|Europe/Paris
ORY|Paris Orly Airport|Paris|FR|FR-94|48.7262|2.3652|Europe/Paris
BVA|Paris Beauvais-Tillé Airport|Beauvais|FR|FR-60|49.4544|2.1128|Europe/Paris
LYS|Lyon-Saint-Exupéry Airport|Lyon|FR|FR-69|45.7256|5.0811|Europe/Paris
NCE|Nice Côte d'Azur Airport|Nice|FR|FR-06|43.6584|7.2159|Europe/Paris
MRS|Marseille Provence Airport|Marseille|FR|FR-13|43.4393|5.2214|Europe/Paris
TLS|Toulouse-Blagnac Airport|Toulouse|FR|FR-31|43.6291|1.3638|Europe/Paris
BOD|Bordeaux-Mérignac Airport|Bordeaux|FR|FR-33|44.8283|-0.7156|Europe/Paris
NTE|Nantes Atlantique Airport|Nantes|FR|FR-44|47.1532|-1.6107|Europe/Paris
SXB|Strasbourg Airport|Strasbourg|FR|FR-67|48.5383|7.6282|Europe/Paris
LIL|Lille Airport|Lille|FR|FR-59|50.5633|3.0869|Europe/Paris
MPL|Montpellier-Méditerranée Airport|Montpellier|FR|FR-34|43.5762|3.9630|Europe/Paris
RNS|Rennes-Bretagne Airport|Rennes|FR|FR-35|48.0695|-1.7348|Europe/Paris
BIQ|Biarritz Pays Basque Airport|Biarritz|FR|FR-64|43.4684|-1.5233|Europe/Paris
PUF|Pau Pyrénées Airport|Pau|FR|FR-64|43.3800|-0.4186|Europe/Paris
AJA|Ajaccio Napoleon Bonaparte Airport|Ajaccio|FR|FR-2A|41.9236|8.8029|Europe/Paris
BIA|Bastia-Poretta Airport|Bastia|FR|FR-2B|42.5527|9.4837|Europe/Paris
FSC|Figari-Sud Corse Airport|Figari|FR|FR-2A|41.5006|9.0978|Europe/Paris
CLY|Calvi-Sainte-Catherine Airport|Calvi|FR|FR-2B|42.5308|8.7932|Europe/Paris
CFE|Clermont-Ferrand Auvergne Airport|Clermont-Ferrand|FR|FR-63|45.7867|3.1692|Europe/Paris
GNB|Grenoble Alpes-Isère Airport|Grenoble|FR|FR-38|45.3629|5.3294|Europe/Paris
TLN|Toulon-Hyères Airport|Toulon|FR|FR-83|43.0973|6.1460|Europe/Paris
BES|Brest Bretagne Airport|Brest|FR|FR-29|48.4479|-4.4185|Europe/Paris
PGF|Perpignan-Rivesaltes Airport|Perpignan|FR|FR-66|42.7404|2.8707|Europe/Paris
LRH|La Rochelle-Île de Ré Airport|La Rochelle|FR|FR-17|46.1792|-1.1953|Europe/Paris
CMF|Chambéry Savoie Mont Blanc Airport|Chambéry|FR|FR-73|45.6381|5.8803|Europe/Paris
ETZ|Metz-Nancy-Lorraine Airport|Metz|FR|FR-57|48.9821|6.2513|Europe/Paris
LIG|Limoges-Bellegarde Airport|Limoges|FR|FR-87|45.8628|1.1794|Europe/Paris
EGC|Bergerac Dordogne Périgord Airport|Bergerac|FR|FR-24|44.8253|0.5186|Europe/Paris
RDZ|Rodez-Aveyron Airport|Rodez|FR|FR-12|44.4079|2.4827|Europe/Paris
CCF|Carcassonne Airport|Carcassonne|FR|FR-11|43.2160|2.3063|Europe/Paris
LDE|Tarbes-Lourdes-Pyrénées Airport|Lourdes|FR|FR-65|43.1787|-0.0064|Europe/Paris
AVN|Avignon-Provence Airport|Avignon|FR|FR-84|43.9073|4.9018|Europe/Paris
DNR|Dinard-Pleurtuit-Saint-Malo Airport|Dinard|FR|FR-35|48.5877|-2.0800|Europe/Paris
TUF|Tours Val de Loire Airport|Tours|FR|FR-37|47.4322|0.7276|Europe/Paris
PIS|Poitiers-Biard Airport|Poitiers|FR|FR-86|46.5877|0.3066|Europe/Paris
FNI|Nîmes-Alès-Camargue-Cévennes Airport|Nîmes|FR|FR-30|43.7574|4.4163|Europe/Paris
BZR|Béziers Cap d'Agde Airport|Béziers|FR|FR-34|43.3235|3.3539|Europe/Paris
DIJ|Dijon-Bourgogne Airport|Dijon|FR|FR-21|47.2689|5.0900|Europe/Paris
LRT|Lorient South Brittany Airport|Lorient|FR|FR-56|47.7606|-3.4400|Europe/Paris
UIP|Quimper-Cornouaille Airport|Quimper|FR|FR-29|47.9750|-4.1678|Europe/Paris
MLH|EuroAirport Basel Mulhouse Freiburg|Mulhouse|FR|FR-68|47.5896|7.5299|Europe/Paris
BER|Berlin Brandenburg Airport|Berlin|DE|DE-BE|52.3667|13.5033|Europe/Berlin
FRA|Frankfurt Airport|Frankfurt|DE|DE-HE|50.0379|8.5622|Europe/Berlin
MUC|Munich Airport|Munich|DE|DE-BY|48.3538|11.7861|Europe/Berlin
DUS|Düsseldorf Airport|Düsseldorf|DE|DE-NW|51.2895|6.7668|Europe/Berlin
HAM|Hamburg Airport|Hamburg|DE|DE-HH|53.6304|9.9882|Europe/Berlin
CGN|Cologne Bonn Airport|Cologne|DE|DE-NW|50.8659|7.1427|Europe/Berlin
STR|Stuttgart Airport|Stuttgart|DE|DE-BW|48.6899|9.2220|Europe/Berlin
HAJ|Hannover Airport|Hanover|DE|DE-NI|52.4611|9.6851|Europe/Berlin
NUE|Nuremberg Airport|Nuremberg|DE|DE-BY|49.4987|11.0669|Europe/Berlin
LEJ|Leipzig/Halle Airport|Leipzig|DE|DE-SN|51.4324|12.2416|Europe/Berlin
DRS|Dresden Airport|Dresden|DE|DE-SN|51.1328|13.7672|Europe/Berlin
BRE|Bremen Airport|Bremen|DE|DE-HB|53.0475|8.7867|Europe/Berlin
DTM|Dortmund Airport|Dortmund|DE|DE-NW|51.5183|7.6122|Europe/Berlin
FMO|Münster Osnabrück International Airport|Münster|DE|DE-NW|52.1346|7.6848|Europe/Berlin
PAD|Paderborn Lippstadt Airport|Paderborn|DE|DE-NW|51.6141|8.6163|Europe/Berlin
FDH|Friedrichshafen Airport|Friedrichshafen|DE|DE-BW|47.6713|9.5115|Europe/Berlin
FKB|Karlsruhe/Baden-Baden Airport|Karlsruhe|DE|DE-BW|48.7794|8.0805|Europe/Berlin
HHN|Frankfurt-Hahn Airport|Hahn|DE|DE-RP|49.9487|7.2639|Europe/Berlin
SCN|Saarbrücken Airport|Saarbrücken|DE|DE-SL|49.2146|7.1095|Europe/Berlin
NRN|Weeze Airport|Weeze|DE|DE-NW|51.6024|6.1422|Europe/Berlin
FMM|Memmingen Airport|Memmingen|DE|DE-BY|47.9888|10.2395|Europe/Berlin
ERF|Erfurt-Weimar Airport|Erfurt|DE|DE-TH|50.9798|10.9581|Europe/Berlin
RLG|Rostock-Laage Airport|Rostock|DE|DE-MV|53.9182|12.2783|Europe/Berlin
KSF|Kassel Airport|Kassel|DE|DE-HE|51.4173|9.3850|Europe/Berlin
LHR|London Heathrow Airport|London|GB|GB-HIL|51.4700|-0.4543|Europe/London
LGW|London Gatwick Airport|London|GB|GB-WSX|51.1537|-0.1821|Europe/London
STN|London Stansted Airport|London|GB|GB-ESS|51.8860|0.2389|Europe/London
LTN|London Luton Airport|London|GB|GB-LUT|51.8747|-0.3683|Europe/London
LCY|London City Airport|London|GB|GB-NWM|51.5048|0.0495|Europe/London
MAN|Manchester Airport|Manchester|GB|GB-MAN|53.3537|-2.2750|Europe/London
BHX|Birmingham Airport|Birmingham|GB|GB-SOL|52.4539|-1.7480|Europe/London
EDI|Edinburgh Airport|Edinburgh|GB|GB-EDH|55.9508|-3.3615|Europe/London
GLA|Glasgow Airport|Glasgow|GB|GB-RFW|55.8719|-4.4331|Europe/London
BRS|Bristol Airport|Bristol|GB|GB-NSM|51.3827|-2.7191|Europe/London
NCL|Newcastle International Airport|Newcastle|GB|GB-NET|55.0375|-1.6917|Europe/London
LPL|Liverpool John Lennon Airport|Liverpool|GB|GB-LIV|53.3336|-2.8497|Europe/London
ABZ|Aberdeen International Airport|Aberdeen|GB|GB-ABE|57.2019|-2.1978|Europe/London
BFS|Belfast International Airport|Belfast|GB|GB-ANN|54.6575|-6.2158|Europe/London
EMA|East Midlands Airport|Nottingham|GB|GB-LEC|52.8311|-1.3281|Europe/London
LBA|Leeds Bradford Airport|Leeds|GB|GB-LDS|53.8659|-1.6606|Europe/London
SOU|Southampton Airport|Southampton|GB|GB-HAM|50.9503|-1.3568|Europe/London
CWL|Cardiff Airport|Cardiff|GB|GB-VGL|51.3967|-3.3433|Europe/London
DUB|Dublin Airport|Dublin|IE|IE-D|53.4264|-6.2499|Europe/Dublin
ORK|Cork Airport|Cork|IE|IE-CO|51.8413|-8.4911|Europe/Dublin
SNN|Shannon Airport|Shannon|IE|IE-CE|52.7020|-8.9248|Europe/Dublin
AMS|Amsterdam Airport Schiphol|Amsterdam|NL|NL-NH|52.3105|4.7683|Europe/Amsterdam
EIN|Eindhoven Airport|Eindhoven|NL|NL-NB|51.4501|5.3745|Europe/Amsterdam
RTM|Rotterdam The Hague Airport|Rotterdam|NL|NL-ZH|51.9569|4.4372|Europe/Amsterdam
BRU|Brussels Airport|Brussels|BE|BE-VBR|50.9010|4.4856|Europe/Brussels
CRL|Brussels South Charleroi Airport|Charleroi|BE|BE-WHT|50.4592|4.4538|Europe/Brussels
ANR|Antwerp International Airport|Antwerp|BE|BE-VAN|51.1894|4.4603|Europe/Brussels
LGG|Liège Airport|Liège|BE|BE-WLG|50.6374|5.4432|Europe/Brussels
LUX|Luxembourg Airport|Luxembourg|LU|LU-LU|49.6233|6.2044|Europe/Luxembourg
ZRH|Zurich Airport|Zurich|CH|CH-ZH|47.4582|8.5555|Europe/Zurich
GVA|Geneva Airport|Geneva|CH|CH-GE|46.2381|6.1090|Europe/Zurich
BRN|Bern Airport|Bern|CH|CH-BE|46.9141|7.4971|Europe/Zurich
LUG|Lugano Airport|Lugano|CH|CH-TI|46.0040|8.9106|Europe/Zurich
VIE|Vienna International Airport|Vienna|AT|AT-3|48.1103|16.5697|Europe/Vienna
SZG|Salzburg Airport|Salzburg|AT|AT-5|47.7933|13.0043|Europe/Vienna
INN|Innsbruck Airport|Innsbruck|AT|AT-7|47.2602|11.3440|Europe/Vienna
GRZ|Graz Airport|Graz|AT|AT-6|46.9911|15.4396|Europe/Vienna
LNZ|Linz Airport|Linz|AT|AT-4|48.2332|14.1875|Europe/Vienna
KLU|Klagenfurt Airport|Klagenfurt|AT|AT-2|46.6425|14.3377|Europe/Vienna
FCO|Rome Fiumicino Airport|Rome|IT|IT-62|41.8003|12.2389|Europe/Rome
CIA|Rome Ciampino Airport|Rome|IT|IT-62|41.7994|12.5949|Europe/Rome
MXP|Milan Malpensa Airport|Milan|IT|IT-25|45.6306|8.7281|Europe/Rome
LIN|Milan Linate Airport|Milan|IT|IT-25|45.4451|9.2767|Europe/Rome
BGY|Milan Bergamo Airport|Bergamo|IT|IT-25|45.6739|9.7042|Europe/Rome
VCE|Venice Marco Polo Airport|Venice|IT|IT-34|45.5053|12.3519|Europe/Rome
TSF|Treviso Airport|Treviso|IT|IT-34|45.6484|12.1944|Europe/Rome
VRN|Verona Villafranca Airport|Verona|IT|IT-34|45.3957|10.8885|Europe/Rome
BLQ|Bologna Guglielmo Marconi Airport|Bologna|IT|IT-45|44.5354|11.2887|Europe/Rome
FLR|Florence Airport|Florence|IT|IT-52|43.8100|11.2051|Europe/Rome
PSA|Pisa International Airport|Pisa|IT|IT-52|43.6839|10.3927|Europe/Rome
NAP|Naples International Airport|Naples|IT|IT-72|40.8860|14.2908|Europe/Rome
CTA|Catania-Fontanarossa Airport|Catania|IT|IT-82|37.4668|15.0664|Europe/Rome
PMO|Palermo Falcone-Borsellino Airport|Palermo|IT|IT-82|38.1760|13.0910|Europe/Rome
BRI|Bari Karol Wojtyła Airport|Bari|IT|IT-75|41.1389|16.7606|Europe/Rome
CAG|Cagliari Elmas Airport|Cagliari|IT|IT-88|39.2515|9.0543|Europe/Rome
OLB|Olbia Costa Smeralda Airport|Olbia|IT|IT-88|40.8987|9.5176|Europe/Rome
TRN|Turin Airport|Turin|IT|IT-21|45.2008|7.6497|Europe/Rome
GOA|Genoa Cristoforo Colombo Airport|Genoa|IT|IT-42|44.4133|8.8375|Europe/Rome
MAD|Adolfo Suárez Madrid-Barajas Airport|Madrid|ES|ES-MD|40.4983|-3.5676|Europe/Madrid
BCN|Barcelona-El Prat Airport|Barcelona|ES|ES-CT|41.2974|2.0833|Europe/Madrid
AGP|Málaga-Costa del Sol Airport|Málaga|ES|ES-AN|36.6749|-4.4991|Europe/Madrid
PMI|Palma de Mallorca Airport|Palma de Mallorca|ES|ES-IB|39.5517|2.7388|Europe/Madrid
ALC|Alicante-Elche Airport|Alicante|ES|ES-VC|38.2822|-0.5582|Europe/Madrid
VLC|Valencia Airport|Valencia|ES|ES-VC|39.4893|-0.4816|Europe/Madrid
SVQ|Seville Airport|Seville|ES|ES-AN|37.4180|-5.8931|Europe/Madrid
BIO|Bilbao Airport|Bilbao|ES|ES-PV|43.3011|-2.9106|Europe/Madrid
IBZ|Ibiza Airport|Ibiza|ES|ES-IB|38.8729|1.3731|Europe/Madrid
MAH|Menorca Airport|Mahón|ES|ES-IB|39.8626|4.2186|Europe/Madrid
LPA|Gran Canaria Airport|Las Palmas|ES|ES-CN|27.9319|-15.3866|Atlantic/Canary
TFS|Tenerife South Airport|Tenerife|ES|ES-CN|28.0445|-16.5725|Atlantic/Canary
TFN|Tenerife North Airport|Tenerife|ES|ES-CN|28.4827|-16.3415|Atlantic/Canary
ACE|Lanzarote Airport|Arrecife|ES|ES-CN|28.9455|-13.6052|Atlantic/Canary
SCQ|Santiago de Compostela Airport|Santiago de Compostela|ES|ES-GA|42.8963|-8.4151|Europe/Madrid
GRX|Federico García Lorca Granada Airport|Granada|ES|ES-AN|37.1887|-3.7774|Europe/Madrid
ZAZ|Zaragoza Airport|Zaragoza|ES|ES-AR|41.6662|-1.0416|Europe/Madrid
LIS|Lisbon Humberto Delgado Airport|Lisbon|PT|PT-11|38.7742|-9.1342|Europe/Lisbon
OPO|Porto Francisco Sá Carneiro Airport|Porto|PT|PT-13|41.2481|-8.6814|Europe/Lisbon
FAO|Faro Airport|Faro|PT|PT-08|37.0144|-7.9659|Europe/Lisbon
FNC|Madeira Airport|Funchal|PT|PT-30|32.6979|-16.7745|Atlantic/Madeira
PDL|João Paulo II Airport|Ponta Delgada|PT|PT-20|37.7412|-25.6979|Atlantic/Azores
CPH|Copenhagen Airport|Copenhagen|DK|DK-84|55.6180|12.6508|Europe/Copenhagen
BLL|Billund Airport|Billund|DK|DK-83|55.7403|9.1518|Europe/Copenhagen
ARN|Stockholm Arlanda Airport|Stockholm|SE|SE-AB|59.6519|17.9186|Europe/Stockholm
BMA|Stockholm Bromma Airport|Stockholm|SE|SE-AB|59.3544|17.9417|Europe/Stockholm
GOT|Göteborg Landvetter Airport|Gothenburg|SE|SE-O|57.6628|12.2798|Europe/Stockholm
MMX|Malmö Airport|Malmö|SE|SE-M|55.5363|13.3762|Europe/Stockholm
OSL|Oslo Airport Gardermoen|Oslo|NO|NO-32|60.1976|11.1004|Europe/Oslo
BGO|Bergen Airport Flesland|Bergen|NO|NO-46|60.2934|5.2181|Europe/Oslo
TRD|Trondheim Airport Værnes|Trondheim|NO|NO-50|63.4578|10.9240|Europe/Oslo
SVG|Stavanger Airport Sola|Stavanger|NO|NO-11|58.8767|5.6378|Europe/Oslo
HEL|Helsinki Airport|Helsinki|FI|FI-18|60.3172|24.9633|Europe/Helsinki
KEF|Keflavík International Airport|Reykjavík|IS|IS-2|63.9850|-22.6056|Atlantic/Reykjavik
RIX|Riga International Airport|Riga|LV|LV-RIX|56.9236|23.9711|Europe/Riga
TLL|Tallinn Airport|Tallinn|EE|EE-37|59.4133|24.8328|Europe/Tallinn
VNO|Vilnius International Airport|Vilnius|LT|LT-VL|54.6341|25.2858|Europe/Vilnius
WAW|Warsaw Chopin Airport|Warsaw|PL|PL-MZ|52.1657|20.9671|Europe/Warsaw
WMI|Warsaw Modlin Airport|Warsaw|PL|PL-MZ|52.4511|20.6518|Europe/Warsaw
KRK|Kraków John Paul II International Airport|Kraków|PL|PL-MA|50.0777|19.7848|Europe/Warsaw
GDN|Gdańsk Lech Wałęsa Airport|Gdańsk|PL|PL-PM|54.3776|18.4662|Europe/Warsaw
WRO|Wrocław Airport|Wrocław|PL|PL-DS|51.1027|16.8858|Europe/Warsaw
POZ|Poznań-Ławica Airport|Poznań|PL|PL-WP|52.4210|16.8263|Europe/Warsaw
KTW|Katowice Airport|Katowice|PL|PL-SL|50.4743|19.0800|Europe/Warsaw
PRG|Václav Havel Airport Prague|Prague|CZ|CZ-10|50.1008|14.2600|Europe/Prague
BRQ|Brno-Tuřany Airport|Brno|CZ|CZ-64|49.1513|16.6944|Europe/Prague
BUD|Budapest Ferenc Liszt International Airport|Budapest|HU|HU-BU|47.4298|19.2611|Europe/Budapest
BTS|Bratislava Airport|Bratislava|SK|SK-BL|48.1702|17.2127|Europe/Bratislava
LJU|Ljubljana Jože Pučnik Airport|Ljubljana|SI|SI-012|46.2237|14.4576|Europe/Ljubljana
ZAG|Zagreb Airport|Zagreb|HR|HR-21|45.7429|16.0688|Europe/Zagreb
SPU|Split Airport|Split|HR|HR-17|43.5389|16.2980|Europe/Zagreb
DBV|Dubrovnik Airport|Dubrovnik|HR|HR-19|42.5614|18.2682|Europe/Zagreb
BEG|Belgrade Nikola Tesla Airport|Belgrade|RS|RS-00|44.8184|20.3091|Europe/Belgrade
OTP|Bucharest Henri Coandă International Airport|Bucharest|RO|RO-IF|44.5711|26.0850|Europe/Bucharest
CLJ|Cluj International Airport|Cluj-Napoca|RO|RO-CJ|46.7852|23.6862|Europe/Bucharest
SOF|Sofia Airport|Sofia|BG|BG-22|42.6967|23.4114|Europe/Sofia
VAR|Varna Airport|Varna|BG|BG-03|43.2321|27.8251|Europe/Sofia
ATH|Athens International Airport|Athens|GR|GR-I|37.9364|23.9445|Europe/Athens
SKG|Thessaloniki Makedonia Airport|Thessaloniki|GR|GR-B|40.5197|22.9709|Europe/Athens
HER|Heraklion International Airport|Heraklion|GR|GR-M|35.3397|25.1803|Europe/Athens
RHO|Rhodes International Airport|Rhodes|GR|GR-L|36.4054|28.0862|Europe/Athens
CFU|Corfu International Airport|Corfu|GR|GR-F|39.6019|19.9117|Europe/Athens
IST|Istanbul Airport|Istanbul|TR|TR-34|41.2753|28.7519|Europe/Istanbul
SAW|Istanbul Sabiha Gökçen International Airport|Istanbul|TR|TR-34|40.8986|29.3092|Europe/Istanbul
ESB|Ankara Esenboğa Airport|Ankara|TR|TR-06|40.1281|32.9951|Europe/Istanbul
AYT|Antalya Airport|Antalya|TR|TR-07|36.8987|30.8005|Europe/Istanbul
ADB|Izmir Adnan Menderes Airport|Izmir|TR|TR-35|38.2924|27.1570|Europe/Istanbul
LCA|Larnaca International Airport|Larnaca|CY|CY-03|34.8751|33.6249|Asia/Nicosia
MLA|Malta International Airport|Luqa|MT|MT-25|35.8575|14.4775|Europe/Malta
KBP|Kyiv Boryspil International Airport|Kyiv|UA|UA-32|50.3450|30.8947|Europe/Kyiv
TBS|Tbilisi International Airport|Tbilisi|GE|GE-TB|41.6692|44.9547|Asia/Tbilisi
ATL|Hartsfield-Jackson Atlanta International Airport|Atlanta|US|US-GA|33.6407|-84.4277|America/New_York
LAX|Los Angeles International Airport|Los Angeles|US|US-CA|33.9416|-118.4085|America/Los_Angeles
ORD|Chicago O'Hare International Airport|Chicago|US|US-IL|41.9742|-87.9073|America/Chicago
MDW|Chicago Midway International Airport|Chicago|US|US-IL|41.7868|-87.7522|America/Chicago
DFW|Dallas/Fort Worth International Airport|Dallas|US|US-TX|32.8998|-97.0403|America/Chicago
DAL|Dallas Love Field|Dallas|US|US-TX|32.8471|-96.8518|America/Chicago
DEN|Denver International Airport|Denver|US|US-CO|39.8561|-104.6737|America/Denver
JFK|John F. Kennedy International Airport|New York|US|US-NY|40.6413|-73.7781|America/New_York
LGA|LaGuardia Airport|New York|US|US-NY|40.7769|-73.8740|America/New_York
EWR|Newark Liberty International Airport|Newark|US|US-NJ|40.6895|-74.1745|America/New_York
SFO|San Francisco International Airport|San Francisco|US|US-CA|37.6213|-122.3790|America/Los_Angeles
OAK|Oakland International Airport|Oakland|US|US-CA|37.7126|-122.2197|America/Los_Angeles
SJC|San José Mineta International Airport|San Jose|US|US-CA|37.3639|-121.9289|America/Los_Angeles
SEA|Seattle-Tacoma International Airport|Seattle|US|US-WA|47.4502|-122.3088|America/Los_Angeles
BFI|King County International Airport (Boeing Field)|Seattle|US|US-WA|47.5300|-122.3019|America/Los_Angeles
PAE|Paine Field|Everett|US|US-WA|47.9063|-122.2816|America/Los_Angeles
GEG|Spokane International Airport|Spokane|US|US-WA|47.6199|-117.5338|America/Los_Angeles
PDX|Portland International Airport|Portland|US|US-OR|45.5898|-122.5951|America/Los_Angeles
LAS|Harry Reid International Airport|Las Vegas|US|US-NV|36.0840|-115.1537|America/Los_Angeles
RNO|Reno-Tahoe International Airport|Reno|US|US-NV|39.4991|-119.7681|America/Los_Angeles
MCO|Orlando International Airport|Orlando|US|US-FL|28.4312|-81.3081|America/New_York
MIA|Miami International Airport|Miami|US|US-FL|25.7959|-80.2870|America/New_York
FLL|Fort Lauderdale-Hollywood International Airport|Fort Lauderdale|US|US-FL|26.0742|-80.1506|America/New_York
TPA|Tampa International Airport|Tampa|US|US-FL|27.9755|-82.5332|America/New_York
JAX|Jacksonville International Airport|Jacksonville|US|US-FL|30.4941|-81.6879|America/New_York
RSW|Southwest Florida International Airport|Fort Myers|US|US-FL|26.5362|-81.7552|America/New_York
CLT|Charlotte Douglas International Airport|Charlotte|US|US-NC|35.2144|-80.9473|America/New_York
RDU|Raleigh-Durham International Airport|Raleigh|US|US-NC|35.8801|-78.7880|America/New_York
PHX|Phoenix Sky Harbor International Airport|Phoenix|US|US-AZ|33.4352|-112.0101|America/Phoenix
TUS|Tucson International Airport|Tucson|US|US-AZ|32.1161|-110.9410|America/Phoenix
IAH|George Bush Intercontinental Airport|Houston|US|US-TX|29.9902|-95.3368|America/Chicago
HOU|William P. Hobby Airport|Houston|US|US-TX|29.6454|-95.2789|America/Chicago
AUS|Austin-Bergstrom International Airport|Austin|US|US-TX|30.1975|-97.6664|America/Chicago
SAT|San Antonio International Airport|San Antonio|US|US-TX|29.5337|-98.4698|America/Chicago
BOS|Boston Logan International Airport|Boston|US|US-MA|42.3656|-71.0096|America/New_York
MSP|Minneapolis-Saint Paul International Airport|Minneapolis|US|US-MN|44.8848|-93.2223|America/Chicago
DTW|Detroit Metropolitan Wayne County Airport|Detroit|US|US-MI|42.2162|-83.3554|America/Detroit
PHL|Philadelphia International Airport|Philadelphia|US|US-PA|39.8744|-75.2424|America/New_York
PIT|Pittsburgh International Airport|Pittsburgh|US|US-PA|40.4915|-80.2329|America/New_York
BWI|Baltimore/Washington International Airport|Baltimore|US|US-MD|39.1774|-76.6684|America/New_York
IAD|Washington Dulles International Airport|Washington|US|US-VA|38.9531|-77.4565|America/New_York
DCA|Ronald Reagan Washington National Airport|Washington|US|US-VA|38.8512|-77.0402|America/New_York
SLC|Salt Lake City International Airport|Salt Lake City|US|US-UT|40.7899|-111.9791|America/Denver
SAN|San Diego International Airport|San Diego|US|US-CA|32.7338|-117.1933|America/Los_Angeles
SNA|John Wayne Airport|Santa Ana|US|US-CA|33.6762|-117.8675|America/Los_Angeles
BUR|Hollywood Burbank Airport|Burbank|US|US-CA|34.2007|-118.3590|America/Los_Angeles
ONT|Ontario International Airport|Ontario|US|US-CA|34.0560|-117.6012|America/Los_Angeles
SMF|Sacramento International Airport|Sacramento|US|US-CA|38.6951|-121.5908|America/Los_Angeles
PSP|Palm Springs International Airport|Palm Springs|US|US-CA|33.8297|-116.5067|America/Los_Angeles
HNL|Daniel K. Inouye International Airport|Honolulu|US|US-HI|21.3187|-157.9225|Pacific/Honolulu
OGG|Kahului Airport|Kahului|US|US-HI|20.8986|-156.4305|Pacific/Honolulu
ANC|Ted Stevens Anchorage International Airport|Anchorage|US|US-AK|61.1743|-149.9962|America/Anchorage
BNA|Nashville International Airport|Nashville|US|US-TN|36.1263|-86.6774|America/Chicago
MEM|Memphis International Airport|Memphis|US|US-TN|35.0424|-89.9767|America/Chicago
MSY|Louis Armstrong New Orleans International Airport|New Orleans|US|US-LA|29.9934|-90.2580|America/Chicago
STL|St. Louis Lambert International Airport|St. Louis|US|US-MO|38.7499|-90.3748|America/Chicago
MCI|Kansas City International Airport|Kansas City|US|US-MO|39.2976|-94.7139|America/Chicago
CLE|Cleveland Hopkins International Airport|Cleveland|US|US-OH|41.4058|-81.8539|America/New_York
CMH|John Glenn Columbus International Airport|Columbus|US|US-OH|39.9999|-82.8872|America/New_York
CVG|Cincinnati/Northern Kentucky International Airport|Cincinnati|US|US-KY|39.0489|-84.6678|America/New_York
SDF|Louisville Muhammad Ali International Airport|Louisville|US|US-KY|38.1744|-85.7360|America/Kentucky/Louisville
IND|Indianapolis International Airport|Indianapolis|US|US-IN|39.7173|-86.2944|America/Indiana/Indianapolis
MKE|Milwaukee Mitchell International Airport|Milwaukee|US|US-WI|42.9472|-87.8966|America/Chicago
ABQ|Albuquerque International Sunport|Albuquerque|US|US-NM|35.0402|-106.6090|America/Denver
OMA|Eppley Airfield|Omaha|US|US-NE|41.3032|-95.8941|America/Chicago
BOI|Boise Airport|Boise|US|US-ID|43.5644|-116.2228|America/Boise
OKC|Will Rogers World Airport|Oklahoma City|US|US-OK|35.3931|-97.6007|America/Chicago
RIC|Richmond International Airport|Richmond|US|US-VA|37.5052|-77.3197|America/New_York
ORF|Norfolk International Airport|Norfolk|US|US-VA|36.8946|-76.2012|America/New_York
BUF|Buffalo Niagara International Airport|Buffalo|US|US-NY|42.9405|-78.7322|America/New_York
ALB|Albany International Airport|Albany|US|US-NY|42.7483|-73.8017|America/New_York
BDL|Bradley International Airport|Hartford|US|US-CT|41.9389|-72.6832|America/New_York
PVD|Rhode Island T. F. Green International Airport|Providence|US|US-RI|41.7267|-71.4204|America/New_York
PRX|Cox Field|Paris|US|US-TX|33.6366|-95.4508|America/Chicago
YYZ|Toronto Pearson International Airport|Toronto|CA|CA-ON|43.6777|-79.6248|America/Toronto
YTZ|Billy Bishop Toronto City Airport|Toronto|CA|CA-ON|43.6275|-79.3962|America/Toronto
YUL|Montréal-Trudeau International Airport|Montreal|CA|CA-QC|45.4706|-73.7408|America/Toronto
YQB|Québec City Jean Lesage International Airport|Quebec City|CA|CA-QC|46.7911|-71.3933|America/Toronto
YVR|Vancouver International Airport|Vancouver|CA|CA-BC|49.1967|-123.1815|America/Vancouver
YYC|Calgary International Airport|Calgary|CA|CA-AB|51.1215|-114.0076|America/Edmonton
YEG|Edmonton International Airport|Edmonton|CA|CA-AB|53.3097|-113.5800|America/Edmonton
YOW|Ottawa Macdonald-Cartier International Airport|Ottawa|CA|CA-ON|45.3225|-75.6692|America/Toronto
YHZ|Halifax Stanfield International Airport|Halifax|CA|CA-NS|44.8808|-63.5086|America/Halifax
YWG|Winnipeg James Armstrong Richardson International Airport|Winnipeg|CA|CA-MB|49.9100|-97.2399|America/Winnipeg
YXU|London International Airport|London|CA|CA-ON|43.0356|-81.1539|America/Toronto
MEX|Mexico City International Airport|Mexico City|MX|MX-CMX|19.4361|-99.0719|America/Mexico_City
CUN|Cancún International Airport|Cancún|MX|MX-ROO|21.0365|-86.8771|America/Cancun
GDL|Guadalajara International Airport|Guadalajara|MX|MX-JAL|20.5218|-103.3112|America/Mexico_City
MTY|Monterrey International Airport|Monterrey|MX|MX-NLE|25.7785|-100.1069|America/Monterrey
SJD|Los Cabos International Airport|San José del Cabo|MX|MX-BCS|23.1518|-109.7215|America/Mazatlan
GRU|São Paulo/Guarulhos International Airport|São Paulo|BR|BR-SP|-23.4356|-46.4731|America/Sao_Paulo
CGH|São Paulo-Congonhas Airport|São Paulo|BR|BR-SP|-23.6261|-46.6564|America/Sao_Paulo
GIG|Rio de Janeiro/Galeão International Airport|Rio de Janeiro|BR|BR-RJ|-22.8090|-43.2506|America/Sao_Paulo
SDU|Santos Dumont Airport|Rio de Janeiro|BR|BR-RJ|-22.9105|-43.1631|America/Sao_Paulo
BSB|Brasília International Airport|Brasília|BR|BR-DF|-15.8697|-47.9208|America/Sao_Paulo
EZE|Ministro Pistarini International Airport|Buenos Aires|AR|AR-B|-34.8222|-58.5358|America/Argentina/Buenos_Aires
AEP|Aeroparque Jorge Newbery|Buenos Aires|AR|AR-C|-34.5592|-58.4156|America/Argentina/Buenos_Aires
SCL|Arturo Merino Benítez International Airport|Santiago|CL|CL-RM|-33.3930|-70.7858|America/Santiago
LIM|Jorge Chávez International Airport|Lima|PE|PE-CAL|-12.0219|-77.1143|America/Lima
BOG|El Dorado International Airport|Bogotá|CO|CO-DC|4.7016|-74.1469|America/Bogota
MDE|José María Córdova International Airport|Medellín|CO|CO-ANT|6.1645|-75.4231|America/Bogota
PTY|Tocumen International Airport|Panama City|PA|PA-8|9.0714|-79.3835|America/Panama
SJO|Juan Santamaría International Airport|San José|CR|CR-A|9.9939|-84.2088|America/Costa_Rica
UIO|Mariscal Sucre International Airport|Quito|EC|EC-P|-0.1292|-78.3575|America/Guayaquil
MVD|Carrasco International Airport|Montevideo|UY|UY-CA|-34.8384|-56.0308|America/Montevideo
PUJ|Punta Cana International Airport|Punta Cana|DO|DO-11|18.5674|-68.3634|America/Santo_Domingo
MBJ|Sangster International Airport|Montego Bay|JM|JM-08|18.5037|-77.9134|America/Jamaica
NAS|Lynden Pindling International Airport|Nassau|BS|BS-NP|25.0390|-77.4662|America/Nassau
DXB|Dubai International Airport|Dubai|AE|AE-DU|25.2532|55.3657|Asia/Dubai
DWC|Al Maktoum International Airport|Dubai|AE|AE-DU|24.8960|55.1614|Asia/Dubai
AUH|Zayed International Airport|Abu Dhabi|AE|AE-AZ|24.4330|54.6511|Asia/Dubai
DOH|Hamad International Airport|Doha|QA|QA-DA|25.2731|51.6081|Asia/Qatar
BAH|Bahrain International Airport|Manama|BH|BH-13|26.2708|50.6336|Asia/Bahrain
KWI|Kuwait International Airport|Kuwait City|KW|KW-FA|29.2266|47.9689|Asia/Kuwait
MCT|Muscat International Airport|Muscat|OM|OM-MA|23.5933|58.2844|Asia/Muscat
RUH|King Khalid International Airport|Riyadh|SA|SA-01|24.9576|46.6988|Asia/Riyadh
JED|King Abdulaziz International Airport|Jeddah|SA|SA-02|21.6796|39.1565|Asia/Riyadh
TLV|Ben Gurion Airport|Tel Aviv|IL|IL-M|32.0055|34.8854|Asia/Jerusalem
AMM|Queen Alia International Airport|Amman|JO|JO-AM|31.7226|35.9932|Asia/Amman
BEY|Beirut-Rafic Hariri International Airport|Beirut|LB|LB-BA|33.8209|35.4884|Asia/Beirut
CAI|Cairo International Airport|Cairo|EG|EG-C|30.1219|31.4056|Africa/Cairo
HRG|Hurghada International Airport|Hurghada|EG|EG-BA|27.1783|33.7994|Africa/Cairo
JNB|O. R. Tambo International Airport|Johannesburg|ZA|ZA-GP|-26.1367|28.2411|Africa/Johannesburg
CPT|Cape Town International Airport|Cape Town|ZA|ZA-WC|-33.9715|18.6021|Africa/Johannesburg
DUR|King Shaka International Airport|Durban|ZA|ZA-KZN|-29.6144|31.1197|Africa/Johannesburg
NBO|Jomo Kenyatta International Airport|Nairobi|KE|KE-30|-1.3192|36.9278|Africa/Nairobi
ADD|Addis Ababa Bole International Airport|Addis Ababa|ET|ET-AA|8.9779|38.7993|Africa/Addis_Ababa
LOS|Murtala Muhammed International Airport|Lagos|NG|NG-LA|6.5774|3.3212|Africa/Lagos
ACC|Kotoka International Airport|Accra|GH|GH-AA|5.6052|-0.1668|Africa/Accra
CMN|Mohammed V International Airport|Casablanca|MA|MA-06|33.3675|-7.5898|Africa/Casablanca
RAK|Marrakesh Menara Airport|Marrakesh|MA|MA-07|31.6069|-8.0363|Africa/Casablanca
TUN|Tunis-Carthage International Airport|Tunis|TN|TN-11|36.8510|10.2272|Africa/Tunis
ALG|Houari Boumediene Airport|Algiers|DZ|DZ-16|36.6910|3.2154|Africa/Algiers
DSS|Blaise Diagne International Airport|Dakar|SN|SN-TH|14.6700|-17.0733|Africa/Dakar
MRU|Sir Seewoosagur Ramgoolam International Airport|Port Louis|MU|MU-GP|-20.4302|57.6836|Indian/Mauritius
KGL|Kigali International Airport|Kigali|RW|RW-01|-1.9686|30.1395|Africa/Kigali
HND|Tokyo Haneda Airport|Tokyo|JP|JP-13|35.5494|139.7798|Asia/Tokyo
NRT|Narita International Airport|Tokyo|JP|JP-12|35.7720|140.3929|Asia/Tokyo
KIX|Kansai International Airport|Osaka|JP|JP-27|34.4320|135.2304|Asia/Tokyo
ITM|Osaka International Airport|Osaka|JP|JP-27|34.7855|135.4382|Asia/Tokyo
NGO|Chubu Centrair International Airport|Nagoya|JP|JP-23|34.8584|136.8054|Asia/Tokyo
CTS|New Chitose Airport|Sapporo|JP|JP-01|42.7752|141.6923|Asia/Tokyo
FUK|Fukuoka Airport|Fukuoka|JP|JP-40|33.5859|130.4506|Asia/Tokyo
OKA|Naha Airport|Naha|JP|JP-47|26.1958|127.6459|Asia/Tokyo
ICN|Incheon International Airport|Seoul|KR|KR-28|37.4602|126.4407|Asia/Seoul
GMP|Gimpo International Airport|Seoul|KR|KR-11|37.5587|126.7945|Asia/Seoul
PUS|Gimhae International Airport|Busan|KR|KR-26|35.1795|128.9382|Asia/Seoul
PEK|Beijing Capital International Airport|Beijing|CN|CN-BJ|40.0799|116.6031|Asia/Shanghai
PKX|Beijing Daxing International Airport|Beijing|CN|CN-BJ|39.5098|116.4105|Asia/Shanghai
PVG|Shanghai Pudong International Airport|Shanghai|CN|CN-SH|31.1443|121.8083|Asia/Shanghai
SHA|Shanghai Hongqiao International Airport|Shanghai|CN|CN-SH|31.1979|121.3363|Asia/Shanghai
CAN|Guangzhou Baiyun International Airport|Guangzhou|CN|CN-GD|23.3924|113.2988|Asia/Shanghai
SZX|Shenzhen Bao'an International Airport|Shenzhen|CN|CN-GD|22.6393|113.8107|Asia/Shanghai
CTU|Chengdu Shuangliu International Airport|Chengdu|CN|CN-SC|30.5785|103.9471|Asia/Shanghai
XIY|Xi'an Xianyang International Airport|Xi'an|CN|CN-SN|34.4471|108.7516|Asia/Shanghai
HGH|Hangzhou Xiaoshan International Airport|Hangzhou|CN|CN-ZJ|30.2295|120.4344|Asia/Shanghai
HKG|Hong Kong International Airport|Hong Kong|HK||22.3080|113.9185|Asia/Hong_Kong
MFM|Macau International Airport|Macau|MO||22.1496|113.5915|Asia/Macau
TPE|Taiwan Taoyuan International Airport|Taipei|TW|TW-TAO|25.0797|121.2342|Asia/Taipei
TSA|Taipei Songshan Airport|Taipei|TW|TW-TPE|25.0694|121.5525|Asia/Taipei
SIN|Singapore Changi Airport|Singapore|SG|SG-04|1.3644|103.9915|Asia/Singapore
KUL|Kuala Lumpur International Airport|Kuala Lumpur|MY|MY-10|2.7456|101.7072|Asia/Kuala_Lumpur
PEN|Penang International Airport|Penang|MY|MY-07|5.2971|100.2769|Asia/Kuala_Lumpur
BKK|Suvarnabhumi Airport|Bangkok|TH|TH-11|13.6900|100.7501|Asia/Bangkok
DMK|Don Mueang International Airport|Bangkok|TH|TH-10|13.9126|100.6068|Asia/Bangkok
HKT|Phuket International Airport|Phuket|TH|TH-83|8.1132|98.3169|Asia/Bangkok
SGN|Tan Son Nhat International Airport|Ho Chi Minh City|VN|VN-SG|10.8188|106.6520|Asia/Ho_Chi_Minh
HAN|Noi Bai International Airport|Hanoi|VN|VN-HN|21.2212|105.8072|Asia/Ho_Chi_Minh
CGK|Soekarno-Hatta International Airport|Jakarta|ID|ID-BT|-6.1256|106.6558|Asia/Jakarta
DPS|I Gusti Ngurah Rai International Airport|Denpasar|ID|ID-BA|-8.7482|115.1671|Asia/Makassar
MNL|Ninoy Aquino International Airport|Manila|PH|PH-00|14.5086|121.0194|Asia/Manila
CEB|Mactan-Cebu International Airport|Cebu|PH|PH-CEB|10.3075|123.9794|Asia/Manila
DEL|Indira Gandhi International Airport|Delhi|IN|IN-DL|28.5562|77.1000|Asia/Kolkata
BOM|Chhatrapati Shivaji Maharaj International Airport|Mumbai|IN|IN-MH|19.0896|72.8656|Asia/Kolkata
BLR|Kempegowda International Airport|Bengaluru|IN|IN-KA|13.1986|77.7066|Asia/Kolkata
MAA|Chennai International Airport|Chennai|IN|IN-TN|12.9941|80.1709|Asia/Kolkata
HYD|Rajiv Gandhi International Airport|Hyderabad|IN|IN-TG|17.2403|78.4294|Asia/Kolkata
CCU|Netaji Subhas Chandra Bose International Airport|Kolkata|IN|IN-WB|22.6547|88.4467|Asia/Kolkata
COK|Cochin International Airport|Kochi|IN|IN-KL|10.1520|76.4019|Asia/Kolkata
PNQ|Pune Airport|Pune|IN|IN-MH|18.5822|73.9197|Asia/Kolkata
CMB|Bandaranaike International Airport|Colombo|LK|LK-1|7.1808|79.8841|Asia/Colombo
DAC|Hazrat Shahjalal International Airport|Dhaka|BD|BD-13|23.8433|90.3978|Asia/Dhaka
KTM|Tribhuvan International Airport|Kathmandu|NP|NP-P3|27.6966|85.3591|Asia/Kathmandu
KHI|Jinnah International Airport|Karachi|PK|PK-SD|24.9065|67.1608|Asia/Karachi
SYD|Sydney Kingsford Smith Airport|Sydney|AU|AU-NSW|-33.9399|151.1753|Australia/Sydney
MEL|Melbourne Airport|Melbourne|AU|AU-VIC|-37.6690|144.8410|Australia/Melbourne
BNE|Brisbane Airport|Brisbane|AU|AU-QLD|-27.3942|153.1218|Australia/Brisbane
PER|Perth Airport|Perth|AU|AU-WA|-31.9385|115.9672|Australia/Perth
ADL|Adelaide Airport|Adelaide|AU|AU-SA|-34.9450|138.5306|Australia/Adelaide
CBR|Canberra Airport|Canberra|AU|AU-ACT|-35.3069|149.1950|Australia/Sydney
OOL|Gold Coast Airport|Gold Coast|AU|AU-QLD|-28.1644|153.5047|Australia/Brisbane
CNS|Cairns Airport|Cairns|AU|AU-QLD|-16.8858|145.7552|Australia/Brisbane
HBA|Hobart International Airport|Hobart|AU|AU-TAS|-42.8361|147.5103|Australia/Hobart
AKL|Auckland Airport|Auckland|NZ|NZ-AUK|-37.0082|174.7850|Pacific/Auckland
WLG|Wellington International Airport|Wellington|NZ|NZ-WGN|-41.3272|174.8053|Pacific/Auckland
CHC|Christchurch International Airport|Christchurch|NZ|NZ-CAN|-43.4894|172.5322|Pacific/Auckland
ZQN|Queenstown Airport|Queenstown|NZ|NZ-OTA|-45.0211|168.7392|Pacific/Auckland
NAN|Nadi International Airport|Nadi|FJ|FJ-W|-17.7554|177.4431|Pacific/Fiji
"""

# locationCode, name (= city), country, subdivision, latitude, longitude, time zone
CITIES = """
IATA_PAR|Paris|FR|FR-75|48.8566|2.3522|Europe/Paris
IATA_LYS|Lyon|FR|FR-69|45.7640|4.8357|Europe/Paris
IATA_NTE|Nantes|FR|FR-44|47.2184|-1.5536|Europe/Paris
IATA_NCE|Nice|FR|FR-06|43.7102|7.2620|Europe/Paris
IATA_MRS|Marseille|FR|FR-13|43.2965|5.3698|Europe/Paris
IATA_TLS|Toulouse|FR|FR-31|43.6047|1.4442|Europe/Paris
IATA_BOD|Bordeaux|FR|FR-33|44.8378|-0.5792|Europe/Paris
IATA_LIL|Lille|FR|FR-59|50.6292|3.0573|Europe/Paris
IATA_SXB|Strasbourg|FR|FR-67|48.5734|7.7521|Europe/Paris
IATA_MPL|Montpellier|FR|FR-34|43.6108|3.8767|Europe/Paris
IATA_RNS|Rennes|FR|FR-35|48.1173|-1.6778|Europe/Paris
IATA_GNB|Grenoble|FR|FR-38|45.1885|5.7245|Europe/Paris
IATA_BER|Berlin|DE|DE-BE|52.5200|13.4050|Europe/Berlin
IATA_MUC|Munich|DE|DE-BY|48.1351|11.5820|Europe/Berlin
IATA_FRA|Frankfurt|DE|DE-HE|50.1109|8.6821|Europe/Berlin
IATA_HAM|Hamburg|DE|DE-HH|53.5511|9.9937|Europe/Berlin
IATA_CGN|Cologne|DE|DE-NW|50.9375|6.9603|Europe/Berlin
IATA_DUS|Düsseldorf|DE|DE-NW|51.2277|6.7735|Europe/Berlin
IATA_STR|Stuttgart|DE|DE-BW|48.7758|9.1829|Europe/Berlin
IATA_LEJ|Leipzig|DE|DE-SN|51.3397|12.3731|Europe/Berlin
IATA_LON|London|GB|GB-LND|51.5072|-0.1276|Europe/London
IATA_YXU|London|CA|CA-ON|42.9849|-81.2453|America/Toronto
IATA_BRU|Brussels|BE|BE-BRU|50.8503|4.3517|Europe/Brussels
IATA_AMS|Amsterdam|NL|NL-NH|52.3676|4.9041|Europe/Amsterdam
IATA_ZRH|Zurich|CH|CH-ZH|47.3769|8.5417|Europe/Zurich
IATA_GVA|Geneva|CH|CH-GE|46.2044|6.1432|Europe/Zurich
IATA_BSL|Basel|CH|CH-BS|47.5596|7.5886|Europe/Zurich
IATA_VIE|Vienna|AT|AT-9|48.2082|16.3738|Europe/Vienna
IATA_MAD|Madrid|ES|ES-MD|40.4168|-3.7038|Europe/Madrid
IATA_BCN|Barcelona|ES|ES-CT|41.3874|2.1686|Europe/Madrid
IATA_ROM|Rome|IT|IT-62|41.9028|12.4964|Europe/Rome
IATA_MIL|Milan|IT|IT-25|45.4642|9.1900|Europe/Rome
IATA_LIS|Lisbon|PT|PT-11|38.7223|-9.1393|Europe/Lisbon
IATA_SEA|Seattle|US|US-WA|47.6062|-122.3321|America/Los_Angeles
USBLV|Bellevue|US|US-WA|47.6101|-122.2015|America/Los_Angeles
USRMD|Redmond|US|US-WA|47.6740|-122.1215|America/Los_Angeles
IATA_NYC|New York|US|US-NY|40.7128|-74.0060|America/New_York
IATA_SFO|San Francisco|US|US-CA|37.7749|-122.4194|America/Los_Angeles
IATA_CHI|Chicago|US|US-IL|41.8781|-87.6298|America/Chicago
IATA_BOS|Boston|US|US-MA|42.3601|-71.0589|America/New_York
IATA_WAS|Washington|US|US-DC|38.9072|-77.0369|America/New_York
IATA_LAX|Los Angeles|US|US-CA|34.0522|-118.2437|America/Los_Angeles
IATA_PRX|Paris|US|US-TX|33.6609|-95.5555|America/Chicago
IATA_YTO|Toronto|CA|CA-ON|43.6532|-79.3832|America/Toronto
IATA_YMQ|Montreal|CA|CA-QC|45.5019|-73.5674|America/Toronto
IATA_TYO|Tokyo|JP|JP-13|35.6762|139.6503|Asia/Tokyo
IATA_SIN|Singapore|SG|SG-01|1.2903|103.8520|Asia/Singapore
"""

# locationType, locationCode, name, city, country, subdivision, latitude, longitude, time zone
STATIONS = """
RAIL_2C|FRPLY|Paris Gare de Lyon|Paris|FR|FR-75|48.8443|2.3744|Europe/Paris
RAIL_2C|FRPMO|Paris Montparnasse|Paris|FR|FR-75|48.8410|2.3200|Europe/Paris
RAIL_2C|FRPNO|Paris Gare du Nord|Paris|FR|FR-75|48.8809|2.3553|Europe/Paris
RAIL_2C|FRPST|Paris Gare de l'Est|Paris|FR|FR-75|48.8768|2.3592|Europe/Paris
RAIL_2C|FRLPD|Lyon Part-Dieu|Lyon|FR|FR-69|45.7606|4.8594|Europe/Paris
RAIL_2C|FRLPR|Lyon Perrache|Lyon|FR|FR-69|45.7485|4.8263|Europe/Paris
RAIL_2C|FRNTE|Nantes|Nantes|FR|FR-44|47.2173|-1.5420|Europe/Paris
RAIL_2C|FRNIC|Nice Ville|Nice|FR|FR-06|43.7046|7.2619|Europe/Paris
RAIL_2C|FRMSC|Marseille Saint-Charles|Marseille|FR|FR-13|43.3027|5.3806|Europe/Paris
RAIL_2C|FRLLE|Lille Europe|Lille|FR|FR-59|50.6394|3.0757|Europe/Paris
RAIL_2C|FRLLF|Lille Flandres|Lille|FR|FR-59|50.6366|3.0705|Europe/Paris
RAIL_2C|FRBOJ|Bordeaux Saint-Jean|Bordeaux|FR|FR-33|44.8259|-0.5562|Europe/Paris
RAIL_2C|FRSXB|Strasbourg|Strasbourg|FR|FR-67|48.5850|7.7350|Europe/Paris
RAIL_2C|FRTLS|Toulouse Matabiau|Toulouse|FR|FR-31|43.6113|1.4536|Europe/Paris
RAIL_2C|FRRNS|Rennes|Rennes|FR|FR-35|48.1035|-1.6722|Europe/Paris
RAIL_2C|FRMPL|Montpellier Saint-Roch|Montpellier|FR|FR-34|43.6045|3.8806|Europe/Paris
RAIL_2A|8011160|Berlin Hbf|Berlin|DE|DE-BE|52.5251|13.3694|Europe/Berlin
RAIL_2A|8000261|München Hbf|Munich|DE|DE-BY|48.1402|11.5583|Europe/Berlin
RAIL_2A|8000105|Frankfurt (Main) Hbf|Frankfurt|DE|DE-HE|50.1071|8.6638|Europe/Berlin
RAIL_2A|8070003|Frankfurt (Main) Flughafen Fernbahnhof|Frankfurt|DE|DE-HE|50.0532|8.5703|Europe/Berlin
RAIL_2A|8000207|Köln Hbf|Cologne|DE|DE-NW|50.9430|6.9589|Europe/Berlin
RAIL_2A|8002549|Hamburg Hbf|Hamburg|DE|DE-HH|53.5530|10.0069|Europe/Berlin
RAIL_2A|8000085|Düsseldorf Hbf|Düsseldorf|DE|DE-NW|51.2199|6.7942|Europe/Berlin
RAIL_2A|8000096|Stuttgart Hbf|Stuttgart|DE|DE-BW|48.7840|9.1829|Europe/Berlin
RAIL_2A|8010205|Leipzig Hbf|Leipzig|DE|DE-SN|51.3455|12.3821|Europe/Berlin
RAIL_2A|8000152|Hannover Hbf|Hanover|DE|DE-NI|52.3767|9.7410|Europe/Berlin
RAIL_2A|8000284|Nürnberg Hbf|Nuremberg|DE|DE-BY|49.4457|11.0825|Europe/Berlin
RAIL_2A|8000244|Mannheim Hbf|Mannheim|DE|DE-BW|49.4794|8.4695|Europe/Berlin
RAIL_9F|GBSPX|London St Pancras International|London|GB|GB-CMD|51.5319|-0.1263|Europe/London
RAIL_9F|FRPNO|Paris Gare du Nord|Paris|FR|FR-75|48.8809|2.3553|Europe/Paris
RAIL_9F|BEBMI|Bruxelles-Midi|Brussels|BE|BE-BRU|50.8357|4.3361|Europe/Brussels
RAIL_9F|FRLLE|Lille Europe|Lille|FR|FR-59|50.6394|3.0757|Europe/Paris
RAIL_9F|NLAMA|Amsterdam Centraal|Amsterdam|NL|NL-NH|52.3789|4.9004|Europe/Amsterdam
RAIL_0Z|8503000|Zürich HB|Zurich|CH|CH-ZH|47.3779|8.5403|Europe/Zurich
RAIL_0Z|8501008|Genève|Geneva|CH|CH-GE|46.2102|6.1424|Europe/Zurich
RAIL_0Z|8501026|Genève-Aéroport|Geneva|CH|CH-GE|46.2318|6.1097|Europe/Zurich
RAIL_0Z|8500010|Basel SBB|Basel|CH|CH-BS|47.5476|7.5897|Europe/Zurich
RAIL_0Z|8507000|Bern|Bern|CH|CH-BE|46.9490|7.4391|Europe/Zurich
RAIL_0Z|8501120|Lausanne|Lausanne|CH|CH-VD|46.5167|6.6291|Europe/Zurich
"""


def rows(block):
    return [line.split("|") for line in block.strip().splitlines()]


def make_id(kind, code, loc_type):
    fixed = FIXTURE_IDS.get((kind, code))
    if fixed:
        return fixed
    key = "tr-sandbox-location:%s:%s:%s" % (kind, code, loc_type)
    return hashlib.md5(key.encode("utf-8")).hexdigest().upper()


def c_str(value):
    if not value:
        return "NULL"
    return '"%s"' % value.replace("\\", "\\\\").replace('"', '\\"')


def entry(kind, name, city, cc, sub, iata, code, loc_type, lat, lon, tz):
    fields = [make_id(kind, code, loc_type), name, city, cc, sub, iata, code, loc_type]
    return "  { %s, %s, %s, %s }," % (", ".join(c_str(f) for f in fields),
                                      lat, lon, c_str(tz))


def main():
    lines = []
    for iata, name, city, cc, sub, lat, lon, tz in rows(AIRPORTS):
        lines.append(entry("AIRPORT", name, city, cc, sub, iata,
                           "IATA_" + iata, "STD", lat, lon, tz))
    for code, name, cc, sub, lat, lon, tz in rows(CITIES):
        lines.append(entry("CITY", name, name, cc, sub, None, code, "STD",
                           lat, lon, tz))
    for loc_type, code, name, city, cc, sub, lat, lon, tz in rows(STATIONS):
        lines.append(entry("STATION", name, city, cc, sub, None, code, loc_type,
                           lat, lon, tz))
    out = sys.stdout
    out.write(HEADER)
    out.write("\n".join(lines))
    out.write(FOOTER)


HEADER = """/* tr-sandbox-location-table.c
 *
 * Copyright 2026 The Travel Requests authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Generated by gen-location-table.py: edit the data there and regenerate.
 * Order: airports, then cities (locationType STD, no IATA code), then rail
 * stations (RAIL_xx). */

#include "tr-sandbox-location-table.h"

static const TrSandboxLocation location_table[] = {
"""

FOOTER = """
};

const TrSandboxLocation *
tr_sandbox_location_table_get (guint *n_locations)
{
  *n_locations = G_N_ELEMENTS (location_table);
  return location_table;
}
"""

if __name__ == "__main__":
    main()
