"""Real page: the new-releases category ("Lançamentos", page 1 of 5) of a Brazilian Christian
bookshop (arcacenter.com.br, Magento, March 2016), saved by TeamHG-Memex/autopager for its
pagination data. An offers listing in Portuguese: the shop's header and menus, "Lançamentos" as
<h1>, a sort form and "Itens 1 para 12 de 51 total" with a pager, then <ul class=products-grid>
of twelve <li class=item>: a picture link (its `title` sometimes differs from the name:
"Agenda Goddlywood 2016 (agenda)"), the product's name as an <h2 class=product-name> link, the
price ("R$39,90", or "Preço: R$89,90 Preço Promocional: R$59,90" for the four on offer) and a
"Comprar" button. Titles: the <h2> link's text. No dates or bylines (published None, author
None). Not entries: the menus, the sort links, the pager (above and below the grid), the left
column's categories, the footer (social boxes, payment and delivery notes, help links). The
address is autopager's record. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://www.arcacenter.com.br/lancamentos.html"
timezone = "America/Sao_Paulo"
now = datetime(2016, 3, 19, 0, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.arcacenter.com.br/lancamentos/os-judeus-que-construiram-o-brasil.html",
        "title": "Os Judeus Que Construíram O Brasil",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/agenda-godllywood-2016.html",
        "title": "Agenda Godllywood 2016",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/21-dias-que-mudar-o-sua-vida.html",
        "title": "21 Dias que mudarão sua vida: Desafio de João",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/os-dez-mandamentos-o-filme.html",
        "title": "Os Dez Mandamentos - O Filme",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/camisa-os-dez-mandamentos-masculino.html",
        "title": "T-SHIRT Os Dez Mandamentos - Masculino",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/camisa-os-dez-mandamentos-feminino.html",
        "title": "T-SHIRT Os Dez Mandamentos - Feminino",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/mais-linda-em-40-dias.html",
        "title": "Mais Linda em 40 Dias",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/biblia-os-dez-mandamentos.html",
        "title": "Bíblia Sagrada: Os Dez Mandamentos - Edição Especial - Com Comentários de Cristiane Cardoso",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/morri-para-viver-meu-submundo-de-fama-drogas-e-prostituic-o.html",
        "title": "Morri para viver - Meu Submundo de Fama, Drogas e Prostituição",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/cd-instrumental-os-dez-mandamentos.html",
        "title": "CD OS DEZ MANDAMENTOS (TRILHA SONORA INSTRUMENTAL OFICIAL DA NOVELA)",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/box-casamento-blindado-livro-casamento-blindado-guia-de-estudo-e-aplicac-o.html",
        "title": "Box Casamento Blindado (livro Casamento Blindado + Guia de estudo e aplicação)",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.arcacenter.com.br/lancamentos/casamento-blindado-guia-de-estudo-e-aplicacao.html",
        "title": "Casamento Blindado - Guia De Estudo e Aplicação",
        "published": None,
        "author": None,
    },
]
