"""Build ``resources/countries/unterm.json``, the UN short country names in English, Spanish and French.

Usage: ``python tools/build_country_names.py COUNTRY-CODES.CSV COMMIT`` where the CSV is
``data/country-codes.csv`` of https://github.com/datasets/country-codes at ``COMMIT``. That file
joins, by ISO 3166 code, the UN Protocol and Liaison Service's UNTERM list of Member and observer
States (columns "UNTERM English/Spanish/French Short", downloaded by that project from
https://www.un.org/dgacm/sites/www.un.org.dgacm/files/Documents_Protocol/unterm-efsrca.xlsx) and the
UN Statistics Division's M49 names for every other area (``official_name_en/es/fr``, from
https://unstats.un.org/unsd/methodology/m49/overview/).

For each code: the UNTERM short name, its article moved out of the name ("Bahamas (las)" becomes
"Bahamas" with the article "las"), else the M49 name. Portuguese is not a UN official language, so
UNTERM has no Portuguese names: the application takes them from CLDR (Babel) at run time.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "resources" / "countries" / "unterm.json"
LANGUAGES = {"en": "English", "es": "Spanish", "fr": "French"}
# UNTERM writes the article a name takes after it, in brackets: "Bahamas (the)", "Suriname (le)".
_ARTICLE = re.compile(r"\s*\((the|el|la|los|las|l'|le|les)\)$")
# Two Member States renamed after the CSV's UNTERM columns were joined (its join by name missed them,
# and its English M49 column says "Ivory Coast"): their UNTERM short names, as UNTERM writes them.
CORRECTIONS: dict[str, dict[str, str]] = {
    "CI": {"en": "Côte d'Ivoire", "es": "Côte d'Ivoire", "fr": "Côte d'Ivoire (la)"},
    "TR": {"en": "Türkiye", "es": "Türkiye", "fr": "Türkiye (la)"},
}
# Not on either UN list (the CSV's M49 columns carry it from another source): CLDR's name is used.
NOT_UN = {"TW"}


def split_article(short_name: str) -> tuple[str, str]:
    """"Bahamas (las)" -> ("Bahamas", "las"); UNTERM's "*" (a note mark) is dropped."""
    name = short_name.replace("*", "").strip()
    found = _ARTICLE.search(name)
    return (name[:found.start()].strip(), found.group(1)) if found else (name, "")


def build(source: Path, commit: str) -> dict[str, object]:
    """The data file's content from the datasets/country-codes CSV."""
    countries: dict[str, dict[str, object]] = {}
    with source.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["ISO3166-1-Alpha-2"].strip()
            if len(code) != 2 or code in NOT_UN:
                continue
            for language, short_name in CORRECTIONS.get(code, {}).items():
                row[f"UNTERM {LANGUAGES[language]} Short"] = short_name
            entry: dict[str, object] = {}
            articles: dict[str, str] = {}
            unterm = all(row[f"UNTERM {name} Short"].strip() for name in LANGUAGES.values())
            for language, name in LANGUAGES.items():
                if unterm:
                    entry[language], article = split_article(row[f"UNTERM {name} Short"])
                    if article:
                        articles[language] = article
                else:
                    entry[language] = row[f"official_name_{language}"].strip()
            if not all(entry[language] for language in LANGUAGES):
                continue
            entry["source"] = "UNTERM" if unterm else "M49"
            if articles:
                entry["articles"] = articles
            countries[code] = entry
    return {
        "about": "UN short country names (en, es, fr) by ISO 3166-1 alpha-2 code. 'UNTERM': the UN Protocol "
                 "and Liaison Service's short names of Member and observer States (article moved to "
                 "'articles'); 'M49': the UN Statistics Division's names of other areas. No Portuguese: "
                 "UNTERM has none, CLDR's are used. Côte d'Ivoire and Türkiye corrected, Taiwan left to CLDR "
                 "(see CORRECTIONS and NOT_UN in tools/build_country_names.py, which built this file).",
        "source": f"https://github.com/datasets/country-codes/blob/{commit}/data/country-codes.csv",
        "countries": dict(sorted(countries.items())),
    }


def _one_country_a_line(data: dict[str, object]) -> str:
    """The JSON with one country on each line: readable, and a changed name is a one-line diff."""
    countries: dict[str, object] = data["countries"]  # type: ignore[assignment]
    head = {key: value for key, value in data.items() if key != "countries"}
    lines = [f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}," for key, value in head.items()]
    rows = [f"  {json.dumps(code)}: {json.dumps(entry, ensure_ascii=False)}" for code, entry in countries.items()]
    return "{\n" + "\n".join(lines) + '\n "countries": {\n' + ",\n".join(rows) + "\n }\n}\n"


def main(arguments: list[str]) -> int:
    """Write the data file from the CSV and commit named on the command line."""
    if len(arguments) != 2:
        print(__doc__)
        return 2
    data = build(Path(arguments[0]), arguments[1])
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(_one_country_a_line(data), encoding="utf-8")
    print(f"{TARGET}: {len(data['countries'])} countries")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
