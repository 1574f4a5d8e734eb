"""The core's translation table (PDFs, CSV headers, CLI messages) and language-aware formatting.

The GUI translates its own strings with Qt Linguist; everything the core prints or writes goes
through :func:`tr` here, keyed by the English text, so one table holds en/es/fr side by side.
Country names, long dates and lists ("Honduras, Panamá y El Salvador") come from CLDR via Babel.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from babel import Locale
from babel.dates import format_date, match_skeleton
from babel.lists import format_list

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}

_current_language = "en"


def set_language(language: str) -> None:
    """Choose the language of core output for this process (``en``, ``es`` or ``fr``)."""
    global _current_language
    _current_language = language if language in LANGUAGES else "en"


def current_language() -> str:
    """The language chosen with :func:`set_language` (English by default)."""
    return _current_language


def tr(text: str, language: str | None = None, **values: object) -> str:
    """Translate ``text`` (English, the table's key) and fill its ``{placeholders}`` with ``values``.

    Text missing from the table comes back in English rather than failing: a test keeps the
    table complete, and a missing translation must never stop a print at the door.
    """
    language = language or _current_language
    translated = CATALOG.get(text, {}).get(language, text) if language != "en" else text
    return translated.format(**values) if values else translated


def ntr(singular: str, plural: str, count: int, language: str | None = None, **values: object) -> str:
    """Translate a counted text with the language's CLDR plural rules; ``{n}`` is the count.

    ``ntr("{n} session", "{n} sessions", 1)`` gives "1 session"; in French 0 and 1 take the
    singular ("0 session"), in Spanish and Portuguese only 1 does. Translations live in
    :data:`PLURALS`, keyed by the English singular, one text per CLDR category (``one``,
    ``other``; ``many`` falls back to ``other``, as for "1 000 000 de sesiones").
    """
    language = language or _current_language
    forms = PLURALS.get(singular, {}).get(language) if language != "en" else None
    if forms:
        category = _plural_category(language, count)
        text = forms.get(category) or forms["other"]
    else:
        text = singular if count == 1 else plural
    return text.format(n=count, **values)


@cache
def _plural_rule(language: str) -> Callable[[int], str]:
    return Locale.parse(language).plural_form


def _plural_category(language: str, count: int) -> str:
    return _plural_rule(language)(abs(count))


def country_name(code: str | None, language: str | None = None) -> str:
    """The name of an ISO 3166 alpha-2 country in the language ("JM" -> "Jamaïque" in fr).

    CLDR's names, but the formal form where CLDR has a short one ("Saint Kitts and Nevis").
    """
    if not code:
        return ""
    return _territories(language or _current_language).get(code.upper(), code)


def country_names(language: str | None = None) -> dict[str, str]:
    """All countries (ISO alpha-2 code -> name in the language), sorted by name."""
    names = {
        code: name
        for code, name in _territories(language or _current_language).items()
        if len(code) == 2 and code.isalpha() and code not in {"ZZ", "XA", "XB", "QO", "EU", "EZ", "UN"}
    }
    return dict(sorted(names.items(), key=lambda item: item[1]))


def long_date(day: dt.date | str | None, language: str | None = None) -> str:
    """A date written out for the language: "24 February 2022", "24 de febrero de 2022"."""
    if not day:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return format_date(day, format="long", locale=language or _current_language)


def date_range(start: str | None, end: str | None, language: str | None = None) -> str:
    """An event's dates as one phrase, as short as the language writes them with full month names.

    "7–10 de diciembre de 2026", "December 7 – 10, 2026", "28 novembre – 3 décembre 2026";
    a single day is :func:`long_date`. This is CLDR's "yMMMMd" interval format (as the badges,
    the documents' headers and the command line print it). Where a locale has no "yMMMMd"
    interval (English, French), Babel falls back to "yMMMd" with abbreviated months ("Dec 7 – 10");
    CLDR's rule is then to widen the month field to the requested width, done here.
    """
    if not start:
        return ""
    if not end or end == start:
        return long_date(start, language)
    locale = Locale.parse(language or _current_language)
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    formats = locale.interval_formats
    skeleton = _RANGE_SKELETON if _RANGE_SKELETON in formats else match_skeleton(_RANGE_SKELETON, formats)
    pieces = formats[skeleton] if skeleton else {}
    field = "y" if first.year != last.year else "M" if first.month != last.month else "d"
    if field not in pieces:
        return f"{long_date(first, language)} – {long_date(last, language)}"
    return "".join(format_date(day, _full_months(pattern), locale=locale)
                   for pattern, day in zip(pieces[field], (first, last), strict=True))


_RANGE_SKELETON = "yMMMMd"
# An abbreviated month field (MMM, or stand-alone LLL) outside a 'quoted literal'.
_ABBREVIATED_MONTH = re.compile(r"'[^']*'|(?<![ML])(MMM|LLL)(?![ML])")


def _full_months(pattern: str) -> str:
    """A CLDR date pattern with abbreviated months made full ("MMM d" -> "MMMM d")."""
    return _ABBREVIATED_MONTH.sub(lambda m: m.group(1) + m.group(1)[0] if m.group(1) else m.group(0), pattern)


def join_list(items: list[str], language: str | None = None) -> str:
    """Join names as the language does: "A, B and C", "A, B y C", "A, B et C"."""
    return format_list(list(items), locale=language or _current_language) if items else ""


# CLDR's English and French names for some states are short forms ("St. Kitts & Nevis",
# "Trinidad & Tobago"); badges, lists and press releases of a government audience use the formal ones.
_FORMAL_NAMES: dict[str, dict[str, str]] = {
    "en": {"KN": "Saint Kitts and Nevis", "TT": "Trinidad and Tobago", "AG": "Antigua and Barbuda",
           "VC": "Saint Vincent and the Grenadines", "LC": "Saint Lucia", "BA": "Bosnia and Herzegovina",
           "ST": "Sao Tome and Principe", "TC": "Turks and Caicos Islands"},
    "fr": {"VC": "Saint-Vincent-et-les-Grenadines", "KN": "Saint-Kitts-et-Nevis"},
}


@cache
def _territories(language: str) -> dict[str, str]:
    return {**Locale.parse(language).territories, **_FORMAL_NAMES.get(language, {})}


# English text -> {language: translation}. Keep en/es/fr complete: tests/test_i18n.py checks
# that every literal passed to tr() in the core is here with both translations.
CATALOG: dict[str, dict[str, str]] = {
    # portfolio reports
    #
    # the hub
    "The hub database has no schema yet; run 'attendance hub init' first.": {
        "es": "La base de datos del hub aún no tiene esquema; ejecute primero 'attendance hub init'.",
        "fr": "La base de données du hub n'a pas encore de schéma ; lancez d'abord 'attendance hub init'.",
        "pt": "O banco de dados do hub ainda não tem esquema; execute primeiro 'attendance hub init'.",
    },
    "Give the laptop a name": {"es": "Dé un nombre al portátil", "fr": "Donnez un nom à l'ordinateur",
                               "pt": "Dê um nome ao notebook"},
    "The enrolment request has no valid device id.": {
        "es": "La solicitud de inscripción no tiene un identificador de dispositivo válido.",
        "fr": "La demande d'inscription n'a pas d'identifiant d'appareil valide.",
        "pt": "O pedido de inscrição não tem um identificador de dispositivo válido.",
    },
    "This request has no device token.": {"es": "Esta solicitud no lleva token de dispositivo.",
                                          "fr": "Cette requête n'a pas de jeton d'appareil.",
                                          "pt": "Esta solicitação não tem token de dispositivo."},
    "The hub does not know this device token.": {"es": "El hub no conoce este token de dispositivo.",
                                                 "fr": "Le hub ne connaît pas ce jeton d'appareil.",
                                                 "pt": "O hub não conhece este token de dispositivo."},
    "This laptop was revoked by the hub's coordinator.": {
        "es": "El coordinador del hub revocó este portátil.",
        "fr": "Le coordinateur du hub a révoqué cet ordinateur.",
        "pt": "O coordenador do hub revogou este notebook.",
    },
    "No enrolled device {device}": {"es": "No hay ningún dispositivo inscrito {device}",
                                    "fr": "Aucun appareil inscrit {device}",
                                    "pt": "Nenhum dispositivo inscrito {device}"},
    "This laptop runs a newer version of Attendance (database {theirs}, hub {ours}); update the hub first.": {
        "es": "Este portátil usa una versión más reciente de Attendance (base de datos {theirs}, hub {ours}); "
              "actualice primero el hub.",
        "fr": "Cet ordinateur utilise une version plus récente d'Attendance (base {theirs}, hub {ours}) ; "
              "mettez d'abord le hub à jour.",
        "pt": "Este notebook usa uma versão mais nova do Attendance (banco {theirs}, hub {ours}); atualize "
              "o hub primeiro.",
    },
    "Could not connect to the hub database: {detail}": {
        "es": "No se pudo conectar con la base de datos del hub: {detail}",
        "fr": "Connexion impossible à la base de données du hub : {detail}",
        "pt": "Não foi possível conectar ao banco de dados do hub: {detail}",
    },
    "The hub database was made by a newer version of Attendance; update the hub.": {
        "es": "La base de datos del hub la creó una versión más reciente de Attendance; actualice el hub.",
        "fr": "La base de données du hub a été créée par une version plus récente d'Attendance ; mettez le "
              "hub à jour.",
        "pt": "O banco de dados do hub foi criado por uma versão mais nova do Attendance; atualize o hub.",
    },
    "This enrolment code is unknown, already used or expired; ask the coordinator for a new one.": {
        "es": "Este código de inscripción es desconocido, ya se usó o caducó; pida uno nuevo al coordinador.",
        "fr": "Ce code d'inscription est inconnu, déjà utilisé ou expiré ; demandez-en un nouveau au "
              "coordinateur.",
        "pt": "Este código de inscrição é desconhecido, já foi usado ou expirou; peça um novo ao coordenador.",
    },
    "The request is larger than the hub accepts ({limit} bytes).": {
        "es": "La solicitud supera el tamaño que acepta el hub ({limit} bytes).",
        "fr": "La requête dépasse la taille acceptée par le hub ({limit} octets).",
        "pt": "A solicitação é maior do que o hub aceita ({limit} bytes).",
    },
    "The page asked for is not valid (after and limit are whole numbers).": {
        "es": "La página pedida no es válida (after y limit son números enteros).",
        "fr": "La page demandée n'est pas valide (after et limit sont des nombres entiers).",
        "pt": "A página pedida não é válida (after e limit são números inteiros).",
    },
    "The hub failed to handle this request.": {"es": "El hub no pudo atender esta solicitud.",
                                               "fr": "Le hub n'a pas pu traiter cette requête.",
                                               "pt": "O hub não conseguiu atender esta solicitação."},
    "The enrolment request is not valid JSON with a code and a device id.": {
        "es": "La solicitud de inscripción no es un JSON válido con un código y un identificador de dispositivo.",
        "fr": "La demande d'inscription n'est pas un JSON valide avec un code et un identifiant d'appareil.",
        "pt": "O pedido de inscrição não é um JSON válido com um código e um identificador de dispositivo.",
    },
    "Hub {hub} is ready; migrations applied: {count}.": {
        "es": "El hub {hub} está listo; migraciones aplicadas: {count}.",
        "fr": "Le hub {hub} est prêt ; migrations appliquées : {count}.",
        "pt": "O hub {hub} está pronto; migrações aplicadas: {count}.",
    },
    "Hub listening on {host}:{port} ({workers} processes); stop it with Ctrl+C.": {
        "es": "Hub escuchando en {host}:{port} ({workers} procesos); deténgalo con Ctrl+C.",
        "fr": "Hub à l'écoute sur {host}:{port} ({workers} processus) ; arrêtez-le avec Ctrl+C.",
        "pt": "Hub ouvindo em {host}:{port} ({workers} processos); pare-o com Ctrl+C.",
    },
    "One-time enrolment code for {name} (valid {days} days):": {
        "es": "Código de inscripción de un solo uso para {name} (válido {days} días):",
        "fr": "Code d'inscription à usage unique pour {name} (valable {days} jours) :",
        "pt": "Código de inscrição de uso único para {name} (válido por {days} dias):",
    },
    "On that laptop: attendance sync hub --url URL --enrol {code}": {
        "es": "En ese portátil: attendance sync hub --url URL --enrol {code}",
        "fr": "Sur cet ordinateur : attendance sync hub --url URL --enrol {code}",
        "pt": "Naquele notebook: attendance sync hub --url URL --enrol {code}",
    },
    "Device {device} is revoked: the hub refuses it from now on; its earlier changes stay.": {
        "es": "El dispositivo {device} está revocado: el hub lo rechaza desde ahora; sus cambios anteriores se "
              "conservan.",
        "fr": "L'appareil {device} est révoqué : le hub le refuse désormais ; ses modifications antérieures "
              "restent.",
        "pt": "O dispositivo {device} foi revogado: o hub o recusa a partir de agora; suas alterações anteriores "
              "ficam.",
    },
    "Synced with the hub: {sent}, {received}; conflicts to review: {conflicts}; possible duplicate people: "
    "{duplicates}.": {
        "es": "Sincronizado con el hub: {sent}, {received}; conflictos por revisar: {conflicts}; posibles "
              "personas duplicadas: {duplicates}.",
        "fr": "Synchronisé avec le hub : {sent}, {received} ; conflits à examiner : {conflicts} ; doublons "
              "possibles : {duplicates}.",
        "pt": "Sincronizado com o hub: {sent}, {received}; conflitos a revisar: {conflicts}; possíveis pessoas "
              "duplicadas: {duplicates}.",
    },
    "Give the hub's database with --database URL or ATTENDANCE_HUB_DATABASE.": {
        "es": "Indique la base de datos del hub con --database URL o ATTENDANCE_HUB_DATABASE.",
        "fr": "Indiquez la base de données du hub avec --database URL ou ATTENDANCE_HUB_DATABASE.",
        "pt": "Informe o banco de dados do hub com --database URL ou ATTENDANCE_HUB_DATABASE.",
    },
    "No laptop is enrolled yet; make a code with 'attendance hub enrol'.": {
        "es": "Aún no hay portátiles inscritos; cree un código con 'attendance hub enrol'.",
        "fr": "Aucun ordinateur n'est encore inscrit ; créez un code avec 'attendance hub enrol'.",
        "pt": "Nenhum notebook inscrito ainda; crie um código com 'attendance hub enrol'.",
    },
    "revoked": {"es": "revocado", "fr": "révoqué", "pt": "revogado"},
    "active": {"es": "activo", "fr": "actif", "pt": "ativo"},
    "Enrolling needs both --url and --enrol CODE.": {
        "es": "La inscripción necesita --url y --enrol CÓDIGO.",
        "fr": "L'inscription demande --url et --enrol CODE.",
        "pt": "A inscrição precisa de --url e --enrol CÓDIGO.",
    },
    'The hub needs its extra libraries: pip install "workshop-attendance[hub]" ({detail})': {
        "es": 'El hub necesita sus bibliotecas adicionales: pip install "workshop-attendance[hub]" ({detail})',
        "fr": 'Le hub a besoin de ses bibliothèques supplémentaires : pip install "workshop-attendance[hub]" '
              '({detail})',
        "pt": 'O hub precisa de suas bibliotecas extras: pip install "workshop-attendance[hub]" ({detail})',
    },
    "This laptop is enrolled with the hub at {url}.": {
        "es": "Este portátil está inscrito en el hub de {url}.",
        "fr": "Cet ordinateur est inscrit auprès du hub {url}.",
        "pt": "Este notebook está inscrito no hub em {url}.",
    },
    "The hub address must start with https:// (or http:// on a trusted network).": {
        "es": "La dirección del hub debe empezar por https:// (o http:// en una red de confianza).",
        "fr": "L'adresse du hub doit commencer par https:// (ou http:// sur un réseau de confiance).",
        "pt": "O endereço do hub deve começar com https:// (ou http:// em uma rede confiável).",
    },
    "This laptop is not enrolled with a hub; run 'attendance sync hub --url URL --enrol CODE' first.": {
        "es": "Este portátil no está inscrito en ningún hub; ejecute primero 'attendance sync hub --url URL "
              "--enrol CÓDIGO'.",
        "fr": "Cet ordinateur n'est inscrit auprès d'aucun hub ; lancez d'abord 'attendance sync hub --url URL "
              "--enrol CODE'.",
        "pt": "Este notebook não está inscrito em nenhum hub; execute primeiro 'attendance sync hub --url URL "
              "--enrol CÓDIGO'.",
    },
    "The hub refused the request ({status}): {reason}": {
        "es": "El hub rechazó la solicitud ({status}): {reason}",
        "fr": "Le hub a refusé la requête ({status}) : {reason}",
        "pt": "O hub recusou a solicitação ({status}): {reason}",
    },
    "Could not reach the hub at {url} ({detail}); nothing is lost, sync again when the network is back.": {
        "es": "No se pudo contactar con el hub en {url} ({detail}); no se pierde nada, sincronice de nuevo cuando "
              "vuelva la red.",
        "fr": "Impossible de joindre le hub {url} ({detail}) ; rien n'est perdu, synchronisez à nouveau quand le "
              "réseau revient.",
        "pt": "Não foi possível alcançar o hub em {url} ({detail}); nada se perde, sincronize de novo quando a "
              "rede voltar.",
    },
    "The hub at {url} is not the one this laptop was enrolled with.": {
        "es": "El hub de {url} no es aquel en el que se inscribió este portátil.",
        "fr": "Le hub {url} n'est pas celui auprès duquel cet ordinateur a été inscrit.",
        "pt": "O hub em {url} não é aquele em que este notebook foi inscrito.",
    },
    #
    # domain values
    "workshop": {"es": "taller", "fr": "atelier"},
    "webinar": {"es": "seminario web", "fr": "webinaire"},
    "course": {"es": "curso", "fr": "cours"},
    "seminar": {"es": "seminario", "fr": "séminaire"},
    "roundtable": {"es": "mesa redonda", "fr": "table ronde"},
    "meeting": {"es": "reunión", "fr": "réunion"},
    "other": {"es": "otro", "fr": "autre"},
    "in person": {"es": "presencial", "fr": "en présentiel"},
    "virtual": {"es": "virtual", "fr": "virtuel"},
    "hybrid": {"es": "híbrido", "fr": "hybride"},
    "female": {"es": "mujer", "fr": "femme"},
    "male": {"es": "hombre", "fr": "homme"},
    "not stated": {"es": "no indicado", "fr": "non indiqué"},
    "participant": {"es": "participante", "fr": "participant"},
    "speaker": {"es": "ponente", "fr": "intervenant"},
    "organiser": {"es": "organizador", "fr": "organisateur"},
    "observer": {"es": "observador", "fr": "observateur"},
    "registered": {"es": "inscrito", "fr": "inscrit"},
    "cancelled": {"es": "cancelado", "fr": "annulé"},
    "government ministry": {"es": "ministerio", "fr": "ministère"},
    "police": {"es": "policía", "fr": "police"},
    "armed forces / defence": {"es": "fuerzas armadas / defensa", "fr": "forces armées / défense"},
    "customs / border": {"es": "aduanas / fronteras", "fr": "douanes / frontières"},
    "prosecution / judiciary": {"es": "fiscalía / poder judicial", "fr": "parquet / justice"},
    "forensic science": {"es": "ciencias forenses", "fr": "police scientifique"},
    "legislature": {"es": "poder legislativo", "fr": "parlement"},
    "academia": {"es": "academia", "fr": "université"},
    "civil society": {"es": "sociedad civil", "fr": "société civile"},
    "international organisation": {"es": "organización internacional", "fr": "organisation internationale"},
    "private sector": {"es": "sector privado", "fr": "secteur privé"},
    "media": {"es": "medios de comunicación", "fr": "médias"},
    "Day {number}": {"es": "Día {number}", "fr": "Jour {number}"},
    # errors
    "{what}: {value!r} is not one of {allowed}": {
        "es": "{what}: {value!r} no es uno de {allowed}",
        "fr": "{what} : {value!r} n'est pas l'un de {allowed}",
    },
    "No event with code {code}": {
        "es": "No hay ningún evento con el código {code}",
        "fr": "Aucun événement avec le code {code}",
    },
    "An event with code {code} already exists": {
        "es": "Ya existe un evento con el código {code}",
        "fr": "Un événement avec le code {code} existe déjà",
    },
    "Event code {code!r}: use 2 to 12 letters A-Z and digits": {
        "es": "Código de evento {code!r}: use de 2 a 12 letras A-Z y cifras",
        "fr": "Code d'événement {code!r} : utilisez de 2 à 12 lettres A-Z et chiffres",
    },
    "{what}: {value!r} is not a date (use YYYY-MM-DD)": {
        "es": "{what}: {value!r} no es una fecha (use AAAA-MM-DD)",
        "fr": "{what} : {value!r} n'est pas une date (utilisez AAAA-MM-JJ)",
    },
    "The end date is before the start date": {
        "es": "La fecha de fin es anterior a la de inicio",
        "fr": "La date de fin précède la date de début",
    },
    "An event needs a title": {"es": "Un evento necesita un título", "fr": "Un événement doit avoir un titre"},
    "A person needs a given or a family name": {
        "es": "Una persona necesita un nombre o un apellido",
        "fr": "Une personne doit avoir un prénom ou un nom",
    },
    "{name} is already registered for this event": {
        "es": "{name} ya está inscrito/a en este evento",
        "fr": "{name} est déjà inscrit(e) à cet événement",
    },
    "No such registration": {"es": "No existe esa inscripción", "fr": "Inscription introuvable"},
    "No such person": {"es": "No existe esa persona", "fr": "Personne introuvable"},
    "No such check-in": {"es": "No existe ese registro de asistencia", "fr": "Pointage introuvable"},
    "No such session": {"es": "No existe esa sesión", "fr": "Session introuvable"},
    "Unknown country {value!r}": {"es": "País desconocido {value!r}", "fr": "Pays inconnu {value!r}"},
    # check-in station (attendance/checkin.py, cli/checkin.py)
    "Checked in": {"es": "Asistencia registrada", "fr": "Présence enregistrée"},
    "Already checked in at {time} for this session": {
        "es": "Ya registró su asistencia a las {time} en esta sesión",
        "fr": "Présence déjà enregistrée à {time} pour cette session",
    },
    "Registered at another desk: checked in provisionally": {
        "es": "Inscrito/a en otro puesto: asistencia registrada provisionalmente",
        "fr": "Inscrit(e) à un autre poste : présence enregistrée provisoirement",
    },
    "Badge of another event ({code})": {
        "es": "Credencial de otro evento ({code})",
        "fr": "Badge d'un autre événement ({code})",
    },
    "Invalid or tampered badge": {"es": "Credencial no válida o alterada", "fr": "Badge invalide ou falsifié"},
    "Registration cancelled": {"es": "Inscripción cancelada", "fr": "Inscription annulée"},
    "Unknown badge": {"es": "Credencial desconocida", "fr": "Badge inconnu"},
    "An undo cannot itself be undone": {
        "es": "Una anulación no se puede anular",
        "fr": "Une annulation ne peut pas être annulée",
    },
    "This check-in was already undone": {
        "es": "Este registro de asistencia ya se anuló",
        "fr": "Ce pointage a déjà été annulé",
    },
    "Event {code} has no sessions": {
        "es": "El evento {code} no tiene sesiones",
        "fr": "L'événement {code} n'a pas de sessions",
    },
    "No session {session} in event {code}": {
        "es": "No hay ninguna sesión {session} en el evento {code}",
        "fr": "Aucune session {session} dans l'événement {code}",
    },
    # virtual attendance (attendance/intake/virtual.py)
    "{file} is not a Zoom participants report or a Teams attendance report": {
        "es": "{file} no es un informe de participantes de Zoom ni un informe de asistencia de Teams",
        "fr": "{file} n'est ni un rapport des participants Zoom ni un rapport de présence Teams",
    },
    "No participant table found in the Zoom report": {
        "es": "No se encontró la tabla de participantes en el informe de Zoom",
        "fr": "Tableau des participants introuvable dans le rapport Zoom",
    },
    "No participant table found in the Teams report": {
        "es": "No se encontró la tabla de participantes en el informe de Teams",
        "fr": "Tableau des participants introuvable dans le rapport Teams",
    },
    "by email": {"es": "por correo", "fr": "par courriel"},
    "by name": {"es": "por nombre", "fr": "par nom"},
    "similar name": {"es": "nombre parecido", "fr": "nom proche"},
    "no match": {"es": "sin coincidencia", "fr": "aucune correspondance"},
    "The minimum share of the meeting must be between 0 and 1": {
        "es": "La proporción mínima de la reunión debe estar entre 0 y 1",
        "fr": "La part minimale de la réunion doit être comprise entre 0 et 1",
    },
    "{source} report: {title}, {minutes} minutes; attended from {threshold} minutes": {
        "es": "Informe de {source}: {title}, {minutes} minutos; asistencia a partir de {threshold} minutos",
        "fr": "Rapport {source} : {title}, {minutes} minutes ; présence à partir de {threshold} minutes",
    },
    "Dry run: nothing was written.": {
        "es": "Simulación: no se escribió nada.",
        "fr": "Simulation : rien n'a été enregistré.",
    },
    "{checked_in} checked in, {already} already checked in, {too_short} stayed too briefly": {
        "es": "{checked_in} con asistencia registrada, {already} ya registrados, {too_short} estuvieron muy poco",
        "fr": "{checked_in} présences enregistrées, {already} déjà enregistrées, {too_short} restés trop peu",
    },
    "{registered} registered from the report, {ignored} ignored": {
        "es": "{registered} inscritos desde el informe, {ignored} ignorados",
        "fr": "{registered} inscrits depuis le rapport, {ignored} ignorés",
    },
    "sex": {"es": "sexo", "fr": "sexe"},
    "kind": {"es": "tipo", "fr": "type"},
    "modality": {"es": "modalidad", "fr": "modalité"},
    "role": {"es": "función", "fr": "rôle"},
    "sector": {"es": "sector", "fr": "secteur"},
    "start date": {"es": "fecha de inicio", "fr": "date de début"},
    "end date": {"es": "fecha de fin", "fr": "date de fin"},
    "session date": {"es": "fecha de la sesión", "fr": "date de la session"},
    # store
    "The database {path} is damaged ({detail}).": {
        "es": "La base de datos {path} está dañada ({detail}).",
        "fr": "La base de données {path} est endommagée ({detail}).",
    },
    "The file {path} is not an Attendance database ({detail}).": {
        "es": "El archivo {path} no es una base de datos de Attendance ({detail}).",
        "fr": "Le fichier {path} n'est pas une base de données Attendance ({detail}).",
    },
    "The database {path} is locked by another program; close it and try again.": {
        "es": "Otro programa tiene bloqueada la base de datos {path}; ciérrelo y vuelva a intentarlo.",
        "fr": "La base de données {path} est verrouillée par un autre programme ; fermez-le et réessayez.",
    },
    "The disk is full or read-only: nothing was saved ({detail}).": {
        "es": "El disco está lleno o es de solo lectura: no se guardó nada ({detail}).",
        "fr": "Le disque est plein ou en lecture seule : rien n'a été enregistré ({detail}).",
    },
    "The database {path} was made by a newer version of Attendance; update the app.": {
        "es": "La base de datos {path} fue creada por una versión más reciente de Attendance; "
              "actualice la aplicación.",
        "fr": "La base de données {path} a été créée par une version plus récente d'Attendance ; "
              "mettez l'application à jour.",
    },
    "The backup copy made before upgrading {path} could not be verified; nothing was changed.": {
        "es": "No se pudo verificar la copia de seguridad hecha antes de actualizar {path}; "
              "no se cambió nada.",
        "fr": "La copie de sauvegarde faite avant la mise à jour de {path} n'a pas pu être vérifiée ; "
              "rien n'a été modifié.",
    },
    # CLI
    "Error: {message}": {"es": "Error: {message}", "fr": "Erreur : {message}"},
    "Restore a backup with: attendance --db {path} restore BACKUP_FILE": {
        "es": "Restaure una copia con: attendance --db {path} restore ARCHIVO_DE_COPIA",
        "fr": "Restaurez une sauvegarde avec : attendance --db {path} restore FICHIER_DE_SAUVEGARDE",
    },
    "Latest backups next to the database: {names}": {
        "es": "Últimas copias junto a la base de datos: {names}",
        "fr": "Dernières sauvegardes à côté de la base : {names}",
    },
    "Created event {code}: {title} ({sessions} sessions)": {
        "es": "Evento {code} creado: {title} ({sessions} sesiones)",
        "fr": "Événement {code} créé : {title} ({sessions} sessions)",
    },
    "No events yet. Create one with 'attendance event add' or try 'attendance demo'.": {
        "es": "Aún no hay eventos. Cree uno con 'attendance event add' o pruebe 'attendance demo'.",
        "fr": "Aucun événement. Créez-en un avec 'attendance event add' ou essayez 'attendance demo'.",
    },
    "Registered {name} for {code} (badge {payload})": {
        "es": "{name} inscrito/a en {code} (credencial {payload})",
        "fr": "{name} inscrit(e) à {code} (badge {payload})",
    },
    "{registered} registered: {female} women, {male} men, {other} other, {not_stated} not stated": {
        "es": "{registered} inscritos: {female} mujeres, {male} hombres, {other} otro, {not_stated} no indicado",
        "fr": "{registered} inscrits : {female} femmes, {male} hommes, {other} autre, {not_stated} non indiqué",
    },
    "Demo data created: {events} events, {people} people, {checkins} check-ins": {
        "es": "Datos de demostración creados: {events} eventos, {people} personas, {checkins} registros de asistencia",
        "fr": "Données de démonstration créées : {events} événements, {people} personnes, {checkins} pointages",
    },
    "The database already holds events; the demo adds its own next to them.": {
        "es": "La base de datos ya contiene eventos; la demostración añade los suyos.",
        "fr": "La base contient déjà des événements ; la démonstration ajoute les siens.",
    },
    "Sessions": {"es": "Sesiones", "fr": "Sessions"},
    "Code": {"es": "Código", "fr": "Code"},
    "Title": {"es": "Título", "fr": "Titre"},
    "Dates": {"es": "Fechas", "fr": "Dates"},
    "Country": {"es": "País", "fr": "Pays"},
    "Name": {"es": "Nombre", "fr": "Nom"},
    "Sex": {"es": "Sexo", "fr": "Sexe"},
    "Institution": {"es": "Institución", "fr": "Institution"},
    "Role": {"es": "Función", "fr": "Rôle"},
    "Status": {"es": "Estado", "fr": "Statut"},
    "Kind": {"es": "Tipo", "fr": "Type"},
    "Modality": {"es": "Modalidad", "fr": "Modalité"},
    "Venue": {"es": "Lugar", "fr": "Lieu"},
    "Organiser": {"es": "Organizador", "fr": "Organisateur"},
    # badges
    "Unknown badge layout {name}; use one of {names}": {
        "es": "Diseño de credencial desconocido {name}; use uno de {names}",
        "fr": "Modèle de badge inconnu {name} ; utilisez l'un de {names}",
    },
    "No badge with code {code} in event {event}": {
        "es": "No hay ninguna credencial con el código {code} en el evento {event}",
        "fr": "Aucun badge avec le code {code} dans l'événement {event}",
    },
    "No badges to print": {"es": "No hay credenciales que imprimir", "fr": "Aucun badge à imprimer"},
    "Could not write {path}: {detail}": {
        "es": "No se pudo escribir {path}: {detail}",
        "fr": "Impossible d'écrire {path} : {detail}",
    },
    "Wrote {count} badges on {pages} pages to {path}": {
        "es": "{count} credenciales en {pages} páginas guardadas en {path}",
        "fr": "{count} badges sur {pages} pages enregistrés dans {path}",
    },
    "A4, 8 badges of 95 x 68 mm (2 x 4) with cut marks": {
        "es": "A4, 8 credenciales de 95 x 68 mm (2 x 4) con marcas de corte",
        "fr": "A4, 8 badges de 95 x 68 mm (2 x 4) avec traits de coupe",
    },
    "A4 label sheet, 8 labels of 99.1 x 67.7 mm (Avery L7165, L7993)": {
        "es": "Hoja de etiquetas A4, 8 etiquetas de 99,1 x 67,7 mm (Avery L7165, L7993)",
        "fr": "Planche d'étiquettes A4, 8 étiquettes de 99,1 x 67,7 mm (Avery L7165, L7993)",
    },
    "US Letter name badge labels, 8 of 3 3/8 x 2 1/3 in (Avery 5395, 8395)": {
        "es": "Etiquetas para credenciales Carta (EE. UU.), 8 de 3 3/8 x 2 1/3 pulg. (Avery 5395, 8395)",
        "fr": "Étiquettes badges format Lettre US, 8 de 3 3/8 x 2 1/3 po (Avery 5395, 8395)",
    },
    "CR80 card, 85.6 x 54 mm, one per page (card printers)": {
        "es": "Tarjeta CR80, 85,6 x 54 mm, una por página (impresoras de tarjetas)",
        "fr": "Carte CR80, 85,6 x 54 mm, une par page (imprimantes à cartes)",
    },
    "A6, 105 x 148 mm, one badge per page": {
        "es": "A6, 105 x 148 mm, una credencial por página",
        "fr": "A6, 105 x 148 mm, un badge par page",
    },
    # import (attendance/intake/importer.py, attendance/cli/intake.py)
    (
        "{added} added, {matched} matched to known people, {already} already registered, "
        "{duplicates} duplicates in the file, {rejected} rejected, {warnings} warnings"
    ): {
        "es": (
            "{added} añadidos, {matched} reconocidos como personas ya conocidas, {already} ya "
            "inscritos, {duplicates} duplicados en el archivo, {rejected} rechazados, {warnings} "
            "advertencias"
        ),
        "fr": (
            "{added} ajoutés, {matched} reconnus comme personnes connues, {already} déjà inscrits, "
            "{duplicates} doublons dans le fichier, {rejected} rejetés, {warnings} avertissements"
        ),
    },
    "No column holds names: choose the given names, family names or full name column.": {
        "es": "Ninguna columna contiene nombres: elija la columna de nombres, de apellidos o de nombre completo.",
        "fr": "Aucune colonne ne contient de noms : choisissez la colonne des prénoms, des noms ou du nom complet.",
    },
    "Known person, registered": {"es": "Persona ya conocida, inscrita", "fr": "Personne déjà connue, inscrite"},
    "Nothing was imported: {detail}": {"es": "No se importó nada: {detail}", "fr": "Rien n'a été importé : {detail}"},
    "Already registered for this event": {
        "es": "Ya inscrito/a en este evento", "fr": "Déjà inscrit(e) à cet événement",
    },
    "Their registration for this event was cancelled; left as it is": {
        "es": "Su inscripción en este evento estaba cancelada; se deja como está",
        "fr": "Son inscription à cet événement était annulée ; laissée telle quelle",
    },
    "Looks like {name} ({institution}), already known: check it is not the same person": {
        "es": "Se parece a {name} ({institution}), ya conocido/a: compruebe que no es la misma persona",
        "fr": "Ressemble à {name} ({institution}), déjà connu(e) : vérifiez que ce n'est pas la même personne",
    },
    "{path} is an old Excel .xls file: save it as .xlsx or CSV and import that.": {
        "es": "{path} es un archivo .xls antiguo de Excel: guárdelo como .xlsx o CSV e importe ese.",
        "fr": "{path} est un ancien fichier Excel .xls : enregistrez-le en .xlsx ou CSV et importez celui-ci.",
    },
    "The file is empty.": {"es": "El archivo está vacío.", "fr": "Le fichier est vide."},
    "{value!r} is not a sex we know; recorded as not stated": {
        "es": "{value!r} no es un sexo conocido; se registra como no indicado",
        "fr": "{value!r} n'est pas un sexe connu ; enregistré comme non indiqué",
    },
    "{value!r} does not look like an email address": {
        "es": "{value!r} no parece una dirección de correo electrónico",
        "fr": "{value!r} ne ressemble pas à une adresse électronique",
    },
    "{value!r} is not a role we know; recorded as participant": {
        "es": "{value!r} no es una función conocida; se registra como participante",
        "fr": "{value!r} n'est pas un rôle connu ; enregistré comme participant",
    },
    (
        "Some text looks garbled (like \"JosÃ©\"): the file may have been saved in another "
        "encoding; check names before the event."
    ): {
        "es": (
            "Parte del texto parece dañado (como \"JosÃ©\"): el archivo puede haberse guardado con otra"
            " codificación; revise los nombres antes del evento."
        ),
        "fr": (
            "Une partie du texte semble altérée (comme « JosÃ© ») : le fichier a peut-être été "
            "enregistré dans un autre encodage ; vérifiez les noms avant l'événement."
        ),
    },
    "Empty row": {"es": "Fila vacía", "fr": "Ligne vide"},
    "No name": {"es": "Sin nombre", "fr": "Sans nom"},
    "The file {path} cannot be read ({detail}).": {
        "es": "No se puede leer el archivo {path} ({detail}).",
        "fr": "Le fichier {path} ne peut pas être lu ({detail}).",
    },
    "The file is not a readable CSV file ({detail}).": {
        "es": "El archivo no es un CSV legible ({detail}).",
        "fr": "Le fichier n'est pas un fichier CSV lisible ({detail}).",
    },
    "The file is not a readable Excel workbook ({detail}).": {
        "es": "El archivo no es un libro de Excel legible ({detail}).",
        "fr": "Le fichier n'est pas un classeur Excel lisible ({detail}).",
    },
    "The workbook has no sheet {sheet!r} (it has: {names}).": {
        "es": "El libro no tiene la hoja {sheet!r} (tiene: {names}).",
        "fr": "Le classeur n'a pas de feuille {sheet!r} (il contient : {names}).",
    },
    "Starts with \"=\" like a spreadsheet formula; kept as text": {
        "es": "Empieza por \"=\" como una fórmula de hoja de cálculo; se guarda como texto",
        "fr": "Commence par « = » comme une formule de tableur ; conservé comme texte",
    },
    "Unknown country {value!r}; left empty": {
        "es": "País desconocido {value!r}; se deja vacío", "fr": "Pays inconnu {value!r} ; laissé vide",
    },
    "The sex column uses M without F or H to tell what it means; M was read as {meaning}.": {
        "es": "La columna de sexo usa M sin F ni H que indiquen su significado; M se leyó como {meaning}.",
        "fr": "La colonne du sexe utilise M sans F ni H pour en préciser le sens ; M a été lu comme {meaning}.",
    },
    "Same person as row {row}": {
        "es": "La misma persona que la fila {row}", "fr": "Même personne que la ligne {row}",
    },
    "row {row}": {"es": "fila {row}", "fr": "ligne {row}"},
    "file": {"es": "archivo", "fr": "fichier"},
    "Warning ({where}, {column}): {reason}": {
        "es": "Advertencia ({where}, {column}): {reason}", "fr": "Avertissement ({where}, {column}) : {reason}",
    },
    "Dry run: nothing was saved.": {
        "es": "Simulación: no se guardó nada.", "fr": "Simulation : rien n'a été enregistré.",
    },
    "Row {row} {status} ({column}): {reason}": {
        "es": "Fila {row} {status} ({column}): {reason}", "fr": "Ligne {row} {status} ({column}) : {reason}",
    },
    "rejected": {"es": "rechazada", "fr": "rejetée"},
    "duplicate": {"es": "duplicada", "fr": "en double"},
    "Choose two different institutions to merge": {
        "es": "Elija dos instituciones distintas para fusionar",
        "fr": "Choisissez deux institutions différentes à fusionner",
    },
    "No such institution": {"es": "No existe esa institución", "fr": "Institution introuvable"},
    "Same email as row {row} under another name; imported as another person": {
        "es": "Mismo correo que la fila {row} con otro nombre; se importa como otra persona",
        "fr": "Même courriel que la ligne {row} sous un autre nom ; importé comme une autre personne",
    },
    "Same email as a known person under another name; imported as another person": {
        "es": "Mismo correo que una persona ya conocida con otro nombre; se importa como otra persona",
        "fr": "Même courriel qu'une personne connue sous un autre nom ; importé comme une autre personne",
    },
    # reports and exports (attendance/reports/summary.py, documents/lists.py, documents/sheets.py, cli/reports.py)
    "% women": {"es": "% mujeres", "fr": "% femmes"},
    "A {kind} export can be written as {formats}, not {format}": {
        "es": "Una exportación {kind} se puede escribir como {formats}, no {format}",
        "fr": "Un export {kind} peut être écrit en {formats}, pas en {format}",
    },
    "Attendance matrix": {"es": "Matriz de asistencia", "fr": "Matrice de présence"},
    "Attendance per session": {"es": "Asistencia por sesión", "fr": "Présence par session"},
    "Attendance summary": {"es": "Resumen de asistencia", "fr": "Bilan de la participation"},
    "Attended": {"es": "Asistieron", "fr": "Présents"},
    "By country": {"es": "Por país", "fr": "Par pays"},
    "By institution": {"es": "Por institución", "fr": "Par institution"},
    "By institution sector": {"es": "Por sector institucional", "fr": "Par secteur d'institution"},
    "By role": {"es": "Por función", "fr": "Par rôle"},
    "Certificate of participation": {"es": "Certificado de participación", "fr": "Certificat de participation"},
    "Email": {"es": "Correo electrónico", "fr": "Courriel"},
    "Family names": {"es": "Apellidos", "fr": "Noms de famille"},
    "Given names": {"es": "Nombres", "fr": "Prénoms"},
    "Key figures": {"es": "Cifras clave", "fr": "Chiffres clés"},
    "Men": {"es": "Hombres", "fr": "Hommes"},
    "No participant who attended stated their sex.": {
        "es": "Ningún participante que asistió indicó su sexo.",
        "fr": "Aucun participant présent n'a indiqué son sexe.",
    },
    "No participants have attended yet.": {
        "es": "Aún no ha asistido ningún participante.",
        "fr": "Aucun participant n'a encore été présent.",
    },
    "No session {number}: this event has {count} sessions.": {
        "es": "No existe la sesión {number}: este evento tiene {count} sesiones.",
        "fr": "Pas de session {number} : cet événement a {count} sessions.",
    },
    "No.": {"es": "N.º", "fr": "N°"},
    "Nobody attended enough sessions for a certificate (threshold {threshold} %).": {
        "es": "Nadie asistió a suficientes sesiones para un certificado (umbral {threshold} %).",
        "fr": "Personne n'a assisté à assez de sessions pour un certificat (seuil {threshold} %).",
    },
    "Not stated": {"es": "No indicado", "fr": "Non indiqué"},
    "Other": {"es": "Otro", "fr": "Autre"},
    "Page {page} of {pages}": {"es": "Página {page} de {pages}", "fr": "Page {page} sur {pages}"},
    "Participants": {"es": "Participantes", "fr": "Participants"},
    "Participants present": {"es": "Participantes presentes", "fr": "Participants présents"},
    "Participants registered": {"es": "Participantes inscritos", "fr": "Participants inscrits"},
    "Participants who attended": {"es": "Participantes que asistieron", "fr": "Participants présents"},
    "Person ID": {"es": "ID de persona", "fr": "ID de la personne"},
    "Phone": {"es": "Teléfono", "fr": "Téléphone"},
    "Position": {"es": "Cargo", "fr": "Fonction"},
    "Registered": {"es": "Inscritos", "fr": "Inscrits"},
    "Registration ID": {"es": "ID de inscripción", "fr": "ID d'inscription"},
    "Sector": {"es": "Sector", "fr": "Secteur"},
    "Session": {"es": "Sesión", "fr": "Session"},
    "Sessions attended": {"es": "Sesiones asistidas", "fr": "Sessions suivies"},
    "Sex not stated: {count} (not included in the percentage).": {
        "es": "Sexo no indicado: {count} (no incluidos en el porcentaje).",
        "fr": "Sexe non indiqué : {count} (non compris dans le pourcentage).",
    },
    "Sign-in sheet": {"es": "Hoja de firmas", "fr": "Feuille d'émargement"},
    "Signature": {"es": "Firma", "fr": "Signature"},
    "This is to certify that": {"es": "Se certifica que", "fr": "Nous certifions que"},
    "Total": {"es": "Total", "fr": "Total"},
    "Totals count participants only (not speakers, organisers or observers).": {
        "es": "Los totales cuentan solo participantes (no ponentes, organizadores ni observadores).",
        "fr": "Les totaux ne comptent que les participants (ni intervenants, ni organisateurs, ni observateurs).",
    },
    "Unknown sign-in sheet column {column}; choose from {choices}": {
        "es": "Columna desconocida en la hoja de firmas: {column}; elija entre {choices}",
        "fr": "Colonne inconnue pour la feuille d'émargement : {column} ; choisissez parmi {choices}",
    },
    "Women": {"es": "Mujeres", "fr": "Femmes"},
    "Women, % of those with a stated sex": {
        "es": "Mujeres, % de quienes indicaron su sexo",
        "fr": "Femmes, % de ceux qui ont indiqué leur sexe",
    },
    "attending {hours} hours ({sessions} of {total} sessions)": {
        "es": "con una asistencia de {hours} horas ({sessions} de {total} sesiones)",
        "fr": "soit {hours} heures de présence ({sessions} sessions sur {total})",
    },
    "attending {sessions} of {total} sessions": {
        "es": "con asistencia a {sessions} de {total} sesiones",
        "fr": "présent(e) à {sessions} sessions sur {total}",
    },
    "participated in": {"es": "participó en", "fr": "a participé à"},
    "Badges checked in at another desk, not counted until that desk's data is merged: {count}.": {
        "es": "Credenciales registradas en otro puesto, no contadas hasta fusionar los datos de ese puesto: {count}.",
        "fr": "Badges pointés à un autre poste, non comptés avant la fusion des données de ce poste : {count}.",
    },
    "Could not write {path}: {reason}": {
        "es": "No se pudo escribir {path}: {reason}",
        "fr": "Impossible d'écrire {path} : {reason}",
    },
    "{percent} of participants were women.": {
        "es": "El {percent} de los participantes eran mujeres.",
        "fr": "{percent} des participants étaient des femmes.",
    },
    # sync bundles, conflicts, duplicate people, erasure (attendance/sync/bundles.py, sync/merge.py, cli/sync.py)
    # sync trust: validation of incoming changes (attendance/sync/validation.py, sync/bundles.py)
    '{entity} is not a synced table': {
        "es": '{entity} no es una tabla sincronizada',
        "fr": "{entity} n'est pas une table synchronisée",
        "pt": '{entity} não é uma tabela sincronizada',
    },
    'its ids are not UUIDs': {
        "es": 'sus identificadores no son UUID',
        "fr": 'ses identifiants ne sont pas des UUID',
        "pt": 'seus identificadores não são UUID',
    },
    'its device id is not valid': {
        "es": 'su identificador de equipo no es válido',
        "fr": "son identifiant d'appareil n'est pas valide",
        "pt": 'seu identificador de dispositivo não é válido',
    },
    'it claims to come from this laptop': {
        "es": 'dice venir de este portátil',
        "fr": 'il prétend venir de cet ordinateur',
        "pt": 'diz vir deste notebook',
    },
    'its author is not valid': {
        "es": 'su autor no es válido',
        "fr": "son auteur n'est pas valide",
        "pt": 'seu autor não é válido',
    },
    'its time {at} is not a valid UTC time (at most 24 h ahead)': {
        "es": 'su hora {at} no es una hora UTC válida (24 h por delante como máximo)',
        "fr": "son heure {at} n'est pas une heure UTC valide (24 h d'avance au plus)",
        "pt": 'seu horário {at} não é um horário UTC válido (24 h à frente no máximo)',
    },
    'it changes no field': {
        "es": 'no cambia ningún campo',
        "fr": 'elle ne modifie aucun champ',
        "pt": 'não altera nenhum campo',
    },
    '{field} is not a synced field of {entity}': {
        "es": '{field} no es un campo sincronizado de {entity}',
        "fr": "{field} n'est pas un champ synchronisé de {entity}",
        "pt": '{field} não é um campo sincronizado de {entity}',
    },
    'the value of {field} is not valid': {
        "es": 'el valor de {field} no es válido',
        "fr": "la valeur de {field} n'est pas valide",
        "pt": 'o valor de {field} não é válido',
    },
    '{field} is longer than {limit} characters': {
        "es": '{field} tiene más de {limit} caracteres',
        "fr": '{field} dépasse {limit} caractères',
        "pt": '{field} tem mais de {limit} caracteres',
    },
    'the change id {id} appears twice with different content': {
        "es": 'el cambio {id} aparece dos veces con contenido distinto',
        "fr": 'la modification {id} apparaît deux fois avec un contenu différent',
        "pt": 'a alteração {id} aparece duas vezes com conteúdo diferente',
    },
    'A change was refused: {reason}. Nothing was imported.': {
        "es": 'Se rechazó un cambio: {reason}. No se importó nada.',
        "fr": "Une modification a été refusée : {reason}. Rien n'a été importé.",
        "pt": 'Uma alteração foi recusada: {reason}. Nada foi importado.',
    },
    'Change {line} was refused: {reason}. Nothing was imported.': {
        "es": 'Se rechazó el cambio {line}: {reason}. No se importó nada.',
        "fr": "La modification {line} a été refusée : {reason}. Rien n'a été importé.",
        "pt": 'A alteração {line} foi recusada: {reason}. Nada foi importado.',
    },
    'The bundle {path} was refused: {detail}': {
        "es": 'Se rechazó el paquete {path}: {detail}',
        "fr": 'Le paquet {path} a été refusé : {detail}',
        "pt": 'O pacote {path} foi recusado: {detail}',
    },
    '{name} in {path} has no size or one over {limit} bytes; nothing was imported.': {
        "es": '{name} de {path} no tiene tamaño o supera {limit} bytes; no se importó nada.',
        "fr": "{name} de {path} n'a pas de taille ou dépasse {limit} octets ; rien n'a été importé.",
        "pt": '{name} de {path} não tem tamanho ou passa de {limit} bytes; nada foi importado.',
    },
    '{name} in {path} inflates past {limit} bytes; nothing was imported.': {
        "es": '{name} de {path} se descomprime por encima de {limit} bytes; no se importó nada.',
        "fr": "{name} de {path} se décompresse au-delà de {limit} octets ; rien n'a été importé.",
        "pt": '{name} de {path} se descompacta além de {limit} bytes; nada foi importado.',
    },
    'The bundle names fields this database does not have; nothing was imported.': {
        "es": 'El paquete nombra campos que esta base de datos no tiene; no se importó nada.',
        "fr": "Le paquet nomme des champs que cette base de données n'a pas ; rien n'a été importé.",
        "pt": 'O pacote cita campos que este banco de dados não tem; nada foi importado.',
    },
    "Choose either one event or the changes since the last bundle, not both": {
        "es": "Elija un solo evento o los cambios desde el último paquete, no ambos",
        "fr": "Choisissez un seul événement ou les modifications depuis le dernier paquet, pas les deux",
    },
    "No such event": {"es": "No existe ese evento", "fr": "Cet événement n'existe pas"},
    "The bundle {path} is incomplete: it announces {expected} changes but holds {found}.": {
        "es": "El paquete {path} está incompleto: anuncia {expected} cambios pero contiene {found}.",
        "fr": "Le paquet {path} est incomplet : il annonce {expected} modifications mais en contient {found}.",
    },
    "{path} is not a sync bundle of Attendance.": {
        "es": "{path} no es un paquete de sincronización de Attendance.",
        "fr": "{path} n'est pas un paquet de synchronisation d'Attendance.",
    },
    "The bundle {path} uses format version {version}, which this version of Attendance does not know; "
    "update Attendance on this laptop.": {
        "es": "El paquete {path} usa la versión de formato {version}, que esta versión de Attendance no conoce; "
              "actualice Attendance en este portátil.",
        "fr": "Le paquet {path} utilise la version de format {version}, inconnue de cette version d'Attendance ; "
              "mettez Attendance à jour sur cet ordinateur.",
    },
    "The bundle {path} comes from a newer version of Attendance (database {theirs}, here {ours}); "
    "update Attendance on this laptop first.": {
        "es": "El paquete {path} viene de una versión más reciente de Attendance (base de datos {theirs}, aquí "
              "{ours}); actualice primero Attendance en este portátil.",
        "fr": "Le paquet {path} vient d'une version plus récente d'Attendance (base {theirs}, ici {ours}) ; "
              "mettez d'abord Attendance à jour sur cet ordinateur.",
    },
    "Could not write the bundle {path}: {detail}": {
        "es": "No se pudo escribir el paquete {path}: {detail}",
        "fr": "Impossible d'écrire le paquet {path} : {detail}",
    },
    "{path} is not a sync bundle (not a readable zip file).": {
        "es": "{path} no es un paquete de sincronización (no es un archivo zip legible).",
        "fr": "{path} n'est pas un paquet de synchronisation (pas un fichier zip lisible).",
    },
    "Could not read {path}: {detail}": {
        "es": "No se pudo leer {path}: {detail}",
        "fr": "Impossible de lire {path} : {detail}",
    },
    "The manifest of {path} is not valid JSON.": {
        "es": "El manifiesto de {path} no es JSON válido.",
        "fr": "Le manifeste de {path} n'est pas du JSON valide.",
    },
    "The manifest of {path} has no {key}.": {
        "es": "El manifiesto de {path} no tiene {key}.",
        "fr": "Le manifeste de {path} n'a pas de {key}.",
    },
    "The changes in {path} are not UTF-8 text.": {
        "es": "Los cambios de {path} no son texto UTF-8.",
        "fr": "Les modifications de {path} ne sont pas du texte UTF-8.",
    },
    "Line {line} of the changes in {path} is damaged.": {
        "es": "La línea {line} de los cambios de {path} está dañada.",
        "fr": "La ligne {line} des modifications de {path} est endommagée.",
    },
    "{path} is not a sync bundle: it has no {name}.": {
        "es": "{path} no es un paquete de sincronización: no tiene {name}.",
        "fr": "{path} n'est pas un paquet de synchronisation : il n'a pas de {name}.",
    },
    "The bundle {path} does not list {name}.": {
        "es": "El paquete {path} no incluye {name} en su lista.",
        "fr": "Le paquet {path} ne mentionne pas {name}.",
    },
    "The bundle {path} is incomplete: {name} is missing.": {
        "es": "El paquete {path} está incompleto: falta {name}.",
        "fr": "Le paquet {path} est incomplet : {name} manque.",
    },
    "The bundle {path} was altered or damaged: {name} does not match its checksum. Nothing was imported.": {
        "es": "El paquete {path} fue alterado o está dañado: {name} no coincide con su suma de control. "
              "No se importó nada.",
        "fr": "Le paquet {path} a été modifié ou endommagé : {name} ne correspond pas à sa somme de contrôle. "
              "Rien n'a été importé.",
    },
    "Choose two different people to merge": {
        "es": "Elija dos personas distintas para fusionar",
        "fr": "Choisissez deux personnes différentes à fusionner",
    },
    "No such conflict": {"es": "No existe ese conflicto", "fr": "Ce conflit n'existe pas"},
    "Choose the local or the remote value": {
        "es": "Elija el valor local o el remoto",
        "fr": "Choisissez la valeur locale ou la valeur distante",
    },
    "This conflict was already resolved": {
        "es": "Este conflicto ya se resolvió",
        "fr": "Ce conflit a déjà été résolu",
    },
    "The bundle refers to {parent} this database has not received ({count} rows of {table}); import that "
    "laptop's earlier bundles first, or ask it for a full bundle. Nothing was imported.": {
        "es": "El paquete hace referencia a {parent} que esta base de datos no ha recibido ({count} filas de "
              "{table}); importe primero los paquetes anteriores de ese portátil o pídale un paquete completo. "
              "No se importó nada.",
        "fr": "Le paquet fait référence à des {parent} que cette base n'a pas reçus ({count} lignes de {table}) ; "
              "importez d'abord les paquets précédents de cet ordinateur ou demandez-lui un paquet complet. "
              "Rien n'a été importé.",
    },
    "Wrote {count} changes to {path}": {
        "es": "Se escribieron {count} cambios en {path}",
        "fr": "{count} modifications écrites dans {path}",
    },
    "This bundle was already imported; nothing changed.": {
        "es": "Este paquete ya se había importado; no cambió nada.",
        "fr": "Ce paquet a déjà été importé ; rien n'a changé.",
    },
    "Bundle from laptop {device}, made {created}: {total} changes, {new} new.": {
        "es": "Paquete del portátil {device}, creado el {created}: {total} cambios, {new} nuevos.",
        "fr": "Paquet de l'ordinateur {device}, créé le {created} : {total} modifications, {new} nouvelles.",
    },
    "New people: {people}; people updated: {updated}; new registrations: {registrations}; "
    "new check-ins: {checkins}; people erased: {erased}.": {
        "es": "Personas nuevas: {people}; personas actualizadas: {updated}; inscripciones nuevas: "
              "{registrations}; registros de asistencia nuevos: {checkins}; personas borradas: {erased}.",
        "fr": "Nouvelles personnes : {people} ; personnes modifiées : {updated} ; nouvelles inscriptions : "
              "{registrations} ; nouveaux pointages : {checkins} ; personnes effacées : {erased}.",
    },
    "Conflicts to review: {conflicts}; possible duplicate people: {duplicates}.": {
        "es": "Conflictos por revisar: {conflicts}; posibles personas duplicadas: {duplicates}.",
        "fr": "Conflits à examiner : {conflicts} ; doublons possibles : {duplicates}.",
    },
    "{count} rows wait for an earlier bundle from that laptop.": {
        "es": "{count} filas esperan un paquete anterior de ese portátil.",
        "fr": "{count} lignes attendent un paquet antérieur de cet ordinateur.",
    },
    "Imported.": {"es": "Importado.", "fr": "Importé."},
    "No conflicts to review.": {"es": "No hay conflictos por revisar.", "fr": "Aucun conflit à examiner."},
    "local: {value} ({at}, laptop {device})": {
        "es": "local: {value} ({at}, portátil {device})",
        "fr": "local : {value} ({at}, ordinateur {device})",
    },
    "remote: {value} ({at}, laptop {device})": {
        "es": "remoto: {value} ({at}, portátil {device})",
        "fr": "distant : {value} ({at}, ordinateur {device})",
    },
    "Conflict resolved; the choice will sync with the next bundle.": {
        "es": "Conflicto resuelto; la elección se sincronizará con el próximo paquete.",
        "fr": "Conflit résolu ; le choix sera synchronisé avec le prochain paquet.",
    },
    "No possible duplicate people.": {
        "es": "No hay posibles personas duplicadas.",
        "fr": "Aucun doublon possible.",
    },
    "same email": {"es": "mismo correo", "fr": "même courriel"},
    "Erasing cannot be undone, on this laptop or on the others after sync; add --yes to erase.": {
        "es": "El borrado no se puede deshacer, ni en este portátil ni en los demás tras sincronizar; añada --yes "
              "para borrar.",
        "fr": "L'effacement est irréversible, sur cet ordinateur comme sur les autres après synchronisation ; "
              "ajoutez --yes pour effacer.",
    },
    "same name and institution": {"es": "mismo nombre e institución", "fr": "même nom et même institution"},
    "Merged: {moved} registrations moved, {joined} joined to an existing registration, {checkins} check-ins "
    "moved.": {
        "es": "Fusionado: {moved} inscripciones trasladadas, {joined} unidas a una inscripción existente, "
              "{checkins} registros de asistencia trasladados.",
        "fr": "Fusion faite : {moved} inscriptions déplacées, {joined} jointes à une inscription existante, "
              "{checkins} pointages déplacés.",
    },
    "The person's personal data was erased on this laptop; the erasure reaches the others with the next "
    "bundle.": {
        "es": "Los datos personales de la persona se borraron en este portátil; el borrado llegará a los demás "
              "con el próximo paquete.",
        "fr": "Les données personnelles de la personne ont été effacées sur cet ordinateur ; l'effacement "
              "atteindra les autres avec le prochain paquet.",
    },
}

# Counted texts for ntr(): English singular -> language -> CLDR plural category -> text.
PLURALS: dict[str, dict[str, dict[str, str]]] = {
    # the door and the desk
    #
    # pre-registration import
    #
    # virtual attendance
    #
    # documents
    #
    # sync trust
    #
    # portfolio reports
    #
    # the hub
    "{n} change sent": {"es": {"one": "{n} cambio enviado", "other": "{n} cambios enviados"},
                        "fr": {"one": "{n} modification envoyée", "other": "{n} modifications envoyées"},
                        "pt": {"one": "{n} alteração enviada", "other": "{n} alterações enviadas"}},
    "{n} change waiting": {"es": {"one": "{n} cambio pendiente", "other": "{n} cambios pendientes"},
                           "fr": {"one": "{n} modification en attente", "other": "{n} modifications en attente"},
                           "pt": {"one": "{n} alteração pendente", "other": "{n} alterações pendentes"}},
    "{n} change received": {"es": {"one": "{n} cambio recibido", "other": "{n} cambios recibidos"},
                            "fr": {"one": "{n} modification reçue", "other": "{n} modifications reçues"},
                            "pt": {"one": "{n} alteração recebida", "other": "{n} alterações recebidas"}},
    #
}
