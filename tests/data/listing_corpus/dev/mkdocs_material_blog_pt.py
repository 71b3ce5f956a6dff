"""Written page rendered by hand from Material for MkDocs' blog plugin templates
(squidfunk/mkdocs-material @ ddb0a0fd003a25c0b239f1da9027e19a60aabe69: src/templates/blog.html,
src/templates/partials/post.html; MIT) as a Brazilian Portuguese blog index (lang=pt-BR): each
<article class="md-post md-post--excerpt"> has a header with the authors as avatar images only
(`alt` the name, no name shown as text), the meta list "<time datetime='2026-12-03
00:00:00'>3 de dezembro de 2026</time>" (Babel's long date; the attribute without a zone),
"em <category links>", "6 min de leitura", then the excerpt: its <h2> heading links to the post
(the plugin's `toclink`), a paragraph, and "Continuar lendo". The left navigation lists the
archive years and categories. Authors are left unscored (shown only as pictures).
"""

from datetime import UTC, date, datetime

url = "https://docs.pagafacil.example.com.br/blog/"
timezone = "America/Sao_Paulo"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://docs.pagafacil.example.com.br/blog/2026/12/03/pix-automatico/",
        "title": "Pix Automático chegou: como integrar",
        "published": date(2026, 12, 3),
    },
    {
        "link": "https://docs.pagafacil.example.com.br/blog/2026/11/26/webhooks-assinados/",
        "title": "Webhooks assinados com HMAC",
        "published": date(2026, 11, 26),
    },
    {
        "link": "https://docs.pagafacil.example.com.br/blog/2026/11/19/sdk-kotlin-2/",
        "title": "SDK para Kotlin 2.0",
        "published": date(2026, 11, 19),
    },
    {
        "link": "https://docs.pagafacil.example.com.br/blog/2026/11/12/limites-de-taxa/",
        "title": "Novos limites de taxa por chave",
        "published": date(2026, 11, 12),
    },
    {
        "link": "https://docs.pagafacil.example.com.br/blog/2026/11/05/boleto-vencido/",
        "title": "Boletos vencidos: juros e multa automáticos",
        "published": date(2026, 11, 5),
    },
    {
        "link": "https://docs.pagafacil.example.com.br/blog/2026/10/29/ambiente-sandbox/",
        "title": "Um sandbox mais parecido com a produção",
        "published": date(2026, 10, 29),
    },
    {
        "link": "https://docs.pagafacil.example.com.br/blog/2026/10/22/idempotencia/",
        "title": "Idempotência em pagamentos: por que e como",
        "published": date(2026, 10, 22),
    },
    {
        "link": "https://docs.pagafacil.example.com.br/blog/2026/10/15/changelog-outubro/",
        "title": "O que mudou em outubro",
        "published": date(2026, 10, 15),
    },
]
