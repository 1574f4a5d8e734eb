"""Names as lists write them: a full name split by Hispanic and Lusophone rules, capitals tidied.

:func:`split_full_name` knows the two family names of Spanish and Portuguese names, the
particles (de, del, de la, da, dos, van...) that belong to the following name, and a comma
meaning "family, given". :func:`title_case` turns "MARÍA DE LOS ÁNGELES MCDONALD" into
"María de los Ángeles McDonald", "DE LA CRUZ" into "de la Cruz" (O'Brien, D'Souza, Jean-Pierre kept).
"""

from __future__ import annotations

import re

from attendance.domain import fold

PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos", "van", "von", "der", "den",
                       "y", "e", "di", "du", "le", "st", "st.", "san", "santa", "mac"})
_PARTICLE_STARTS = frozenset({"de", "del", "da", "das", "do", "dos", "van", "von", "di", "du", "san", "santa",
                              "la", "le", "st", "st."})


# Given names of the Virgin Mary's titles: "María de los Ángeles", "Maria das Graças" are given names.
_MARIAN = frozenset({"angeles", "gracas", "fatima", "carmen", "jesus", "rosario", "luz", "pilar", "lourdes",
                     "mercedes", "dolores", "socorro", "guadalupe", "consolacion", "concepcion", "nazare", "penha"})


def _tokens(words: list[str]) -> list[str]:
    """Words grouped so that particles stay with the name that follows ("de la Cruz"), and a
    Marian given name stays whole ("María de los Ángeles")."""
    tokens: list[str] = []
    pending: list[str] = []
    for word in words:
        if word.lower() in PARTICLES and (pending or word.lower() in _PARTICLE_STARTS):
            pending.append(word)
            continue
        if pending and tokens and fold(tokens[-1]).endswith("maria") and fold(word) in _MARIAN:
            tokens[-1] = " ".join([tokens[-1], *pending, word])
        else:
            tokens.append(" ".join([*pending, word]))
        pending = []
    if pending:
        tokens.append(" ".join(pending))
    return tokens


def split_full_name(text: str, *, family_first: bool = False) -> tuple[str, str]:
    """Given and family names from one cell.

    "Castañeda Ruiz, Ana Lucía" (a comma: family, given); otherwise given names first (or family
    names first when the header said so, "Apellidos y nombres"): one or two given names, then
    up to two family names, particles kept with their name ("Juan Carlos de la Cruz Pérez",
    "Maria da Silva Santos").
    """
    text = re.sub(r"\s+", " ", text or "").strip()
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    tokens = _tokens(text.split(" ")) if text else []
    if not tokens:
        return "", ""
    if len(tokens) == 1:
        return "", tokens[0]
    if family_first:
        family_count = 1 if len(tokens) == 2 else 2
        return " ".join(tokens[family_count:]), " ".join(tokens[:family_count])
    if len(tokens) <= 3:
        return tokens[0], " ".join(tokens[1:])
    return " ".join(tokens[:-2]), " ".join(tokens[-2:])


def is_all_capitals(values: list[str]) -> bool:
    """Whether a names column was typed all in capitals (every value with letters has no lower-case)."""
    lettered = [v for v in values if any(c.isalpha() for c in v)]
    return bool(lettered) and all(v == v.upper() for v in lettered)


def title_case(text: str) -> str:
    """A name typed in capitals written as names are: particles lower-case (not first),
    Mc/Mac and O'/D' prefixes and hyphenated parts capitalised."""
    words = text.lower().split(" ")
    return " ".join(word if len(words) > 1 and word in PARTICLES - {"st", "st.", "san", "santa", "mac"}
                    else _capitalise(word) for word in words)


def _capitalise(word: str) -> str:
    if "-" in word:
        return "-".join(_capitalise(part) for part in word.split("-"))
    if re.match(r"^[od]['’]\w", word):
        return word[:2].upper() + word[2:3].upper() + word[3:]
    if word.startswith("mc") and len(word) > 3:
        return "Mc" + word[2:3].upper() + word[3:]
    return word[:1].upper() + word[1:]
