"""Real page: the home page of an Italian football club's fan magazine (lazialita.com,
WordPress, March 2016), saved by TeamHG-Memex/autopager for its pagination data. A news front
of two blocks in the main column: "NEWS CALCIO" (<div class="recent2 menu">: fifteen <div
class="post odd|even">, an <h3 class=post-title> link, a thumbnail link, a teaser ending in
"Leggi »") and, below a subscription banner, "Altre Notizie da lazialita.it" (<div
id=post-block-tabs>, one tab: five <div class="post odd"> of the same markup without
pictures). The cards show no dates and no bylines (published and authors None). Not entries:
the right column's boxes ("DALLA REDAZIONE", "NEWS, PENSIERI E PAROLE": a teaser each of
<div class=post-mio>, the director's tweets, videos, banners), the menus, and the script
slideshow at the top, whose <ul id=dfcg-slideshow style="display:none"> holds twice the
newest category story for a script to show: the saved page shows nothing of it. The page has
no canonical address; its address is autopager's record. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://www.lazialita.com/"
timezone = "Europe/Rome"
now = datetime(2016, 3, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://lnx.lazialita.com/2016/03/10/pioli-volevamo-ottenere-un-vantaggio-ci-siamo-riusciti-ma-ce-ancora-tanto-da-fare/",
        "title": "Pioli: “Volevamo ottenere un vantaggio, ci siamo riusciti. La formazione? Volevo far capire ai giocatori…”",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/parolo-abbiamo-un-piccolo-vantaggio-al-ritorno-servira-una-gara-di-grande-intensita/",
        "title": "Parolo: “Abbiamo un piccolo vantaggio. Al ritorno servirà una gara di grande intensità”",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/europa-league-reus-trascina-il-dortmund-bene-shakhtar-e-fenerbahce-basilea-siviglia-0-0/",
        "title": "Europa League, tutti i risultati: Reus trascina il Dortmund, al Liverpool il derby inglese, il Bilbao vince quello spagnolo",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/live-sparta-praga-lazio-0-0/",
        "title": "FINALE – Sparta Praga-Lazio 1-1 (13′ Frydek, 38′ Parolo)",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/praga-i-primi-laziali-raggiungono-la-statua-di-jan-palach-situazione-tranquilla-foto/",
        "title": "Praga biancoceleste: la giornata dei laziali nella trasferta europea – FOTO&VIDEO",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/sparta-praga-lazio-lambasciatore-italiano-non-ha-dubbi-stasera-tifero-lazio/",
        "title": "Sparta Praga-Lazio, l’ambasciatore italiano non ha dubbi: “Stasera tiferò Lazio”",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/lazio-atalanta-arriva-la-designazione-arbitrale-fischietto-affidato-a-guida/",
        "title": "Lazio-Atalanta, la designazione arbitrale: fischietto affidato a Guida. Il bilancio è negativo",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/milan-lazio-partita-ieri-la-vendita-dei-tagliandi-per-il-settore-ospiti-tutte-le-info-utili/",
        "title": "Milan-Lazio, partita ieri la vendita dei tagliandi per il settore ospiti: tutte le info utili",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/vocalelli-dir-corsport-per-ribaltare-la-stagione-serve-la-finale-di-europa-league-rimarra-il-rimpianto-dei-mancati-rinforzi/",
        "title": "Vocalelli, dir. CorSport: “Per ribaltare la stagione serve la finale di Europa League. Rimarrà il rimpianto dei mancati rinforzi”",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/europa-league-praga-e-pronta-ad-accogliere-i-tantissimi-tifosi-biancocelesti-foto/",
        "title": "Europa League, Praga è pronta ad accogliere i tifosi biancocelesti – FOTO",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/europa-league-la-lazio-finalizza-di-piu-dieci-i-marcatori-andati-a-segno-finora/",
        "title": "Europa League, la Lazio finalizza di più: dieci i marcatori andati a segno finora",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/tanti-auguri-a-etrit-berisha-il-portiere-albanese-spegne-oggi-27-candeline/",
        "title": "Tanti auguri a Etrit Berisha: il portiere albanese spegne oggi 27 candeline",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/europa-league-in-caso-di-approdo-ai-quarti-un-milione-di-euro-nelle-casse-biancocelesti/",
        "title": "Europa League, in caso di approdo ai quarti un milione di euro nelle casse biancocelesti",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/mercato-biglia-nel-mirino-del-milan-se-in-panchina-arrivasse-di-francesco/",
        "title": "MERCATO – Biglia nel mirino del Milan…se in panchina arrivasse Di Francesco",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/10/sparta-praga-lazio-probabili-formazioni-torna-radu-lulic-alto-con-candreva-e-matri/",
        "title": "Sparta Praga-Lazio, formazioni ufficiali: è Keita il titolare! Torna Radu, fuori Lulic",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/03/04/ancora-un-anno-rapito-ai-nostri-sogni-sandro-di-loreto/",
        "title": "Ancora un anno rapito ai nostri sogni (Sandro Di Loreto)",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/14/goal-di-notte-su-teleroma-56-stasera-dalle-2230-speciale-lazio-ospite-il-nostro-guido-de-angelis-non-mancate/",
        "title": "Goal di Notte su Teleroma 56: stasera dalle 22:30 SPECIALE Lazio, ospite il nostro Guido De Angelis. Non mancate!",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/11/se-sbloccato-antonio-rozzi-torna-al-gol-e-regala-la-semifinale-alla-robur-siena/",
        "title": "S’è sbloccato! Antonio Rozzi torna al gol e regala la semifinale alla Robur Siena",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/04/la-lazio-e-il-mondo-che-non-ce-sandro-di-loreto/",
        "title": "La Lazio è il mondo che non c’è (Sandro Di Loreto)",
        "published": None,
        "author": None,
    },
    {
        "link": "http://lnx.lazialita.com/2016/02/02/tanti-auguri-di-buon-compleanno-al-nostro-direttore-guido-de-angelis/",
        "title": "Tanti auguri di buon compleanno al nostro direttore Guido De Angelis!",
        "published": None,
        "author": None,
    },
]
