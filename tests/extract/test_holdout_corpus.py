"""Given documents written after the extraction rules and never used to tune them, the
extraction does not fall below what it reached when they were first measured.

``tests/fixtures/holdout`` (ten documents), ``holdout2`` (twelve, written later), ``holdout3``
(eight, later still), ``holdout4`` (eight), ``holdout5`` (ten), ``holdout6`` and ``holdout7``
(ten each), ``holdout8`` and ``holdout9``, ``holdout10`` and ``holdout11``, ``holdout12`` and
``holdout13``, ``holdout14`` and ``holdout15``, ``holdout16`` and ``holdout17``, ``holdout18``
and ``holdout19``, ``holdout20`` and ``holdout21``, ``holdout22`` and ``holdout23``,
``holdout24`` and ``holdout25`` (ten each, written last) hold documents in the front-matter form (see their READMEs); each set was
measured once with the code its writers never read, and is development data from then on.
Each document's F1 then is kept below as data. Each set is built with the real ``ltgraph
build`` and every document is scored with ``../shared/eval/score.py``. A document whose F1
drops more than ``TOLERANCE`` below its measured figure is a regression; a document that
improves passes (raise its figure when the rules change on purpose: ``holdout22`` to
``holdout25`` are kept at what the rules read after the rounds of fixes that followed their
measurement, each set's README keeps the figures of the measurement itself).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = (REPO / ".." / "shared").resolve()
FIXTURES = REPO / "tests" / "fixtures"
TOLERANCE = 0.02

# document -> (precision, recall, F1), tp/fp/fn as comment, measured at commit 9bd085773b1c;
# the rules on people and their roles were since studied on these documents' failures, so they
# are development data now, and the figures marked "raised" are those measured after them
MEASURED = {
    "20150611-newswire-brief-montreal-declaration": (1.000, 1.000, 1.000),  # 30/0/0, raised
    "20150612-quotidien-quebec-sommet-vivre-ensemble": (1.000, 1.000, 1.000),  # 30/0/0, raised
    "20190830-duesseldorf-international-delegationen": (1.000, 0.971, 0.986),  # 34/0/1, raised
    "20190901-wire-duesseldorf-summit-closes": (1.000, 1.000, 1.000),  # 25/0/0, raised
    "20190902-grenzland-venlo-gruenes-rathaus": (1.000, 1.000, 1.000),  # 23/0/0, raised
    "20190903-gatineau-review-mayors-summit": (1.000, 1.000, 1.000),  # 33/0/0, raised
    "20190904-ville-de-sceaux-declaration-duesseldorf": (1.000, 1.000, 1.000),  # 22/0/0, raised
    "20190905-villes-francophones-declaration-signataires": (1.000, 1.000, 1.000),  # 37/0/0, raised
    # raised
    "20190906-urban-commons-blog-livable-cities-lab": (1.000, 1.000, 1.000),  # 28/0/0, raised
    "20211213-observatoire-3e-sommet-izmir": (1.000, 1.000, 1.000),  # 33/0/0, raised
}

# The second set, written after the rules above and measured once at commit 9408da9 (its
# README): the figures a change may not fall below.
MEASURED_SECOND = {
    "20150612-gazette-bruxelles-mayeur-montreal": (1.000, 0.975, 0.987),  # 39/0/1, raised
    "20190831-dsn-staedte-duesseldorfer-erklaerung": (1.000, 1.000, 1.000),  # 32/0/0, raised
    "20190901-radio-rheinwelle-nachrichten": (1.000, 0.875, 0.933),  # 14/0/2, raised
    "20190902-rhine-visitor-summit-recap": (0.966, 0.966, 0.966),  # 28/1/1, raised
    "20190903-reading-council-duesseldorf-declaration": (1.000, 1.000, 1.000),  # 22/0/0, raised
    "20190904-dhaka-north-mayor-statement": (1.000, 1.000, 1.000),  # 26/0/0, raised
    "20190905-observatoire-communique-signataires": (1.000, 1.000, 1.000),  # 119/0/0, raised
    "20190905-strong-cities-blog-resilient-workshop": (1.000, 1.000, 1.000),  # 29/0/0, raised
    "20190913-amtsblatt-chemnitz-duesseldorfer-erklaerung": (1.000, 1.000, 1.000),  # 28/0/0, raised
    "20191001-strasbourg-magazine-vivre-ensemble": (1.000, 1.000, 1.000),  # 26/0/0, raised
    "20201015-observatory-bulletin-october": (1.000, 1.000, 1.000),  # 20/0/0, raised
    "20220120-civic-review-three-summits": (0.984, 1.000, 0.992),  # 63/1/0, raised
}

# The third set, written without reading the rules and measured once at commit 3d66ae1 (its
# README): the figures a change may not fall below.
MEASURED_THIRD = {
    # 36/0/9 raised; 42/0/3 now
    "20150611-telecapitale-labeaume-declaration-montreal": (1.000, 0.933, 0.966),
    # raised; 26/0/11 now
    "20160614-side-streets-podcast-living-together-one-year": (1.000, 0.703, 0.825),
    # 22/0/15
    # 26/0/4 raised; 28/0/2 now
    "20190212-cite-romande-entretien-geneve-vivre-ensemble": (1.000, 0.933, 0.966),
    # 52/0/1 raised; 53/0/0 now
    "20190903-abi-ouagadougou-declaration-dusseldorf": (1.000, 1.000, 1.000),
    # raised 30/1/1; 30/0/1 now
    "20190905-embassy-canada-germany-living-together": (1.000, 0.968, 0.984),
    "20191202-wellbeing-cities-forum-speakers": (0.897, 0.963, 0.929),  # 23/2/4 raised; 26/3/1 now
    # 25/0/4 raised; 27/0/2 now
    "20200420-aisa-rapport-activite-2019-extrait": (1.000, 0.931, 0.964),
    "20211214-iztech-news-resilience-workshop": (1.000, 0.963, 0.981),  # 24/0/3; 26/0/1 now
}

# The fourth set, written without reading the rules and measured once at commit 78ab657 (its
# README): the figures a change may not fall below.
MEASURED_FOURTH = {
    "20150612-dc-mayor-bowser-montreal-summit": (1.000, 0.980, 0.990),  # 48/0/2 raised; 49/0/1 now
    "20180704-urban-cohesion-institute-iclei-event-report": (1.000, 1.000, 1.000),  # 20/0/0 raised
    # raised; 43/0/0 now
    "20190902-rathauskorrespondenz-wien-duesseldorfer-erklaerung": (1.000, 1.000, 1.000),
    # 28/1/15
    "20190903-rhein-bote-lokales-ausstellung-stadt-von-morgen": (0.979, 1.000, 0.989),  # raised
    # 46/1/0
    "20190910-stiftung-gesunde-stadt-stress-and-the-city": (1.000, 0.926, 0.962),  # 25/0/2 raised
    # 31/0/2, raised; 32/0/1 now
    "20200515-kirchenportal-tag-des-zusammenlebens": (1.000, 0.970, 0.985),
    # 31/0/8, raised; 38/0/1 now
    "20211211-aegean-daily-izmir-summit-closes": (1.000, 0.974, 0.987),
    # 75/4/9, raised; 83/4/1 now
    "20220314-civicpedia-mayors-summit-on-living-together": (0.954, 0.988, 0.971),
}

# The fifth set, written without reading the rules and measured once at commit 78ab657 (its
# README): the figures a change may not fall below.
MEASURED_FIFTH = {
    # 43/0/7 raised; 50/0/0 now
    "20150612-la-tribune-metropolitaine-sommet-en-chiffres": (1.000, 1.000, 1.000),
    # 62/3/2, raised; 64/0/0 now
    "20190902-duesseldorf-bildergalerie-living-together": (1.000, 1.000, 1.000),
    # 58/3/5, raised; 60/1/3 now
    "20190903-canadian-courier-quebec-cities-duesseldorf": (0.984, 0.952, 0.968),
    "20190903-duesseldorfer-abendpost-korrektur": (1.000, 0.875, 0.933),  # 13/0/3; 14/0/2 now
    "20190903-warsaw-city-news-duesseldorf-declaration": (1.000, 1.000, 1.000),  # 21/0/0
    "20190904-ville-de-gatineau-declaration-duesseldorf": (0.917, 1.000, 0.957),  # 33/3/0 raised
    # 37/0/21, raised; 57/0/1 now
    "20190906-rheinisches-tageblatt-gastbeitrag-geisel": (1.000, 0.983, 0.991),
    # 50/0/4, raised; 51/0/3 now
    "20201005-observatory-news-duesseldorf-one-year-on": (1.000, 0.944, 0.971),
    "20211210-aegean-wire-izmir-third-summit": (1.000, 0.941, 0.970),  # 30/0/4 raised; 32/0/2 now
    # 22/0/5 raised; 26/0/1 once cities "aux côtés de" the cities invited to a session were read
    "20211213-commune-de-ouagadougou-sommet-izmir": (1.000, 0.963, 0.981),
}

# measured once at commit fca3150, the first code to see them (holdout6 and holdout7 were
# written meanwhile by people who read neither the rules nor their tables)
MEASURED_SIXTH = {
    # 32/0/9 raised; 39/0/2 now
    "20150611-metrovue-12-living-together-summit": (1.000, 0.951, 0.975),
    # 18/0/3; 21/0/0 now
    "20180905-ville-de-geneve-groupe-technique-vivre-ensemble": (1.000, 1.000, 1.000),
    "20190826-stadtkalender-am-rhein-termine-living-together": (1.000, 1.000, 1.000),  # 16/0/0
    "20190902-courrier-du-midi-toulouse-declaration": (1.000, 1.000, 1.000),  # 20/0/0 raised
    # 23/2/9 up; 31/0/1 now
    "20190902-land-nrw-staatskanzlei-living-together-gipfel": (1.000, 0.969, 0.984),
    # 41/2/6 raised; 47/0/0 now
    "20190903-eurocities-statement-living-together-summit": (1.000, 1.000, 1.000),
    "20190912-dncc-mayors-newsletter-duesseldorf": (1.000, 1.000, 1.000),  # 35/0/0 raised
    # 33/0/4; 36/0/1 now
    "20211203-duesseldorf-ratsinformationssystem-niederschrift": (1.000, 0.973, 0.986),
    # 32/0/4 up; 34/0/2 now
    "20211215-harwick-urban-belonging-blog-izmir-summit": (1.000, 0.944, 0.971),
    # 39/3/2 raised; 41/3/0 now
    "20220310-observatoire-vivre-ensemble-qui-sommes-nous": (0.932, 1.000, 0.965),
}

MEASURED_SEVENTH = {
    # 48/4/6; 53/0/1 now
    "20150612-carrefour-interculturel-revue-de-presse-sommet": (1.000, 0.981, 0.991),
    # 51/0/1 raised; 52/0/0 now
    "20190831-atf-depeche-declaration-duesseldorf": (1.000, 1.000, 1.000),
    "20190918-mediterranean-cities-review-interview-darawsha": (1.000, 1.000, 1.000),  # 28/0/0 up
    # 45/0/10 raised; 49/0/6 now
    "20200430-landeshauptstadt-duesseldorf-jahresbericht-2019-internationales":
        (1.000, 0.891, 0.942),
    "20200518-kennet-community-radio-episode-living-together": (0.920, 1.000, 0.958),  # 23/2/0
    # 29/0/1 raised; 30/0/0 now
    "20211201-observatory-programme-third-summit-izmir": (1.000, 1.000, 1.000),
    # 37/0/4 raised; 40/0/1 now
    "20211213-nora-lindqvist-blog-notes-from-izmir": (1.000, 0.976, 0.988),
    # 27/0/17 raised; 44/0/0 now
    "20220310-forum-staedtedialog-chronik-living-together": (1.000, 1.000, 1.000),
    # 29/10/11; 39/0/1 now
    "20220516-kommunal-praxis-voneinander-lernen-living-together": (1.000, 0.975, 0.987),
    # 42/0/9 raised; 44/0/7 now
    "20250611-cites-plurielles-retrospective-montreal-2015": (1.000, 0.863, 0.926),
}

# measured once at commit 307716e, the first code to see them (holdout8 and holdout9 were
# written meanwhile by people who read neither the rules nor their tables)
MEASURED_EIGHTH = {
    "20150617-le-campus-libre-sommet-vivre-ensemble": (0.961, 0.980, 0.970),  # 48/2/2; 49/2/1 now
    # 62/1/13 raised (67/1/8 measured with the signing rules before the summit rules landed); 67/0/8
    # now
    "20190831-landeshauptstadt-duesseldorf-thread-living-together":
        (1.000, 0.893, 0.944),
    # 23/1/3 raised
    "20190905-ubl-ratsfraktion-duesseldorf-bericht-living-together":
        (0.958, 0.885, 0.920),
    # 21/1/3 up; 22/1/2 now
    "20190910-duesseldorfer-stadtkurier-leserbrief-konferenz": (0.957, 0.917, 0.936),
    # 32/4/7; 34/1/5 now
    "20191022-ville-de-gatineau-remarks-intercultural-week": (0.971, 0.872, 0.919),
    # 33/1/7, raised; 34/1/6 now
    "20201019-stiftung-staedtedialog-laudatio-duesseldorf": (0.971, 0.850, 0.907),
    "20211203-observatoire-vivre-ensemble-avis-aux-medias-izmir": (1.000, 1.000, 1.000),  # 33/0/0
    # 35/3/1; 36/1/0 now
    "20220414-senat-question-ecrite-observatoire-vivre-ensemble": (0.973, 1.000, 0.986),
    # 50/6/11; 58/1/3 now
    "20220516-urban-diplomacy-review-living-together-case-study": (0.983, 0.951, 0.967),
    # 25/1/9; 28/2/6 now
    "20230314-kennet-valley-courier-obituary-derek-halloran": (0.933, 0.824, 0.875),
}

MEASURED_NINTH = {
    # 40/0/0 raised ("Saint John" is no longer read as St. John's)
    "20150714-halifax-regional-municipality-report-living-together-summit":
        (1.000, 1.000, 1.000),
    # 32/0/1 raised; 32/0/1 now
    "20150720-staedtepartnerschaftskomitee-hannover-hiroshima-rundbrief-montreal":
        (1.000, 0.970, 0.985),
    # 51/2/2; 52/2/1 now
    "20190831-rheinufer-kurier-liveticker-living-together": (0.963, 0.981, 0.972),
    # 39/3/4; 41/1/2 now
    "20190905-mairie-de-ouagadougou-conference-de-presse-duesseldorf":
        (0.976, 0.953, 0.965),
    # 25/1/0
    "20200210-lindner-congress-hotel-duesseldorf-referenz-living-together":
        (0.962, 1.000, 0.980),
    # 31/0/1
    "20201124-reading-borough-council-debate-duesseldorf-declaration":
        (1.000, 0.969, 0.984),
    # 37/5/1 raised; 38/2/0 now
    "20220110-les-cahiers-du-citoyen-fiche-vivre-ensemble-maires": (0.950, 1.000, 0.974),
    "20220516-the-civic-table-podcast-izmir-summit": (1.000, 0.676, 0.806),  # 23/0/14; 25/0/12 now
    # 31/0/16 raised; 35/0/12 now
    "20230315-revue-villes-et-diversites-compte-rendu-habiter-la-difference":
        (1.000, 0.745, 0.854),
    # 16/1/6; 18/1/4 now
    "20241001-journal-of-urban-coexistence-call-for-papers-living-together":
        (0.947, 0.818, 0.878),
}

# holdout10 and holdout11: measured once at commit 6cc4c36, the first code to see them (each
# set's README has the table)
MEASURED_TENTH = {
    # 25/0/7 raised (the summit's days told by two weekdays)
    "20150613-le-courrier-de-la-capitale-opinion-labeaume": (1.000, 0.781, 0.877),
    # 12/0/0
    "20181120-landeshauptstadt-duesseldorf-beschlussvorlage-living-together":
        (1.000, 1.000, 1.000),
    # 26/0/2
    "20190902-klick-kindernachrichten-buergermeister-treffen-duesseldorf":
        (1.000, 0.929, 0.963),
    "20190903-linkedin-philippe-laurent-sommet-duesseldorf": (0.971, 0.971, 0.971),  # 33/1/1
    # measured 26/6/6; 26/4/6 once a place's or office's name ("X Platz", "Public Affairs")
    # was no longer read as a person; 31/6/1 (before that rule) once its signatories were read;
    # 31/4/1 now
    "20190904-embassy-of-canada-to-germany-duesseldorf-summit": (0.886, 0.969, 0.925),
    # 14/0/10; 15/0/9 once a photographer after an institution's slash was read; 17/0/7 now
    "20191104-landeshauptstadt-duesseldorf-biografie-oberbuergermeister":
        (1.000, 0.708, 0.829),
    # 30/0/5; 34/0/1 once representatives of cities joined in a session were read
    "20211208-meridian-press-agency-corrected-izmir-summit": (1.000, 0.971, 0.986),
    "20211214-newcastle-university-izmir-summit-workshop": (1.000, 1.000, 1.000),  # 25/0/0
    # 42/5/8; 50/0/0 now
    "20220516-maison-de-l-histoire-urbaine-exposition-vivre-ensemble":
        (1.000, 1.000, 1.000),
    # 53/0/4; 54/0/3 now
    "20240315-civitas-encyclopedia-living-together-observatory": (1.000, 0.947, 0.973),
}

MEASURED_ELEVENTH = {
    # 12/0/3; 14/0/1 once "gez. X" and "Verantwortlich: X" were read; 15/0/0 now
    "20181221-amtsblatt-duesseldorf-living-together-konferenz": (1.000, 1.000, 1.000),
    # 65/3/7; 71/1/1 once roles in parentheses, the inviting host and contact lines were read;
    # 72/1/0 now
    "20190901-duesseldorf-press-kit-fact-sheet": (0.986, 1.000, 0.993),
    # 37/3/0; 36/0/1 now
    "20191122-observatoire-proces-verbal-comite-directeur": (1.000, 0.973, 0.986),
    "20191124-gemeindebrief-st-josef-living-together": (1.000, 0.882, 0.938),  # 29/0/5; 30/0/4 now
    # measured 13/2/8; 15/0/6 once "Leitung von X" no longer opened the name; 16/0/5 once
    # "Berichterstattung: X" was read; 21/0/0 now
    "20200316-stiftung-rheinufer-foerderbericht-living-together": (1.000, 1.000, 1.000),
    "20200611-st-lawrence-ledger-this-day-in-history": (1.000, 0.781, 0.877),  # 25/0/7
    # measured 0/0/37: the release was lost to a failure in reading a speaker's card;
    # raised to 32/2/5 once that was mended; 33/1/4 now
    "20211213-izmir-summit-speakers": (0.971, 0.892, 0.930),
    # measured 16/3/0; 16/0/0 once "X Art Center" was no longer read as a person
    "20211215-visit-izmir-blog-city-of-living-together": (1.000, 1.000, 1.000),
    # 47/2/8; 48/2/7 once the thesis's title page ("Direction : Pr X") was read; 51/0/4 now
    "20220831-memoire-maitrise-declarations-vivre-ensemble": (1.000, 0.927, 0.962),
    "20221117-observatoire-webinaire-retour-izmir": (1.000, 0.714, 0.833),  # 20/0/8
}

# holdout12 and holdout13: measured once at commit 65823b6, the first code to see them (each
# set's README has the table)
MEASURED_TWELFTH = {
    # 20/2/6; 25/1/1 now
    "20190822-ihk-duesseldorf-newsletter-living-together": (0.962, 0.962, 0.962),
    # 32/6/6; 34/2/4 once a name ended before "zu Gast" and "im Mai" was no town; 36/1/2
    # once a role of a city with its country in brackets gave that city's mandate; 37/1/1 now
    "20190830-landeshauptstadt-duesseldorf-goldenes-buch": (0.974, 0.974, 0.974),
    # 33/0/2; 34/0/1 now
    "20190905-northern-dispatch-fact-check-duesseldorf-pact": (1.000, 0.971, 0.986),
    "20191230-rheinblick-jahresrueckblick-2019": (1.000, 1.000, 1.000),  # 33/0/1; 34/0/0 now
    # 23/0/3; 24/0/2 once a signing "on behalf of our city" was the publisher's; 26/0/0 now
    "20200220-sceaux-ensemble-tract-bilan": (1.000, 1.000, 1.000),
    # 28/0/9; 32/0/5 once contributions that came from cities and cities joined in a
    # session were read
    "20211213-urban-current-five-things-izmir": (1.000, 0.865, 0.928),
    # 31/0/7; 35/0/3 once cities "aux côtés de" a speaker and "la Ville" of a city's own note
    # were read; 37/0/1 now
    "20211216-ville-de-quebec-note-information-izmir": (1.000, 0.974, 0.987),
    "20220315-holst-foundation-prize-montreal": (1.000, 0.886, 0.939),  # 29/4/6; 31/0/4 now
    "20220516-unesco-communique-vivre-ensemble-observatoire": (0.944, 1.000, 0.971),  # 17/1/0
    # 30/0/13; 32/0/11 once cities listed with their own years after "joined" were read
    "20230214-observatory-faq-what-is-the-observatory": (1.000, 0.744, 0.853),
}

MEASURED_THIRTEENTH = {
    # 26/0/9; 34/0/1 now
    "20150611-metro-9-news-evening-script-mayors-summit": (1.000, 0.971, 0.986),
    # 6/3/3; 7/2/2 now
    "20150708-ville-de-montreal-avis-attribution-sommet-vivre-ensemble":
        (0.778, 0.778, 0.778),
    # 32/0/3; 35/0/0 now
    "20200120-initiative-krefeld-zusammen-einwohnerantrag-living-together":
        (1.000, 1.000, 1.000),
    "20211210-ville-de-quebec-essentiel-de-la-semaine": (1.000, 1.000, 1.000),  # 27/2/0; 27/0/0 now
    # 17/1/14; 18/0/13 once "Professor Emeritus" was read as the honorific before a name; 29/0/2 now
    "20220315-hollisfield-review-class-notes": (1.000, 0.935, 0.967),
    # 31/4/0; 31/1/0, raised
    "20220510-ville-de-sceaux-vos-questions-declaration-duesseldorf":
        (0.969, 1.000, 0.984),
    # 45/11/16; 59/2/2 now
    "20220518-duesseldorf-international-affairs-slides-urban-diplomacy":
        (0.967, 0.967, 0.967),
    # 16/2/0; 16/0/0 once a host named in a clause before a semicolon no longer signed
    "20230206-landeshauptstadt-duesseldorf-stellenausschreibung-internationale-zusammenarbeit":
        (1.000, 1.000, 1.000),
    # 21/1/14; 31/1/4 once "among its signatures are those of the mayors of" was read; 32/1/3 now
    "20230412-montreal-city-archives-summit-fonds": (0.970, 0.914, 0.941),
    # 22/0/13; 27/0/8 now
    "20240902-heimatverein-golzheim-ehrenhof-mitteilungsblatt": (1.000, 0.771, 0.871),
}

# holdout14 and holdout15: measured once at commit be7de10, the first code to see them (each
# set's README has the table)
MEASURED_FOURTEENTH = {
    # 37/4/2; 37/0/2 now
    "20150612-house-of-commons-debates-living-together-summit": (1.000, 0.949, 0.974),
    # 44/3/8; 44/2/8 now
    "20190903-ville-de-montreal-email-thread-duesseldorf-delegation":
        (0.957, 0.846, 0.898),
    # 23/1/6
    "20191015-flughafen-duesseldorf-mitarbeiterzeitung-living-together":
        (0.958, 0.793, 0.868),
    # 30/1/2
    "20210920-conseil-jeunesse-montreal-appel-candidatures-delegation-izmir":
        (0.968, 0.938, 0.952),
    "20220114-izmir-open-data-third-mayors-summit-living-together": (1.000, 1.000, 1.000),  # 29/0/0
    # 30/2/19; 36/1/13 now
    "20230513-le-guide-tele-quebec-documentaire-vivre-ensemble": (0.973, 0.735, 0.837),
    "20231120-wikipedia-diskussion-observatorium-zusammenleben": (1.000, 0.875, 0.933),  # 35/0/5
    # 30/2/6
    "20240515-review-of-international-city-governance-lindqvist-mayors-for-coexistence":
        (0.938, 0.833, 0.882),
    "20240715-vhs-duesseldorf-kurs-living-together": (1.000, 0.848, 0.918),  # 28/0/5
    # 29/6/16; 35/0/10 now
    "20250502-strasbourg-magazine-quiz-vivre-ensemble": (1.000, 0.778, 0.875),
}

MEASURED_FIFTEENTH = {
    # 34/3/2
    "20150619-ecole-des-erables-rouges-projet-classe-vivre-ensemble":
        (0.919, 0.944, 0.932),
    "20190902-messe-duesseldorf-pressemitteilung-living-together": (0.920, 1.000, 0.958),  # 23/2/0
    # 39/1/3; 39/0/3 now
    "20190924-landtag-nrw-plenarprotokoll-17-68-living-together": (1.000, 0.929, 0.963),
    # 48/4/69; 116/4/1 now
    "20200214-carrow-university-library-catalogue-duesseldorf-declaration":
        (0.967, 0.991, 0.979),
    # 26/5/7; 26/2/7 now
    "20200630-duesseldorf-airport-sustainability-report-2019-community-engagement":
        (0.929, 0.788, 0.852),
    "20211209-capitaletalk-forums-quebec-izmir-summit-thread": (0.975, 0.750, 0.848),  # 39/1/13
    # 44/0/10; 45/0/9 now
    "20230321-northlight-films-press-kit-the-common-table": (1.000, 0.833, 0.909),
    # 30/4/6; 29/0/7 now
    "20230706-rheinauen-gymnasium-projektwoche-living-together": (1.000, 0.806, 0.892),
    "20240516-balado-carrefours-episode-47-transcription": (1.000, 0.571, 0.727),  # 24/0/18
    # 23/0/3
    "20250605-ville-de-sceaux-programme-prix-du-vivre-ensemble-2025":
        (1.000, 0.885, 0.939),
}

# holdout16 and holdout17: measured once at commit affd48d, the first code to see them (each
# set's README has the table)
MEASURED_SIXTEENTH = {
    # 44/0/6
    "20150611-maires-francophones-declaration-commune-sommet-vivre-ensemble":
        (1.000, 0.880, 0.936),
    # 40/1/13
    "20190909-freie-und-hansestadt-hamburg-reisebericht-living-together-duesseldorf":
        (0.976, 0.755, 0.851),
    "20190916-ville-de-strasbourg-rapport-de-mission-duesseldorf": (0.969, 0.969, 0.969),  # 63/2/2
    # 27/3/4
    "20190917-commune-de-ouagadougou-lettre-remerciements-duesseldorf":
        (0.900, 0.871, 0.885),
    # 13/0/9
    "20191031-city-of-gatineau-proactive-disclosure-travel-q3-2019":
        (1.000, 0.591, 0.743),
    # 19/2/12
    "20200304-lindner-congress-hotel-case-study-living-together-summit":
        (0.905, 0.613, 0.731),
    "20210901-duesseldorf-interkulturelle-woche-programmheft": (1.000, 0.722, 0.839),  # 13/0/5
    "20220516-ville-de-montreal-izmir-memorandum-of-understanding": (0.905, 0.826, 0.864),  # 19/2/4
    # 22/0/3
    "20230516-landeshauptstadt-duesseldorf-rede-ob-tag-des-zusammenlebens":
        (1.000, 0.880, 0.936),
    # 20/3/18
    "20230901-ashgrove-press-city-diplomacy-notes-on-contributors":
        (0.870, 0.526, 0.656),
}

MEASURED_SEVENTEENTH = {
    # 8/0/1
    "20150529-ville-de-montreal-guide-pratique-delegues-sommet-vivre-ensemble":
        (1.000, 0.889, 0.941),
    # 57/1/3
    "20190831-rhineline-pictures-caption-feed-living-together-summit":
        (0.983, 0.950, 0.966),
    "20190903-rheinische-abendzeitung-koepfe": (1.000, 0.842, 0.914),  # 32/0/6
    # 25/6/0
    "20190910-equipe-gatineau-dabord-declaration-opposition-duesseldorf":
        (0.806, 1.000, 0.893),
    # 86/2/19
    "20191129-duesseldorf-summit-report-annex-list-of-participants":
        (0.977, 0.819, 0.891),
    # 35/0/5
    "20200210-landeshauptstadt-duesseldorf-staedtepartnerschaften-und-netzwerke":
        (1.000, 0.875, 0.933),
    "20211214-the-civic-ledger-map-living-together-network": (0.927, 0.884, 0.905),  # 38/3/5
    # 33/0/2
    "20220601-rheinufer-stadtfuehrungen-audioguide-altstadt-manuskript":
        (1.000, 0.943, 0.971),
    # 23/1/12
    "20230828-lakehurst-university-syllabus-cities-in-global-networks":
        (0.958, 0.657, 0.780),
    # 31/0/6
    "20240912-editions-du-boulevard-quatrieme-de-couverture-les-maires-et-lautre":
        (1.000, 0.838, 0.912),
}


# holdout18 and holdout19: measured once at commit 0995cc3, the first code to see them (each
# set's README has the table)
MEASURED_EIGHTEENTH = {
    "20150611-canadian-heritage-news-release-montreal-declaration": (0.970, 0.821, 0.889),  # 32/1/7
    # 17/7/3
    "20150918-duesseldorf-terminuebersicht-oberbuergermeister-kw39":
        (0.708, 0.850, 0.773),
    # 11/1/1
    "20190828-polizei-duesseldorf-verkehrshinweise-living-together":
        (0.917, 0.917, 0.917),
    # 21/0/5
    "20190904-ville-de-montreal-courriel-transfere-suivi-duesseldorf":
        (1.000, 0.808, 0.894),
    "20190906-duesseldorf-recap-video-subtitles-living-together": (0.903, 0.683, 0.778),  # 28/3/13
    # 28/3/4
    "20190918-assemblee-nationale-quebec-motion-sans-preavis-duesseldorf":
        (0.903, 0.875, 0.889),
    # 29/1/3
    "20191002-ville-de-sceaux-deliberation-declaration-duesseldorf":
        (0.967, 0.906, 0.935),
    # 27/3/3
    "20191015-duesseldorf-auswertung-teilnehmerbefragung-living-together":
        (0.900, 0.900, 0.900),
    "20210514-vivre-montreal-magazine-quiz-vivre-ensemble": (0.977, 0.955, 0.966),  # 42/1/2
    "20240318-urban-cohesion-lab-ris-export-living-together": (0.851, 0.864, 0.857),  # 57/10/9
}

MEASURED_NINETEENTH = {
    "20190903-rheinforum-thread-what-did-the-summit-achieve": (0.946, 0.729, 0.824),  # 35/2/13
    "20200509-ntv-two-programme-information-cities-that-talk": (0.960, 0.889, 0.923),  # 48/2/6
    # 15/3/9
    "20200915-duesseldorf-rechnungspruefungsamt-pruefungsfeststellung-living-together":
        (0.833, 0.625, 0.714),
    # 35/7/1
    "20211213-generalkonsulat-izmir-bericht-dritter-gipfel-zusammenleben":
        (0.833, 0.972, 0.897),
    "20220214-rhine-interpreters-guild-booth-notes-duesseldorf": (0.964, 0.964, 0.964),  # 54/2/2
    # 11/1/21
    "20220520-ville-de-montreal-donnees-ouvertes-signatures-declarations-vivre-ensemble":
        (0.917, 0.344, 0.500),
    # 31/0/0
    "20220930-ville-de-drummondville-dossier-candidature-prix-passerelles":
        (1.000, 1.000, 1.000),
    # 21/1/15
    "20230412-papyrus-these-dufresne-aubin-remerciements-avant-propos":
        (0.955, 0.583, 0.724),
    "20230605-zpb-rhein-ruhr-lexikon-living-together": (1.000, 0.787, 0.881),  # 37/0/10
    "20240318-openfacts-wiki-item-duesseldorf-declaration": (1.000, 0.400, 0.571),  # 16/0/24
}

# holdout20 and holdout21: measured once at commit 2853f07, the first code to see them (each
# set's README has the table)
MEASURED_TWENTIETH = {
    # 23/4/3
    "20150610-christ-church-cathedral-montreal-interfaith-gathering-order-of-service":
        (0.852, 0.885, 0.868),
    # 24/2/6
    "20150610-ville-de-montreal-carte-menu-diner-sommet-vivre-ensemble":
        (0.923, 0.800, 0.857),
    # 24/0/3
    "20190821-landeshauptstadt-duesseldorf-akkreditierung-living-together":
        (1.000, 0.889, 0.941),
    # 23/1/3
    "20190828-landeshauptstadt-duesseldorf-protokollhinweise-abendessen-dreischeibenhaus":
        (0.958, 0.885, 0.920),
    # 34/2/8
    "20190901-landeshauptstadt-duesseldorf-social-media-archive-living-together":
        (0.944, 0.810, 0.872),
    "20190902-living-together-2019-event-app-session-listing": (0.961, 0.700, 0.810),  # 49/2/21
    # 23/0/6
    "20190902-ville-de-gatineau-export-discussion-delegation-duesseldorf":
        (1.000, 0.793, 0.885),
    "20190903-landeshauptstadt-duesseldorf-livre-d-or-numerique": (1.000, 0.921, 0.959),  # 35/0/3
    # 28/5/3
    "20190904-echo-de-l-outaouais-rectificatif-declaration-duesseldorf":
        (0.848, 0.903, 0.875),
    # 23/0/6
    "20191015-landtag-nrw-kleine-anfrage-living-together-konferenz":
        (1.000, 0.793, 0.885),
}

MEASURED_TWENTY_FIRST = {
    # 15/1/6
    "20150930-city-of-montreal-purchase-orders-living-together-summit":
        (0.938, 0.714, 0.811),
    "20160620-maison-culture-cdn-concours-photo-vivre-ensemble": (1.000, 0.806, 0.893),  # 25/0/6
    # 13/0/2
    "20190131-landeshauptstadt-duesseldorf-haushaltsplan-2019-internationales":
        (1.000, 0.867, 0.929),
    # 12/2/2
    "20190826-ville-de-sceaux-arrete-delegation-signature-duesseldorf":
        (0.857, 0.857, 0.857),
    "20190902-landeshauptstadt-duesseldorf-pressespiegel": (0.900, 0.900, 0.900),  # 36/4/4
    "20190903-parc-ex-youth-voices-crowdfunding-duesseldorf": (1.000, 0.731, 0.844),  # 19/0/7
    "20190904-ville-de-gatineau-protocol-itinerary-duesseldorf": (0.896, 0.935, 0.915),  # 43/5/3
    "20211115-izmir-volunteers-living-together-summit-signup": (0.867, 0.812, 0.839),  # 13/2/3
    "20220314-cahiers-emc-fiche-pedagogique-declaration-montreal": (1.000, 0.877, 0.935),  # 50/0/7
    # 38/1/8
    "20240831-radio-rheinufer-kalenderblatt-duesseldorfer-erklaerung":
        (0.974, 0.826, 0.894),
}

# holdout22 and holdout23: measured once at commit 354bee9, the first code to see them (each
# set's README has the table)
MEASURED_TWENTY_SECOND = {
    "20150612-ville-de-montreal-sommet-vivre-ensemble-calendrier": (1.000, 0.804, 0.891),  # 41/0/10
    # 36/1/2
    "20190901-landeshauptstadt-duesseldorf-briefing-note-olszewski":
        (0.973, 0.947, 0.960),
    "20190904-ville-de-gatineau-memorandum-ouagadougou": (0.857, 0.692, 0.766),  # 18/3/8
    # 141/1/8
    "20190905-observatoire-vivre-ensemble-annexe-signataires-declaration-duesseldorf":
        (0.993, 0.946, 0.969),
    "20190905-stadt-chemnitz-dienstreisegenehmigung-duesseldorf": (1.000, 0.833, 0.909),  # 25/0/5
    "20190910-ville-de-sceaux-compte-rendu-mission-duesseldorf": (1.000, 0.929, 0.963),  # 52/0/4
    "20190920-ville-de-montreal-carton-invitation-vivre-ensemble": (0.966, 1.000, 0.982),  # 28/1/0
    "20191015-reading-duesseldorf-association-newsletter-ocr": (0.962, 0.610, 0.746),  # 25/1/16
    # 29/0/16
    "20220516-landeshauptstadt-duesseldorf-sprechzettel-tag-des-zusammenlebens":
        (1.000, 0.644, 0.784),
    # 25/0/24
    "20240312-stadtarchiv-duesseldorf-bildarchiv-export-living-together":
        (1.000, 0.510, 0.676),
}

MEASURED_TWENTY_THIRD = {
    "20150615-ville-de-montreal-appli-journal-notifications": (0.893, 0.926, 0.909),  # 25/3/2
    "20190903-living-together-2019-registered-attendees-export": (1.000, 0.947, 0.973),  # 89/0/5
    # 29/1/3
    "20190904-gatineau-drummondville-communique-conjoint-duesseldorf":
        (0.967, 0.906, 0.935),
    "20190910-stadt-chemnitz-interkulturelle-wochen-grusswort": (1.000, 0.917, 0.957),  # 33/0/3
    "20191108-ville-de-montreal-protocole-fiches-biographiques": (0.906, 0.744, 0.817),  # 29/3/10
    # 46/1/3
    "20200302-freundeskreis-partnerstaedte-duesseldorf-steckbriefe":
        (0.979, 0.939, 0.958),
    # 37/0/3
    "20220414-openpedia-talk-international-observatory-of-mayors-on-living-together":
        (1.000, 0.925, 0.961),
    "20220516-ville-de-strasbourg-abecedaire-du-vivre-ensemble": (0.949, 0.875, 0.911),  # 56/3/8
    "20230320-hhu-seminarplan-staedtediplomatie-zusammenleben": (0.923, 0.692, 0.791),  # 36/3/16
    "20240308-city-of-alder-falls-council-agenda-living-together": (1.000, 0.707, 0.829),  # 29/0/12
}


MEASURED_TWENTY_FOURTH = {
    "20150611-metro-montreal-en-direct-sommet-vivre-ensemble": (1.000, 0.743, 0.852),  # 26/0/9
    # 9/0/1
    "20190412-landeshauptstadt-duesseldorf-ausschreibung-dolmetschleistungen-living-together":
        (1.000, 0.900, 0.947),
    "20190903-reading-borough-council-news-feed-rss": (0.967, 0.906, 0.935),  # 29/1/3
    # 33/1/9
    "20190905-duesseldorfer-stadtanzeiger-leserbriefe-living-together":
        (0.971, 0.786, 0.868),
    "20191022-house-of-commons-hansard-cities-living-together": (0.941, 0.865, 0.901),  # 32/2/5
    "20191115-sceaux-mag-mots-croises-vivre-ensemble": (0.939, 0.969, 0.954),  # 31/2/1
    # 12/2/15
    "20220314-montreal-open-data-international-events-elected-officials":
        (0.857, 0.444, 0.585),
    "20220615-vhs-duesseldorf-vortrag-staedtenetzwerke-folien": (0.979, 0.719, 0.829),  # 46/1/18
    "20220905-observatory-job-posting-programme-officer-summits": (1.000, 1.000, 1.000),  # 10/0/0
    # 46/0/3
    "20230220-bibliotheque-usherbrooke-bibliographie-commentee-vivre-ensemble":
        (1.000, 0.939, 0.968),
}

MEASURED_TWENTY_FIFTH = {
    "20150608-ville-de-montreal-traffic-advisory-mayors-summit": (1.000, 0.857, 0.923),  # 6/0/1
    "20170918-re-elect-coderre-leaflet-my-record": (0.882, 0.652, 0.750),  # 15/2/8
    "20190903-carnet-outaouais-dusseldorf-carnet-de-voyage": (1.000, 0.857, 0.923),  # 36/0/6
    "20190926-landtag-nrw-plenarprotokoll-17-68-auszug": (0.917, 0.917, 0.917),  # 22/2/2
    "20191015-duesseldorf-fragt-anfrage-gipfeltreffen-kosten": (1.000, 0.682, 0.811),  # 30/0/14
    "20200106-cinema-star-strasbourg-cine-debat-vivre-ensemble": (0.833, 0.938, 0.882),  # 15/3/1
    "20200302-forum-vielfalt-duesseldorf-taetigkeitsbericht-2019": (0.962, 0.893, 0.926),  # 25/1/3
    "20211118-linkedin-katrin-vossberg-profile": (1.000, 0.667, 0.800),  # 20/0/10
    "20230314-harbourline-press-cities-of-welcome-index": (0.913, 0.420, 0.575),  # 21/2/29
    "20250611-ville-de-montreal-discours-plaque-sommet-2015": (1.000, 0.818, 0.900),  # 27/0/6
}

CORPORA = {"holdout": MEASURED, "holdout2": MEASURED_SECOND, "holdout3": MEASURED_THIRD,
           "holdout4": MEASURED_FOURTH, "holdout5": MEASURED_FIFTH,
           "holdout6": MEASURED_SIXTH, "holdout7": MEASURED_SEVENTH,
           "holdout8": MEASURED_EIGHTH, "holdout9": MEASURED_NINTH,
           "holdout10": MEASURED_TENTH, "holdout11": MEASURED_ELEVENTH,
           "holdout12": MEASURED_TWELFTH, "holdout13": MEASURED_THIRTEENTH,
           "holdout14": MEASURED_FOURTEENTH, "holdout15": MEASURED_FIFTEENTH,
           "holdout16": MEASURED_SIXTEENTH, "holdout17": MEASURED_SEVENTEENTH,
           "holdout18": MEASURED_EIGHTEENTH, "holdout19": MEASURED_NINETEENTH,
           "holdout20": MEASURED_TWENTIETH, "holdout21": MEASURED_TWENTY_FIRST,
           "holdout22": MEASURED_TWENTY_SECOND, "holdout23": MEASURED_TWENTY_THIRD,
           "holdout24": MEASURED_TWENTY_FOURTH, "holdout25": MEASURED_TWENTY_FIFTH}
DOCUMENTS = [(corpus, doc) for corpus, measured in CORPORA.items() for doc in sorted(measured)]


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def f1_of(report: dict) -> float:
    """Micro-averaged F1 over every key of one document's score report."""
    cats = report["categories"].values()
    tp, fp, fn = (sum(c[k] for c in cats) for k in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@pytest.fixture(scope="module")
def holdout_datasets(tmp_path_factory, shared) -> dict[str, Path]:
    """Each set built once with the real command."""
    built = {}
    for corpus in CORPORA:
        output = tmp_path_factory.mktemp(corpus) / f"{corpus}.trig"
        result = subprocess.run(
            [sys.executable, "-m", "ltgraph.cli", "build", "--releases",
             str(FIXTURES / corpus / "releases"), "--output", str(output)],
            capture_output=True, text=True, check=False, cwd=REPO)
        assert output.exists(), f"the build wrote no dataset:\n{result.stdout}\n{result.stderr}"
        built[corpus] = output
    return built


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_every_holdout_document_has_a_gold_file_and_a_measured_figure(corpus):
    releases = {p.name for p in (FIXTURES / corpus / "releases").iterdir()}
    golds = {p.stem for p in (FIXTURES / corpus / "gold").glob("*.toml")}
    assert {Path(name).stem for name in releases} == golds == set(CORPORA[corpus])


@pytest.mark.parametrize("corpus, document", DOCUMENTS)
def test_given_a_holdout_document_the_f1_does_not_fall_below_its_measured_figure(
        corpus, document, holdout_datasets):
    report = _scorer().score(holdout_datasets[corpus],
                             FIXTURES / corpus / "gold" / f"{document}.toml")
    measured = CORPORA[corpus][document][2]
    assert f1_of(report) >= measured - TOLERANCE, (
        f"{document}: F1 {f1_of(report):.3f}, measured {measured:.3f}; "
        f"{ {k: (v['tp'], v['fp'], v['fn']) for k, v in report['categories'].items()} }")
