"""domain.histories: each good line yielded with its number, each bad one reported with its number and reason."""

from __future__ import annotations

from lending.domain import histories
from lending.domain.histories import BadLine, parse_lines, read_file


def parse(lines: list[str]) -> tuple[list[tuple[int, dict]], list[BadLine]]:
    problems: list[BadLine] = []
    good = list(parse_lines(lines, problems))
    return good, problems


def test_good_lines_are_yielded_with_their_line_numbers_counted_from_one():
    good, problems = parse(['{"farmer_id": "F1"}', '{"farmer_id": "F2", "crop": "rice"}'])
    assert good == [(1, {"farmer_id": "F1"}), (2, {"farmer_id": "F2", "crop": "rice"})]
    assert problems == []


def test_blank_lines_are_skipped_but_still_counted():
    good, problems = parse(["", "   \n", '{"farmer_id": "F3"}\n', "\t"])
    assert good == [(3, {"farmer_id": "F3"})]
    assert problems == []


def test_a_line_that_is_not_json_is_reported_with_the_decoder_message_and_column():
    # line 2 "{": after the brace (column 2) the decoder wanted a quoted name; line 3 "nope": nothing at column 1
    good, problems = parse(['{"farmer_id": "F1"}', "{", "nope", '{"farmer_id": "F4"}'])
    assert good == [(1, {"farmer_id": "F1"}), (4, {"farmer_id": "F4"})]
    assert problems == [
        BadLine(2, "not JSON: Expecting property name enclosed in double quotes at column 2"),
        BadLine(3, "not JSON: Expecting value at column 1"),
    ]


def test_json_that_is_not_an_object_is_reported():
    good, problems = parse(['[{"farmer_id": "F1"}]', '"F1"', '{"farmer_id": "F3"}'])
    assert good == [(3, {"farmer_id": "F3"})]
    assert problems == [BadLine(1, "not a JSON object"), BadLine(2, "not a JSON object")]


def test_an_object_without_a_farmer_id_text_is_reported():
    lines = ['{"crop": "rice"}', '{"farmer_id": ""}', '{"farmer_id": 7}', '{"farmer_id": null}', '{"farmer_id": "F"}']
    good, problems = parse(lines)
    assert good == [(5, {"farmer_id": "F"})]
    assert problems == [BadLine(n, "farmer_id missing") for n in (1, 2, 3, 4)]


def test_problems_are_appended_to_the_list_given(tmp_path):
    problems = [BadLine(0, "earlier")]
    path = tmp_path / "histories.jsonl"
    path.write_text('{"farmer_id": "农户1"}\n\n[]\n', encoding="utf-8")
    assert list(read_file(path, problems)) == [(1, {"farmer_id": "农户1"})]
    assert problems == [BadLine(0, "earlier"), BadLine(3, "not a JSON object")]


def test_read_file_takes_a_path_as_text(tmp_path):
    path = tmp_path / "h.jsonl"
    path.write_text('{"farmer_id": "F9"}', encoding="utf-8")
    assert list(read_file(str(path), [])) == [(1, {"farmer_id": "F9"})]


def test_a_file_is_read_as_utf_8_whatever_the_machines_own_encoding(tmp_path, monkeypatch):
    # on a machine whose own encoding is Latin-1, "农" (UTF-8 e5 86 9c) read without naming UTF-8 would be "å\x86\x9c"
    path = tmp_path / "h.jsonl"
    path.write_bytes('{"farmer_id": "农户"}\n'.encode())

    def latin_1_machine(file, mode="r", *, encoding=None, **kwargs):
        return open(file, mode, encoding=encoding or "latin-1", **kwargs)

    monkeypatch.setattr(histories, "open", latin_1_machine, raising=False)
    assert list(histories.read_file(path, [])) == [(1, {"farmer_id": "农户"})]
