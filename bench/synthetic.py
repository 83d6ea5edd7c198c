"""Synthetic datasets shaped like the built graph, at any size, for the scale benchmarks.

    from synthetic import generate, write_nquads
    dataset = generate(100_000, seed=1)                # an rdflib.Dataset
    count = write_nquads(1_000_000, 1, Path("big.nq"))  # the same data as a file, fast

The shape follows the graph the build writes (see ``data/graph/ltgraph.trig``): one named graph
per release holding the release's facts and, for every extracted statement, an ``lt:Evidence``
node with its ``lt:TextSpan``s (most of a release graph's triples); photographs and quotations;
the curated reference graph (countries, cities with Wikidata and GeoNames links, organisations,
venues, people, the network's memberships); and the project's ontology graph. Release graphs
vary in size around ~1,200 triples, so the number of releases grows with the dataset. Release
0 is ``duesseldorf-20190901-318`` about the ``2019-duesseldorf`` summit, so the competency
questions have answers at every size. Everything is drawn from ``random.Random(seed)``: the
same arguments always give the same dataset. Names are made up; nothing is taken from a release.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

BASE = "https://w3id.org/ltgraph/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
LT = BASE + "ontology#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
DCTERMS = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"
ONTOLOGY_FILE = Path(__file__).resolve().parents[1] / "ontology" / "ltgraph.ttl"
NETWORK = ID + "org/international-observatory-of-mayors-on-living-together"
SEED_RELEASE = "duesseldorf-20190901-318"
ROLES = ("mayor", "deputy-mayor", "council-vice-chair", "minister", "minister-of-state",
         "senator", "partner", "managing-director", "head-of-office", "head-of-department",
         "head-of-division")
PARTNER_ROLES = ("main-sponsor", "supporting-partner", "media-partner", "partner")
SYLLABLES = ("ka", "lo", "mi", "ne", "ra", "su", "ti", "vo", "ba", "de", "fu", "go", "hi",
             "ja", "ke", "li", "mo", "nu", "pe", "ri", "sa", "to", "wu", "ze")
TRIPLES_PER_RELEASE = 1255  # a release graph below (~1,180) and what it adds to the reference


def iri(value: str) -> str:
    return f"<{value}>"


def text(value: str, lang: str | None = None) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def _name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


class _Pools:
    """The resources releases talk about; sizes grow with the number of releases."""

    def __init__(self, rng: random.Random, releases: int) -> None:
        pairs = zip("abcdefghijklmnopqrstuvwxyz" * 3, "zyxwvutsrqponmlkjihgfedcba" * 3,
                    strict=True)
        self.countries = ["de"] + [f"{a}{b}" for a, b in pairs][:59]
        self.cities = ["duesseldorf"] + [f"city-{i}-{_name(rng, 2).lower()}"
                                         for i in range(40 + 2 * releases)]
        self.people = [f"{_name(rng, 2)} {_name(rng, 3)}" for _ in range(100 + 8 * releases)]
        self.organisations = [f"org-{i}-{_name(rng, 2).lower()}" for i in range(20 + releases)]
        self.venues = [f"venue-{i}" for i in range(5 + releases // 10)]
        count = max(2, 2 + releases // 15)
        self.summits = [(2015 + i, self.cities[rng.randrange(len(self.cities))])
                        for i in range(count)]
        self.summits[1] = (2019, "duesseldorf")

    def person_slug(self, index: int) -> str:
        name = self.people[index].lower().replace(" ", "-")
        return f"{name}-{index}"

    def summit_slug(self, index: int) -> str:
        year, city = self.summits[index]
        return f"{year}-{city}"


def generate_lines(n_triples: int, seed: int) -> Iterator[str]:
    """The dataset as N-Quads lines (without duplicates), about ``n_triples`` of them."""
    rng = random.Random(seed)
    releases = max(1, round((n_triples - 2500) / TRIPLES_PER_RELEASE))
    pools = _Pools(rng, releases)
    yield from _ontology_lines()
    yield from _reference_lines(rng, pools)
    for number in range(releases):
        yield from _release_lines(rng, pools, number)


def _ontology_lines() -> Iterator[str]:
    import pyoxigraph as ox

    graph = iri(GRAPH + "ontology")
    for triple in ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE):
        if isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
            continue
        yield f"{triple.subject} {triple.predicate} {triple.object} {graph} .\n"


def _reference_lines(rng: random.Random, pools: _Pools) -> Iterator[str]:
    g = iri(GRAPH + "reference")
    source = iri("https://en.wikipedia.org/wiki/Special:Random")

    def q(s: str, p: str, o: str) -> str:
        return f"{s} {p} {o} {g} .\n"

    for code in pools.countries:
        c = iri(f"{ID}country/{code}")
        yield q(c, iri(RDF + "type"), iri(LT + "Country"))
        yield q(c, iri(LT + "isoCode"), text(code.upper()))
        for lang in ("en", "de", "fr"):
            yield q(c, iri(RDFS + "label"), text(f"Country {code.upper()} ({lang})", lang))
    for index, slug in enumerate(pools.cities):
        c = iri(f"{ID}city/{slug}")
        yield q(c, iri(RDF + "type"), iri(LT + "City"))
        yield q(c, iri(RDFS + "label"), text(slug.split("-")[-1].capitalize(), "en"))
        yield q(c, iri(RDFS + "label"), text(slug.split("-")[-1].capitalize() + "e", "de"))
        country = pools.countries[index % 60]  # Düsseldorf, the first, in Germany
        yield q(c, iri(LT + "country"), iri(f"{ID}country/{country}"))
        yield q(c, iri(SCHEMA + "sameAs"), iri(f"{WD}Q{1000 + index}"))
        yield q(c, iri(SCHEMA + "sameAs"), iri(f"https://sws.geonames.org/{200000 + index}/"))
        yield q(c, iri(DCTERMS + "source"), source)
        if index % 2 == 0:
            m = iri(f"{NETWORK}#member-{slug}")
            yield q(m, iri(RDF + "type"), iri(ORG + "Membership"))
            yield q(m, iri(ORG + "member"), c)
            yield q(m, iri(ORG + "organization"), iri(NETWORK))
            yield q(m, iri(LT + "memberSince"), typed(2016 + index % 8, "gYear"))
            yield q(m, iri(DCTERMS + "source"), source)
    network = iri(NETWORK)
    yield q(network, iri(RDF + "type"), iri(LT + "Network"))
    yield q(network, iri(RDFS + "label"), text("International Observatory of Mayors", "en"))
    for slug in pools.organisations:
        o = iri(f"{ID}org/{slug}")
        yield q(o, iri(RDF + "type"), iri(LT + "Organisation"))
        yield q(o, iri(RDFS + "label"), text(slug.split("-")[-1].capitalize() + " e.V.", "en"))
        yield q(o, iri(SKOS + "altLabel"), text(slug.split("-")[-1].upper(), "en"))
        yield q(o, iri(DCTERMS + "source"), source)
    for index, slug in enumerate(pools.venues):
        v = iri(f"{ID}venue/{slug}")
        yield q(v, iri(RDF + "type"), iri(LT + "Venue"))
        yield q(v, iri(RDFS + "label"), text(f"Hall {index}", "en"))
        city = pools.cities[rng.randrange(len(pools.cities))]
        yield q(v, iri(SCHEMA + "containedInPlace"), iri(f"{ID}city/{city}"))
    for index in range(len(pools.people)):
        p = iri(f"{ID}person/{pools.person_slug(index)}")
        yield q(p, iri(RDF + "type"), iri(LT + "Person"))
        yield q(p, iri(SCHEMA + "name"), text(pools.people[index]))
        yield q(p, iri(SCHEMA + "alternateName"), text(pools.people[index].upper()))


def _release_lines(rng: random.Random, pools: _Pools, number: int) -> Iterator[str]:
    summit_index = 1 if number == 0 else rng.randrange(len(pools.summits))
    year, host = pools.summits[summit_index]
    slug = SEED_RELEASE if number == 0 else f"{host}-{year}{number % 12 + 1:02d}01-{number}"
    doc = f"{ID}release/{slug}"
    g = iri(f"{GRAPH}release/{slug}")
    release = iri(doc)
    lines: list[str] = []

    def q(s: str, p: str, o: str) -> None:
        lines.append(f"{s} {p} {o} {g} .\n")

    evidence_count = [0]
    offset = [0]

    def evidence(s: str, p: str, o: str) -> None:
        """The statement, and its evidence with one to four spans."""
        q(s, p, o)
        evidence_count[0] += 1
        node = iri(f"{doc}#ev-{hashlib.sha1(f'{s}{p}{o}'.encode()).hexdigest()[:12]}")
        q(node, iri(RDF + "type"), iri(LT + "Evidence"))
        q(node, iri(RDF + "subject"), s)
        q(node, iri(RDF + "predicate"), p)
        q(node, iri(RDF + "object"), o)
        for _ in range(rng.randint(1, 4)):
            start = offset[0] + rng.randint(5, 200)
            end = start + rng.randint(4, 40)
            offset[0] = end
            span = iri(f"{doc}#char={start},{end}")
            q(node, iri(LT + "span"), span)
            q(span, iri(RDF + "type"), iri(LT + "TextSpan"))
            q(span, iri(LT + "spanOf"), release)
            q(span, iri(LT + "charStart"), typed(start, "integer"))
            q(span, iri(LT + "charEnd"), typed(end, "integer"))

    type_, label = iri(RDF + "type"), iri(RDFS + "label")
    q(g, iri(PROV + "wasDerivedFrom"), release)
    q(release, type_, iri(LT + "PressRelease"))
    q(release, iri(SCHEMA + "headline"), text(f"Release {number} on the {year} summit", "en"))
    q(release, iri(SCHEMA + "headline"), text(f"Mitteilung {number} zum Gipfel {year}", "de"))
    published = f"{year}-{number % 12 + 1:02d}-01"
    if number == 0:
        published = "2019-09-01"
    q(release, iri(SCHEMA + "datePublished"), typed(published, "date"))
    q(release, iri(SCHEMA + "publisher"), iri(f"{ID}city/duesseldorf"))
    q(release, iri(SCHEMA + "url"), iri(f"https://example.org/press/{slug}"))
    q(release, iri(LT + "sha256"), text(hashlib.sha256(slug.encode()).hexdigest()))
    q(release, iri(LT + "sourceFileName"), text(f"{slug}.txt"))
    q(release, iri(SCHEMA + "inLanguage"), text("de"))

    summit = iri(f"{ID}summit/{pools.summit_slug(summit_index)}")
    host_city = iri(f"{ID}city/{host}")
    q(summit, type_, iri(LT + "Summit"))
    q(summit, label, text(f"Summit {year}", "en"))
    q(summit, label, text(f"Gipfel {year}", "de"))
    evidence(summit, iri(LT + "ordinal"), typed(summit_index + 1, "integer"))
    evidence(summit, iri(LT + "hostCity"), host_city)
    evidence(summit, iri(SCHEMA + "startDate"), typed(f"{year}-08-30", "date"))
    evidence(summit, iri(SCHEMA + "endDate"), typed(f"{year}-09-01", "date"))
    q(summit, iri(LT + "delegationCount"), typed(rng.randint(10, 60), "integer"))
    q(release, iri(SCHEMA + "mentions"), summit)

    cities = {host} | {pools.cities[rng.randrange(len(pools.cities))]
                       for _ in range(rng.randint(3, 9))}
    for city in sorted(cities):
        c = iri(f"{ID}city/{city}")
        q(c, type_, iri(LT + "City"))
        q(c, label, text(city.split("-")[-1].capitalize(), "en"))
        evidence(summit, iri(LT + "participatingCity"), c)
        q(release, iri(SCHEMA + "mentions"), c)

    declaration = iri(f"{ID}declaration/{pools.summit_slug(summit_index)}")
    q(declaration, type_, iri(LT + "Declaration"))
    q(declaration, label, text(f"Declaration of {year}", "en"))
    evidence(declaration, iri(LT + "adoptedAt"), summit)
    evidence(declaration, iri(SCHEMA + "dateCreated"), typed(f"{year}-08-31", "date"))
    for city in sorted(cities)[:3]:
        evidence(declaration, iri(LT + "signatory"), iri(f"{ID}city/{city}"))

    attendees = sorted({rng.randrange(len(pools.people)) for _ in range(rng.randint(3, 12))})
    for person_index in attendees:
        person = iri(f"{ID}person/{pools.person_slug(person_index)}")
        q(person, type_, iri(LT + "Person"))
        q(person, iri(SCHEMA + "name"), text(pools.people[person_index]))
        evidence(summit, iri(SCHEMA + "attendee"), person)
        q(release, iri(SCHEMA + "mentions"), person)
        role = ROLES[person_index % len(ROLES)]
        agent_slug = sorted(cities)[person_index % len(cities)]
        agent = iri(f"{ID}city/{agent_slug}")
        mandate = iri(f"{ID}mandate/{pools.person_slug(person_index)}-{role}-{agent_slug}")
        q(mandate, type_, iri(LT + "Mandate"))
        evidence(mandate, iri(ORG + "member"), person)
        evidence(mandate, iri(ORG + "role"), iri(f"{ID}role/{role}"))
        evidence(mandate, iri(ORG + "organization"), agent)
        q(mandate, iri(LT + "roleLabel"), text(role.replace("-", " ").title(), "de"))
        q(mandate, iri(LT + "attestedOn"), typed(published, "date"))

    for partner_number in range(rng.randint(2, 6)):
        org_slug = pools.organisations[rng.randrange(len(pools.organisations))]
        organisation = iri(f"{ID}org/{org_slug}")
        role = PARTNER_ROLES[partner_number % len(PARTNER_ROLES)]
        node = iri(f"{ID}partnership/{pools.summit_slug(summit_index)}-{org_slug}-{role}")
        q(organisation, type_, iri(LT + "Organisation"))
        q(organisation, label, text(org_slug.split("-")[-1].capitalize() + " e.V.", "en"))
        q(node, type_, iri(LT + "Partnership"))
        evidence(node, iri(LT + "partner"), organisation)
        evidence(node, iri(LT + "partnerRole"), iri(f"{ID}partner-role/{role}"))
        evidence(node, iri(LT + "event"), summit)
        q(release, iri(SCHEMA + "mentions"), organisation)

    for photo_number in range(rng.randint(0, 12)):
        photo = iri(f"{ID}photo/{slug}-{photo_number + 1}")
        q(photo, type_, iri(LT + "Photograph"))
        q(photo, iri(SCHEMA + "contentUrl"), iri(f"https://example.org/img/{slug}-{photo_number}.jpg"))
        q(photo, iri(SCHEMA + "isPartOf"), release)
        q(release, iri(SCHEMA + "associatedMedia"), photo)
        if attendees:
            shown = attendees[photo_number % len(attendees)]
            depicted = iri(f"{ID}person/{pools.person_slug(shown)}")
            q(photo, iri(FOAF + "depicts"), depicted)
        start = offset[0] + 10
        span = iri(f"{doc}#char={start},{start + 80}")
        offset[0] = start + 80
        q(photo, iri(LT + "span"), span)
        q(span, type_, iri(LT + "TextSpan"))
        q(span, iri(LT + "spanOf"), release)
        q(span, iri(LT + "charStart"), typed(start, "integer"))
        q(span, iri(LT + "charEnd"), typed(start + 80, "integer"))

    for quote_number, person_index in enumerate(attendees[: rng.randint(0, 4)]):
        quote = iri(f"{ID}quote/{slug}-{quote_number + 1}")
        q(quote, type_, iri(LT + "Quotation"))
        q(quote, iri(LT + "quotedPerson"), iri(f"{ID}person/{pools.person_slug(person_index)}"))
        q(quote, iri(SCHEMA + "inLanguage"), text("de"))
        q(quote, iri(SCHEMA + "isPartOf"), release)
        start = offset[0] + 10
        span = iri(f"{doc}#char={start},{start + 200}")
        offset[0] = start + 200
        q(quote, iri(LT + "span"), span)
        q(span, type_, iri(LT + "TextSpan"))
        q(span, iri(LT + "spanOf"), release)
        q(span, iri(LT + "charStart"), typed(start, "integer"))
        q(span, iri(LT + "charEnd"), typed(start + 200, "integer"))

    if number % 3 == 0:
        m = iri(f"{NETWORK}#member-{host}")
        q(m, type_, iri(ORG + "Membership"))
        q(m, iri(ORG + "member"), host_city)
        q(m, iri(ORG + "organization"), iri(NETWORK))
        since = 2016 + pools.cities.index(host) % 8  # as the reference data says
        evidence(m, iri(LT + "memberSince"), typed(since, "gYear"))
        q(iri(NETWORK), type_, iri(LT + "Network"))
        q(iri(NETWORK), label, text("International Observatory of Mayors", "en"))
    yield from dict.fromkeys(lines)  # each quad once, in a stable order


def write_nquads(n_triples: int, seed: int, path: Path) -> int:
    """Write the dataset to ``path`` as N-Quads; the number of quads written."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for line in generate_lines(n_triples, seed):
            out.write(line)
            count += 1
    return count


def generate(n_triples: int, seed: int) -> "rdflib.Dataset":  # noqa: F821, UP037
    """The dataset as an ``rdflib.Dataset`` (slow past a few 100k triples: use
    :func:`write_nquads` for files)."""
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(data="".join(generate_lines(n_triples, seed)), format="nquads")
    return dataset


def release_graphs(path: Path) -> list[str]:
    """The release graph IRIs of a dataset file written by :func:`write_nquads`."""
    graphs: dict[str, None] = {}
    prefix = f"<{GRAPH}release/"
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            graph = line.rsplit(" ", 2)[-2]
            if graph.startswith(prefix):
                graphs.setdefault(graph[1:-1])
    return list(graphs)
