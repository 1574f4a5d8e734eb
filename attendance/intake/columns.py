"""Which column of a pre-registration list holds what: headers read by meaning, values read too.

A header is normalised (:func:`normalise_header`: case, accents, numbering such as "1." or
"(s)", a trailing "*", group paths such as ``datos_personales/nombres``, question wording such
as "¿Cuál es su institución?" or "Please enter your e-mail") and scored against the field
vocabularies of :data:`VOCABULARY` (en/es/fr/pt). The values count as much: a column of e-mail
addresses is the e-mail column whatever its header, a column of sex words or of country names
is sex or country, and where two columns claim one field the one whose values fit wins (an
empty column, or one that is ``anonymous`` in every row, loses). Form metadata (``_id``,
``_uuid``, "Start time", "Marca temporal"...) is recognised as such and never imported.

:func:`detect_columns` returns one :class:`ColumnChoice` per column: the field it feeds, or
why it is ignored, so every column of a file is accounted for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from attendance.domain import fold

IGNORE = ""
# The fields a column can be mapped to ("" = ignore the column). The two surnames of a
# Hispanic list are joined into the family names; "status" decides who is registered.
FIELDS: tuple[str, ...] = ("given_names", "family_names", "paternal_surname", "maternal_surname", "full_name",
                           "sex", "institution", "sector", "position", "country", "email", "phone", "role",
                           "status")

# Field vocabularies, folded. A normalised header equal to one of these scores 3; one that
# contains one as whole words scores 2 (the longest phrase that fits decides between fields).
VOCABULARY: dict[str, tuple[str, ...]] = {
    "given_names": ("nombre", "nombres", "nombre s", "primer nombre", "prenom", "prenoms", "first name",
                    "firstname", "first names", "given name", "given names", "forename", "nome", "primeiro nome",
                    "nombres de pila", "first", "name first", "nome proprio", "pnombre", "nombres completos de pila"),
    "family_names": ("apellido", "apellidos", "apellido s", "nom", "nom de famille", "last name", "lastname",
                     "surname", "surnames", "family name", "family names", "sobrenome", "sobrenomes", "apelido",
                     "apelidos", "last", "name last", "noms de famille"),
    "paternal_surname": ("apellido paterno", "primer apellido", "paterno", "apellidos paterno",
                         "1er apellido", "apellido 1"),
    "maternal_surname": ("apellido materno", "segundo apellido", "materno", "apellidos materno",
                         "2do apellido", "apellido 2"),
    "full_name": ("nombre completo", "nombre y apellido", "nombres y apellidos", "nombre y apellidos",
                  "apellidos y nombres", "apellidos nombres", "name", "full name", "fullname", "nom complet",
                  "nom et prenom", "nom et prenoms", "prenom et nom", "nome completo", "nome e sobrenome",
                  "participant", "participante", "nombre del participante", "attendee name", "nombre apellido",
                  "nom prenom", "names", "your name", "registrant", "nombre completo del participante"),
    "sex": ("sexo", "genero", "gender", "sexe", "genre", "sex", "sexo genero", "sex gender", "genero sexo",
            "sexo sex", "sexe genre"),
    "institution": ("institucion", "organizacion", "organization", "organisation", "institution", "entidad",
                    "agency", "agencia", "dependencia", "organismo", "instituicao", "organizacao", "orgao",
                    "ministerio", "ministry", "employer", "company", "empresa", "affiliation",
                    "institucion u organismo",
                    "orgao instituicao", "institucion a la que pertenece", "entidad a la que pertenece",
                    "organizacion a la que pertenece", "company name", "organization name", "org",
                    "institucion de procedencia", "unidad", "institution organisation", "organismo institucion",
                    "entidad institucion", "lugar de trabajo", "workplace", "orgao de origem", "structure",
                    "administration"),
    "sector": ("sector", "setor", "secteur", "tipo de institucion", "type of institution", "type d institution",
               "tipo de instituicao", "sector institucional"),
    "position": ("cargo", "puesto", "job title", "position", "title", "fonction", "poste", "titre", "funcao",
                 "ocupacion", "rank", "grado", "rango", "cargo funcion", "cargo que ocupa", "cargo actual",
                 "jobtitle", "designation", "posto", "graduacao"),
    "country": ("pais", "country", "pays", "nacionalidad", "nationality", "nationalite", "home country",
                "country region", "pais de origen", "country of residence", "pais de residencia", "nacionalidade",
                "country region name", "pais region"),
    "email": ("correo", "correo electronico", "email", "e mail", "courriel", "mail", "adresse e mail",
              "adresse electronique", "email address", "e mail address", "correo e", "emails", "correo institucional",
              "correo electronico institucional", "direccion de correo electronico", "endereco de e mail",
              "endereco de email", "adresse courriel", "email institucional", "mail institucional",
              "correo personal", "e mail institucional", "work email"),
    "phone": ("telefono", "phone", "telephone", "telefone", "celular", "mobile", "movil", "tel", "phone number",
              "numero de telefono", "portable", "whatsapp", "cellphone", "cell", "telefono celular",
              "mobile phone", "cell phone", "numero de celular", "telefone celular", "contacto", "work phone"),
    "role": ("role", "rol", "funcion en el evento", "tipo de participante", "participant type",
             "tipo de participacion", "participacion", "role in the event", "papel"),
    "status": ("approval status", "attendee status", "estado", "status", "estado de aprobacion",
               "estado de la inscripcion", "statut", "situacao", "registration status", "order status",
               "estado del registro"),
}

# Form metadata: headers of columns an exporter adds, never answers of a person. Matched on the
# normalised header; the names of KoboToolbox / ODK (``_id``, ``_uuid``...) on the raw header.
METADATA: frozenset[str] = frozenset({
    "id", "start time", "completion time", "last modified time", "hora de inicio", "hora de finalizacion",
    "hora de la ultima modificacion", "heure de debut", "heure de fin", "heure de la derniere modification",
    "hora de inicio da", "hora de conclusao", "hora da ultima modificacao", "marca temporal", "timestamp",
    "horodateur", "horodatage", "carimbo de data hora", "start", "end", "today", "deviceid", "username",
    "simserial", "subscriberid", "phonenumber", "audit", "instanceid", "instance id", "version", "order",
    "order no", "order date", "order type", "ticket type", "ticket", "attendee", "barcode", "total paid", "fees paid",
    "eventbrite fees", "eventbrite payment processing", "currency", "quantity", "fecha del pedido",
    "n o de pedido", "n o de asistente", "tipo de entrada", "tipo de pedido", "total pagado", "tarifas pagadas",
    "tarifas de eventbrite", "procesamiento de pagos de eventbrite", "divisa", "cantidad",
    "ticket price", "date attending", "device name", "check in date", "checked in", "registration time",
    "hora de registro",
    "join time", "leave time", "time in session", "attended", "is guest", "user name", "industry",
    "role in purchase process", "purchasing time frame", "no of employees", "questions comments",
    "buyer first name", "buyer last name", "buyer email", "event name", "event id", "event start date",
    "event start time", "event end date", "event end time", "venue name", "n", "no", "nro", "numero", "item",
    "orden", "num", "n de orden", "nº", "puntos", "score", "total points", "quiz feedback",
})
_KOBO_METADATA = re.compile(r"^_(id|uuid|submission_time|index|validation_status|notes|status|submitted_by|"
                            r"tags|version|xform_id_string|attachments|geolocation|duration|parent_table_name|"
                            r"parent_index|submission__id|submission__uuid)$|^__version__$|^meta/|/_?instanceid$",
                            re.IGNORECASE)

# Question wording around a field name: removed before scoring ("¿Cuál es su institución?").
_QUESTION_WORDS = re.compile(
    r"^(cual es (su|tu)|cual es el nombre de (su|tu)|indique (su|tu|el|la)|ingrese (su|tu)|escriba (su|tu)|"
    r"digite (su|tu)|por favor (indique|ingrese|escriba) (su|tu)|please (enter|provide|type|write|give) your|"
    r"please (enter|provide|type|write|give)|enter your|your|what is your|quel est votre|quelle est votre|"
    r"indiquez votre|veuillez (indiquer|saisir|entrer) votre|votre|qual e (o seu|a sua|seu|sua)|informe (seu|sua)|"
    r"digite (seu|sua)|(seu|sua)|(su|tu))\s+")
_NUMBERING = re.compile(r"^(\d+[.)\-:]?|[a-z][.)]|[ivx]+[.)])\s+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Words of a sex column in four languages (a lone M is counted too: Mujer or Male).
SEX_WORDS = frozenset({
    "f", "m", "h", "w", "mujer", "hombre", "femenino", "masculino", "femenina", "fem", "masc", "femme", "homme",
    "feminin", "masculin", "feminine", "female", "male", "woman", "man", "mulher", "homem", "feminino",
    "varon", "dama", "mujeres", "hombres", "otro", "other", "autre", "outro", "x",
    "prefiero no decir", "prefer not to say", "prefiro nao dizer", "ne se prononce pas", "no binario",
    "non binary", "nonbinary", "non binaire",
})
# What a status column says of a registrant. Values not listed count as registered.
STATUS_WORDS: dict[str, str] = {
    "approved": "registered", "aprobado": "registered", "aprobada": "registered", "attending": "registered",
    "checked in": "registered", "registered": "registered", "confirmado": "registered", "confirmed": "registered",
    "aprovado": "registered", "inscrit": "registered", "inscrito": "registered", "inscrita": "registered",
    "pending": "pending", "pendiente": "pending", "pendente": "pending", "en attente": "pending",
    "waitlist": "pending", "waitlisted": "pending", "lista de espera": "pending", "pending approval": "pending",
    "denied": "denied", "rejected": "denied", "rechazado": "denied", "rechazada": "denied", "denegado": "denied",
    "refuse": "denied", "recusado": "denied", "negado": "denied",
    "refunded": "refunded", "reembolsado": "refunded", "rembourse": "refunded",
    "cancelled": "cancelled", "canceled": "cancelled", "cancelado": "cancelled", "cancelada": "cancelled",
    "annule": "cancelled", "not attending": "cancelled", "deleted": "cancelled", "transferred": "cancelled",
}


@dataclass(frozen=True)
class ColumnChoice:
    """One column of a file: what it feeds (``field``, "" when ignored) and why."""

    column: int
    header: str
    field: str
    reason: str  # header, content, metadata, empty, unrecognised, also_<field>, anonymous, chosen


@lru_cache(maxsize=8192)
def normalise_header(header: str) -> str:
    """A header folded to the words that carry its meaning ("1. ¿Cuál es su correo?*" -> "correo")."""
    text = fold((header or "").strip())
    text = text.replace("(s)", "s").replace("(as)", "").replace("(a)", "").replace("(es)", "")
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", text)
    text = text.replace("_", " ")
    text = re.sub(r"[¿?¡!*:;.,'\"’“”«»#º°/\\|+\-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _NUMBERING.sub("", text)
    for _ in range(2):
        text = _QUESTION_WORDS.sub("", text).strip()
    return text


@lru_cache(maxsize=8192)  # headers repeat across files; data cells tried as headers must not pile up
def header_scores(header: str) -> dict[str, int]:
    """Field -> score of one header: 3 when its normalised text is a vocabulary phrase, 2 when it
    contains one as whole words (the longest such phrase wins), nothing when neither."""
    scores = _text_scores(normalise_header(header))
    if "/" in header:  # a KoboToolbox / ODK group path ("datos_personales/nombres"): its last part
        last = _text_scores(normalise_header(header.rstrip("/").rsplit("/", 1)[-1]))
        if max(last.values(), default=0) > max(scores.values(), default=0):
            scores = last
    return scores


@cache
def _phrase_patterns() -> dict[str, re.Pattern[str]]:
    """Per field, one pattern finding its phrases as whole words (longest alternative first)."""
    return {name: re.compile(r"(?<!\S)(?:" + "|".join(re.escape(p) for p in sorted(
                (p for p in phrases if len(p) > 2), key=len, reverse=True)) + r")(?!\S)")
            for name, phrases in VOCABULARY.items()}


def _text_scores(text: str) -> dict[str, int]:
    if not text:
        return {}
    scores = {name: 3 for name, phrases in VOCABULARY.items() if text in phrases}
    if scores:
        return scores
    best_length = 0
    for name, pattern in _phrase_patterns().items():
        length = max((len(found) for found in pattern.findall(text)), default=0)
        if length > best_length:
            best_length, scores = length, {name: 2}
        elif length and length == best_length:
            scores[name] = 2
    return scores


def header_field(header: str) -> str:
    """The field a header alone stands for ("Correo electrónico" -> "email"), or "" when unknown."""
    scores = header_scores(header)
    return next(iter(scores)) if len(scores) == 1 else (max(scores, key=lambda f: scores[f]) if scores else IGNORE)


@lru_cache(maxsize=8192)
def is_metadata(header: str) -> bool:
    """Whether a header names form metadata (``_uuid``, "Start time", "Marca temporal"...)."""
    raw = (header or "").strip()
    if _KOBO_METADATA.search(raw):
        return True
    return normalise_header(raw) in METADATA or normalise_header(raw.rsplit("/", 1)[-1]) in METADATA


def content_field(values: Sequence[str], countries: frozenset[str]) -> str:
    """The field the values of a column show on their own (email, sex, country, status), or "".

    At least nine values in ten must fit; each distinct value is folded once (answers repeat).
    """
    counts = _filled(values)
    if not counts:
        return IGNORE
    folded = {value: fold(value).strip(" .") for value in counts}
    need = max(1, int(sum(counts.values()) * 0.9))

    def fitting(test: Callable[[str], object]) -> int:
        return sum(n for value, n in counts.items() if test(folded[value]))

    if fitting(_EMAIL.match) >= need:
        return "email"
    if len(counts) <= 12 and fitting(lambda v: v.split("/")[0].strip() in SEX_WORDS) >= need:
        return "sex"
    if fitting(lambda v: v in STATUS_WORDS) >= need:
        return "status"
    if fitting(lambda v: country_key(v) in countries) >= need and any(len(v) > 2 for v in folded.values()):
        return "country"
    return IGNORE


def country_key(text: str) -> str:
    """A country cell as the lookup key: KoboToolbox choice names use ``_`` for spaces."""
    return text.replace("_", " ").strip()


def fits(values: Sequence[str]) -> bool:
    """Whether a column's values could feed a field at all: an empty column, or one that says
    ``anonymous`` in every row (Microsoft Forms' metadata of an anonymous form), fits none."""
    counts = _filled(values)
    return bool(counts) and not all(fold(v).strip() in _ANONYMOUS for v in counts)


def _filled(values: Sequence[str]) -> Counter[str]:
    """How often each non-blank value occurs among the first 200 (counted in C, blanks dropped)."""
    counts = Counter(values[:200])
    for blank in [value for value in counts if not value.strip()]:
        del counts[blank]
    return counts


_ANONYMOUS = frozenset({"anonymous", "anonimo", "anonyme", "anonimo a", "anonymous user", "anonima"})


def detect_columns(headers: Sequence[str], rows: Sequence[Sequence[str]], *,
                   soft_metadata: frozenset[int] = frozenset(),
                   countries: frozenset[str] = frozenset()) -> list[ColumnChoice]:
    """One :class:`ColumnChoice` per column: header scores and values decide each field's column.

    ``soft_metadata`` are columns a source layout adds before the questions (Microsoft Forms'
    "Email" and "Name"): they lose to a question column claiming the same field. ``countries``
    are the folded country names and codes that make a column of values a country column.
    """
    width = len(headers)
    sample = [row if len(row) == width else [*row[:width], *[""] * (width - len(row))] for row in rows[:200]]
    columns = [list(values) for values in zip(*sample, strict=True)] if sample else [[] for _ in headers]
    has_values = bool(rows)  # headers alone (no rows yet): judged by their words only
    candidates: dict[str, list[tuple[int, int]]] = {}
    reasons: dict[int, str] = {}
    for column, header in enumerate(headers):
        values = columns[column]
        if has_values and not _filled(values):
            reasons[column] = "empty"
            continue
        if is_metadata(header) and column not in soft_metadata:
            reasons[column] = "metadata"
            continue
        scores = dict(header_scores(header))
        by_content = content_field(values, countries)
        if by_content:
            scores[by_content] = scores.get(by_content, 0) + 2
        if not scores:
            reasons[column] = "unrecognised"
            continue
        if has_values and not fits(values):
            reasons[column] = "anonymous"
            continue
        for name, score in scores.items():
            rank = score * 10 - (5 if column in soft_metadata else 0) + (1 if by_content == name else 0)
            candidates.setdefault(name, []).append((rank, column))
    chosen: dict[int, str] = {}
    # Strongest claims first, so a column claimed by two fields goes to the one it fits best.
    claims = sorted(((rank, -column, name) for name, found in candidates.items() for rank, column in found),
                    reverse=True)
    taken: set[str] = set()
    for _rank, negative, name in claims:
        column = -negative
        if name in taken or column in chosen:
            continue
        chosen[column] = name
        taken.add(name)
    chosen = _settle_names(chosen)
    result = []
    for column, header in enumerate(headers):
        name = chosen.get(column, IGNORE)
        if name:
            reason = "header" if header_scores(header).get(name) else "content"
        else:
            claimed = next((n for n, found in candidates.items() if any(c == column for _r, c in found)), None)
            reason = f"also_{claimed}" if claimed else reasons.get(column, "unrecognised")
        result.append(ColumnChoice(column, header, name, reason))
    return result


def _settle_names(chosen: dict[int, str]) -> dict[int, str]:
    """Name columns that make sense together: a given/family pair (or the two surnames) wins over a
    full name; a lone given-name column ("Nombre") is a full name; paternal + maternal are the family."""
    fields = set(chosen.values())
    has_family = bool({"family_names", "paternal_surname", "maternal_surname"} & fields)
    if "given_names" in fields and has_family and "full_name" in fields:
        return {c: f for c, f in chosen.items() if f != "full_name"}
    if "family_names" in fields and {"paternal_surname", "maternal_surname"} & fields:
        # "Apellidos" beside "Apellido paterno": the split columns are more precise.
        return {c: f for c, f in chosen.items() if f != "family_names"}
    names = {"given_names", "family_names"} & fields
    if len(names) == 1 and not ({"full_name", "paternal_surname", "maternal_surname"} & fields):
        lone = names.pop()
        return {c: ("full_name" if f == lone else f) for c, f in chosen.items()}
    return chosen
