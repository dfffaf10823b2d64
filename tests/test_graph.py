"""The article/claim/source/outlet graph: conventions, queries and exports."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import pytest
from conftest import build_hand_analysis, build_hand_analysis_b

from claimtrace.graph import (
    anonymous_only_claims,
    build_graph,
    rank_sources,
    read_graph,
    single_source_claims,
    source_cooccurrence,
    write_graph,
)

KINDS = {"article", "claim", "source", "outlet"}
EDGE_ENDS = {  # edge kind -> (kind of tail, kind of head)
    "asserts": ("source", "claim"),
    "contains": ("article", "claim"),
    "published": ("outlet", "article"),
    "cites": ("source", "source"),
    "is_outlet": ("source", "outlet"),
    "same_claim": ("claim", "claim"),
    "re_reports": ("outlet", "outlet"),
}


def check_conventions(G: nx.MultiDiGraph) -> None:
    """Invariants every claimtrace graph must hold, whatever the analyser found."""
    assert isinstance(G, nx.MultiDiGraph)
    for n, d in G.nodes(data=True):
        assert d["kind"] in KINDS, n
        assert n.startswith(d["kind"] + ":"), n
        assert isinstance(d.get("label"), str), n
    for u, v, d in G.edges(data=True):
        tail, head = EDGE_ENDS[d["kind"]]
        assert (G.nodes[u]["kind"], G.nodes[v]["kind"]) == (tail, head), (u, v, d)
    for n, d in G.nodes(data=True):
        if d["kind"] == "claim":
            art = f"article:{d['doc_id']}"
            assert n.startswith(f"claim:{d['doc_id']}:")
            assert G.has_edge(art, n), n
            assert any(e["kind"] == "contains" for e in G[art][n].values()), n
        if d["kind"] == "source" and d["anonymous"]:
            docs = {G.nodes[c]["doc_id"] for _, c, k in G.out_edges(n, data="kind")
                    if k == "asserts"}
            assert len(docs) <= 1, f"anonymous source {n} shared across {docs}"


@pytest.fixture
def two_article_graph(hand_analysis, hand_analysis_b):
    groups = [{"claims": [("hand_b", 2), ("hand", 4)], "group_id": "base-hit"}]
    return build_graph([hand_analysis, hand_analysis_b], claim_groups=groups)


def test_hand_graph_follows_conventions(two_article_graph):
    check_conventions(two_article_graph)


def test_hand_graph_nodes(two_article_graph):
    G = two_article_graph
    kinds = nx.get_node_attributes(G, "kind")
    count = {k: sum(1 for v in kinds.values() if v == k) for k in KINDS}
    # 8 + 4 claims; sources: Pompeo and NYT shared, 4 per-article in hand, 1 in hand_b
    assert count == {"article": 2, "claim": 12, "source": 7, "outlet": 3}
    assert "claim:hand:6" not in G  # noise claim left out
    pompeo = G.nodes["source:mike pompeo"]
    assert pompeo["source_class"] == "named_person" and pompeo["shared"]
    assert pompeo["n_claims"] == 4 and pompeo["n_articles"] == 2
    assert G.nodes["source:hand:sources"]["anonymity_reason"] == "on condition of anonymity"
    assert G.nodes["claim:hand:4"]["source_class"] == "mixed"
    assert G.nodes["article:hand"]["n_claims"] == 8
    assert G.nodes["outlet:Daily Planet"]["n_articles"] == 1


def test_anonymous_sources_are_per_article(two_article_graph):
    G = two_article_graph
    assert "source:hand:sources" in G and "source:hand_b:sources" in G
    assert "source:sources" not in G


def test_asserts_edges_carry_cue_and_pattern(two_article_graph):
    G = two_article_graph
    edges = G.get_edge_data("source:new york times", "claim:hand:3")
    (data,) = edges.values()
    assert data["kind"] == "asserts" and data["cue"] == "According to"
    assert data["pattern"] == "according_to" and data["rule"] == "hand.according_to"
    assert (data["cue_start"], data["cue_end"]) == (128, 140)


def test_nested_attribution_gives_cites_edge(two_article_graph):
    G = two_article_graph
    cites = [(u, v) for u, v, k in G.edges(data="kind") if k == "cites"]
    assert cites == [("source:mike pompeo", "source:hand:two officials")]


def test_media_source_is_linked_to_outlet(two_article_graph):
    G = two_article_graph
    outs = [v for _, v, k in G.out_edges("source:new york times", data="kind") if k == "is_outlet"]
    assert outs == ["outlet:The New York Times"]
    assert G.nodes["outlet:The New York Times"]["from_media"]


def test_media_source_reuses_the_outlet_of_an_article():
    a = build_hand_analysis("nyt1", outlet="the New York Times")
    G = build_graph([a, build_hand_analysis_b()])
    outlets = sorted(n for n, k in G.nodes(data="kind") if k == "outlet")
    assert outlets == ["outlet:Morning Star", "outlet:the New York Times"]
    assert G.has_edge("source:new york times", "outlet:the New York Times")


def test_claim_groups_give_same_claim_and_re_reports(two_article_graph):
    G = two_article_graph
    # hand (2020-01-15) reported first; hand_b (2020-02-03) re-reports
    same = [(u, v) for u, v, k in G.edges(data="kind") if k == "same_claim"]
    assert same == [("claim:hand_b:2", "claim:hand:4")]
    rr = G.get_edge_data("outlet:Morning Star", "outlet:Daily Planet")
    assert rr["re_reports"]["weight"] == 1.0
    assert G.nodes["claim:hand:4"]["group"] == "base-hit"


def test_claim_groups_accept_objects_and_node_ids(hand_analysis, hand_analysis_b):
    @dataclass
    class Group:
        claims: list

    groups = [Group([("hand", 0), "claim:hand_b:0", ("nowhere", 3)]), Group([("hand", 1)])]
    G = build_graph([hand_analysis, hand_analysis_b], claim_groups=groups)
    check_conventions(G)
    assert G.has_edge("claim:hand_b:0", "claim:hand:0")
    assert G.nodes["claim:hand:1"]["group"] == "1"


def test_queries_on_hand_graph(two_article_graph):
    G = two_article_graph
    assert anonymous_only_claims(G) == ["claim:hand:1", "claim:hand:8", "claim:hand_b:1"]
    # hand_b:2 (NYT alone) is corroborated by hand:4 through the claim group
    assert single_source_claims(G) == ["claim:hand:0", "claim:hand:1", "claim:hand:3",
                                       "claim:hand:7", "claim:hand:8", "claim:hand_b:0",
                                       "claim:hand_b:1"]
    ranked = rank_sources(G)
    assert list(ranked["node"][:2]) == ["source:mike pompeo", "source:new york times"]
    assert list(ranked["n_claims"][:3]) == [4, 2, 2]
    assert len(rank_sources(G, top=3)) == 3


def test_source_cooccurrence_weights(two_article_graph):
    by_article = source_cooccurrence(two_article_graph)
    assert by_article["source:mike pompeo"]["source:new york times"]["weight"] == 2
    assert by_article["source:hand:sources"]["source:hand:one official"]["weight"] == 1
    assert not by_article.has_edge("source:hand:sources", "source:hand_b:sources")
    by_claim = source_cooccurrence(two_article_graph, by="claim")
    assert by_claim["source:mike pompeo"]["source:hand:two officials"]["weight"] == 2
    assert not by_claim.has_edge("source:mike pompeo", "source:new york times")
    with pytest.raises(ValueError):
        source_cooccurrence(two_article_graph, by="outlet")


def _signature(G: nx.MultiDiGraph):
    nodes = sorted((n, tuple(sorted(d.items()))) for n, d in G.nodes(data=True))
    edges = sorted((u, v, str(k), tuple(sorted(d.items())))
                   for u, v, k, d in G.edges(keys=True, data=True))
    return nodes, edges


@pytest.mark.parametrize("suffix", [".graphml", ".gexf", ".json"])
def test_exports_round_trip(two_article_graph, tmp_path, suffix):
    path = write_graph(two_article_graph, tmp_path / f"g{suffix}")
    back = read_graph(path)
    assert isinstance(back, nx.MultiDiGraph)
    assert _signature(back) == _signature(two_article_graph)
    check_conventions(back)


def test_exports_drop_none_and_flatten_values(tmp_path, hand_analysis):
    G = build_graph([hand_analysis])
    G.nodes["article:hand"]["extra"] = None
    G.nodes["article:hand"]["tags"] = ("a", "b")
    back = read_graph(write_graph(G, tmp_path / "g.graphml"))
    assert "extra" not in back.nodes["article:hand"]
    assert back.nodes["article:hand"]["tags"] == "a; b"
    assert G.nodes["article:hand"]["extra"] is None  # the input graph is not touched


def test_unknown_export_suffix_raises(two_article_graph, tmp_path):
    with pytest.raises(ValueError, match="unknown graph format"):
        write_graph(two_article_graph, tmp_path / "g.txt")
    with pytest.raises(ValueError, match="unknown graph format"):
        read_graph(tmp_path / "g.txt")


def test_empty_and_outletless_articles(empty_analysis):
    G = build_graph([empty_analysis])
    assert list(G.nodes) == ["article:empty"] and G.number_of_edges() == 0
    assert anonymous_only_claims(G) == [] and single_source_claims(G) == []
    assert len(rank_sources(G)) == 0 and source_cooccurrence(G).number_of_nodes() == 0


def test_analysis_graph_property(hand_analysis):
    G = hand_analysis.graph
    check_conventions(G)
    assert G.nodes["article:hand"]["kind"] == "article"


def test_seed_graph_follows_conventions(seed_analysis, small_analysis, tmp_path):
    G = build_graph([seed_analysis, small_analysis])
    check_conventions(G)
    claims = [n for n, k in G.nodes(data="kind") if k == "claim"]
    assert len(claims) == seed_analysis.summary()["n_claims"] + small_analysis.summary()["n_claims"]
    for suffix in (".graphml", ".gexf", ".json"):
        assert _signature(read_graph(write_graph(G, tmp_path / f"s{suffix}"))) == _signature(G)


def _one_person_article(doc_id: str, sentence: str, name: str, key: str):
    from conftest import ArticleBuilder

    from claimtrace.model import SourceType

    b = ArticleBuilder([sentence])
    p = b.source(name, SourceType.NAMED_PERSON, key=key)
    a = b.attribution(0, "said", b.mention(0, sentence.split(" said")[0], p), "it rained")
    b.claim(0, (a,))
    return b.build(doc_id)


def test_surname_joins_the_only_full_name(hand_analysis):
    short = _one_person_article("s1", "Pompeo said it rained.", "Pompeo", "pompeo")
    G = build_graph([hand_analysis, short])
    check_conventions(G)
    assert "source:pompeo" not in G
    assert G.nodes["source:mike pompeo"]["aliases"] == "Pompeo"
    assert G.has_edge("source:mike pompeo", "claim:s1:0")
    assert G.nodes["source:mike pompeo"]["n_articles"] == 2
    kept = build_graph([hand_analysis, short], merge_surnames=False)
    assert "source:pompeo" in kept


def test_ambiguous_surname_is_not_merged():
    arts = [_one_person_article("d1", "Donald Trump said it rained.", "Donald Trump",
                                "donald trump"),
            _one_person_article("e1", "Eric Trump said it rained.", "Eric Trump", "eric trump"),
            _one_person_article("t1", "Trump said it rained.", "Trump", "trump")]
    G = build_graph(arts)
    assert {"source:donald trump", "source:eric trump", "source:trump"} <= set(G.nodes)


def test_analyser_style_keys_are_not_prefixed_twice():
    arts = [_one_person_article("k1", "Pompeo said it rained.", "Pompeo", "person:pompeo"),
            _one_person_article("k2", "Mike Pompeo said it rained.", "Mike Pompeo",
                                "person:mike-pompeo"),
            _one_person_article("k3", "Secretary Mike Pompeo said it rained.",
                                "Secretary Mike Pompeo", "person:secretary-mike-pompeo")]
    G = build_graph(arts)
    people = [n for n, d in G.nodes(data=True) if d["kind"] == "source"]
    assert people == ["source:person:secretary-mike-pompeo"]
    assert G.nodes[people[0]]["n_articles"] == 3
    assert set(G.nodes[people[0]]["aliases"].split("; ")) == {"Mike Pompeo", "Pompeo"}
    b = _anonymous_article("k4")
    assert "source:k4:anonymous_bare:0" in build_graph([b])


def _anonymous_article(doc_id: str):
    from conftest import ArticleBuilder

    from claimtrace.model import SourceType

    b = ArticleBuilder(["Sources said it rained."])
    s = b.source("sources", SourceType.ANONYMOUS_BARE, key=f"{doc_id}:anonymous_bare:0")
    a = b.attribution(0, "said", b.mention(0, "Sources", s), "it rained")
    b.claim(0, (a,))
    return b.build(doc_id)


def test_shared_source_mentions_are_summed(two_article_graph):
    G = two_article_graph
    assert G.nodes["source:mike pompeo"]["n_mentions"] == 4  # 3 in hand, 1 in hand_b
    assert G.nodes["source:hand:sources"]["n_mentions"] == 1  # one is in noise


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_xml_exports_survive_control_characters(tmp_path, suffix):
    from conftest import ArticleBuilder

    b = ArticleBuilder(["Markets\x0c rose\x00 today."])
    b.claim(0)
    G = build_graph([b.build("ctl")])
    back = read_graph(write_graph(G, tmp_path / f"c{suffix}"))
    assert back.nodes["claim:ctl:0"]["text"] == "Markets  rose  today."
