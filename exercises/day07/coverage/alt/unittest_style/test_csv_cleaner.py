"""Day 7 — alternative solution: the same promises tested with unittest.TestCase classes.

No pytest fixtures: a temporary folder from `tempfile`, output captured with
`contextlib.redirect_stdout` / `redirect_stderr`, one test method per promise.
"""

import contextlib
import io
import os
import sys
import tempfile
import unittest

from csv_cleaner import clean_rows, main, normalize_header


class NormalizeHeaderTest(unittest.TestCase):
    def test_examples(self):
        examples = {
            "  E-mail Address ": "e_mail_address",
            "Unit Price ($)": "unit_price",
            "__id__": "id",
            "a _ b": "a_b",
            "Ville / Città": "ville_città",
            "数量": "数量",
            "Lot 42": "lot_42",
        }
        for name, expected in examples.items():
            with self.subTest(name=name):
                self.assertEqual(normalize_header(name), expected)


class CleanRowsTest(unittest.TestCase):
    def test_trims_drops_and_dedupes(self):
        rows = [
            ["", ""],
            [" Code ", "Qty"],
            ["a1", " 3 "],
            ["   ", ""],
            ["b2", "5"],
            [" a1 ", "3"],
            ["A1", "3"],
        ]
        self.assertEqual(clean_rows(rows), [["code", "qty"], ["a1", "3"], ["b2", "5"], ["A1", "3"]])

    def test_first_copy_stays_in_place(self):
        rows = [["k"], ["x"], ["y"], ["x"]]
        self.assertEqual(clean_rows(rows), [["k"], ["x"], ["y"]])

    def test_nothing_to_clean(self):
        self.assertEqual(clean_rows([]), [])
        self.assertEqual(clean_rows([[" "], []]), [])


class MainTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        self.source = self.path("in.csv")
        with open(self.source, "w", encoding="utf-8", newline="") as f:
            f.write('Name , Town\n"Ada, L." ,London\n\n"Ada, L.",London\nBob,Paris\n')

    def path(self, name):
        return os.path.join(self.folder.name, name)

    def run_main(self, argv):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(argv)
        return status, out.getvalue(), err.getvalue()

    def test_stdout(self):
        status, out, err = self.run_main([self.source])
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(out, 'name,town\n"Ada, L.",London\nBob,Paris\n')

    def test_output_file(self):
        target = self.path("out.csv")
        status, out, _ = self.run_main([self.source, "-o", target])
        self.assertEqual((status, out), (0, ""))
        with open(target, encoding="utf-8", newline="") as f:
            self.assertEqual(f.read(), 'name,town\n"Ada, L.",London\nBob,Paris\n')

    def test_empty_input_creates_empty_output(self):
        empty, target = self.path("empty.csv"), self.path("out.csv")
        open(empty, "w").close()
        self.assertEqual(self.run_main([empty, "-o", target])[0], 0)
        with open(target, encoding="utf-8") as f:
            self.assertEqual(f.read(), "")

    def test_missing_input(self):
        target = self.path("out.csv")
        status, out, err = self.run_main([self.path("missing.csv"), "-o", target])
        self.assertEqual((status, out), (1, ""))
        self.assertTrue(err.startswith("error:"))
        self.assertIn("missing.csv", err)
        self.assertFalse(os.path.exists(target))

    def test_not_utf8(self):
        latin = self.path("latin.csv")
        with open(latin, "wb") as f:
            f.write("Prix,Café\n".encode("latin-1"))
        status, _, err = self.run_main([latin])
        self.assertEqual(status, 1)
        self.assertTrue(err.startswith("error:"))

    def test_unwritable_output(self):
        status, _, err = self.run_main([self.source, "-o", self.path("nowhere/out.csv")])
        self.assertEqual(status, 1)
        self.assertIn("error:", err)

    def test_bad_usage(self):
        for argv in ([], [self.source, "--nope"], [self.source, "-o"]):
            with self.subTest(argv=argv):
                with self.assertRaises(SystemExit) as caught:
                    self.run_main(argv)
                self.assertEqual(caught.exception.code, 2)

    def test_argv_none_reads_sys_argv(self):
        saved = sys.argv
        sys.argv = ["csv_cleaner.py", self.source]
        try:
            status, out, _ = self.run_main(None)
        finally:
            sys.argv = saved
        self.assertEqual(status, 0)
        self.assertTrue(out.startswith("name,town\n"))
