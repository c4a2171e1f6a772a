"""The lists of divisions a shared head of several levels is read with (resources/communes.csv,
resources/division_levels.json) are checked on load: a malformed row fails with the file and its line."""

from __future__ import annotations

import pytest

from directive_extract import resources
from directive_extract.errors import ResourceError


@pytest.fixture
def edited(monkeypatch):
    """Serve an edited copy of a resource file, the caches of the lists cleared before and after."""
    original = resources._read_text
    caches = (resources.communes, resources.division_levels)

    def edit(file: str, change) -> None:
        def read(name: str) -> str:
            text = original(name)
            return change(text) if name == file else text

        monkeypatch.setattr(resources, "_read_text", read)
        for cache in caches:
            cache.cache_clear()

    yield edit
    monkeypatch.undo()
    for cache in caches:
        cache.cache_clear()


def _with_row(row: str):
    """communes.csv with `row` put in as its third line."""

    def change(text: str) -> str:
        lines = text.splitlines()
        return "\n".join([*lines[:2], row, *lines[2:]]) + "\n"

    return change


# (edit of communes.csv, what the error says)
# fmt: off
BROKEN_COMMUNES = [
    (_with_row("Tân Lập,hamlet,Gia Lai,,2025"), "communes.csv:3: unknown kind 'hamlet'"),
    (_with_row("Tân Lập,commune,Gia Lai,2025"), "communes.csv:3: wrong number of fields"),
    (_with_row('"Tân Lập, Đông",commune,Gia Lai,,2025'), "communes.csv:3: wrong number of fields"),
    (_with_row("Tân Lập,commune,,,2025"), "communes.csv:3: 'Tân Lập' has no province"),
    (_with_row(""), "communes.csv:3: wrong number of fields"),
    (_with_row("Tân Lập,commune,Gia Lai,Chư Sê,2025"), "communes.csv:3: a commune of 2020 has a district"),
    (_with_row("Tân Lập,commune,Gia Lai,,2019"), "communes.csv:3: valid is 2020 or 2025, not '2019'"),
    (_with_row(" Tân Lập,commune,Gia Lai,,2025"), "communes.csv:3: a commune needs a name without spaces"),
    (_with_row("Tân Lập,commune,Gia Lai,,2025\nTân Lập,commune,Gia Lai,,2025"), "communes.csv:4: duplicate row"),
    (_with_row("Ta\u0302n Lập,commune,Gia Lai,,2025"), "communes.csv:3: not NFC"),
    (lambda text: text.replace("name,kind,province,district,valid", "name,kind,province,valid", 1),
     "communes.csv: the columns must be name,kind,province,district,valid"),
]
# fmt: on


@pytest.mark.parametrize(("change", "message"), BROKEN_COMMUNES)
def test_a_malformed_row_of_the_communes_fails_at_load_with_its_line(edited, change, message) -> None:
    edited("communes.csv", change)
    with pytest.raises(ResourceError) as caught:
        resources.communes()
    assert message in str(caught.value)


def test_the_levels_file_names_every_level_word(edited) -> None:
    edited("division_levels.json", lambda text: text.replace('"thị trấn": ["township"],', "", 1))
    with pytest.raises(ResourceError, match=r"no kinds for the level words \['thị trấn'\]"):
        resources.division_levels()


def test_the_shipped_communes_load_and_give_every_row_of_a_name() -> None:
    assert sorted(resources.communes().named("Thượng Hồng")) == [
        ("commune", "Hải Phòng", "", "2025"),
        ("ward", "Hưng Yên", "", "2025"),
    ]
    assert resources.communes().named("Khe Mây Ngàn") == []
