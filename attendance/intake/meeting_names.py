"""Names as people type them in meetings, matched to the registrations of an event.

In a meeting people are "CARMEN ZUNIGA" for Carmen Elena Zúñiga Montaño, "Sebastian Nancupil
(Invitado)", "Pérez, Ana - Ministerio de Seguridad", "J. Thompson" or "Ana <ana@x.org>".
:func:`clean_typed_name` takes the name apart (name, email, institution hint);
:class:`MeetingNameIndex` finds the registrations whose words contain the typed words: each typed
word is one of the person's words (accents and capitals ignored) or the initial of one, with at
least one given and one family name among them. Every fit has a reason:

- ``same name``: all the person's words, in any order;
- ``short name``: exactly the first given and the first family name — how most people type it;
- ``part of the name`` / ``initials``: fewer words, or initials (to be confirmed by a person).

When several registrations fit equally, an institution typed after the name decides; otherwise
the row is a homonym, sent to review.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from attendance.domain import fold
from attendance.intake.matching import KnownPerson

# Family-name particles, left out when comparing words ("De la Cruz" = "Cruz" for a short name).
PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos", "van", "von", "le", "du", "di",
                       "y", "e"})
# What people add in brackets to their meeting name that is not part of it.
GUEST_MARKERS = frozenset({"guest", "invitado", "invitada", "convidado", "convidada", "invite", "invitee",
                           "external", "externo", "externa", "externe", "host", "anfitrion", "anfitriona",
                           "hote", "anfitriao", "co-host", "coanfitrion", "me", "yo", "moi", "eu", "they/them",
                           "she/her", "he/him", "ella", "el"})
# An institution typed after the name decides between homonyms from this rapidfuzz score (0-100).
INSTITUTION_SCORE_CUTOFF = 80.0
_EMAIL = re.compile(r"<?\s*([^\s<>()@,;]+@[^\s<>()@,;]+\.[^\s<>()@,;]+)\s*>?")
_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
_SUFFIX = re.compile(r"\s+[-–—|/]\s+|\s*[|]\s*")


@dataclass(frozen=True)
class TypedName:
    """A meeting name taken apart."""

    name: str
    email: str = ""
    institution: str = ""


@dataclass(frozen=True)
class NameFit:
    """A registration whose name fits a typed name, how well (0-100) and why."""

    person_id: str
    score: float
    reason: str  # "same name", "short name", "part of the name", "initials", "institution", "homonym"


# The score of each kind of fit; the best fits are looked at first.
FIT_SCORES = {"same name": 100.0, "short name": 97.0, "part of the name": 90.0, "initials": 88.0}
# Reasons that are certain enough to write without a person's look (with a single registration fitting).
CERTAIN_REASONS = frozenset({"same name", "short name"})


def clean_typed_name(text: str) -> TypedName:
    """ "Pérez, Ana (Invitada) - Ministerio X <ana@x.org>" -> TypedName("Ana Pérez", "ana@x.org", "Ministerio X")."""
    value = (text or "").strip()
    email = ""
    found = _EMAIL.search(value)
    if found:
        email = found.group(1).lower()
        value = (value[:found.start()] + " " + value[found.end():]).strip()
    institution = ""
    for bracketed in _BRACKETED.findall(value):
        if fold(bracketed).strip() not in GUEST_MARKERS and not institution:
            institution = bracketed.strip()
    value = _BRACKETED.sub(" ", value)
    parts = [part.strip() for part in _SUFFIX.split(value) if part.strip()]
    if len(parts) > 1:
        value, institution = parts[0], institution or " ".join(parts[1:])
    if value.count(",") == 1:
        family, given = (part.strip() for part in value.split(","))
        value = f"{given} {family}"
    value = re.sub(r"[^\w\s.'-]|\d|_", " ", value)
    return TypedName(re.sub(r"\s+", " ", value).strip(" .-"), email, institution)


def name_words(text: str) -> list[str]:
    """Folded words of a name, particles left out ("De la Cruz" -> ["cruz"]; "C." -> ["c"])."""
    words = re.findall(r"[^\W\d_]+", fold(text))
    return [word for word in words if word not in PARTICLES]


@dataclass(frozen=True)
class _Entry:
    person_id: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    institution: str


class MeetingNameIndex:
    """The registrations of an event by the words of their names, for meeting-name look-ups."""

    def __init__(self, people: Iterable[KnownPerson]) -> None:
        self._entries: dict[str, _Entry] = {}
        self._by_word: dict[str, set[str]] = {}
        for person in people:
            entry = _Entry(person.person_id, tuple(name_words(person.given_names)),
                           tuple(name_words(person.family_names)), fold(person.institution))
            self._entries[person.person_id] = entry
            for word in entry.given + entry.family:
                self._by_word.setdefault(word, set()).add(person.person_id)

    def fits(self, typed: TypedName) -> list[NameFit]:
        """Registrations whose names contain the typed words, best first; homonyms decided or marked."""
        words = name_words(typed.name)
        full = [word for word in words if len(word) > 1]
        if not full:
            return []
        # Every full word typed must be one of the person's: only the people having them all are looked at.
        candidates = set.intersection(*(self._by_word.get(word, set()) for word in full))
        found: list[NameFit] = []
        for person_id in candidates:
            reason = _fit(words, self._entries[person_id])
            if reason:
                found.append(NameFit(person_id, FIT_SCORES[reason], reason))
        if not found:
            return []
        found.sort(key=lambda fit: -fit.score)
        best = [fit for fit in found if fit.score == found[0].score]
        if len(best) == 1:
            return found
        hint = fold(typed.institution)
        if hint:
            decided = [fit for fit in best if self._entries[fit.person_id].institution and fuzz.token_set_ratio(
                hint, self._entries[fit.person_id].institution) >= INSTITUTION_SCORE_CUTOFF]
            if len(decided) == 1:
                return [NameFit(decided[0].person_id, decided[0].score, "institution")]
        return [NameFit(fit.person_id, 70.0, "homonym") for fit in best]


def _fit(words: list[str], entry: _Entry) -> str:
    """Why the typed words fit this person's name, or "" when they do not."""
    own = list(entry.given + entry.family)
    given_count = len(entry.given)
    used: set[int] = set()
    initials = [word for word in words if len(word) == 1]
    for word in (word for word in words if len(word) > 1):
        position = next((i for i, mine in enumerate(own) if i not in used and mine == word), None)
        if position is None:
            return ""
        used.add(position)
    for initial in initials:
        position = next((i for i, mine in enumerate(own) if i not in used and mine.startswith(initial)), None)
        if position is None:
            return ""
        used.add(position)
    if not (any(i < given_count for i in used) and any(i >= given_count for i in used)):
        return ""
    if len(used) == len(own):
        return "initials" if initials else "same name"
    if not initials and entry.given and entry.family and sorted(words) == sorted([entry.given[0], entry.family[0]]):
        return "short name"
    return "initials" if initials else "part of the name"
