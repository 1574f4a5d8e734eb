"""The sex-disaggregated summary of an event and the ready-to-paste sentence in en/es/fr.

One computation, :func:`summarise`, feeds the Reports page, the summary PDF and
``attendance report --json``, so the three can never disagree. It aggregates in SQL (a few
GROUP BY queries, not a loop over check-ins), following ARCHITECTURE §4: "participants" are
registrations with role participant and status registered; "attended" means at least one
session with an effective check-in (the ``effective_checkins`` view) in a live session, read from
the tables migration 0015 keeps ready (:mod:`attendance.presence`).
Provisional check-ins of badges registered at another desk, not yet joined to a person, are
counted apart (``unmatched_badges``) and left out of the by-sex figures.

The sentence is built by one small grammar function per language, because word order,
plurals and country articles differ ("from the Bahamas", "de la Barbade", "Participaron ...").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from babel.numbers import format_percent

from attendance import organisations, services
from attendance.domain import Event, Role, Sector, Sex
from attendance.i18n import country_article, country_name, join_list, tr
from attendance.store import Store

# A sentence lists the countries by name up to this many; beyond, it says "from N States".
MAX_NAMED_COUNTRIES = 8
# ...and names the sectors only when there are this few (a long list reads badly).
MAX_NAMED_SECTORS = 4

# The English label of each sector code (the msgid that translates it, marked in i18n.RUNTIME_TEXTS).
SECTOR_LABELS: dict[str, str] = {
    Sector.MINISTRY: "government ministry",
    Sector.POLICE: "police",
    Sector.DEFENCE: "armed forces / defence",
    Sector.CUSTOMS: "customs / border",
    Sector.JUSTICE: "prosecution / judiciary",
    Sector.FORENSICS: "forensic science",
    Sector.LEGISLATURE: "legislature",
    Sector.ACADEMIA: "academia",
    Sector.CIVIL_SOCIETY: "civil society",
    Sector.INTERNATIONAL: "international organisation",
    Sector.PRIVATE: "private sector",
    Sector.MEDIA: "media",
    Sector.OTHER: "other",
}


def sector_label(code: str, language: str | None = None) -> str:
    """A sector code written for people in the language ("forensics" -> "ciencias forenses")."""
    if not code:
        return tr("not stated", language)
    return tr(SECTOR_LABELS.get(code, code), language)


def capitalised(text: str) -> str:
    """The text with its first letter upper-cased, for labels that start a table row ("Policía")."""
    return text[:1].upper() + text[1:]


def sex_label(code: str, language: str | None = None) -> str:
    """A sex code written for people in the language ("not_stated" -> "no indicado")."""
    return tr(code.replace("_", " "), language)


def role_label(code: str, language: str | None = None) -> str:
    """A role code in the language ("speaker" -> "ponente")."""
    return tr(code, language)


# --------------------------------------------------------------------------- the figures
@dataclass
class SexCounts:
    """How many people of each sex; the unit every figure of the summary is made of."""

    female: int = 0
    male: int = 0
    other: int = 0
    not_stated: int = 0

    def add(self, sex: str, count: int) -> None:
        """Add ``count`` people of ``sex`` (an unknown value counts as not stated)."""
        key = sex if sex in Sex._value2member_map_ else Sex.NOT_STATED.value
        setattr(self, key, getattr(self, key) + count)

    @property
    def total(self) -> int:
        """Everyone, whatever their sex."""
        return self.female + self.male + self.other + self.not_stated

    @property
    def stated(self) -> int:
        """Those who stated a sex (female, male or other): the base of the % of women."""
        return self.female + self.male + self.other

    @property
    def women_percent(self) -> float | None:
        """Women as a percentage of those with a stated sex; None when nobody stated one."""
        return 100 * self.female / self.stated if self.stated else None

    def as_dict(self) -> dict[str, int]:
        """``{female, male, other, not_stated}`` as in the JSON contract."""
        return {"female": self.female, "male": self.male, "other": self.other, "not_stated": self.not_stated}


@dataclass
class Breakdown:
    """One row of a "by sector / institution / country" table: a key and its attended counts by sex."""

    key: str
    by_sex: SexCounts = field(default_factory=SexCounts)
    country: str = ""  # an institution's country (ISO code), "" when unknown or not an institution


@dataclass
class SessionFigures:
    """Participants who attended one session, by sex."""

    session_id: str
    label: str
    date: str
    by_sex: SexCounts = field(default_factory=SexCounts)

    @property
    def attended(self) -> int:
        """Participants present at this session."""
        return self.by_sex.total


@dataclass
class RoleFigures:
    """Registered and attended people of one role (speakers and organisers are not participants)."""

    role: str
    registered: int = 0
    attended: int = 0


@dataclass
class Summary:
    """Everything the reports say about one event, computed once by :func:`summarise`."""

    event: Event
    registered_by_sex: SexCounts
    by_sex: SexCounts  # participants who attended
    by_sector: list[Breakdown]
    by_institution: list[Breakdown]
    by_country: list[Breakdown]
    sessions: list[SessionFigures]
    by_role: list[RoleFigures]
    unmatched_badges: int  # badges checked in at another desk, not yet joined to a registration

    @property
    def registered(self) -> int:
        """Participants registered (role participant, status registered)."""
        return self.registered_by_sex.total

    @property
    def attended(self) -> int:
        """Participants who attended at least one session."""
        return self.by_sex.total


# One statement over the tables migration 0015 keeps ready (attendance.presence): 'people' rows
# group the event's registrations (one pass over the index participation_event, then each group's
# institution named once), 'session' rows count the participants present at each live session by
# sex (the presence table's own order), and 'unmatched' counts badges checked in at another desk
# whose registration has not arrived (the few provisional check-ins, by the rule of the
# effective_checkins view).
_SUMMARY_SQL = """
SELECT 'people', g.role, g.sex, coalesce(i.sector, ''),
    -- an institution is its name in its country: a name several countries share shows its country
    coalesce(i.name || CASE WHEN i.country IS NOT NULL AND EXISTS (SELECT 1 FROM institutions j WHERE
        j.folded_name = i.folded_name AND j.deleted_at IS NULL AND j.country IS NOT i.country)
        THEN ' (' || i.country || ')' ELSE '' END, ''), g.country, g.present, g.registrations,
    coalesce(i.country, '')
FROM (SELECT x.role, x.sex, x.institution_id, x.country, x.sessions > 0 AS present, count(*) AS registrations
      FROM participation x INDEXED BY participation_event
      WHERE x.event_id = :event AND x.registered AND x.person_live
      GROUP BY 1, 2, 3, 4, 5) g
LEFT JOIN institutions i ON i.id = g.institution_id
UNION ALL
SELECT 'session', x.session_id, x.sex, NULL, NULL, NULL, NULL, count(*), NULL
FROM presence x WHERE x.event_id = :event AND x.counted
GROUP BY 2, 3
UNION ALL
SELECT 'unmatched', NULL, NULL, NULL, NULL, NULL, NULL, count(DISTINCT c.badge_token), NULL
FROM checkins c INDEXED BY checkins_live
JOIN sessions s ON s.id = c.session_id AND s.deleted_at IS NULL
WHERE c.event_id = :event AND c.registration_id IS NULL AND c.undoes IS NULL AND c.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes = c.id AND u.deleted_at IS NULL)
    AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.event_id = c.event_id AND r.badge_token = c.badge_token
                    AND r.deleted_at IS NULL)
"""


def summarise(store: Store, event_id: str, language: str | None = None) -> Summary:
    """Compute every figure of the event's reports in one SQL statement of aggregations.

    ``language`` only names sessions without a label ("Día 1"); the figures do not depend on it.
    """
    event = services.get_event(store, event_id)
    params = {"event": event_id}
    registered = SexCounts()
    attended = SexCounts()
    sectors: dict[str, Breakdown] = {}
    institutions: dict[str, Breakdown] = {}
    countries: dict[str, Breakdown] = {}
    roles: dict[str, RoleFigures] = {role.value: RoleFigures(role.value) for role in Role}
    per_session: dict[str, SexCounts] = {}
    unmatched = 0
    for kind, key, sex, sector, institution, country, was_present, people, institution_country in store.execute(
            _SUMMARY_SQL, params).fetchall():
        if kind == "session":
            per_session.setdefault(key, SexCounts()).add(sex, people)
            continue
        if kind == "unmatched":
            unmatched = people
            continue
        figures = roles.setdefault(key, RoleFigures(key))
        figures.registered += people
        figures.attended += people if was_present else 0
        if key != Role.PARTICIPANT:
            continue
        registered.add(sex, people)
        if not was_present:
            continue
        attended.add(sex, people)
        for table, label in ((sectors, sector), (institutions, institution), (countries, country)):
            table.setdefault(label, Breakdown(label)).by_sex.add(sex, people)
        if institution:
            institutions[institution].country = institutions[institution].country or institution_country

    session_figures = [
        SessionFigures(s.id, services.session_label(s, number, language), s.date,
                       per_session.get(s.id, SexCounts()))
        for number, s in enumerate(services.sessions(store, event_id), 1)
    ]
    return Summary(
        event=event, registered_by_sex=registered, by_sex=attended,
        by_sector=_largest_first(sectors.values()), by_institution=_largest_first(institutions.values()),
        by_country=_largest_first(countries.values()), sessions=session_figures,
        by_role=[figures for figures in roles.values() if figures.registered],
        unmatched_badges=unmatched,
    )


def _largest_first(rows: Iterable[Breakdown]) -> list[Breakdown]:
    return sorted(rows, key=lambda row: (-row.by_sex.total, row.key == "", row.key.casefold()))


def percent(value: float | None, language: str | None = None) -> str:
    """A whole percentage written for the language ("46%", "46 %"); empty when there is none."""
    if value is None:
        return ""
    return format_percent(round(value) / 100, locale=language or "en")


def summary_json(summary: Summary, language: str = "en") -> dict[str, Any]:
    """The documented JSON of ``attendance report --json`` (ARCHITECTURE §7 keys, and more)."""
    by_sex = summary.by_sex
    return {
        "event": summary.event.code,
        "title": summary.event.title,
        "registered": summary.registered,
        "attended": summary.attended,
        "by_sex": by_sex.as_dict(),
        "registered_by_sex": summary.registered_by_sex.as_dict(),
        "women_percent_of_stated": None if by_sex.women_percent is None else round(by_sex.women_percent, 1),
        "sessions": [{"label": s.label, "date": s.date, "attended": s.attended, "by_sex": s.by_sex.as_dict()}
                     for s in summary.sessions],
        "by_sector": [{"sector": row.key, "label": sector_label(row.key, language), "total": row.by_sex.total,
                       "by_sex": row.by_sex.as_dict()} for row in summary.by_sector],
        "by_institution": [{"institution": row.key, "country": row.country, "total": row.by_sex.total,
                            "by_sex": row.by_sex.as_dict()} for row in summary.by_institution],
        "by_country": [{"country": row.key, "name": country_name(row.key, language), "total": row.by_sex.total,
                        "by_sex": row.by_sex.as_dict()} for row in summary.by_country],
        "by_role": [{"role": r.role, "registered": r.registered, "attended": r.attended}
                    for r in summary.by_role],
        "unmatched_badges": summary.unmatched_badges,
        "sentence": sentence(summary, language),
        "sentences": sentences(summary, language),
    }


# --------------------------------------------------------------------------- the sentence
# What to call the people in the sentence, per language: (singular, plural).
NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "participants": {"en": ("participant", "participants"), "es": ("participante", "participantes"),
                     "fr": ("participant", "participants"), "pt": ("participante", "participantes")},
    "officials": {"en": ("official", "officials"), "es": ("funcionario", "funcionarios"),
                  "fr": ("fonctionnaire", "fonctionnaires"), "pt": ("funcionário", "funcionários")},
    "representatives": {"en": ("representative", "representatives"), "es": ("representante", "representantes"),
                        "fr": ("représentant", "représentants"), "pt": ("representante", "representantes")},
}

# English names read with "the" in running text.
_EN_WITH_THE = {"BS", "DO", "US", "GB", "NL", "PH", "AE", "CF", "CZ", "KY", "VG", "VI", "TC", "FK", "MH",
                "SB", "KM", "MV", "GM", "VA", "CD", "CG", "BQ"}
# Spanish names that take an article in running text (El Salvador carries its own in the name).
_ES_ARTICLE = {"DO": "la", "BS": "las", "US": "los", "GB": "el", "NL": "los", "PH": "las", "AE": "los",
               # territories of the region that UNTERM does not list (M49 names: "Islas Caimán", ...)
               "KY": "las", "VG": "las", "VI": "las", "TC": "las", "FK": "las"}
# French: the article of each country name ("la Barbade", "le Belize", "les Bahamas"); names
# absent here (island states like Haïti, Cuba, Sainte-Lucie) take none.
_FR_ARTICLE = {
    "AR": "l'", "BB": "la", "BO": "la", "BR": "le", "BS": "les", "BZ": "le", "CA": "le", "CL": "le",
    "CO": "la", "CR": "le", "DM": "la", "DO": "la", "EC": "l'", "ES": "l'", "FR": "la", "GD": "la",
    "GT": "le", "GY": "le", "HN": "le", "JM": "la", "MX": "le", "NI": "le", "PA": "le", "PE": "le",
    "PY": "le", "SR": "le", "SV": "le", "TT": "la", "US": "les", "UY": "l'", "VE": "le", "GB": "le",
    "NL": "les", "PT": "le", "IT": "l'", "DE": "l'", "BE": "la", "CH": "la", "PH": "les", "AE": "les",
    "KY": "les", "VG": "les", "VI": "les", "TC": "les", "FK": "les",  # "des Îles Caïmanes", not "d'Îles"
}


def _place_en(code: str) -> str:
    # UNTERM's article first ("Czechia" takes none); the list for areas UNTERM does not name
    article = country_article(code, "en")
    if article is None:
        article = "the" if code in _EN_WITH_THE else ""
    name = country_name(code, "en")
    return f"{article} {name}" if article else name


def _place_es(code: str) -> str:
    article = country_article(code, "es")
    if article is None:
        article = _ES_ARTICLE.get(code, "")
    name = country_name(code, "es")
    return f"{article} {name}" if article else name


def _place_fr(code: str) -> str:
    """A French country name with its "de": "de la Barbade", "du Belize", "des Bahamas", "d'Haïti"."""
    name = country_name(code, "fr")
    article = country_article(code, "fr")
    if article is None:
        article = _FR_ARTICLE.get(code)
    if article == "le":
        return f"du {name}"
    if article == "les":
        return f"des {name}"
    if article == "la":
        return f"de la {name}"
    if article == "l'" or name[:1].casefold() in "aeiouyéèêâîôûh":
        return f"de l'{name}" if article == "l'" else f"d'{name}"
    return f"de {name}"


_PLACE: dict[str, Callable[[str], str]] = {"en": _place_en, "es": _place_es, "fr": _place_fr}

# Sectors as the plural phrase a sentence uses ("from police forces and forensic laboratories").
_SECTOR_PHRASES: dict[str, dict[str, str]] = {
    "en": {"ministry": "government ministries", "police": "police forces", "defence": "the armed forces",
           "customs": "customs and border agencies", "justice": "prosecution services and courts",
           "forensics": "forensic laboratories", "legislature": "parliaments", "academia": "universities",
           "civil_society": "civil society organisations", "international": "international organisations",
           "private": "private companies", "media": "the media"},
    "es": {"ministry": "ministerios", "police": "cuerpos de policía", "defence": "las fuerzas armadas",
           "customs": "servicios de aduanas y fronteras", "justice": "fiscalías y tribunales",
           "forensics": "laboratorios forenses", "legislature": "parlamentos", "academia": "universidades",
           "civil_society": "organizaciones de la sociedad civil",
           "international": "organismos internacionales", "private": "empresas privadas",
           "media": "medios de comunicación"},
    "fr": {"ministry": "des ministères", "police": "des forces de police", "defence": "des forces armées",
           "customs": "des services des douanes et des frontières", "justice": "des parquets et tribunaux",
           "forensics": "des laboratoires de police scientifique", "legislature": "des parlements",
           "academia": "des universités", "civil_society": "des organisations de la société civile",
           "international": "des organisations internationales", "private": "des entreprises privées",
           "media": "des médias"},
    "pt": {"ministry": "ministérios", "police": "forças policiais", "defence": "forças armadas",
           "customs": "órgãos de alfândega e fronteiras", "justice": "Ministérios Públicos e tribunais",
           "forensics": "laboratórios de perícia", "legislature": "parlamentos", "academia": "universidades",
           "civil_society": "organizações da sociedade civil", "international": "organizações internacionais",
           "private": "empresas privadas", "media": "meios de comunicação"},
}


@dataclass(frozen=True)
class _Facts:
    """What every language's sentence is made of, already decided (plurals aside)."""

    total: int
    women: int
    noun: tuple[str, str]
    places: list[str]  # country codes, empty when none is known
    sectors: list[str]  # sector codes to name, empty for the basic sentence
    activity: str = ""  # what they took part in, with its article ("the regional webinar")
    funders: tuple[tuple[str, bool], ...] = ()  # (name in the language, is a government) of each funder


def _facts(summary: Summary, language: str, noun: str, with_sectors: bool, activity: str = "",
           funders: Sequence[tuple[str, bool]] = ()) -> _Facts:
    countries = [row.key for row in summary.by_country if row.key]
    countries.sort(key=lambda code: country_name(code, language).casefold())
    sectors = [row.key for row in summary.by_sector if row.key and row.key != Sector.OTHER]
    return _Facts(summary.attended, summary.by_sex.female, NOUNS.get(noun, NOUNS["participants"])[language],
                  countries, sectors if with_sectors else [], " ".join(activity.split()), tuple(funders))


def _english(facts: _Facts) -> str:
    noun = facts.noun[0] if facts.total == 1 else facts.noun[1]
    if facts.women == 0:
        women = "none of them women"
    else:
        women = f"including {facts.women} {'woman' if facts.women == 1 else 'women'}"
    origin = ""
    if facts.places:
        if len(facts.places) > MAX_NAMED_COUNTRIES:
            places = f"{len(facts.places)} States"
        else:
            places = join_list([_place_en(code) for code in facts.places], "en")
        sectors = join_list([_SECTOR_PHRASES["en"][s] for s in facts.sectors], "en")
        origin = f" from {sectors} of {places}" if sectors else f" from {places}"
    activity = f" in {facts.activity}" if facts.activity else ""
    return f"A total of {facts.total} {noun}, {women},{origin} participated{activity}{_support(facts, 'en')}."


def _spanish(facts: _Facts) -> str:
    start = f"Participó 1 {facts.noun[0]}" if facts.total == 1 else f"Participaron {facts.total} {facts.noun[1]}"
    women = f"{facts.women} {'mujer' if facts.women == 1 else 'mujeres'}" if facts.women else "ninguna mujer"
    origin = ""
    if facts.places:
        if len(facts.places) > MAX_NAMED_COUNTRIES:
            places = f"{len(facts.places)} Estados"
        else:
            places = join_list([_place_es(code) for code in facts.places], "es")
        sectors = join_list([_SECTOR_PHRASES["es"][s] for s in facts.sectors], "es")
        origin = f" de {sectors} de {places}" if sectors else f" de {places}"
    activity = f" en {facts.activity}" if facts.activity else ""
    return f"{start} ({women}){origin}{activity}{_support(facts, 'es')}."


def _french(facts: _Facts) -> str:
    noun = facts.noun[0] if facts.total == 1 else facts.noun[1]
    if facts.women == 0:
        women = "dont aucune femme"
    else:
        women = f"dont {facts.women} {'femme' if facts.women == 1 else 'femmes'}"
    origin = ""
    if facts.places:
        if len(facts.places) > MAX_NAMED_COUNTRIES:
            places = f"de {len(facts.places)} États"
        else:
            places = join_list([_place_fr(code) for code in facts.places], "fr")
        sectors = join_list([_SECTOR_PHRASES["fr"][s] for s in facts.sectors], "fr")
        origin = f" {sectors} {places}" if sectors else f" {places}"
    verb = "a participé" if facts.total == 1 else "ont participé"
    activity = f" {_contracted(facts.activity, _FR_A)}" if facts.activity else ""
    return f"Au total, {facts.total} {noun}, {women},{origin} {verb}{activity}{_support(facts, 'fr')}."


# Brazilian Portuguese: the article of each country name that takes one ("as Bahamas", "o Suriname");
# names absent here (Barbados, Cuba, Honduras, Trinidad e Tobago, Portugal...) take none.
_PT_ARTICLE = {
    "AR": "a", "BS": "as", "BZ": "o", "BO": "a", "BR": "o", "CA": "o", "CL": "o", "CO": "a", "CR": "a",
    "DM": "a", "DO": "a", "EC": "o", "US": "os", "GT": "a", "GY": "a", "HT": "o", "JM": "a", "MX": "o",
    "NI": "a", "PA": "o", "PY": "o", "PE": "o", "SR": "o", "UY": "o", "VE": "a", "ES": "a", "FR": "a",
    "GB": "o", "NL": "os", "IT": "a", "DE": "a", "BE": "a", "CH": "a", "PH": "as", "AE": "os",
}
_PT_DE = {"o": "do", "a": "da", "os": "dos", "as": "das"}


def _place_pt(code: str) -> str:
    """A Portuguese country name with its "de": "das Bahamas", "do Suriname", "de Trinidad e Tobago"."""
    name = country_name(code, "pt")
    article = _PT_ARTICLE.get(code)
    return f"{_PT_DE[article]} {name}" if article else f"de {name}"


def _portuguese(facts: _Facts) -> str:
    noun = facts.noun[0] if facts.total == 1 else facts.noun[1]
    if facts.women == 0:
        women = "sem nenhuma mulher"
    else:
        women = f"incluindo {facts.women} {'mulher' if facts.women == 1 else 'mulheres'}"
    origin = ""
    if facts.places:
        if len(facts.places) > MAX_NAMED_COUNTRIES:
            places = f"de {len(facts.places)} Estados"
        else:
            places = join_list([_place_pt(code) for code in facts.places], "pt")
        sectors = join_list([_SECTOR_PHRASES["pt"][s] for s in facts.sectors], "pt")
        origin = f" de {sectors} {places}" if sectors else f" {places}"
    verb = "participou" if facts.total == 1 else "participaram"
    activity = f" {_contracted(facts.activity, _PT_DE_ACTIVITY)}" if facts.activity else ""
    return f"Um total de {facts.total} {noun}, {women},{origin} {verb}{activity}{_support(facts, 'pt')}."


# "à" / "de" before the activity's own article, contracted as the language does
# ("le webinaire régional" -> "au webinaire régional", "o webinar regional" -> "do webinar regional").
_FR_A = {"le ": "au ", "les ": "aux ", "": "à "}
_PT_DE_ACTIVITY = {"o ": "do ", "a ": "da ", "os ": "dos ", "as ": "das ", "": "de "}


# "with the support of" and how "of" joins a government's article ("the Government of Germany",
# "del Gobierno de Alemania", "du Gouvernement de l'Allemagne", "do Governo da Alemanha"); other
# organisations are named without an article ("UNODA", "the European Union" is spelled as recorded).
_SUPPORT = {"en": (" with the support of ", "the ", ""), "es": (" con el apoyo ", "del ", "de "),
            "fr": (" avec le soutien ", "du ", "de "), "pt": (" com o apoio ", "do ", "de ")}


# The article an organisation's name takes after "of", by the name's first word (its head noun): "de la
# Unión Europea", "de l'Union européenne", "da União Europeia"; a name not listed takes the plain "de".
_ARTICLED_HEADS = {
    "es": {"del ": ("programa", "fondo", "centro", "banco", "instituto", "departamento", "ministerio", "consejo"),
           "de la ": ("unión", "oficina", "organización", "comunidad", "agencia", "comisión", "secretaría",
                      "embajada", "fundación", "asociación", "corte", "junta", "liga")},
    "fr": {"du ": ("programme", "fonds", "centre", "bureau", "département", "ministère", "conseil", "secrétariat"),
           "de l'": ("union", "office", "organisation", "agence", "ambassade", "association", "institut"),
           "de la ": ("commission", "communauté", "banque", "fondation", "cour", "ligue")},
    "pt": {"do ": ("programa", "fundo", "centro", "banco", "escritório", "instituto", "departamento", "ministério",
                   "conselho", "secretariado"),
           "da ": ("união", "organização", "comunidade", "agência", "comissão", "embaixada", "fundação",
                   "associação", "secretaria", "corte", "liga")},
}


def _organisation_of(name: str, language: str) -> str:
    """An organisation that is not a government after "of", with the article its name takes: "the European
    Union" but "UNODA" in English (an acronym takes none); by its first word in es/fr/pt."""
    if language == "en":
        return name if " " not in name.strip() else f"the {name}"
    head = name.split(" ", 1)[0].casefold()
    for article, heads in _ARTICLED_HEADS.get(language, {}).items():
        if head in heads:
            return article + name
    return _SUPPORT[language][2] + name


def _support(facts: _Facts, language: str) -> str:
    """" with the support of the Government of Germany and UNODA", or "" without funders."""
    if not facts.funders:
        return ""
    lead, government, _other = _SUPPORT[language]
    names = [f"{government}{name}" if is_government else _organisation_of(name, language)
             for name, is_government in facts.funders]
    # each name carries its own "of" in es/fr/pt ("del Gobierno de Alemania y de UNODA")
    return lead + join_list(names, language)


def _contracted(activity: str, contractions: dict[str, str]) -> str:
    for article, joined in contractions.items():
        if article and activity[:len(article)].casefold() == article:
            return joined + activity[len(article):]
    return contractions[""] + activity


_GRAMMAR: dict[str, Callable[[_Facts], str]] = {"en": _english, "es": _spanish, "fr": _french, "pt": _portuguese}


def sentence(summary: Summary, language: str = "en", *, noun: str = "participants",
             with_sectors: bool = False, activity: str = "", funders: Sequence[tuple[str, bool]] = ()) -> str:
    """The ready-to-paste sentence counting participants who attended, with their countries.

    ``noun`` is participants, officials or representatives. ``with_sectors`` names the
    institution sectors too, when there are at most MAX_NAMED_SECTORS of them. ``activity``,
    written in the sentence's language with its article ("the regional webinar", "el seminario
    web regional", "le webinaire régional"), says what they took part in; ``funders`` (name in
    the language, whether a government) adds "with the support of …".
    """
    language = language if language in _GRAMMAR else "en"
    if summary.attended == 0:
        return tr("No participants have attended yet.", language)
    facts = _facts(summary, language, noun, with_sectors, activity, funders)
    if with_sectors and len(facts.sectors) > MAX_NAMED_SECTORS:
        facts = _facts(summary, language, noun, False, activity, funders)
    return _GRAMMAR[language](facts)


def women_percent_sentence(summary: Summary, language: str = "en", *, noun: str = "participants") -> str:
    """"46% of participants were women." (of those with a stated sex), saying how many did not state
    it; ``noun`` as in :func:`sentence` ("46% of officials were women.")."""
    share = summary.by_sex.women_percent
    if share is None:
        return tr("No participant who attended stated their sex.", language)
    nouns = NOUNS.get(noun, NOUNS["participants"])
    text = tr("{percent} of {noun} were women.", language, percent=percent(share, language),
              noun=nouns.get(language, nouns["en"])[1])
    if summary.by_sex.not_stated:
        text += " " + tr("Sex not stated: {count} (not included in the percentage).", language,
                         count=summary.by_sex.not_stated)
    return text


def event_funders(store: Store, event_id: str, language: str) -> tuple[tuple[str, bool], ...]:
    """The event's funders as :func:`sentence` names them: (name in ``language``, is a government)."""
    return tuple((credit.name, credit.kind == organisations.OrganisationKind.GOVERNMENT)
                 for credit in organisations.event_attribution(store, event_id, language).funders)


def sentences(summary: Summary, language: str = "en", *, noun: str = "participants",
              activity: str = "", funders: Sequence[tuple[str, bool]] = ()) -> dict[str, str]:
    """Every variant offered for pasting: ``basic``, ``with_sectors`` and ``women_percent``."""
    return {
        "basic": sentence(summary, language, noun=noun, activity=activity, funders=funders),
        "with_sectors": sentence(summary, language, noun=noun, with_sectors=True, activity=activity,
                                 funders=funders),
        "women_percent": women_percent_sentence(summary, language, noun=noun),
    }


def unmatched_note(summary: Summary, language: str | None = None) -> str:
    """A note on badges checked in at another desk and not yet merged (empty when there are none)."""
    if not summary.unmatched_badges:
        return ""
    return tr("Badges checked in at another desk, not counted until that desk's data is merged: {count}.",
              language, count=summary.unmatched_badges)


def certificate_sessions_needed(total_sessions: int, threshold_percent: float) -> int:
    """The fewest sessions that reach the attendance threshold (75 % of 4 sessions -> 3)."""
    return max(1, math.ceil(total_sessions * threshold_percent / 100 - 1e-9)) if total_sessions else 0
