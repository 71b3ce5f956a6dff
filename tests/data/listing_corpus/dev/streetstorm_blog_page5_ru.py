"""Real page: page 5 of the news blog ("Новости") of a Russian maker of dashboard cameras
(streetstorm.ru, 1C-Bitrix, windows-1251 declared in a <meta http-equiv>, 2014 posts), saved
by TeamHG-Memex/autopager for its pagination data. Twenty <div class="post-block preview">: a
date badge "<div class=yellow-date><span>10</span> <br>февраля <br>2014</div>" (day, month
name in the genitive, year on three lines: dates are the local day), then <div class=post-
text> with an <h2> link (relative href), the teaser (some with links to catalogue pages),
share buttons, "Читать комментарии (0)" (read the comments) to the same post and tags. The
"Далее" (more) link is commented out. No bylines (authors None). Not entries: the catalogue
menus, the pager. The page has no canonical address; its address is autopager's record. `now`
is the save (March 2016).
"""

from datetime import UTC, date, datetime

url = "http://streetstorm.ru/blog/index.php?PAGEN_1=5"
timezone = "Europe/Moscow"
now = datetime(2016, 3, 14, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://streetstorm.ru/blog/pervyy_dvukhkamernyy_s_novym_protsessorom/",
        "title": "Первый двухкамерный с новым процессором",
        "published": date(2014, 2, 10),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/novyy_sezon-novye_radar_detektory/",
        "title": "Новый сезон – новые радар-детекторы",
        "published": date(2014, 2, 7),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/obnovlenie_po_radar_detektorov_versiya_ot_06_02_2014/",
        "title": "Обновление ПО радар-детекторов (версия от 06.02.2014)",
        "published": date(2014, 2, 6),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/na_glavnoy_doroge_/",
        "title": "На «Главной дороге»!",
        "published": date(2014, 2, 6),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/luchshe_priglasit_spetsialista/",
        "title": "Лучше пригласить специалиста",
        "published": date(2014, 1, 31),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/street_storm_str_9020gps_radar_detektor_dlya_znatokov_/",
        "title": "Street Storm STR-9020GPS – радар-детектор для знатоков",
        "published": date(2014, 1, 22),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/obnovlenie_po_dlya_cvr_a7510_g/",
        "title": "Обновление ПО для CVR-A7510 (-G)",
        "published": date(2014, 1, 17),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/obnovlenie_po_radar_detektorov_versiya_ot_23_12_2013/",
        "title": "Обновление ПО радар-детекторов (версия от 23.12.2013)",
        "published": date(2013, 12, 23),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/tri_novinki_s_gps/",
        "title": "Три новинки с GPS",
        "published": date(2013, 12, 18),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/cvr_a7510_2nd_edition_poleznye_obnovleniya/",
        "title": "CVR-A7510 2nd Edition. Полезные обновления.",
        "published": date(2013, 12, 18),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/menshe_pomekh_bolshe_informativnost/",
        "title": "Меньше помех – больше информативность!",
        "published": date(2013, 12, 17),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/s_gps_i_bazoy_koordinat_radarov/",
        "title": "С GPS и базой координат радаров",
        "published": date(2013, 12, 16),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/novye_detektory_s_gps/",
        "title": "Новые детекторы с GPS",
        "published": date(2013, 12, 6),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/street_storm_cvr_a7510_kopiya_dlya_protokola/",
        "title": "Street Storm CVR-A7510: «КОПИЯ ДЛЯ ПРОТОКОЛА»",
        "published": date(2013, 11, 20),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/cvr_705hd_video_na_bolshom_ekrane/",
        "title": "CVR-705HD — видео на большом экране",
        "published": date(2013, 11, 19),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/street_storm_cvr_a7510_g_pobeditel_sravnitelnogo_testa/",
        "title": "Street Storm CVR-A7510-G — победитель сравнительного теста",
        "published": date(2013, 11, 18),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/obzor_street_storm_cvr_a7510_g_v_zhurnale_avtozvuk_12_2013/",
        "title": "Обзор Street Storm CVR-A7510-G в журнале «АвтоЗвук» (#12, 2013)",
        "published": date(2013, 11, 18),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/sputnikovyy_street_storm_str_7010gps/",
        "title": "«Спутниковый» Street Storm STR-7010GPS",
        "published": date(2013, 11, 18),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/dostoyno_i_dostupno_/",
        "title": "Достойно и доступно",
        "published": date(2013, 11, 18),
        "author": None,
    },
    {
        "link": "http://streetstorm.ru/blog/obnovlenie_po_radar_detektorov_versiya_ot_07_11_2013/",
        "title": "Обновление ПО радар-детекторов (версия от 07.11.2013)",
        "published": date(2013, 11, 7),
        "author": None,
    },
]
