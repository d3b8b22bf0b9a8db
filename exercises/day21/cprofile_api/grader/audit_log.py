"""A second grader-owned module for day21/cprofile_api: ties across files."""

ENTRIES = []


def clear():
    del ENTRIES[:]


def record(sku, lookup):
    ENTRIES.append(sku)
    return lookup(sku, {})
