"""Sectors: a sector cell read in four languages, or a sector suggested from the institution's name.

:func:`parse_sector` reads "Policía", "Sociedad civil", "Académico"...; :func:`suggest_sector`
guesses from a name ("Fiscalía General" -> justice, "Jamaica Defence Force" -> defence) and says
whether the guess is confident (a specific word) or weak (only "Ministerio"/"Ministry").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from attendance.domain import Sector, fold


@dataclass(frozen=True)
class SectorSuggestion:
    """A sector guessed from an institution name, the words that told it, and how sure it is."""

    sector: str
    clue: str
    confident: bool


# Name clues, folded, most specific first: the first rule whose pattern matches decides.
_RULES: tuple[tuple[str, str, bool], ...] = (
    (r"\b(policia|police|constabulary|gendarmer\w*|carabineros|guardia civil|guarda civil|polícia)\b",
     Sector.POLICE, True),
    (r"\b(fiscalia|ministerio publico|ministere public|prosecut\w*|procuradur\w*|parquet|director of public "
     r"prosecutions|dpp)\b", Sector.JUSTICE, True),
    (r"\b(aduana\w*|customs|douane\w*|alfandega|receita federal)\b", Sector.CUSTOMS, True),
    (r"\b(defen[cs]e force|defensa|defence|defense|fuerzas? armadas?|forcas armadas|forces armees|ejercito|army|"
     r"armada|navy|marina|coast guard|guardacostas|fuerza aerea|air force|exercito|militar\w*)\b",
     Sector.DEFENCE, True),
    (r"\b(forens\w*|ciencias forenses|medicina legal|medecine legale|criminalistic\w*|pericia\w*)\b",
     Sector.FORENSICS, True),
    (r"\b(universidad|university|universite|universidade|college|academia|academy|escuela|school|instituto "
     r"tecnologico|faculdade|facultad)\b", Sector.ACADEMIA, True),
    (r"\b(poder judicial|tribunal\w*|court|corte|juzgado|judicial|judiciary|justicia|justice|justica)\b",
     Sector.JUSTICE, True),
    (r"\b(asamblea|congreso|parlament\w*|senado|senate|camara de diputados|house of representatives|"
     r"assemblee nationale|legislat\w*)\b", Sector.LEGISLATURE, True),
    (r"\b(naciones unidas|united nations|nations unies|nacoes unidas|unodc|undp|pnud|oea|oas|unicef|unesco|"
     r"european union|union europea|interpol|caricom|sica|world bank|banco mundial|idb|bid|osce|iom|oim)\b",
     Sector.INTERNATIONAL, True),
    (r"\b(ong|ngo|fundacion|foundation|fondation|fundacao|asociacion|association|associacao|sociedad civil|"
     r"civil society|red de|network|colectivo)\b", Sector.CIVIL_SOCIETY, True),
    (r"\b(periodico|diario|newspaper|radio|television|tv|noticias|news|journal)\b", Sector.MEDIA, True),
    (r"\b(s\.?a\.?|ltd|limited|inc|llc|s\.?r\.?l\.?|corp\w*|company|compania|empresa)\b", Sector.PRIVATE, True),
    (r"\b(ministerio|ministry|ministere|secretaria|secretariat|department of|departamento de|direccion general|"
     r"secretaria de estado|gobierno|government|gouvernement|governo|office of the prime minister)\b",
     Sector.MINISTRY, False),
)
_COMPILED = tuple((re.compile(pattern), sector, confident) for pattern, sector, confident in _RULES)

# Words of a sector column, folded, in en/es/fr/pt.
_SECTOR_WORDS: dict[str, str] = {
    **dict.fromkeys(("police", "policia", "policial", "law enforcement", "seguridad publica", "securite publique",
                     "seguranca publica"), Sector.POLICE),
    **dict.fromkeys(("defence", "defense", "defensa", "militar", "military", "fuerzas armadas", "forces armees",
                     "defesa"), Sector.DEFENCE),
    **dict.fromkeys(("customs", "aduana", "aduanas", "douane", "douanes", "alfandega"), Sector.CUSTOMS),
    **dict.fromkeys(("justice", "justicia", "justica", "judicial", "poder judicial", "prosecution", "fiscalia",
                     "ministerio publico", "ministere public", "judiciary"), Sector.JUSTICE),
    **dict.fromkeys(("forensics", "forensic science", "forensic", "forense", "ciencias forenses", "medicina legal",
                     "criminalistique", "pericia"), Sector.FORENSICS),
    **dict.fromkeys(("legislature", "legislativo", "parlamento", "parliament", "congreso", "legislatif",
                     "poder legislativo"), Sector.LEGISLATURE),
    **dict.fromkeys(("academia", "academic", "academico", "academica", "universidad", "university", "universite",
                     "universidade", "research", "investigacion", "recherche", "pesquisa"), Sector.ACADEMIA),
    **dict.fromkeys(("civil society", "sociedad civil", "societe civile", "sociedade civil", "ngo", "ong"),
                    Sector.CIVIL_SOCIETY),
    **dict.fromkeys(("international", "internacional", "organismo internacional", "international organisation",
                     "international organization", "organisation internationale", "organizacao internacional"),
                    Sector.INTERNATIONAL),
    **dict.fromkeys(("private", "private sector", "sector privado", "privado", "secteur prive", "setor privado",
                     "empresa privada"), Sector.PRIVATE),
    **dict.fromkeys(("media", "medios", "medios de comunicacion", "press", "prensa", "presse", "imprensa"),
                    Sector.MEDIA),
    **dict.fromkeys(("ministry", "government", "gobierno", "ministerio", "gouvernement", "governo", "ministere",
                     "government ministry", "administracion publica", "public administration", "gobierno central"),
                    Sector.MINISTRY),
    **dict.fromkeys(("other", "otro", "otra", "autre", "outro"), Sector.OTHER),
}


def parse_sector(text: str) -> str | None:
    """A Sector value from a sector cell in en/es/fr/pt (or a Sector value itself), None when unknown."""
    word = fold(text).strip(" .")
    if not word:
        return None
    if word in {s.value for s in Sector}:
        return word
    return _SECTOR_WORDS.get(word) or _SECTOR_WORDS.get(word.replace("_", " "))


def suggest_sector(institution: str) -> SectorSuggestion | None:
    """The sector an institution's name suggests, or None when no clue is found."""
    folded = fold(institution)
    for pattern, sector, confident in _COMPILED:
        found = pattern.search(folded)
        if found:
            return SectorSuggestion(str(sector), found.group(0), confident)
    return None
