"""Country names, codes, demonyms and capitals -> ISO 3166 alpha-2.

Built from maintained data on PyPI (pycountry for the ISO list, countryinfo for
alternative spellings, demonyms and capitals), so one country gets one key
whichever way a report names it: "North Korea's", "North Korean", "Pyongyang",
"DPRK" -> KP. Only the few forms both packages lack are listed in EXTRA below.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Forms news uses that neither pycountry nor countryinfo carries (checked against
# both): short names, older names and plural demonyms that are not demonym+"s".
EXTRA_NAMES = {
    "britain": "GB",
    "great britain": "GB",
    "america": "US",
    "the states": "US",
    "holland": "NL",
    "burma": "MM",
    "czechia": "CZ",
    "swaziland": "SZ",
    "east timor": "TL",
    "the vatican": "VA",
    "vatican": "VA",
    "south korea": "KR",
    "north korea": "KP",
    "republic of korea": "KR",
    "dprk": "KP",
    "rok": "KR",
    "prc": "CN",
    "uae": "AE",
    "macedonia": "MK",
    "the netherlands": "NL",
}
EXTRA_CAPITALS = {"washington": "US", "kiev": "UA"}
EXTRA_DEMONYMS = {
    "brit": "GB",
    "briton": "GB",
    "englishman": "GB",
    "frenchman": "FR",
    "dutchman": "NL",
    "kiwi": "NZ",
    "emirati": "AE",
    "saudi": "SA",
    "israeli": "IL",
    "iraqi": "IQ",
    "kuwaiti": "KW",
    "qatari": "QA",
    "yemeni": "YE",
    "omani": "OM",
    "bahraini": "BH",
    "pakistani": "PK",
    "bangladeshi": "BD",
    "afghan": "AF",
    "nepali": "NP",
    "somali": "SO",
    "sudanese": "SD",
}

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Lookup form: no leading article, no possessive, no dots in abbreviations."""
    text = _SPACES.sub(" ", text.strip())
    text = _POSSESSIVE.sub("", text)
    if text.lower().startswith("the "):
        text = text[4:]
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?", text):
        text = text.replace(".", "")
    return text.casefold().strip(" -")


@dataclass(frozen=True)
class CountryMatch:
    code: str  # alpha-2
    how: str  # name | code | demonym | capital


class Gazetteer:
    def __init__(self) -> None:
        import pycountry
        from countryinfo._cache import load_countries

        self.names: dict[str, str] = {}
        self.codes: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self.display: dict[str, str] = {}

        for c in pycountry.countries:
            for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if name:
                    self.names.setdefault(normalize(name), c.alpha_2)
            self.codes[c.alpha_3] = c.alpha_2
            self.display[c.alpha_2] = getattr(c, "common_name", None) or c.name
        data = load_countries()["countries"]
        # Smallest first, so that for codes shared by several entries (GB: England,
        # Wales, ... and the United Kingdom) the most populous one names the country.
        data = sorted(data.values(), key=lambda i: int(i.get("population") or 0))
        for info in data:
            code = (info.get("ISO") or {}).get("alpha2")
            if not code:
                continue
            if info.get("name"):
                self.display[code] = info["name"]
                self.names.setdefault(normalize(info["name"]), code)
            for alt in info.get("altSpellings") or []:
                if alt.isupper() and len(alt) <= 3:
                    self.codes[alt] = code
                elif len(alt) > 3:
                    self.names.setdefault(normalize(alt), code)
        # Demonyms and capitals can be shared: the most populous country wins
        # ("American" is the United States, not American Samoa).
        for info in data:
            code = (info.get("ISO") or {}).get("alpha2")
            if not code:
                continue
            if info.get("demonym"):
                self.demonyms[normalize(info["demonym"])] = code
            capitals = info.get("capital") or []
            for capital in [capitals] if isinstance(capitals, str) else capitals:
                capital = capital.replace("D.C.", "").strip(" ,")
                if capital and normalize(capital) not in self.names:
                    self.capitals[normalize(capital)] = code
        for name, code in list(self.names.items()):
            if " of the " in name:
                # "Democratic Republic of Congo", "Republic of Congo": news often drops the article
                self.names.setdefault(name.replace(" of the ", " of "), code)
        for name, code in EXTRA_NAMES.items():
            self.names[name] = code
        self.capitals.update(EXTRA_CAPITALS)
        for name, code in EXTRA_DEMONYMS.items():
            self.demonyms.setdefault(name, code)
        for code in ("US", "GB", "EU"):
            self.codes.setdefault(code, code)
        self.codes["UK"] = "GB"

    def lookup(self, text: str) -> CountryMatch | None:
        """The country a surface form names, or None."""
        raw = _POSSESSIVE.sub("", text.strip())
        if raw.lower().startswith("the "):
            raw = raw[4:]
        bare = raw.replace(".", "")
        if bare.isupper() and 2 <= len(bare) <= 3 and bare in self.codes:
            if len(bare) == 2 and "." not in raw and bare not in ("US", "UK", "EU"):
                pass  # "IN", "IT" and the like are words more often than codes
            elif self.codes[bare] in self.display:
                return CountryMatch(self.codes[bare], "code")
        key = normalize(text)
        if key in self.names:
            return CountryMatch(self.names[key], "name")
        if key in self.demonyms:
            return CountryMatch(self.demonyms[key], "demonym")
        if key.endswith("s") and key[:-1] in self.demonyms:
            return CountryMatch(self.demonyms[key[:-1]], "demonym")
        if key in self.capitals:
            return CountryMatch(self.capitals[key], "capital")
        if len(key) > 4 and key[:1].isalpha() and text.strip()[:1].isupper() and key + "s" in self.names:
            return CountryMatch(self.names[key + "s"], "demonym")  # "Philippine President": a plural name's adjective
        return None

    def name(self, code: str) -> str:
        return self.display.get(code, code)


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
