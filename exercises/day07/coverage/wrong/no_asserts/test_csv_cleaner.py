"""Known-wrong: runs every line of the cleaner but asserts nothing, so it always passes."""

import pytest

from csv_cleaner import clean_rows, main, normalize_header


def test_everything_runs(tmp_path):
    normalize_header("  E-mail Address ")
    clean_rows([[" Name ", "Age"], [" Ada", "36"], ["", " "], ["Ada", "36"]])
    source = tmp_path / "in.csv"
    source.write_text("Name,Age\n Ada ,36\n\nAda,36\n", encoding="utf-8")
    main([str(source)])
    main([str(source), "-o", str(tmp_path / "out.csv")])
    main([str(tmp_path / "nope.csv")])
    main([str(source), "-o", str(tmp_path / "no_dir" / "out.csv")])
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("Café".encode("latin-1"))
    main([str(bad)])
    with pytest.raises(SystemExit):
        main([])
