"""Real page: the home page of the INO Tomsk 2020 project's site (inotomsk.ru, 23 April
2012), saved by openteam-esp/searcher for its tests. Russian, no `lang`. Below the header, blocks
of one page: "Новости инноваций в Томске" (tabs В мире / В России / В Томске; a picture over
the first story's teaser; a list of ten <li>s, each a <p class=title> headline link, a picture,
a teaser link and <p class=date> "20 апреля 2012" with <span class=time> "21:48"), "Интервью с
экспертами" (four interviews: a portrait, the expert's name in <p class=author> and job, the
headline link, the date and time), "Точки зрения" (three quotes, each a portrait and a <p
class=annotation> link holding the quote, one cut with "...", its date "28 марта 2012"), a
"Медиатека" box (one video, one photo gallery), an events calendar, a poll, banners. Entries:
the ten news stories, the four interviews and the three points of view, in page order (17).
Titles: the headline; for a point of view, the quote, left unscored where the page cuts it
("..."). Dates: Tomsk time (UTC+7 in 2012) where a time is shown, else the day. Authors: the
news show no byline (None); an interview's name is the expert interviewed and a point of view
names no one, so neither is scored. Not entries: the lead picture's repeat of the first story,
the tabs, "Все новости", the media box, the calendar's events, the poll, menus and footer.
"""

from datetime import UTC, date, datetime

url = "http://inotomsk.ru/"
timezone = "Asia/Tomsk"
now = datetime(2012, 4, 23, 7, 48, tzinfo=UTC)

entries = [
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-uchenye-tpu-predstavyat-proekt-kotoryy-izmenit-predstavlenie-ob-energetike-buduschego",
        "title": "Ученые ТПУ представят проект, который изменит представление об энергетике будущего",
        "published": datetime(2012, 4, 20, 14, 48, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-studenty-tomskih-vuzov-predlozhili-uchit-detey-chitat-pri-pomoschi-igrovogo-kontrollera",
        "title": "Студенты томских вузов предложили учить детей читать при помощи игрового контроллера",
        "published": datetime(2012, 4, 20, 13, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-studenty-tpu-pobedili-na-mezhdunarodnom-neftegazovom-forume-v-kazahstane",
        "title": "Студенты ТПУ победили на международном нефтегазовом форуме в Казахстане",
        "published": datetime(2012, 4, 19, 2, 11, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-rossiysko-indiyskoe-sp-nachalo-vypusk-instrumentov-dlya-endoprotezirovaniya-sustavov",
        "title": "Российско-индийское СП начало выпуск инструментов для эндопротезирования суставов",
        "published": datetime(2012, 4, 18, 10, 14, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-it-shkola-otkroetsya-v-tomske-23-aprelya",
        "title": "IT-школа откроется в Томске 23 апреля",
        "published": datetime(2012, 4, 18, 10, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-dva-proekta-politehnikov-pobedili-v-konkurse-sibirskih-razrabotok-tovarov-i-uslug",
        "title": "Два проекта политехников победили в конкурсе сибирских разработок, товаров и услуг",
        "published": datetime(2012, 4, 17, 12, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-shkola-innovatsionnoy-zhurnalistiki-prohodit-v-tomskom-mediatsentre",
        "title": "«Школа инновационной журналистики» проходит в томском медиацентре",
        "published": datetime(2012, 4, 17, 11, 20, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-studenty-tusura-prinyali-uchastie-v-evropeyskom-finale-sorevnovaniy-freescale-cup",
        "title": "Студенты ТУСУРа приняли участие в европейском финале соревнований Freescale Cup",
        "published": datetime(2012, 4, 16, 7, 47, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-komanda-iz-tomska-predstavit-rf-v-finale-konkursa-imagine-cup-v-avstralii",
        "title": "Команда из Томска представит РФ в финале конкурса Imagine Cup в Австралии",
        "published": datetime(2012, 4, 15, 8, 6, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/press-tsentr/novosti-innovatsiy/v-tomske/prosmotr-novosti/-/novost-roboty-nauchat-vrachey-sibiri-deystvovat-v-ekstremalnyh-situatsiyah",
        "title": "Роботы научат врачей Сибири действовать в экстремальных ситуациях",
        "published": datetime(2012, 4, 13, 11, 14, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://inotomsk.ru/ru/analiticheskie-materialy/intervyu-s-ekspertami/prosmotr/-/novost-kogda-nastupit-epoha-kvantovyh-kompyuterov",
        "title": "Когда наступит эпоха квантовых компьютеров",
        "published": datetime(2012, 4, 17, 14, 47, tzinfo=UTC),
    },
    {
        "link": "http://inotomsk.ru/ru/analiticheskie-materialy/intervyu-s-ekspertami/prosmotr/-/novost-ne-budet-konechnoy-produktsii-dazhe-chubays-budet-vyglyadet-bledno",
        "title": "Не будет конечной продукции — даже Чубайс будет выглядеть бледно",
        "published": datetime(2012, 4, 8, 17, 0, tzinfo=UTC),
    },
    {
        "link": "http://inotomsk.ru/ru/analiticheskie-materialy/intervyu-s-ekspertami/prosmotr/-/novost-ob-itogah-pervogo-goda-tomskogo-filiala-instituta-vychislitelnyh-tehnologiy-sibirskogo-otdeleniya-ran",
        "title": "Об итогах первого года Томского филиала Института вычислительных технологий Сибирского отделения РАН",
        "published": datetime(2012, 3, 29, 3, 39, tzinfo=UTC),
    },
    {
        "link": "http://inotomsk.ru/ru/analiticheskie-materialy/intervyu-s-ekspertami/prosmotr/-/novost-ob-innovatsiyah-nuzhno-rasskazyvat-eschyo-v-shkole",
        "title": "Об инновациях нужно рассказывать ещё в школе",
        "published": datetime(2012, 3, 27, 4, 8, tzinfo=UTC),
    },
    {
        "link": "http://inotomsk.ru/ru/tochka-zreniya/mneniya-o-proekte/mneniya-o-proekte/-/novost-v-proekt-inotomsk-2020-nuzhno-silnee-integrirovat-traditsionnuyu-promyshlennost-naladit",
        "published": date(2012, 3, 28),
    },
    {
        "link": "http://inotomsk.ru/ru/tochka-zreniya/mneniya-o-proekte/mneniya-o-proekte/-/novost-realizatsiya-proekta-otkroet-novye-vozmozhnosti-dlya-rezidentov-oez-vsego-naukoemkogo-biznesa",
        "title": "Реализация проекта откроет новые возможности для резидентов ОЭЗ, всего наукоемкого бизнеса.",
        "published": date(2012, 3, 28),
    },
    {
        "link": "http://inotomsk.ru/ru/tochka-zreniya/mneniya-o-proekte/mneniya-o-proekte/-/novost-inotomsk-2020-eto-proekt-obraschennyy-k-molodym",
        "title": "«ИНОТомск’2020» – это проект, обращенный к молодым.",
        "published": date(2012, 3, 28),
    },
]
