"""Real page: Yahoo's US home page (www.yahoo.com, 7 September 2014), saved by google/gumbo-parser
as a benchmark input (benchmarks/yahoo.html). en-US. A portal: the header, a left column of
services, the main column and a right rail. The main column opens with the "Today" module (a main
story, "All eyes on injured stars in season openers", over a carousel of ten panels of which only
the first is filled: five headline links) and goes on with the stream (<div id="stream">: 24
cards, <li class="content …">, each a picture link and an <h3> headline link, the publisher
under it, among them four advertisements marked "rmx-ad featured-ads"). Entries: the main story,
the carousel's five links and the stream's twenty stories (not its four advertisements), once
each, in page order (26). Links are Yahoo's redirects (hsrd.yahoo.com/…) as the page writes
them. Titles: the links' text. No dates are shown; no bylines in the Today module (author None);
the stream's publisher names ("Associated Press", "The Wrap") are sources, not bylines: not
scored. Not entries: the stream's filter tabs ("All Stories", "News", …) and its advertisements,
the right rail (trending searches, "Top headlines" with its Yahoo and World tabs, top videos,
weather), the services column, menus and footer. The stream's excerpts are not scored for
dates ("Posted: September 7, 2014" opens one of them, the publisher's words). `now` is the
evening of that day.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.yahoo.com/"
timezone = "America/New_York"
now = datetime(2014, 9, 7, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAt3ybvZx4;_ylu=X3oDMTY3aDNkcDc0BGEDMTQwOTA3IHNwb3J0cyBmZmwgd2VlayAxIHYEYWlkA2lkLTM1MDk5MDQEY2NvZGUDbGNwX2FsdF90aHJvdHRsZV93aXRoX29mZmxpbmVfdHVuaW5nBGNwb3MDMQRlZAMxBGcDLTEEaW50bAN1cwRpdGMDMARwa2d0AzEEcGtndgMxMARwb3MDMgRyA0Rkb2JoTUF0R1FRV3ZnPT0Ec2VjA3RkLWZlYQRzbGsDdGl0bGUEdGVzdAMzMTMEd29lAzIzNTc1MzY-/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cHM6Ly9zY3JlZW4ueWFob28uY29tL2xpdmUvZXZlbnQvZmFudGFzeS1mb290YmFsbC1saXZl/RS=^ADAMtGCzT6RbeCyQldLdZfAIfIzwxE-",
        "title": "All eyes on injured stars in season openers",
        "published": None,
        "author": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=Avm.TgbNDiYE5PZKJ19V1C.bvZx4;_ylc=X3oDMTdscWZha2ZyBF9TAzIwMjM1MzgwNzUEYQMxNDA5MDcgc3BvcnRzIGZmbCB3ZWVrIDEgdgRhaWQDaWQtMzUwOTkwNARjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxBGVkAzEEZwMtMQRpbnRsA3VzBGl0YwMwBGx0eHQDR2V0bGl2ZUZhbnRhc3lGQnRpcHMEcGtndgMxMARwb3MDMARyA0Rkb2JoTUF0R1FRV3ZnPT0Ec2VjA3RkLWZlYQRzbGsDdGh1bWJsaW5rBHRhcgNzY3JlZW4ueWFob28uY29tBHRlc3QDMzEz/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cHM6Ly9zY3JlZW4ueWFob28uY29tL2xpdmUvZXZlbnQvZmFudGFzeS1mb290YmFsbC1saXZl/RS=^ADAMtGCzT6RbeCyQldLdZfAIfIzwxE-",
        "title": "Get live Fantasy FB tips",
        "published": None,
        "author": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=Avm.TgbNDiYE5PZKJ19V1C.bvZx4;_ylc=X3oDMTh1OHN1Z2txBF9TAzIwMjM1MzgwNzUEYQMxNDA5MDcgbmV3cyBuZXcgYWlyc3RyaWtlcyBpbiBJcmFxIGJ2BGFpZANpZC0zNTA5OTM0BGNjb2RlA2xjcF9hbHRfdGhyb3R0bGVfd2l0aF9vZmZsaW5lX3R1bmluZwRjcG9zAzIEZWQDMQRnA2I2YzM3YTRhLTUxZTItMzE0ZS05MzAyLWU5NmNmNjAyMmQ1MARpbnRsA3VzBGl0YwMwBGx0eHQDTmV3YWlyc3RyaWtlc2luSXJhcQRwa2d2AzcEcG9zAzAEcgNEZFpXZk1BdGlQVGJQUT09BHNlYwN0ZC1mZWEEc2xrA3RodW1ibGluawR0YXIDbmV3cy55YWhvby5jb20EdGVzdAMzMTM-/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL25ld3MueWFob28uY29tL3VzLWxhdW5jaGVzLWFpcnN0cmlrZXMtYXJvdW5kLWlyYXFzLWhhZGl0aGEtZGFtLTA2MjgzOTEyMS0tcG9saXRpY3MuaHRtbA--/RS=^ADAipTveJ5YPyquaeu3se7dGH8fe6A-",
        "title": "New airstrikes in Iraq",
        "published": None,
        "author": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=Avm.TgbNDiYE5PZKJ19V1C.bvZx4;_ylc=X3oDMTh0MGwyOXQ3BF9TAzIwMjM1MzgwNzUEYQMxNDA5MDYgdHYga2lkcyBhbGwgZ3Jvd24gdXAgcARhaWQDaWQtMzUwOTkxNARjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMzBGVkAzEEZwNhNDBhZmM4MC0zNTQwLTExZTQtODc3Zi0zOWQzMWZiMDdmOTUEaW50bAN1cwRpdGMDMARsdHh0A0NoaWxkc3RhcnRyYW5zZm9ybWF0aW9ucwRwa2d2AzgEcG9zAzAEcgNEUmdtUThBdGpFb3FQazFKYUFOQQRzZWMDdGQtZmVhBHNsawN0aHVtYmxpbmsEdGFyA3R2LnlhaG9vLmNvbQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cHM6Ly90di55YWhvby5jb20vcGhvdG9zL2hvdy10di1raWRzLWhhdmUtZ3Jvd24tMTQwOTk1MTI0Ny1zbGlkZXNob3cv/RS=^ADAsXEoc1lTS7CnCOanwJRrCt1S2Zw-",
        "title": "Child star transformations",
        "published": None,
        "author": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=Avm.TgbNDiYE5PZKJ19V1C.bvZx4;_ylc=X3oDMTk1cXM1Z29jBF9TAzIwMjM1MzgwNzUEYQMxNDA5MDYgY2VsZWIgcml2ZXJzIGZldWRzIGJ2BGFpZANpZC0zNTA5OTE3BGNjb2RlA2xjcF9hbHRfdGhyb3R0bGVfd2l0aF9vZmZsaW5lX3R1bmluZwRjcG9zAzQEZWQDMQRnAzA2YjFjODIyLWZhNDEtMzliYS1iZjQ1LTRhNDA2OGEyMWExOARpbnRsA3VzBGl0YwMwBGx0eHQDSm9hblJpdmVycyYjMzk7c2NlbGViZmV1ZHMEcGtndgM4BHBvcwMwBHIDRFhQWFRzQXRQU3pVUFUzd0EyNC8Ec2VjA3RkLWZlYQRzbGsDdGh1bWJsaW5rBHRhcgNjZWxlYnJpdHkueWFob28uY29tBHRlc3QDMzEz/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cHM6Ly9jZWxlYnJpdHkueWFob28uY29tL2Jsb2dzL2NlbGViLW5ld3MvdGhlbS1zLWZpZ2h0aW5nLXdvcmRzLS1qb2FuLXJpdmVycy1hbmQtaGVyLWluZmFtb3VzLWZldWRzLTAxMjM1OTk1Ni5odG1s/RS=^ADAEM1T06fe4cCQK6__uVGm.D2MNzM-",
        "title": "Joan Rivers's celeb feuds",
        "published": None,
        "author": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=Avm.TgbNDiYE5PZKJ19V1C.bvZx4;_ylc=X3oDMThvaXNxZWFrBF9TAzIwMjM1MzgwNzUEYQMxNDA5MDYgdHYgaG93IGkgZW5kaW5nIGJ2BGFpZANpZC0zNTA5OTAzBGNjb2RlA2xjcF9hbHRfdGhyb3R0bGVfd2l0aF9vZmZsaW5lX3R1bmluZwRjcG9zAzUEZWQDMQRnAzI5Nzg2N2JiLTE2YjItM2Y4Ni1iYmQ0LWQ4NjQ4ZmQ1M2JmZgRpbnRsA3VzBGl0YwMwBGx0eHQDU2l0Y29tJiMzOTtzb3RoZXJlbmRpbmcEcGtndgM5BHBvcwMwBHIDRGJzblk4QXRtYnNXUFUydGZSVkEEc2VjA3RkLWZlYQRzbGsDdGh1bWJsaW5rBHRhcgN0di55YWhvby5jb20EdGVzdAMzMTM-/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cHM6Ly90di55YWhvby5jb20vbmV3cy92aWRlby1tZXQtbW90aGVycy1hbHRlcm5hdGUtZW5kaW5nLXBhaW50cy1yb3NpZXItcGljdHVyZS0wMDE0NDc2NTIuaHRtbA--/RS=^ADAqW0awqYks58PjyXG8jR8g273oHc-",
        "title": "Sitcom's other ending",
        "published": None,
        "author": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAvXybvZx4;_ylu=X3oDMTRvYmVoaTE1BGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxBGN0AzEEZwNmYzU2ZTIxYS0xZThmLTMxYTAtYTk5Yi0wOTFjZDE1OGEyZTkEaW50bAN1cwRwa2d0AzQEcG9zAzEEc2VjA3RkLXN0cm0Ec2xrA3RpdGxlBHRlc3QDMzEz/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL25ld3MueWFob28uY29tL3NlY29uZC1tZW1iZXItay1wb3AtZ3JvdXAtZGllcy1jYXItY3Jhc2gtMDYyOTU1OTI4Lmh0bWw-/RS=^ADA8FszQ0XN_Wq0fjIhlUHGXXpQv3U-",
        "title": "Second member of K-pop group dies from car crash",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAwnybvZx4;_ylu=X3oDMTRvNTZ2M2Q3BGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMzBGN0AzEEZwM0NjkxNTZlYy1jZmQ0LTM5Y2UtOWEyMy1jYjM5ZDAxZmY4MjUEaW50bAN1cwRwa2d0AzQEcG9zAzEEc2VjA3RkLXN0cm0Ec2xrA3RpdGxlBHRlc3QDMzEz/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3d3dy5pbnF1aXNpdHIuY29tLzE0NTg2MTkvZGlhbmUta2VhdG9uLWNhdWdodC1raXNzaW5nLWhlci1jb3N0YXItbWVldC10aGUtbWFuLXNoZWQtc3BlbmQtNDAteWVhcnMtd2l0aC8-/RS=^ADAcXFtU_QaOhUGsSMgETR7aoPerm0-",
        "title": "Diane Keaton Caught Kissing Her Costar: Meet The Man She’d Spend 40 Years With",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAw3ybvZx4;_ylu=X3oDMTRvaTQzZ2RvBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwM0BGN0AzEEZwM2MTg0MGQ0NS0xMjBlLTMzOWEtYjA4ZC01NDM2ZjdhOWRlOTEEaW50bAN1cwRwa2d0AzQEcG9zAzEEc2VjA3RkLXN0cm0Ec2xrA3RpdGxlBHRlc3QDMzEz/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3R2LnlhaG9vLmNvbS9uZXdzL2RyZXctY2FyZXktb2ZmZXJzLTEwLTAwMC1yZXdhcmQtY2F0Y2gtdGVlbnMtMDA1NTAwNDg3Lmh0bWw-/RS=^ADA3PHyRyTnEtfBFhhHzCi4Pfnno.g-",
        "title": "Drew Carey Offers $10,000 Reward to Catch Teens Responsible for ‘Horrendous’ Ice Bucket Challenge Prank",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAxHybvZx4;_ylu=X3oDMTRvbjkzYWNpBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwM1BGN0AzEEZwMxMTA2YmY5Yi03MDA0LTMyNTgtOTYxMS0zY2MzNmRlYjc4ZDMEaW50bAN1cwRwa2d0AzQEcG9zAzEEc2VjA3RkLXN0cm0Ec2xrA3RpdGxlBHRlc3QDMzEz/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3d3dy5odWZmaW5ndG9ucG9zdC5jb20vMjAxNC8wOS8wNy9kb2dzLXByZWZlci1wZXR0aW5nLXN0dWR5X25fNTc3MjM2OC5odG1sP25jaWQ9dHh0bG5rdXNhb2xwMDAwMDA1OTI-/RS=^ADAnMMJ_kktinFKvgHh3siQtnzdb_s-",
        "title": "Dogs Prefer Petting Way More Than You Thought",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAxXybvZx4;_ylu=X3oDMTRvdnE4am5wBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwM2BGN0AzEEZwM0MTliYjA1OC1jMzY1LTM2YTItOWFlNy0xM2VlMTEzOWNjMGEEaW50bAN1cwRwa2d0AzUEcG9zAzEEc2VjA3RkLXN0cm0Ec2xrA3RpdGxlBHRlc3QDMzEz/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL25ld3MueWFob28uY29tL292ZXJzaXplZC1hbGllbi1zaHJpbXAtY2F1Z2h0LW9mZi1mbG9yaWRhLWlkZWQtMDA1NzQxNzc3Lmh0bWw-/RS=^ADAEaMTYr8WCyaWKmmP3ArRfuUogD4-",
        "title": "Oversized Alien-Like 'Shrimp' Caught Off Florida Is ID'ed",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAxnybvZx4;_ylu=X3oDMTRvYnYxdTVqBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwM3BGN0AzEEZwMwNjUwMzhkMi0wZDhjLTM5YmEtYjA3YS05MzM4ZWY1MDY2MzEEaW50bAN1cwRwa2d0AzQEcG9zAzEEc2VjA3RkLXN0cm0Ec2xrA3RpdGxlBHRlc3QDMzEz/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3d3dy5pbnF1aXNpdHIuY29tLzE0NTgwOTMvZG5hLWV2aWRlbmNlLXJldmVhbHMtaWRlbnRpdHktb2YtamFjay10aGUtcmlwcGVyLw--/RS=^ADA4GPQHzzMXIoIpIJqRLZRz.A1P9w-",
        "title": "DNA Evidence Reveals Identity Of Jack The Ripper",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAx3ybvZx4;_ylu=X3oDMTRvbTJqZG9iBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwM4BGN0AzEEZwNhZDhlNDQ5YS1mMGI5LTM4OTEtYmRjMS03ZmMyZTUzYTNjYTUEaW50bAN1cwRwa2d0AzQEcG9zAzEEc2VjA3RkLXN0cm0Ec2xrA3RpdGxlBHRlc3QDMzEz/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3d3dy5idXNpbmVzczJjb21tdW5pdHkuY29tL3NvY2lhbC1idXp6L3lvdXJlLWFudGktZ2F5LWhhcnJ5LXBvdHRlci1mYW4tai1rLXJvd2xpbmctc3VnZ2VzdGlvbi0wMTAwMDU2Nw--/RS=^ADAOsWOoCe1rkrcXcFNNyofgJeJX5c-",
        "title": "If You're An Anti-Gay Harry Potter Fan, J.K. Rowling Has A Suggestion",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAzHybvZx4;_ylu=X3oDMTRwMGZiZW1wBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxMARjdAMxBGcDZjdlMDI3YzctNTAzNy0zN2E0LTk4ZTQtODRmMGUxOWQ4MGFhBGludGwDdXMEcGtndAM0BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL2ZpbmFuY2UueWFob28uY29tL25ld3MvYXJjdGljLXNlYS1pY2UtcHJvYmxlbS1hY3R1YWxseS0xNDUzMDAzNDkuaHRtbA--/RS=^ADATPD1_xHgnk3ZhLOsbI2avFTMdn8-",
        "title": "The Arctic Sea Ice Problem Is Actually Worse — Not Better — Than We Thought",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAzXybvZx4;_ylu=X3oDMTRwZnYxbzZsBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxMQRjdAMxBGcDNTA5OWMzMWEtZDE2NC0zN2U0LWFmZGYtY2M4YmViN2UxZGZmBGludGwDdXMEcGtndAM0BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3Nwb3J0cy55YWhvby5jb20vbmV3cy9icmVha2luZy1icmVhZC1sZWJyb24tamFtZXMtZXJpYy0xNTAwMDUwMjYuaHRtbA--/RS=^ADATWvvvMLzmX5OmbWXJrr3yHWfK_M-",
        "title": "Breaking Bread: LeBron James, Eric Bledsoe and Rich Paul want the whole loaf from Phoenix Suns",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAznybvZx4;_ylu=X3oDMTRxYWFuZDFwBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxMgRjdAM0BGcDMWU5MTYzYzAtMzVmMi0xMWU0LWJmYmYtNTI3YjczMjZhYzIxBGludGwDdXMEcGtndAMyMQRwb3MDMQRzZWMDdGQtc3RybQRzbGsDdGl0bGUEdGVzdAMzMTM-/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL25ld3MueWFob28uY29tL3Bob3Rvcy9waG90b3Mtb2YtdGhlLWRheS1zZXB0ZW1iZXItNi0yMDE0LTE0MTAwMjc0NzQtc2xpZGVzaG93Lw--/RS=^ADAlvSBNyqkF7en_YfPH7ursUvwrWU-",
        "title": "Photos of the day - September 6, 2014 (30 photos)",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMAz3ybvZx4;_ylu=X3oDMTRwZ245ajh1BGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxMwRjdAMxBGcDZTY5OTlhYTAtNjE3Ni0zNGE4LWJiMzctYmJkMDljMWQyNDExBGludGwDdXMEcGtndAM0BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3d3dy5odWZmaW5ndG9ucG9zdC5jb20vMjAxNC8wOS8wNy93aGVyZS1mbGlnaHQtYXR0ZW5kYW50LXNsZWVwX25fNTcyOTE5NC5odG1sP25jaWQ9dHh0bG5rdXNhb2xwMDAwMDA1OTI-/RS=^ADAn4QxFSn2vlf1EA3M_UBEyJ_eoL8-",
        "title": "The Question We've Always Wanted To Ask Flight Attendants, Answered",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMA0HybvZx4;_ylu=X3oDMTRwdmY1ZHAwBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxNARjdAMxBGcDZDFhMjQzODMtNWNhZS0zODY3LWIzN2YtNzFkNDI0MDE3NDhhBGludGwDdXMEcGtndAM0BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3d3dy5jbm4uY29tL3ZpZGVvL2RhdGEvMi4wL3ZpZGVvL3VzLzIwMTQvMDkvMDEvbXhwLWRudC1raG91LWljZS1idWNrZXQtY2hhbGxlbmdlLTEwLW1vbnRoLW9sZC5obG4uaHRtbA--/RS=^ADAy5R.m2pLRkBCbzZTk2uGDb2pMqU-",
        "title": "Freezing water dumped on 10-month-old - CNN.com Video",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMA0XybvZx4;_ylu=X3oDMTRxZm0xMXFzBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxNQRjdAM0BGcDMDk0YTMxMDAtMzUxNS0xMWU0LWJmZjItYzk4MmI1ZTE5ZmM1BGludGwDdXMEcGtndAMyMQRwb3MDMQRzZWMDdGQtc3RybQRzbGsDdGl0bGUEdGVzdAMzMTM-/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL25ld3MueWFob28uY29tL3Bob3Rvcy9waG90b3Mtb2YtdGhlLWRheS1zZXB0ZW1iZXItNS0yMDE0LTE0MDk5MzI1MTktc2xpZGVzaG93Lw--/RS=^ADAoJnnhQC0ExW3Lajti00A9W3fDmc-",
        "title": "Photos of the day - September 5, 2014 (34 photos)",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMA1nybvZx4;_ylu=X3oDMTRwajYzbWZ1BGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxNwRjdAMxBGcDMDhhZDUxYmQtYWI0MC0zMDkxLTg0NjYtZmFhZTUyNTE5NGJkBGludGwDdXMEcGtndAM0BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL25ld3MueWFob28uY29tL2FwcGxlLWFubm91bmNlbWVudC1ydWluZWQtZmlyc3QtdmlkZW8tcmVhbC1pcGhvbmUtNi0xNzIwNDE5MTQuaHRtbA--/RS=^ADAAT.yn_PxcuD4vEOA9Q1Na86Eu30-",
        "title": "APPLE’S ANNOUNCEMENT RUINED: This is the first video of a real iPhone 6",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMA13ybvZx4;_ylu=X3oDMTRwc3I3dmJlBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxOARjdAMxBGcDNTRhMmUzMmYtZDBlMS0zZWZhLWFlZGMtZWUwNmI2MjY2NjNkBGludGwDdXMEcGtndAM0BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL2ZpbmFuY2UueWFob28uY29tL25ld3MvZm91bmRlci10dXJuZWQtaGFsZi10ZWFtLW1pbGxpb25haXJlcy0xMzI4MzcwNTUuaHRtbA--/RS=^ADA7TuW02oLOeWBjtg7JPc..uL9LL0-",
        "title": "How A Founder Turned Half His Team Into Millionaires During A $100 Million Sale (Even Though Their Stock Hadn't Vested)",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMA2HybvZx4;_ylu=X3oDMTRwNjlkdTZiBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMxOQRjdAMxBGcDOGQzZDRhYjQtNGUzOS0zMGFmLTk1OTEtMDIwMWRmNzkwNjNjBGludGwDdXMEcGtndAM1BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3R2LnlhaG9vLmNvbS9uZXdzL2JpZy1icm90aGVyLXN1cnByaXNlLXByb3Bvc2FsLXNodXRzLWRvd24tbGl2ZS1mZWVkcy0wMTI4MDA3NDkuaHRtbA--/RS=^ADAw3Y_qqOJnx7I9j7jhUjiDpXFoTw-",
        "title": "‘Big Brother’ Surprise Proposal Shuts Down Live Feeds (Photo)",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMA2XybvZx4;_ylu=X3oDMTRwNDFybGljBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMyMARjdAMxBGcDZDhkOWNmMmEtOThkYy0zMTcwLWJmZTItNDU5MGFmNTZlNDc5BGludGwDdXMEcGtndAM0BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL211c2ljLnlhaG9vLmNvbS9uZXdzL3Npbmdlci1zaW1vbmUtYmF0dGxlLWZvdW5kLWRlYWQtbGEtYXJlYS1ob21lLTE3MDgzODIyNC5odG1s/RS=^ADAQ_Zg0j5kxhoVaJoJvrvhHsTf2Ww-",
        "title": "Singer Simone Battle found dead in California home",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMA2nybvZx4;_ylu=X3oDMTRwbXJtazhhBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMyMQRjdAMxBGcDNDgxOGVhZDktODdhNi0zZjc0LTkxNzctMWQ5NDcyZjkwNjZmBGludGwDdXMEcGtndAM0BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL2F1dG9zLnlhaG9vLmNvbS9uZXdzL2NoaW5lc2Utc3VwZXJzb25pYy1zdWJtYXJpbmUtY291bGQtMy02MDAtbXBoLXRoZW9yeS0xOTAwNTgwNDUuaHRtbA--/RS=^ADAKCQGbJ9J678ub2HgsntBs43lzdY-",
        "title": "Chinese Supersonic Submarine Could go 3,600 MPH, in Theory",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMA23ybvZx4;_ylu=X3oDMTRwcmsyMHZxBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMyMgRjdAMxBGcDNzQ3YzI4YjQtZDg5OC0zMjYwLWI4YjUtMDY1Y2ZlYzA3MGE2BGludGwDdXMEcGtndAM0BHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3d3dy52b3guY29tLzIwMTQvOS82LzYxMTA0NDEvYXN0ZXJvaWQtcmlzay1pbXBhY3Q-/RS=^ADAqqK25VJWoI6FxV4WkXunP8EUhw8-",
        "title": "An asteroid will just miss Earth tomorrow. We won't always be so lucky",
        "published": None,
    },
    {
        "link": "http://hsrd.yahoo.com/_ylt=A2KK_c87gQxUwsMA4HybvZx4;_ylu=X3oDMTRwODdsMW4zBGJwb3MDMQRjY29kZQNsY3BfYWx0X3Rocm90dGxlX3dpdGhfb2ZmbGluZV90dW5pbmcEY3BvcwMyNARjdAMxBGcDZmI1OWQwMzctYjllMy0zMzM5LThiMGMtNjA4NTRjYTk1NDM4BGludGwDdXMEcGtndAMzBHBvcwMxBHNlYwN0ZC1zdHJtBHNsawN0aXRsZQR0ZXN0AzMxMw--/RV=1/RE=1411315259/RH=aHNyZC55YWhvby5jb20-/RO=2/RU=aHR0cDovL3d3dy5mb29sLmNvbS9pbnZlc3RpbmcvZ2VuZXJhbC8yMDE0LzA5LzA3L2Jpb3RlY2gtaW4teW91ci12YW5pbGxhLWljZS1jcmVhbS1oZXJlcy10aGUtc2Nvb3AuYXNweD9zb3VyY2U9ZW9neWhvbG5rMDAwMDAwMQ--/RS=^ADAM5igA6Iy38119EUn.RARvtj9gLU-",
        "title": "People Are Outraged About This New Vanilla Ice Cream--Will You Eat It?",
        "published": None,
    },
]
