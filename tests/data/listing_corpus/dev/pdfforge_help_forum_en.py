"""Real page: the "English Help" category of PDFCreator's support forum (forums.pdfforge.org,
Vanilla 2 with a Bootstrap theme, March 2016), saved by TeamHG-Memex/autopager for its
pagination data. A forum's topic list: the header, a sign-in box, the category menu, a
breadcrumb, then <ul class="DataList Discussions"> of thirty-one <li class=Item>: view and
comment counts, the title link in <div class=Title> (an icon <i> first), labels ("Announcement",
"Closed", "Question", "Commented", "Answered"), "N comments", then either "Most recent by
<a>user</a>" with the latest comment's date or time, or, on a topic nobody answered, "Started by
<a>user</a>" with the start's date ("1:45PM" today, "March 9", "April 2012"), the category link,
an excerpt and "Read more". Authors: the starter where "Started by" names one; left out on "Most
recent by" rows (that user and date are the last comment's, not the topic's). Dates: "Started
by" rows showing a day ("March 9": 2016, the save's year); left out where only a time shows (the
save's day and the forum's zone are not settled) or a month ("April 2012"), and on "Most recent"
rows. Not entries: the menus, the sign-in box, the category list, the pager. The address is
autopager's record. `now` is the save (11 March 2016).
"""

from datetime import UTC, date, datetime

url = "http://forums.pdfforge.org/categories/help"
timezone = "UTC"
now = datetime(2016, 3, 11, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://forums.pdfforge.org/discussion/35418/pdf-creator-for-terminal-services",
        "title": "PDF Creator for Terminal Services",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/8600/please-read-before-posting-your-questions",
        "title": "Please read before posting your questions!",
        "author": "Robin.W",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/127166/vacation-rentals-and-long-lasting-rentals-in-santa-cruz",
        "title": "Vacation rentals and long lasting rentals in Santa Cruz",
        "author": "ernestizmaylov",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/127030/sound-insulation-testing-in-uk",
        "title": "Sound insulation testing in UK",
        "author": "stepanyefremov",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/122880/command-line-arguments-to-pdfcreator",
        "title": "Command Line Arguments to PDFCreator",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/124536/pdfcreator-installation-problem",
        "title": "PDFCreator installation problem",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/125138/pdfcreator-script-won039t-work",
        "title": "PDFCreator script won't work",
        "author": "jkluonaitis",
        "published": date(2016, 3, 9),
    },
    {
        "link": "http://forums.pdfforge.org/discussion/124214/mumbai-escorts-mansi-kher-offers-russian-independent-mumbai-escorts-services",
        "title": "Mumbai Escorts Mansi Kher offers Russian Independent Mumbai Escorts Services",
        "author": "mansikher",
        "published": date(2016, 3, 9),
    },
    {
        "link": "http://forums.pdfforge.org/discussion/97348/visual-studio-2013-can039t-add-com-reference-net-classes-documentation",
        "title": "Visual Studio 2013 can't add COM reference, .NET classes documentation?",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/112780/email-and-save",
        "title": "Email and save",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/114118/i-use-creator-2-1-2-with-api-newer-versions-do-not-work-any-longer-",
        "title": "I use Creator 2.1.2 with API - newer versions do not work any longer ?",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/34848/deletingredacting-information",
        "title": "Deleting/redacting information",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/112366/removing-popup-percentage",
        "title": "REMOVING POPUP PERCENTAGE",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/103662/token-does-not-work-in-2-2-version",
        "title": "Token does not work in 2.2 version",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/108150/spam-in-the-root-forum",
        "title": "Spam in the root forum",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/111232/pdf-creator-plus-license-information",
        "title": "PDF Creator Plus License information",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/102400/pdfx-option-missing-in-pdf-architect-4-printer-settings-for-word-doc",
        "title": "PDF/X option missing in PDF Architect 4 printer settings for Word doc",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/105666/garbled-text-font-bold-some-letters",
        "title": "Garbled text\\ font bold some letters",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/100034/pdfcreator-save-directly-to-sharepoint",
        "title": "PDFCreator save directly to SharePoint",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/96338/a-new-pdf-file-created-but-text-is-not-selectable",
        "title": "A new PDF file created, but text is not selectable",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/101648/table-of-contents-links-lost-during-conversion-from-word-to-pdf",
        "title": "Table of Contents links lost during conversion from Word to PDF",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/102234/pdf-architect-4-in-a-rds-farm-environment",
        "title": "PDF Architect 4 in a RDS Farm environment",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/103802/bug-in-pdfcreator",
        "title": "Bug in PDFCreator",
        "author": "rsocol",
        "published": date(2016, 2, 26),
    },
    {
        "link": "http://forums.pdfforge.org/discussion/98108/hotfolder-subfolders",
        "title": "HotFolder SubFolders",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/101882/msaccess-reports-using-vba-and-pdfcreator-com-to-create-pdf",
        "title": "MSAccess reports using VBA and PDFCreator-COM to create PDF?",
        "author": "Sune",
        "published": date(2016, 2, 25),
    },
    {
        "link": "http://forums.pdfforge.org/discussion/86890/naming-files",
        "title": "naming files",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/101506/schwarze-streifen-auf-pdf-dokument",
        "title": "Schwarze Streifen auf PDF Dokument",
        "author": "Faschra",
        "published": date(2016, 2, 25),
    },
    {
        "link": "http://forums.pdfforge.org/discussion/98736/pdf-creator-for-terminal-server",
        "title": "PDF Creator for Terminal Server",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/99482/can039t-install-pdfcreator-plus-for-business-on-windows-terminal-server-2012",
        "title": "Can't install pdfcreator plus for business on Windows Terminal Server 2012",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/37532/g4-fax-encoding-in-pdf-creator-2-2-1-not-working",
        "title": "G4 Fax encoding in PDF Creator 2.2.1 not working",
    },
    {
        "link": "http://forums.pdfforge.org/discussion/88476/pdfcreator-version-1-7-2",
        "title": "PDFCreator version 1.7.2",
    },
]
