"""textkit: slugs and word counts."""
from . import slugs, stats

slugify = slugs.slugify
word_count = stats.word_count
