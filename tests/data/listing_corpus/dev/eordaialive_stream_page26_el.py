"""Real page: page 26 of 634 of a Greek local news site's stream (eordaialive.com,
Ptolemaida; a hand-made PHP site), saved in March 2016 by TeamHG-Memex/autopager for its
pagination data. The page declares `lang="en-US"` though all its text is Greek. The list is
twenty <div class=item> in <div class="def_wgr">: a link holding an <h4> headline (the title),
then "<span class=s_category><a class=date_c href=#>12/02/2016</a>" (the day, day first: the
page's other days, "13/02/2016", settle the order whatever the `lang` says; no time), the
beginning of the text in a second link to the article. Not entries: the header's ticker of
the newest stories (the same `<span>17/03/2016</span> title` links on every page), the
sidebar's advertising banners and "Τους γνωρίζετε;" boxes, the pager. Dates are the local
day (Athens); no bylines. `now` is the save (18 March 2016).
"""

from datetime import UTC, date, datetime

url = "http://www.eordaialive.com/live/index.php?page=26&ipp=20&"
timezone = "Europe/Athens"
now = datetime(2016, 3, 18, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12654&cat=155",
        "title": "Νέο Μισθολόγιο: Ποιες μειώσεις φέρνει σε νυχτερινά και κυριακάτικες αργίες",
        "published": date(2016, 2, 13),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12653&cat=155",
        "title": "Δημόσιο: Πώς η κυβέρνηση καταργεί το επίδομα ανθυγιεινής εργασίας – Στο «στόχαστρο» και τα ΒΑΕ",
        "published": date(2016, 2, 13),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12652&cat=155",
        "title": "eordaialive.com: O Εμπορικός Σύλλογος Πτολεμαΐδας, έκοψε την πρωτοχρονιάτικη βασιλόπιτα [VIDEO]",
        "published": date(2016, 2, 13),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12651&cat=155",
        "title": "Ορειβατική Λέσχη Εορδαίας: Προβολή Ταινίας «Από τον Όλυμπο στο Έβερεστ», την Πέμπτη 18/2",
        "published": date(2016, 2, 13),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12650&cat=155",
        "title": "Τιμητική διάκριση για την Ελένη Κυρατζή!!!",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12649&cat=155",
        "title": "Αφιέρωμα στις Υποδομές: Τα μεγάλα υπό κατασκευή έργα σε Ήπειρο-Δ.Μακεδονία",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12648&cat=155",
        "title": "Πτολεμαΐδα: Ζωηρό ενδιαφέρον για την Εμπορική Έκθεση",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12647&cat=155",
        "title": "Επέκταση του ορυχείου και αποχαρακτηρισμός της παλιάς Ε.Ο Κοζάνης -Πτολεμαΐδας",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12646&cat=155",
        "title": "Σε γενικό ξεσηκωμό καλεί ο Μητροπολίτης Αιγιαλείας Αμβρόσιος – “Αδελφοί Έλληνες, ξεσηκωθείτε! Οι Αγρότες έκαμαν την Αρχή”",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12645&cat=155",
        "title": "Νέο βιβλίο από τις εκδόσεις Gema: Καλωσήρθες, αδερφάκι- της Giorgia Cozza",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12644&cat=155",
        "title": "ΓΕΝΟΠ/ΔΕΗ-ΚΗΕ-Αλληλεγγύη στον δίκαιο αγώνα των αγροτών",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12643&cat=154",
        "title": "ΔΕΗ-8μηνα στο ΑΗΣ Καρδιάς (105 θέσεις)",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12642&cat=155",
        "title": "Έκοψαν την παραδοσιακή βασιλόπιτα τα μέλη του Εμπορικού Συλλόγου Πτολεμαϊδας(Φωτογραφίες)",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12641&cat=155",
        "title": "Ετήσιος χορός και κοπή βασιλόπιτας από τον Σύλλογο Δελφίνια Πτολεμαϊδας",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12640&cat=155",
        "title": "Δυο σοβαρά ατυχήματα έγιναν χθες στην περιοχή - το ένα μάλιστα πολύ σοβαρό (Φωτογραφίες)",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12639&cat=155",
        "title": "Σε καλό δρόμο η διαπραγμάτευση με το κουαρτέτο για το NOME – Σε δημοπρασίες μέχρι το καλοκαίρι προσβλέπει η αγορά",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12638&cat=155",
        "title": "Δυτική Μακεδονία: Πρόταση Λαμπρόπουλου για τις Μονάδες εμφραγμάτων στα Νοσοκομεία Κοζάνης και Πτολεμαϊδας",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12637&cat=155",
        "title": "Ανακοίνωση της «Λαϊκής Ενότητας» για τον αγώνα των αγροτών",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12636&cat=155",
        "title": "ΔΕΗ: Δείτε ΑΝΑΛΥΤΙΚΑ την προκύρηξη για 8μηνα στο ΛΚΔΜ!",
        "published": date(2016, 2, 12),
        "author": None,
    },
    {
        "link": "http://www.eordaialive.com/live/news.php?lang=173&newid=12635&cat=155",
        "title": "Ο Καιρός στην Πτολ/δα (Παρασκευή 12/2 & Σάββατο 13/2)",
        "published": date(2016, 2, 12),
        "author": None,
    },
]
