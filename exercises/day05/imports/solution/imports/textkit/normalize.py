"""Text folding shared by the other textkit modules. Nothing to fix in this one."""
import unicodedata


def fold(text):
    """Case-fold and strip accents: 'Crème BRÛLÉE' -> 'creme brulee'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
