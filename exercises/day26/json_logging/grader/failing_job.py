"""Grader-owned code that fails, so the check has a real traceback to log."""


def charge(order):
    return apply_discount(order)


def apply_discount(order):
    raise ValueError("discount code expired for order " + str(order["id"]))
