"""Leaders named in a text, as the states they represent: "pressure on Putin" is pressure on RUS.

The event coder needs third parties named by their leaders' names as well as by their states'
("condemned Kim Jong Un's missile launches"), and `leaders.tsv` already lists 800 officials with
their aliases. One Aho-Corasick automaton over those names, case-sensitive and on whole words,
finds them; a one-word alias counts only when it is at least four letters and not also a common
given name or word (`_AMBIGUOUS`), so "Francis" or "Moon" never stand for a state.

>>> [(text, code) for _, _, text, code in find_leaders("Both urged Putin and Kim Jong Un to stop.")]
[('Putin', 'RUS'), ('Kim Jong Un', 'PRK')]
"""
from __future__ import annotations

from functools import cache

from communique.lexicons.actors import leader_country, leader_rows
from communique.patterns import Keywords

_AMBIGUOUS = frozenset(
    "Francis Moon Evo Kenny Abbott Harper Cameron Santos Conte Vance Kerry Bennett Chapo Petro Rudd Monti "
    "Peres Marcos Sharif Banga Gauck Morrison Raab Truss Joly Kurz Duda Fico Tusk Lula Dilma Anwar Najib "
    "Ortega Herzog Kenny Mottley Holness Solih Stubb Orsi Grossi".split()
)


@cache
def _automaton() -> Keywords[tuple[str, str]]:
    return Keywords((surface, (surface, code)) for row in leader_rows() if (code := leader_country(row.name))
                    for surface in (row.name, *row.aliases)
                    if " " in surface or len(surface) >= 4 and surface not in _AMBIGUOUS)


def find_leaders(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, name as written, code) of every listed leader named in `text[start:end]`."""
    end = len(text) if end is None else end
    found = []
    # The window, not the text: a sentence's names, not a 2 MB text's for each of its sentences
    for s, e, (surface, code) in _automaton().find(text[start:end]):
        s, e = start + s, start + e
        if (s == 0 or not text[s - 1].isalnum()) and (e == len(text) or not (text[e].isalnum() or text[e] == "-")):
            found.append((s, e, surface, code))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept, reach = [], -1
    for item in found:
        if item[0] >= reach:
            kept.append(item)
            reach = item[1]
    return kept
