"""Build a fast regular expression for a large set of literal phrases.

Python's ``re`` tries each branch of an alternation in turn; grouping the phrases by shared
prefixes (a trie) lets it reject a position after one or two characters.

>>> import re
>>> rx = re.compile(trie_pattern(["said", "says", "say", "told"]))
>>> rx.pattern
'(?:sa(?:id|ys?)|told)'
>>> [m.group() for m in rx.finditer("he says she said")]
['says', 'said']
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _node_pattern(node: dict) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(_escape(ch) + _node_pattern(node[ch]))
    if not branches:
        return ""
    if len(branches) == 1 and not end:
        return branches[0]
    if len(branches) == 1 and end:
        body = branches[0]
        single = len(body) == 1 or (len(body) == 2 and body[0] == "\\")
        return (body if single else f"(?:{body})") + "?"
    inner = "|".join(branches)
    return f"(?:{inner})" + ("?" if end else "")


def _escape(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regex source matching any of ``phrases`` (longest match first at each position).

    >>> import re
    >>> rx = re.compile(trie_pattern(["according", "according to", "accused"]))
    >>> [m.group() for m in rx.finditer("Lee, according to aides, was accused")]
    ['according to', 'accused']
    """
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _node_pattern(root)
    return body if body.startswith("(?:") and body.endswith(")") else f"(?:{body})"
