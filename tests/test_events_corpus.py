"""Events on real same-story clusters of the shared corpus (skipped where ../shared is absent)."""

from __future__ import annotations

import json
import re

from conftest import shared_path
from timeline.analysis import analyse
from timeline.events import build_timeline
from timeline.model import CreationTime, Document
from timeline.text import nfc


def cluster_documents(cluster_id: str) -> tuple[Document, ...]:
    clusters = shared_path("corpus", "clusters.jsonl")
    ids = next(c["article_ids"] for c in map(json.loads, clusters.open(encoding="utf-8")) if c["cluster_id"] == cluster_id)
    records = {}
    with shared_path("corpus", "baomoi_vietnamesemds_clusters_2012-2013.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in ids:
                records[record["id"]] = record
    return tuple(
        Document(re.sub(r"[^a-z0-9-]", "-", r["id"].lower()), r["id"], nfc(r["title"]), nfc(r["text"]), CreationTime.parse(r["date"]), r["source"], r["url"])
        for r in (records[i] for i in ids)
    )


def test_three_articles_on_the_kova_award_ceremony_give_one_entry_with_three_sources():
    documents = cluster_documents("vmds-136")
    timeline = build_timeline(documents, {d.id: analyse(d, d.dct) for d in documents})
    (ceremony,) = [e for e in timeline.events if e.date == "2013-11-03" and len({m.document for m in e.mentions}) > 1]
    assert {m.document for m in ceremony.mentions} == {d.id for d in documents}
    assert ceremony.status == "happened" and ceremony.conflict is None
    assert "Hà Nội" in ceremony.places
    assert any("KOVA" in actor.upper() for actor in ceremony.actors)
