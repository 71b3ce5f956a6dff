"""Real page: "All Press Release" of India's Press Information Bureau (PIB Delhi, English), a
government's list of the day's press releases, saved by jyotishman888/PIB-Direct's tests in
August 2026. `lang="en"`; an ASP.NET form page. Header, menus, a filter form whose <select>s
show the region ("PIB Delhi"), the language, "All Ministry" and the day chosen (9 / August /
2026), then <div class=content-area>: for each issuing body an <ul><li> holding <h3
class=font104> with its name ("Prime Minister's Office", "Ministry of Defence", "PIB
Backgrounder", "Competition Commission of India") over <ul class=num> of <li><a> release links
(the whole title in the link, `title` repeating it) — twenty-three releases under fourteen
headings. No release shows a date or time of its own: the day is the filter's, for all of them
(published None). Authors left out: the issuing ministry is a heading over its group, not a
byline in the item, and the page does not settle whether a reader takes it for one. Not
entries: the menus, the filter form, the footer's link lists ("RTI and Contact Us" and the
others). `now` is the response's own time in the page's script (9 August 2026, 17:09 UTC).
"""

from datetime import UTC, datetime

url = "https://www.pib.gov.in/allRel.aspx?reg=3&lang=1"
timezone = "Asia/Kolkata"
now = datetime(2026, 8, 9, 17, 10, tzinfo=UTC)

entries = [
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296750",
        "title": "Vice-President Shri C. P. Radhakrishnan launches ‘Har Ghar Tiranga Abhiyan’ in Andaman & Nicobar Islands",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296926",
        "title": "Prime Minister hosts Commonwealth Games 2026 medal winners",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296868",
        "title": "Prime Minister urges people to participate in Har Ghar Tiranga movement",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296729",
        "title": "Prime Minister pays homage to brave participants of the Quit India Movement",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296861",
        "title": "Runway Excursion Incident Involving Cessna C172 trainer Aircraft at Baramati Airfield, Maharashtra",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296835",
        "title": "Sudden loss of altitude during cruise and injuries on board M/s Air India A320 aircraft VT-EXO operating flight AI2379 from Phuket to Delhi on 04.08.2026",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296842",
        "title": "INDIAN NAVY–US NAVY EXPLOSIVE ORDNANCE DISPOSAL EXERCISE 2026 TO COMMENCE AT SOUTHERN NAVAL COMMAND, KOCHI",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296769",
        "title": "Op Sindoor sent a global message that India will go to any extent to ensure safety of its citizens: Raksha Mantri",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296731",
        "title": "NBA disburses around Rs. 3.79 crore under Access and Benefit Sharing mechanism to 33 States/UTs and National Institutes",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296879",
        "title": "ICoAS fraternity reaffirms commitment to cost optimisation for Atmanirbhar Bharat on ICoAS day 2026",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296762",
        "title": "Union Home Minister and Minister of Cooperation Shri Amit Shah presents the President’s Colours to Puducherry Police",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296797",
        "title": "Pradhan Mantri Awas Yojana - Urban Milestone: 1.25 crore houses sanctioned, 1 crore houses delivered",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296782",
        "title": "India Achieves Landmark 300 GW Non-Fossil Fuel Power Capacity",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296785",
        "title": "India to be an essential player in the next industrial revolution which will be biotechnology and AI driven: Dr Jitendra Singh",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296754",
        "title": "Government Strengthens Monitoring of Funds Earmarked for Welfare and Development of Scheduled Castes under DAPSC",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296752",
        "title": "₹1,178.20 Crore Central Share Released to Karnataka Under Post-Matric Scholarship for SC Students During Last Three Financial Years",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296753",
        "title": "From Financial Constraints to Educational Aspirations: How Scholarship Support Helped Ganesh Kumar Pursue His B.Tech Education",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296751",
        "title": "From Financial Constraints to Educational Aspirations: How Scholarship Support Helped Anu Priya Pursue Her B.Tech Education",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296749",
        "title": "From Financial Constraints to Technical Aspirations: How Scholarship Support Helped Yarra Mahesh Pursue His B.Tech Education",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296858",
        "title": "‘The message of Nasha Mukti from Kashi must reach every village in Jalgaon’ — MoS Raksha Khadse",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296795",
        "title": "‘Nasha Mukt Bharat’ the theme as Sports Minister Dr Mansukh Mandaviya leads nationwide 85th edition of Fit India Sundays on Cycle from Hanol in Gujarat with youth, MyBharat, NSS",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296724",
        "title": "Centralised Public Grievance Redress and Monitoring System (CPGRAMS)",
        "published": None,
    },
    {
        "link": "https://www.pib.gov.in/PressReleasePage.aspx?PRID=2296800",
        "title": "Competition Commission of India (CCI) hosts BRICS Heads of Competition Authorities 2026 meeting",
        "published": None,
    },
]
