#!/usr/bin/env bash
# Scores examples/annotate on the real-page set: per language and overall.
# Usage: eval/real/score.sh [dev|blind|all] [score.py options such as -v or --only body]
# Needs the page texts in eval/real/text (see README.md) and ../shared/eval/score.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
split=${1:-dev}
shift || true
scorer=../shared/eval/score.py
[ -f "$scorer" ] || { echo "no $scorer beside the repository"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# ids of the split, by language
python3 - "$split" "$tmp" <<'PY'
import csv, glob, json, os, sys
split, tmp = sys.argv[1], sys.argv[2]
gold = {}
for f in glob.glob("eval/real/gold/*.jsonl"):
    for line in open(f, encoding="utf-8"):
        if line.strip():
            o = json.loads(line); gold[o["id"]] = line.strip()
by = {}
for f in sorted(glob.glob("eval/real/pages/*.tsv")):
    for row in csv.DictReader(open(f, encoding="utf-8"), delimiter="\t"):
        if split != "all" and row["split"] != split: continue
        if row["id"] not in gold or not os.path.exists(f"eval/real/text/{row['id']}.txt"):
            print(f"skipping {row['id']}: no gold or no text", file=sys.stderr); continue
        by.setdefault(row["lang"], []).append(row["id"])
for lang, ids in by.items():
    open(f"{tmp}/{lang}.ids", "w").write("\n".join(ids) + "\n")
    open(f"{tmp}/{lang}.gold", "w").write("\n".join(gold[i] for i in ids) + "\n")
open(f"{tmp}/all.gold", "w").write("\n".join(gold[i] for ids in by.values() for i in ids) + "\n")
PY
go build -o "$tmp/annotate" ./examples/annotate
: > "$tmp/all.pred"
for ids in "$tmp"/*.ids; do
	lang=$(basename "$ids" .ids)
	files=$(sed 's|^|eval/real/text/|; s|$|.txt|' "$ids")
	"$tmp/annotate" $files > "$tmp/$lang.pred" 2>/dev/null || true
	cat "$tmp/$lang.pred" >> "$tmp/all.pred"
	printf '%-3s %2d pages  ' "$lang" "$(wc -l < "$ids")"
	python3 "$scorer" "$tmp/$lang.gold" "$tmp/$lang.pred" "$@" | awk '/^(language|date|title|body):/ {printf "%s %s  ", $1, $2} /^(figures|entities)/ {for(i=1;i<=NF;i++) if($i=="F1") printf "%s-F1 %s  ", $1, $(i+1)} /^  / {print; next} END {print ""}'
done
echo "== all ($split)"
python3 "$scorer" "$tmp/all.gold" "$tmp/all.pred" "$@"
