"""Duplicate detection: which people already known look like the one being typed or imported.

A :class:`PeopleIndex` holds every live person's folded names, email and phone in memory, built
once from the store and refreshed incrementally (only rows changed since the last look), so a
suggestion while typing costs a few milliseconds even among 100,000 people. Names are compared
folded (case and accents ignored) with their words sorted (word order and swapped given/family
names ignored) by rapidfuzz, which also forgives small typos; names that differ only in spacing
("De la Cruz", "Delacruz") and the same email or phone are exact look-ups. Names are kept in
blocks by the first letter of each word, and a query is compared only with the blocks of its own
words' first letters: a near-duplicate shares at least one initial unless every word's first
letter was mistyped, and this reads a third of the names instead of all. The registration
dialog and the importer share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from attendance.domain import fold
from attendance.store import Store

# Below this rapidfuzz score (0-100) two names are not offered as the same person. 80 keeps
# one typo in a short name ("Jose Nunes") and a name still being typed ("Jose Nu" for Jose Nunez).
NAME_SCORE_CUTOFF = 80.0
# A folded name shorter than this gives too many candidates to be useful.
MIN_QUERY_LENGTH = 4
# A name equal but for spacing or punctuation ("Delacruz" for "De la Cruz").
SPACING_SCORE = 95.0
# Phone numbers are compared by their last digits, so "+504 7700-8297" equals "77008297".
PHONE_DIGITS = 8

_PEOPLE_SQL = """
SELECT p.id, p.given_names, p.family_names, p.email, p.phone, p.country, p.deleted_at, p.updated_at,
    coalesce(i.name, '') AS institution,
    (SELECT count(*) FROM registrations r WHERE r.person_id = p.id AND r.deleted_at IS NULL
        AND r.status = 'registered') AS events
FROM people p LEFT JOIN institutions i ON i.id = p.institution_id
"""


@dataclass(frozen=True)
class KnownPerson:
    """What a suggestion shows about a known person."""

    person_id: str
    given_names: str
    family_names: str
    institution: str
    country: str
    email: str
    phone: str
    events: int

    @property
    def full_name(self) -> str:
        """Given names then family names."""
        return f"{self.given_names} {self.family_names}".strip()


@dataclass(frozen=True)
class Candidate:
    """A possible duplicate: the known person, a score (100 = certain) and why it was offered."""

    person: KnownPerson
    score: float
    reason: str  # "email", "phone" or "name"


def _words(given_names: str | None, family_names: str | None) -> list[str]:
    text = f"{given_names or ''} {family_names or ''}"
    # Plain ASCII needs no accent stripping: casefold is fold's whole effect there, many times faster.
    return re.findall(r"\w+", text.casefold() if text.isascii() else fold(text))


def name_key(given_names: str | None, family_names: str | None) -> str:
    """Folded words of a full name, sorted: the same for "NÚÑEZ, José" and "jose  nunez"."""
    return " ".join(sorted(_words(given_names, family_names)))


def compact_key(given_names: str | None, family_names: str | None) -> str:
    """Folded letters of a full name without spaces or punctuation ("De la Cruz" = "Delacruz")."""
    return "".join(_words(given_names, family_names))


def same_person_names(first_key: str, second_key: str) -> bool:
    """Whether two name keys (see :func:`name_key`) can be one person: a typo, or names left out
    ("jose nunez" in "garcia jose luis nunez"), but not another person ("ana ruiz", "ana perez")."""
    first, second = set(first_key.split()), set(second_key.split())
    if len(first & second) >= 2 and (first <= second or second <= first):
        return True
    return fuzz.ratio(first_key, second_key) >= NAME_SCORE_CUTOFF


def email_key(email: str | None) -> str:
    """An email trimmed and lower-cased; empty when there is none."""
    return (email or "").strip().lower()


def phone_key(phone: str | None) -> str:
    """The last digits of a phone number, or empty when too few digits to tell people apart."""
    digits = re.sub(r"\D", "", phone or "")
    return digits[-PHONE_DIGITS:] if len(digits) >= 7 else ""


class PeopleIndex:
    """An in-memory index of known people for fast duplicate suggestions.

    ``PeopleIndex.from_store(store)`` loads everyone; ``refresh()`` picks up what changed since
    (new people, edits, tombstones, new registrations). Positions of removed people keep an empty
    key so the parallel lists never need rebuilding.
    """

    def __init__(self, people: Iterable[KnownPerson] = (), store: Store | None = None) -> None:
        self._store = store
        self._watermark = ""
        self._people: list[KnownPerson | None] = []
        # first letter of a word -> (sorted name keys having a word with it, their positions in _people)
        self._blocks: dict[str, tuple[list[str], list[int]]] = {}
        # person id -> its compact key and its (block, index) entries, to remove them again
        self._slots: dict[str, tuple[str, list[tuple[str, int]]]] = {}
        self._position: dict[str, int] = {}
        self._live = 0
        self._by_compact: dict[str, set[str]] = {}
        self._by_email: dict[str, set[str]] = {}
        self._by_phone: dict[str, set[str]] = {}
        for person in people:
            self.add(person)

    @classmethod
    def from_store(cls, store: Store) -> PeopleIndex:
        """An index of every live person in the store, refreshable later with :meth:`refresh`."""
        index = cls(store=store)
        index.refresh()
        return index

    def __len__(self) -> int:
        return self._live

    def add(self, person: KnownPerson) -> None:
        """Add a person, or replace what the index knows about them."""
        self.remove(person.person_id)
        position = self._position.get(person.person_id)
        if position is None:
            position = len(self._people)
            self._position[person.person_id] = position
            self._people.append(person)
        self._people[position] = person
        self._live += 1
        words = _words(person.given_names, person.family_names)
        key, compact = " ".join(sorted(words)), "".join(words)
        slots = []
        for initial in {word[0] for word in words}:
            keys, positions = self._blocks.setdefault(initial, ([], []))
            slots.append((initial, len(keys)))
            keys.append(key)
            positions.append(position)
        self._slots[person.person_id] = (compact, slots)
        self._by_compact.setdefault(compact, set()).add(person.person_id)
        for lookup, value in ((self._by_email, email_key(person.email)), (self._by_phone, phone_key(person.phone))):
            if value:
                lookup.setdefault(value, set()).add(person.person_id)

    def remove(self, person_id: str) -> None:
        """Forget a person (tombstoned or merged away); unknown ids are ignored."""
        position = self._position.get(person_id)
        if position is None or self._people[position] is None:
            return
        old = self._people[position]
        compact, slots = self._slots.pop(person_id)
        self._by_compact.get(compact, set()).discard(person_id)
        self._by_email.get(email_key(old.email), set()).discard(person_id)
        self._by_phone.get(phone_key(old.phone), set()).discard(person_id)
        self._people[position] = None
        self._live -= 1
        for initial, index in slots:
            self._blocks[initial][0][index] = ""  # an empty key never scores: the slot stays, unused

    def refresh(self) -> int:
        """Load people (and registration counts) changed in the store since the last refresh.

        Returns how many people were reloaded. Cheap when nothing changed: two indexed queries.
        """
        if self._store is None:
            return 0
        watermark = self._watermark
        rows = self._store.rows(_PEOPLE_SQL + " WHERE p.updated_at > ? OR p.id IN (SELECT person_id FROM "
                                "registrations WHERE updated_at > ?)", [watermark, watermark])
        for row in rows:
            if row["deleted_at"]:
                self.remove(row["id"])
            else:
                self.add(KnownPerson(row["id"], row["given_names"] or "", row["family_names"] or "",
                                     row["institution"], row["country"] or "", row["email"] or "",
                                     row["phone"] or "", row["events"]))
        newest = self._store.scalar("SELECT max(m) FROM (SELECT max(updated_at) AS m FROM people "
                                    "UNION ALL SELECT max(updated_at) FROM registrations)")
        self._watermark = max(watermark, newest or "")
        return len(rows)

    def person(self, person_id: str) -> KnownPerson | None:
        """What the index knows about a person, or None."""
        position = self._position.get(person_id)
        return None if position is None else self._people[position]

    def suggest(self, given_names: str | None, family_names: str | None = None, *, email: str | None = None,
                phone: str | None = None, limit: int = 5) -> list[Candidate]:
        """Known people who may be the person typed, best first (at most ``limit``).

        Same email or phone scores 100; the same letters with other spacing SPACING_SCORE (in
        either name order); otherwise rapidfuzz's ratio on the sorted folded words, from
        NAME_SCORE_CUTOFF.
        """
        found: dict[str, Candidate] = {}
        for reason, ids in (("email", self._by_email.get(email_key(email), ())),
                            ("phone", self._by_phone.get(phone_key(phone), ()))):
            for person_id in ids:
                found.setdefault(person_id, Candidate(self.person(person_id), 100.0, reason))
        spaced = self._by_compact.get(compact_key(given_names, family_names), set()) | self._by_compact.get(
            compact_key(family_names, given_names), set())
        scored = [(self.person(person_id), SPACING_SCORE) for person_id in spaced]
        scored += [(self._people[position], score)
                   for position, score in self._name_scores(given_names, family_names, limit + len(found))]
        for person, score in scored:
            if person is None:
                continue
            if person.person_id in found:
                earlier = found[person.person_id]
                found[person.person_id] = replace(earlier, score=max(earlier.score, score))
            else:
                found[person.person_id] = Candidate(person, score, "name")
        ranked = sorted(found.values(), key=lambda c: (-c.score, c.reason != "email", c.person.full_name))
        return ranked[:limit]

    def _name_scores(self, given_names: str | None, family_names: str | None, limit: int) -> list[tuple[int, float]]:
        query = name_key(given_names, family_names)
        if not self._live or len(query.replace(" ", "")) < MIN_QUERY_LENGTH:
            return []
        best: dict[int, float] = {}
        for initial in {word[0] for word in query.split()}:
            keys, positions = self._blocks.get(initial, ([], []))
            for _key, score, index in process.extract(query, keys, scorer=fuzz.ratio, limit=limit,
                                                      score_cutoff=NAME_SCORE_CUTOFF):
                best[positions[index]] = score
        return sorted(best.items(), key=lambda item: -item[1])[:limit]
