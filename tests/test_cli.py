"""The command line, through click's CliRunner."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from gsecite.cli import main

from .conftest import SEED


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_extract_seed_json(runner):
    result = runner.invoke(main, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["source"]["title"] == "Alliance of the Working Class and Peasantry"
    assert len(doc["references"]) >= 18
    assert set(doc) == {"source", "references", "citations", "cross_references"}


def test_extract_jsonl_keeps_input_order(runner, tmp_path):
    other = tmp_path / "b.txt"
    other.write_text("Topic\n\nSome body text that is long enough to be prose, it was said.\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(other), str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == [str(other), str(SEED)]


def test_extract_csl_json_is_a_list_of_items(runner, tmp_path):
    out = tmp_path / "refs.json"
    result = runner.invoke(main, ["extract", str(SEED), "--format", "csl-json", "-o", str(out)])
    assert result.exit_code == 0
    items = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(items, list) and all("type" in i and "id" in i for i in items)


def test_extract_reads_stdin(runner):
    result = runner.invoke(main, ["extract", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["path"] == "-"


def test_extract_folder(runner, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1


def bad_inputs(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Kr\xe4mer, 1960".encode("latin-1"))
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    return {
        "missing": (str(tmp_path / "nope.txt"), "no such file"),
        "binary": (str(binary), "binary"),
        "not-utf8": (str(latin1), "not UTF-8"),
        "empty-directory": (str(empty_dir), "no articles"),
    }


@pytest.mark.parametrize("case", ["missing", "binary", "not-utf8", "empty-directory"])
def test_bad_input_is_one_line_and_exit_2(runner, tmp_path, case):
    path, words = bad_inputs(tmp_path)[case]
    result = runner.invoke(main, ["extract", path])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and path in lines[0] and words in lines[0]
    assert "Traceback" not in result.output and result.stdout == ""


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_an_article_saved_as_unicode_with_a_byte_order_mark_is_read(runner, tmp_path, encoding):
    """Windows Notepad saves "Unicode" as UTF-16 with a byte order mark (and UTF-8 with one)."""
    path = tmp_path / "article.txt"
    text = SEED.read_bytes().decode("utf-8-sig")  # (as stored: its line ends too, without its own mark)
    # ("utf-16" and "utf-8-sig" write the mark themselves; "utf-16-be" does not)
    path.write_bytes((("\ufeff" + text) if encoding == "utf-16-be" else text).encode(encoding))
    result = runner.invoke(main, ["extract", str(path), "--format", "csl-json"])
    expected = runner.invoke(main, ["extract", str(SEED), "--format", "csl-json"])
    assert result.exit_code == 0 and result.stdout == expected.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "bibtex"])
@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_unwritable_output_is_one_line_and_exit_2(runner, tmp_path, fmt, where):
    output = tmp_path / "missing" / "out.txt" if where == "missing-folder" else tmp_path
    result = runner.invoke(main, ["extract", str(SEED), "--format", fmt, "-o", str(output)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"gsecite: error: {output}: cannot write "
                                          + ("(is a directory)" if where == "a-folder"
                                             else f"(no such directory: {output.parent})")]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"", id="empty-file"),
        pytest.param(b"Topic\n\nA body paragraph of prose that has no bibliography at all, it was said.\n",
                     id="no-bibliography"),
    ],
)
def test_valid_document_without_references(runner, tmp_path, content):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["references"] == [] and doc["citations"] == [] and doc["cross_references"] == []


def test_unparseable_entry_is_kept_and_warned(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Topic\n\nA body paragraph of prose, it was said.\n\nREFERENCES\n1957.\n", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(path)])
    assert result.exit_code == 0
    refs = json.loads(result.stdout)["references"]
    assert refs and refs[0]["type"] == "document" and refs[0]["custom"]["raw"] == "1957."
    assert f"{path}:6: warning:" in result.stderr


def all_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("command", [(), *all_commands(main)], ids=lambda c: " ".join(c) or "gsecite")
def test_every_command_has_help_with_examples(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output and "Example" in result.output
    # The examples keep their lines (click's \b marker, not a printed backslash and b)
    assert "\\b" not in result.output and "``" not in result.output  # (no reST markup shown to the user)
    examples = result.output[result.output.index("Example") :].splitlines()[1:3]
    assert all(line.startswith("  ") and "gsecite" in line for line in examples if line.strip()), examples
