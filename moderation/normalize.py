"""Text normalisation that defeats the usual evasions, with an offset map back to the original.

Pipeline, per original character: NFKC (compatibility forms, full-width letters, ligatures),
drop zero-width and other format characters, fold confusables (Cyrillic/Greek look-alikes,
math alphanumerics are already handled by NFKC), strip accents, lower-case. Then token-level
passes: leetspeak inside tokens that contain letters (``k1ll``, ``f@cking``), masked swear
words (``f***``), runs of three or more identical letters collapsed to two (``fuuuuck`` ->
``fuuck``; lexicon patterns accept repeated letters), letters spaced out
(``k i l l  y o u r s e l f`` -> ``kill yourself``; not text-speak's one-letter words
``u r a``), runs of spaces collapsed to one, and chat spellings spelled out (``ppl`` ->
``people``, ``w/o`` -> ``without``, ``savin`` -> ``saving``; ``_CHAT_WORDS``).

Every normalised character remembers the index of the original character it came from, so a
match on the normalised text can be quoted from the ORIGINAL message.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from . import respell, unglue
from .rules.lexicon import AMBIGUOUS_SLURS, SLURS, plural_forms

# Look-alikes NFKC does not fold (subset of Unicode's confusables.txt that matters for Latin).
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b", "г": "r", "п": "n", "и": "u",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "μ": "u", "ς": "c", "σ": "o",
    # Latin variants and symbols
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe",
    "ɑ": "a", "ɩ": "i", "ǀ": "l", "ℓ": "l", "€": "e", "£": "l", "¢": "c", "¥": "y",
    "‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"',
}  # fmt: skip

# Characters that read as letters inside a word ("k1ll", "b!tch", "$hit", "f@cking").
_LEET = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
    "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e",
}  # fmt: skip

# Masked words: the swear words ("f***", "sh*t", "b*tch") and the words of suicide and death
# that platforms filter, so people mask them too ("k*ll myself", "su*cide", "d**th"). The mask
# is resolved against this list, first match wins.
_MASKABLE = (
    "fuck", "fucking", "fucked", "fucker", "shit", "shitty", "bitch", "bitches", "cunt",
    "damn", "hell", "ass", "asshole", "bastard", "dick", "whore", "slut", "crap", "piss",
    "kill", "killing", "suicide", "suicidal", "die", "dying", "dead", "death", "overdose",
)  # fmt: skip
# Slurs are masked the same way ("n*ggers", "tr*nnies", "f*gs"): the unambiguous ones, plurals
# too, after the swear words. A mask usually stands for as many letters as it has stars, so a
# word of the token's own length wins first ("f*g" is "fag", not "fucking").
_MASKABLE_WORDS = _MASKABLE + tuple(
    w for w in plural_forms(SLURS) if w.isalpha() and w not in AMBIGUOUS_SLURS
)
# The slurs that are also ordinary words last: nobody masks the ordinary word ("c**n" is no
# raccoon), so the rules read a masked one as the slur (``rules.abuse``).
_MASKABLE_WORDS += tuple(
    w for w in plural_forms(AMBIGUOUS_SLURS) if w.isalpha() and w not in _MASKABLE_WORDS
)

# One-letter words of text-speak ("u r a", "r u ok", "i c"): a run of only these is not a
# word spelled out letter by letter.
_TEXTSPEAK_LETTERS = frozenset("auriy")

_TOKEN = re.compile(r"\S+")
_SPACED_RUN = re.compile(r"(?<![^\s])(?:[a-z][ .\-_*]){2,}[a-z](?![^\s.,!?])")
_REPEAT = re.compile(r"(.)\1{2,}")


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the original character index."""

    original: str
    text: str
    offsets: tuple[int, ...]

    def quote(self, start: int, end: int) -> str:
        """The original text behind ``text[start:end]``."""
        if not self.offsets or start >= end:
            return ""
        start = max(0, min(start, len(self.offsets) - 1))
        end = max(start + 1, min(end, len(self.offsets)))
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1
        # Extend to the end of the original character sequence (e.g. a stretched letter run).
        if end < len(self.offsets):
            o_end = max(o_end, self.offsets[end])
            # offsets[end] is the first char NOT in the match; step back over spaces only.
            while o_end > o_start and self.original[o_end - 1].isspace():
                o_end -= 1
        else:
            o_end = len(self.original)
            while o_end > o_start and self.original[o_end - 1].isspace():
                o_end -= 1
        # Never cut a word in half: extend to the end of the original word.
        n = len(self.original)
        while o_end < n and self.original[o_end].isalnum() and self.original[o_end - 1].isalnum():
            o_end += 1
        return self.original[o_start:o_end]


def _fold_char(ch: str) -> str:
    if ch in _CONFUSABLES:
        return _CONFUSABLES[ch]
    cat = unicodedata.category(ch)
    if cat == "Cf" or ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad":
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c in _CONFUSABLES:
            out.append(_CONFUSABLES[c])
            continue
        decomposed = unicodedata.normalize("NFD", c)
        base = "".join(d for d in decomposed if not unicodedata.combining(d))
        out.append(base.lower())
    return "".join(out)


def _char_pass(text: str) -> tuple[list[str], list[int]]:
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            if ch.isspace():
                folded = " "
            else:
                folded = ch.lower() if ch.isalpha() else ch
                if ch == "`":
                    folded = "'"
        elif ch.isspace():
            folded = " "
        else:
            folded = _fold_char(ch)
        for c in folded:
            chars.append(c)
            offsets.append(i)
    return chars, offsets


def _resolve_mask(token: str) -> str | None:
    core = token.strip(".,!?;:\"'()")
    if "*" not in core or not any(c.isalpha() for c in core) or not core[0].isalpha():
        return None
    pattern = re.compile("^" + "".join("[a-z]+" if c == "*" else re.escape(c) for c in core) + "$")
    for word in _MASKABLE_WORDS:
        if len(word) == len(core) and pattern.match(word):
            return token.replace(core, word, 1)
    for word in _MASKABLE_WORDS:
        if pattern.match(word):
            return token.replace(core, word, 1)
    return None


def _token_pass(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    text = "".join(chars)
    out_c: list[str] = []
    out_o: list[int] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        for k in range(pos, m.start()):
            out_c.append(text[k])
            out_o.append(offsets[k])
        tok = m.group()
        tok_offsets = offsets[m.start() : m.end()]
        new_tok = tok
        if "*" in tok:
            resolved = _resolve_mask(tok)
            if resolved is not None:
                new_tok = resolved
        leety = any(c.isalpha() for c in tok) and any(c in _LEET for c in tok)
        if new_tok is tok and leety and not _is_handle_or_address(tok):
            new_tok = _deleet(tok)
        elif new_tok is tok and leety and _is_masked_swear(tok):
            new_tok = _deleet(tok)  # "@ss" reads as a handle but is a swear word
        if new_tok is tok:
            out_c.extend(tok)
            out_o.extend(tok_offsets)
        elif len(new_tok) == len(tok):
            out_c.extend(new_tok)
            out_o.extend(tok_offsets)
        else:
            out_c.extend(new_tok)
            out_o.extend(_stretch(tok_offsets, len(new_tok)))
        pos = m.end()
    for k in range(pos, len(text)):
        out_c.append(text[k])
        out_o.append(offsets[k])
    return out_c, out_o


def _stretch(span: list[int], n: int) -> list[int]:
    """Offsets for ``n`` characters written in place of the characters at ``span``: each new
    character points at the original one in the same proportion of the word."""
    return [span[min(len(span) - 1, j * len(span) // n)] for j in range(n)]


_ADDRESS = re.compile(r"^(?:@\w|https?:|www\.|<)|\w@\w+\.\w")


def _is_handle_or_address(tok: str) -> bool:
    """@mentions, URLs and e-mail addresses keep their characters."""
    return bool(_ADDRESS.search(tok))


def _is_masked_swear(tok: str) -> bool:
    return tok.startswith("@") and _deleet(tok).strip(".,!?;:\"'()") in _MASKABLE


_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:[.,]\d+)?(?:mg|mcg|ug|ml|l|g|kg|mm|cm|km|m|mmol|iu|u|am|pm|yo|y/o|yr|yrs|y|st|nd|rd|th|"
    r"x|s|h|hr|hrs|min|mins|d|wk|wks|mo|mos|k|kms|lb|lbs|ish)[.,!?;:)]*"
)


def _deleet(tok: str) -> str:
    """Map leet characters that sit between or next to letters; keep pure numbers, prices and
    numbers with a unit or ending ("10mg", "4am", "13yo", "5th": digits first, then letters)."""
    if _NUMBER_WITH_UNIT.fullmatch(tok):
        return tok
    chars = list(tok)
    n = len(chars)
    for i, c in enumerate(chars):
        if c not in _LEET:
            continue
        prev_alpha = i > 0 and tok[i - 1].isalpha()
        next_alpha = i + 1 < n and tok[i + 1].isalpha()
        if c == "!" and not next_alpha:
            continue  # exclamation mark at the end of a word
        if c in "$" and i + 1 < n and tok[i + 1].isdigit():
            continue  # a price
        if prev_alpha or next_alpha:
            chars[i] = _LEET[c]
    return "".join(chars)


def _collapse_repeats(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    out_c: list[str] = []
    out_o: list[int] = []
    for c, o in zip(chars, offsets, strict=True):
        if len(out_c) >= 2 and c == out_c[-1] == out_c[-2] and c.isalpha():
            continue
        if len(out_c) >= 2 and c == out_c[-1] == out_c[-2] and c in "!?.":
            continue
        out_c.append(c)
        out_o.append(o)
    return out_c, out_o


def _join_spaced(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Join letters spaced out one by one; a wider gap (two spaces, ' / ') separates words."""
    text = "".join(chars)
    if " " not in text:
        return chars, offsets
    out_c: list[str] = []
    out_o: list[int] = []
    pos = 0
    # A run: single letters separated by one separator char, words separated by 2+ spaces.
    for m in re.finditer(r"(?<!\S)[a-z0-9@$](?:(?:[ .\-_]| {2,3})[a-z0-9@$](?!\S)){2,}", text):
        letters = re.findall(r"[a-z]", m.group())
        if len(letters) < 2 or len(letters) * 2 < len(re.findall(r"\S", m.group())):
            continue
        if set(re.findall(r"\S", m.group())) <= _TEXTSPEAK_LETTERS:
            continue  # "u r a", "y r u": one-letter words of text-speak, not a spelled word
        for k in range(pos, m.start()):
            out_c.append(chars[k])
            out_o.append(offsets[k])
        seg = m.group()
        i = 0
        base = m.start()
        while i < len(seg):
            c = seg[i]
            if c.isalnum() or c in "@$":
                out_c.append(c if c.isalpha() else _LEET.get(c, c))
                out_o.append(offsets[base + i])
            elif seg[i : i + 2] == "  ":
                out_c.append(" ")
                out_o.append(offsets[base + i])
                while i + 1 < len(seg) and seg[i + 1] == " ":
                    i += 1
            i += 1
        pos = m.end()
    if pos == 0:
        return chars, offsets
    for k in range(pos, len(text)):
        out_c.append(chars[k])
        out_o.append(offsets[k])
    return out_c, out_o


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching; see the module docstring."""
    if "&" in text and ";" in text:
        # HTML entities (tweets, scraped posts): unescape first but keep offsets simple.
        unescaped = html.unescape(text)
        if unescaped != text:
            text_for_map = text
            norm = normalize(unescaped)
            return Normalized(original=text_for_map, text=norm.text, offsets=_remap(norm, text))
    chars, offsets = _char_pass(text)
    # Chat spellings before leetspeak, which would read "every1" as "everyi".
    chars, offsets = _chat_words(chars, offsets)
    chars, offsets = _token_pass(chars, offsets)
    chars, offsets = _collapse_repeats(chars, offsets)
    chars, offsets = _respell(chars, offsets)
    chars, offsets = _substitute(chars, offsets, unglue.spans("".join(chars)))
    chars, offsets = _join_spaced(chars, offsets)
    chars, offsets = _collapse_spaces(chars, offsets)
    return Normalized(original=text, text="".join(chars), offsets=tuple(offsets))


# Chat spellings of a word every group name leans on ("gay ppl", "those peeps"), and of the
# function words and common verbs a message hangs on ("wd be better off w/o me", "been savin
# up", "every1"): spelled out, so the rules and the encoder read them as the word. Only
# spellings that are no other English word: "u", "r", "n", "b", "ur" and "bout" (a bout of
# flu) stay as written, and so do g-dropped forms of words that end in "in" ("begin", "Kevin");
# the verbs below are listed, not derived.
_G_DROPPED = (
    "anythin", "burnin", "countin", "cryin", "cuttin", "doin", "drivin", "everythin", "evenin",
    "feelin", "gettin", "givin", "goin", "googlin", "hidin", "hopin", "hurtin", "keepin",
    "leavin", "lookin", "makin", "mornin", "nothin", "plannin", "readin", "sayin", "savin",
    "searchin", "sittin", "somethin", "standin", "startin", "takin", "talkin", "thinkin",
    "tryin", "wantin", "waitin", "wishin", "writin",
)  # fmt: skip
_CHAT_WORDS = {
    "ppl": "people", "ppls": "people", "peeps": "people", "ppls'": "people's",
    "w/o": "without", "wd": "would", "wud": "would", "wld": "would", "shud": "should",
    "shd": "should", "cud": "could", "cld": "could", "b4": "before", "coz": "because",
    "cuz": "because", "bcos": "because", "bcoz": "because", "bcuz": "because", "abt": "about",
    "thru": "through", "tho": "though", "nite": "night", "tonite": "tonight",
    "2nite": "tonight", "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow",
    "tmrw": "tomorrow", "every1": "everyone", "evry1": "everyone", "any1": "anyone",
    "ne1": "anyone", "some1": "someone", "sum1": "someone", "evry": "every", "rly": "really",
    "wiv": "with", "wen": "when", "wat": "what", "wot": "what", "wut": "what", "smth": "something",
    "sth": "something", "jus": "just", "luv": "love", "hosp": "hospital",
    **{w: w + "g" for w in _G_DROPPED},
    # Algospeak: the words said in place of the ones platforms filter (Steen et al. 2023,
    # "You can (not) say what you want"; Klug et al. 2023): "unalive", "sewer slide", "kms".
    # "kms" after a number is kilometres ("5 kms"): ``_chat_words`` leaves it.
    "unalive": "kill", "unalived": "killed", "unaliving": "killing", "unalives": "kills",
    "sewerslide": "suicide", "sewer slide": "suicide", "sewer-slide": "suicide",
    "kms": "kill myself",
}  # fmt: skip
_CHAT_WORD = re.compile(
    r"(?<![\w@#/'])(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_CHAT_WORDS, key=len, reverse=True)
    )
    + r")(?![\w'/])"
)


_AFTER_NUMBER = re.compile(r"\d\s*$")


def _chat_words(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    text = "".join(chars)
    return _substitute(
        chars,
        offsets,
        (
            (m.start(), m.end(), _CHAT_WORDS[" ".join(m.group().split())])
            for m in _CHAT_WORD.finditer(text)
            if not (m.group() == "kms" and _AFTER_NUMBER.search(text, 0, m.start()))
        ),
    )


_WORD = re.compile(r"(?<![\w@#/'])[a-z]{5,}(?![\w'/])")


def _respell(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Identity words and slurs misspelt by one letter, spelled back (``respell``)."""
    known = respell.table()
    return _substitute(
        chars,
        offsets,
        (
            (m.start(), m.end(), known[m.group()])
            for m in _WORD.finditer("".join(chars))
            if m.group() in known
        ),
    )


def _substitute(
    chars: list[str], offsets: list[int], spans: Iterable[tuple[int, int, str]]
) -> tuple[list[str], list[int]]:
    """``chars`` with each (start, end, word) span, in order, replaced by ``word``; a new
    character maps back to the original span (``_stretch``)."""
    out_c: list[str] = []
    out_o: list[int] = []
    pos = 0
    for start, end, word in spans:
        out_c.extend(chars[pos:start])
        out_o.extend(offsets[pos:start])
        out_c.extend(word)
        out_o.extend(_stretch(offsets[start:end], len(word)))
        pos = end
    if pos == 0:
        return chars, offsets
    out_c.extend(chars[pos:])
    out_o.extend(offsets[pos:])
    return out_c, out_o


def _collapse_spaces(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """Runs of spaces become one, so distances in patterns do not depend on spacing."""
    if "  " not in "".join(chars):
        return chars, offsets
    out_c: list[str] = []
    out_o: list[int] = []
    for c, o in zip(chars, offsets, strict=True):
        if c == " " and out_c and out_c[-1] == " ":
            continue
        out_c.append(c)
        out_o.append(o)
    return out_c, out_o


def _remap(norm: Normalized, escaped: str) -> tuple[int, ...]:
    """Map offsets into an unescaped string back to the escaped original."""
    mapping: list[int] = []
    for m in re.finditer(r"&#?\w+;|.", escaped, re.S):
        piece = html.unescape(m.group()) if len(m.group()) > 1 else m.group()
        mapping.extend([m.start()] * len(piece))
    return tuple(mapping[o] if o < len(mapping) else len(escaped) - 1 for o in norm.offsets)


def stretchy(word: str) -> str:
    """Regex for a lexicon word that also accepts stretched letters (kill -> k+i+l+l+)."""
    parts = []
    for ch in word:
        if ch == " ":
            parts.append(r"\s+")
        elif ch.isalpha():
            parts.append(re.escape(ch) + "+")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)
