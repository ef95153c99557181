#!/usr/bin/env bash
# Issue 16, fourth round: the model reads the same texts written another way (content words in dictionary forms;
# Japanese kanji turned into simplified Chinese characters by OpenCC, Debian's package opencc), then
# text-forms.py screens them both ways. Run run.sh first, with the same work directory and vector cache.
#   knowledge-base/experiments/ranking-features/text-forms.sh [faq-eval dir] [vector cache] [work dir]
set -euo pipefail
command -v opencc >/dev/null || { echo "needs OpenCC: apt-get install opencc" >&2; exit 1; }
. "$(dirname "$0")/setup.sh" "$@"
lines() { java -cp "$classpath" io.tsutawaru.kb.search.TextLines "$@" 2>/dev/null; }
chinese() { opencc -c jp2t.json -i "$1" | opencc -c t2s.json > "$2"; }
lines texts "$eval_dir/corpus.json" "$eval_dir/dev-queries.json" "$work"
for part in entries queries; do
  cp "$work/$part.txt" "$work/$part-lines.txt"                    # the control: must rank as shipped
  lines content-words "$work/$part.txt" "$work/$part-cw.txt" surface
  lines content-words "$work/$part.txt" "$work/$part-cwb.txt"
  chinese "$work/$part.txt" "$work/$part-zh.txt"
  chinese "$work/$part-cwb.txt" "$work/$part-cwbzh.txt"
done
for form in lines cw cwb zh cwbzh; do
  lines embed "$work" "$form" "$cache"
done
python3 "$here/text-forms.py" "$work" "$eval_dir"
