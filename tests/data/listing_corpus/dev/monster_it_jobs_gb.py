"""Real page: Monster UK's job search "IT Jobs in London" (monster.co.uk, December 2015),
saved from a browser by scrapinghub/aile for its tests (the pictures and scripts in a
"Monster_files" folder beside it). A classifieds listing: the site's header and menus, a left
column of career-advice links and refining filters (cities, job titles, companies), "IT Jobs in
London" and "1000+ London IT vacancies found on Monster." over <section id=resultsWrapper> of
twenty <article class=js_result_row itemtype=schema.org/JobPosting> (each in its own <div
class=js_result_container>, an advertising script between some): the company's logo, the job
title as an <h2> link (its `title` the same), the hiring company (<div class=company
itemprop=hiringOrganization>, a link to the company's jobs), the place (a link), "<time
datetime=2015-12-17T03:54 itemprop=datePosted>Posted today</time>" (no zone: London time, UTC in
December) and a teaser. Nine postings are the site's own test jobs ("UKEN Std Apply Auto Test
Job … - Do not Apply"), listed like the others. Dates: the `datetime`, to the minute. Authors
are left out: the company column names the employer, which is no byline. Not entries: the left
column, the right column's widgets (five <article>s of career advice: "TechTalent Charter",
"Which IT skills are in demand?"), the pager, the footer. The address is the page's canonical
one. `now` is the evening of the day the jobs were posted.
"""

from datetime import UTC, datetime

url = "http://jobs.monster.co.uk/v-it-l-london,-london.aspx"
timezone = "Europe/London"
now = datetime(2015, 12, 17, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://jobview.monster.co.uk/Java-Developer-Graduate-Trading-Job-London-London-UK-161213008.aspx?mescoid=1500127001001&jobPosition=1",
        "title": "Java Developer (Graduate) Trading",
        "published": datetime(2015, 12, 17, 3, 54, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/C-Developer-C-Net-Programmer-R-D-Job-London-London-UK-161212545.aspx?mescoid=1500127001001&jobPosition=2",
        "title": "C# Developer / C# .Net Programmer - R&D",
        "published": datetime(2015, 12, 17, 3, 39, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/Cyber-Security-Analyst-SIEM-CISSP-Vulnerability-Job-London-London-UK-161212541.aspx?mescoid=1500125001001&jobPosition=3",
        "title": "Cyber Security Analyst - SIEM, CISSP, Vulnerability",
        "published": datetime(2015, 12, 17, 3, 38, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/UKEN-Std-Apply-Auto-Test-Job-With-no-RF-Q-Do-not-Apply-Job-London-London-UK-99077008.aspx?mescoid=9901111000004&jobPosition=4",
        "title": "UKEN Std Apply Auto Test Job With no RF and Q - Do not Apply",
        "published": datetime(2015, 12, 17, 3, 6, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/UKEN-Std-Exp-Apply-Auto-Test-Job-Without-Questions-Do-not-Apply-Job-London-London-UK-135520039.aspx?mescoid=9901111000004&jobPosition=5",
        "title": "UKEN Std & Exp Apply Auto Test Job Without Questions - Do not Apply",
        "published": datetime(2015, 12, 17, 3, 6, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/UKEN-Std-Apply-Auto-Test-Job-Without-Questions-Do-not-Apply-Job-London-London-UK-91101002.aspx?mescoid=9901111000004&jobPosition=6",
        "title": "UKEN Std Apply Auto Test Job Without Questions - Do not Apply",
        "published": datetime(2015, 12, 17, 3, 4, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/UKEN-Std-Exp-Apply-Auto-Test-Job-With-Questions-Do-not-Apply-Job-London-London-UK-97356542.aspx?mescoid=9901111000004&jobPosition=7",
        "title": "UKEN Std & Exp Apply Auto Test Job With Questions - Do not Apply",
        "published": datetime(2015, 12, 17, 3, 4, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/UKEN-Express-Apply-Automation-Test-Job-without-Questions-Do-not-Apply-Job-London-London-UK-94308202.aspx?mescoid=9901111000004&jobPosition=8",
        "title": "UKEN Express Apply Automation Test Job without Questions - Do not Apply",
        "published": datetime(2015, 12, 17, 3, 4, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/UKEN-Company-Confidential-Test-Job-With-Questions-Do-not-Apply-Job-London-London-UK-99913112.aspx?mescoid=9901111000004&jobPosition=9",
        "title": "UKEN Company Confidential Test Job With Questions - Do not Apply",
        "published": datetime(2015, 12, 17, 3, 4, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/UKEN-Std-Apply-Auto-Test-Job-With-Questions-Do-not-Apply-Job-London-London-UK-97051223.aspx?mescoid=9901111000004&jobPosition=10",
        "title": "UKEN Std Apply Auto Test Job With Questions - Do not Apply",
        "published": datetime(2015, 12, 17, 3, 4, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/UKEN-Shared-Std-Apply-Auto-Test-Job-Do-not-Apply-Job-London-London-UK-102299830.aspx?mescoid=9901111000004&jobPosition=11",
        "title": "UKEN Shared Std Apply Auto Test Job - Do not Apply",
        "published": datetime(2015, 12, 17, 2, 57, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/UKEN-Shared-Apply-Automation-Test-Job-Do-not-Apply-Job-London-London-UK-93756110.aspx?mescoid=9901111000004&jobPosition=12",
        "title": "UKEN Shared Apply Automation Test Job - Do not Apply",
        "published": datetime(2015, 12, 17, 2, 57, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/Front-End-Developer-%C2%A330-35K-Job-London-London-UK-160957145.aspx?mescoid=1500127001001&jobPosition=13",
        "title": "Front-End Developer , £30-35K",
        "published": datetime(2015, 12, 17, 12, 37, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/Ruby-Developer-Fastest-Growing-Healthcare-Startup-Job-London-London-UK-160956106.aspx?mescoid=1500127001001&jobPosition=14",
        "title": "Ruby Developer - Fastest Growing Healthcare Startup",
        "published": datetime(2015, 12, 17, 12, 37, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/C-MVC-Sharepoint-ASP-NET-System-Analyst-Developers-Job-London-London-UK-160956695.aspx?mescoid=1500123001001&jobPosition=15",
        "title": "C#, MVC, Sharepoint, ASP.NET System Analyst/Developers",
        "published": datetime(2015, 12, 17, 12, 37, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/Oracle-Applications-DBA-Job-LONDON-London-UK-160955785.aspx?mescoid=1500130001001&jobPosition=16",
        "title": "Oracle Applications DBA",
        "published": datetime(2015, 12, 17, 12, 37, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/C-Developer-Contract-Job-London-London-UK-160951320.aspx?mescoid=1500127001001&jobPosition=17",
        "title": "C++ Developer Contract",
        "published": datetime(2015, 12, 17, 12, 37, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/Network-Security-Engineer-SolarWinds-Specialist-Job-London-London-UK-160951065.aspx?mescoid=1500125001001&jobPosition=18",
        "title": "Network Security Engineer -SolarWinds Specialist",
        "published": datetime(2015, 12, 17, 12, 37, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/Software-Development-Manager-CTO-Unified-Communications-Job-London-London-UK-160950981.aspx?mescoid=1100011001001&jobPosition=19",
        "title": "Software Development Manager/CTO - Unified Communications",
        "published": datetime(2015, 12, 17, 12, 37, tzinfo=UTC),
    },
    {
        "link": "http://jobview.monster.co.uk/Senior-C-EFX-Developer-Job-London-London-UK-160951032.aspx?mescoid=1500127001001&jobPosition=20",
        "title": "Senior C++ EFX Developer",
        "published": datetime(2015, 12, 17, 12, 37, tzinfo=UTC),
    },
]
