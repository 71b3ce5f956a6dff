"""Real page: a Hungarian classifieds site's listing for one county (jofogas.hu/heves, July 2015),
saved by TeamHG-Memex/Formasaurus for its forms data (the search and alert forms). `lang="hu"`.
The header, the search form with category, region and price fields, then fifty <div
class=listing-row>s, each holding one whole-row link (<a class="listing-ad-link">) with the time
("Ma<br>17:37", "today" and the clock), a thumbnail, the ad's subject in <div class=thumbs_subject
itemprop=itemListElement> and its price ("2 000 Ft", "9 000 Ft -10%"), and a second link to the
same ad holding only a delivery badge. Titles: the subject as the row shows it, the price apart.
Dates are left out: every row says "Ma" (today) with a time, and nothing on the page says which
day that was (the project saved it at some time before its commit of 9 July 2015). No bylines.
Not entries: the delivery-badge links, the category boxes, the pager and the footer. The rows
come from the whole county's neighbours too (links under /bekes/, /borsod_abauj_zemplen/): they
are the list as shown.
"""

from datetime import UTC, datetime

url = "http://www.jofogas.hu/heves"
timezone = "Europe/Budapest"
now = datetime(2015, 7, 9, 14, 30, tzinfo=UTC)

entries = [
    {
        "link": "http://www.jofogas.hu/bekes/Hat_polusu_vizallo_stekker_aron_alul_19574450.htm?first=1",
        "title": "Hat pólusú vízálló stekker áron alul",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/bekes/Suzuki_Burgman_AN_650_hatsolampa_aron_alul_19013490.htm",
        "title": "Suzuki Burgman AN 650 hátsólámpa áron alul",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Keresek__Csaladihazat_keresek_16221225.htm",
        "title": "Keresek: Családiházat keresek",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Gyongyosi_lakas_elado_nagyobb_csere_erdekel_16221139.htm",
        "title": "Gyöngyösi lakás eladó,nagyobb csere érdekel",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Peugeot_306_kombi_1_4_es_benzines_tulajdonostol_17984867.htm",
        "title": "Peugeot 306 kombi 1,4-es benzines tulajdonostól (1999)",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Elado_viznyomasos_betegemelo_18883298.htm",
        "title": "Eladó víznyomásos betegemelő",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Nokia_E7_ev_garanciaval_verhetetlen_aron_21580149.htm",
        "title": "Nokia E7 év garanciával verhetetlen áron",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Jo_lathatosagi__fenyvisszaveros_munkaruha_20244596.htm",
        "title": "Jó láthatósági ,fényvisszaverős munkaruha",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Egyedi_Uvegekszerek_19365816.htm",
        "title": "Egyedi Üvegékszerek",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Egyedi_Uvegekszerek_19365781.htm",
        "title": "Egyedi Üvegékszerek",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Egyedi_Uvegekszerek_19365603.htm",
        "title": "Egyedi Üvegékszerek",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Egyedi_Uvegekszerek_19365545.htm",
        "title": "Egyedi Üvegékszerek",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Wellnet_magneses_csapra_illesztheto_Viztisztito_18676391.htm",
        "title": "Wellnet mágneses csapra illeszthető Viztisztító",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Hordozhato_testmasszirozogep_18674557.htm",
        "title": "Hordozható testmasszírozógép",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/134_es_fiucsomag_3db_18861532.htm",
        "title": "134-es fiúcsomag 3db",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Seat_Cordoba_19322511.htm",
        "title": "Seat Cordoba (2001)",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Elado_csaladi_haz_Szihalom_kozpontjaban_14805348.htm",
        "title": "Eladó családi ház Szihalom központjában",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Felujitando_csaladi_haz_elado_18067287.htm",
        "title": "Felújítandó családi ház eladó",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/bacs_kiskun/Szello_rozsak___uvegfestmeny_21069954.htm",
        "title": "Szellő rózsák - üvegfestmény",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/budapest/Gyermek_kerekpar_14__os_21579974.htm",
        "title": 'Gyermek kerékpár 14"-os',
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/zala/Csinos_Noi_Bundakabat_42es_vilagos_21580112.htm",
        "title": "Csinos Női Bundakabát 42es világos",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/budapest/Canon_W80Y_85_nagylatoszogu_elotet_ujpesten_21580098.htm",
        "title": "Canon W80Y-85 nagylátószögű előtét újpesten",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/vas/Gepi_menetmetszo_21580096.htm",
        "title": "Gépi menetmetsző",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Fackelmann_kezi_citruspres__gyumolcsfacsaro__19593596.htm",
        "title": "Fackelmann kézi citrusprés, gyümölcsfacsaró:",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Green_Science___Solar_science_19593428.htm",
        "title": "Green Science - Solar science",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Green_Science___Dynamo_Torch_19593360.htm",
        "title": "Green Science - Dynamo Torch",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Green_Science___Bottle_Catamaran_19593307.htm",
        "title": "Green Science - Bottle Catamaran",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Seat_tetocsomagtarto_19592895.htm",
        "title": "Seat tetőcsomagtartó",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Vorson_explorer_elektromos_gitar___tok_19592076.htm",
        "title": "Vorson explorer elektromos gitár + tok",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/borsod_abauj_zemplen/Gyapju_paplan_takaro__19591801.htm",
        "title": "Gyapjú paplan/takaró:",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Elado_2_bojlis_bot_21580094.htm",
        "title": "Eladó 2 bojlis bot",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/nograd/Panasonic_VDR_D150_DVD_S_kamera_elado_18386366.htm",
        "title": "Panasonic VDR-D150 DVD S kamera eladó",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/nograd/Tavaszi_Nyari_Vty_cipok_18188540.htm",
        "title": "Tavaszi-Nyári Vty-cipők",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/pest/Columbia_sinadrag_L_es_meret_19959577.htm",
        "title": "Columbia sínadrág L-es méret",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/pest/Sunza_Go_Legzesfigyelo_21580078.htm",
        "title": "Sunza Go Légzésfigyelő",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/szabolcs_szatmar_bereg/Adida_stoplis_cipo_21580076.htm",
        "title": "Adida stoplis cipő",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/budapest/Sony_Digitalis_fenykepezogep_21580073.htm",
        "title": "Sony Digitális fényképezőgép",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/vas/Chicco_Tour_4_babakocsi_mozes__sportresszel_elado_19305497.htm",
        "title": "Chicco Tour 4 babakocsi mózes, sportrésszel eladó",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/BMW_525TDS_Touring_1993_19726957.htm",
        "title": "BMW 525TDS Touring 1993",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Lehel_melyhutolada_19726737.htm",
        "title": "Lehel mélyhűtőláda",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/BMW_525TDS_Touring_19726680.htm",
        "title": "BMW 525TDS Touring (1993)",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Citroen_BX_1989_19726043.htm",
        "title": "Citroen BX 1989",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/gyor_moson_sopron/Babakocsi__hasznalt__17883082.htm",
        "title": "Babakocsi (használt)",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/bekes/Dragon_Age_2_Ps3_jatek_elado_21329975.htm",
        "title": "Dragon Age 2 Ps3 játék eladó",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Kis_simson_elado_19125922.htm",
        "title": "Kis simson eladó (1989)",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Loszerszamok___hamok_nyergek_eladok__18398231.htm",
        "title": "Lószerszámok / hámok,nyergek eladók/",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Elado_Opel_Calibra_18293386.htm",
        "title": "Eladó Opel Calibra (1990)",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Szieszta_kalyha_elado__vagy_cserelem_17936044.htm",
        "title": "Szieszta kályha eladó ,vagy cserélem",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/heves/Lovaskocsi_elado_17927808.htm",
        "title": "Lovaskocsi eladó",
        "author": None,
    },
    {
        "link": "http://www.jofogas.hu/budapest/Csucs_kategorias_Kaba_Exper_T_30x30_as_zarbetet_21580039.htm",
        "title": "Csúcs kategóriás Kaba Exper T 30x30-as zárbetét",
        "author": None,
    },
]
