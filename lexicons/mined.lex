# Mined from real (spun copy, original) pairs of the learn part of benchmarks/corpus by scripts/mine_lexicon.py:
# each entry recurs on two or more unrelated spun sites, or a public thesaurus links its sides and it never occurs
# in unspun text. Provenance: `mined`, the families (dev:F), the sites, the thesauri that explain it.
# Regenerate with the script; do not edit by hand (curated entries go to the other files).
# spun | original | tier | flags | guard | provenance
capability | ability | ambiguous | - | | mined dev:S sites=1 thesaurus=moby,mythes
deeds | activities | ambiguous | - | | mined dev:S sites=1 thesaurus=mythes
examination cautioned | research warned | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
fortuitously | fortunately | ambiguous | - | | mined dev:S sites=1 thesaurus=moby,mythes,wordnet
harmfully | negatively | ambiguous | - | | mined dev:S sites=1 thesaurus=mythes
information demonstrated | data showed | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
noteworthy review | major survey | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
nutritious | healthy | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
perturbed | affected | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
procures | finds | ambiguous | - | | mined dev:K sites=1 thesaurus=moby
refers to | means | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
revamp admission | improve access | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
searching | looking | ambiguous | - | | mined dev:O sites=1 thesaurus=moby,mythes,wordnet
shortcoming | weakness | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
