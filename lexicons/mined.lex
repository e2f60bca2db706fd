# Mined from real (spun copy, original) pairs of the learn part of benchmarks/corpus by scripts/mine_lexicon.py:
# each entry recurs on two or more unrelated spun sites, or a public thesaurus links its sides and it never occurs
# in unspun text. Provenance: `mined`, the families (dev:F), the sites, the thesauri that explain it.
# Regenerate with the script; do not edit by hand (curated entries go to the other files).
# spun | original | tier | flags | guard | provenance
act ordinarily | behave normally | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
additionally sustaining | also maintaining | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
could straightforwardly forestall | might directly prevent | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
dejection | depression | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes
demolish adjacent | destroy nearby | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
despondence | depression | ambiguous | - | | mined dev:X sites=1 thesaurus=mythes
doleful | sad | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes
educational proprietors | academic owners | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
examination cautioned | research warned | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
expanded gamble | increased risk | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
folks dwelling persistent ache | people living chronic pain | ambiguous | - | | mined dev:A sites=1 thesaurus=moby
fortuitously | fortunately | ambiguous | - | | mined dev:S sites=1 thesaurus=moby,mythes,wordnet
found darkish | discovered dark | ambiguous | - | | mined dev:A sites=1 thesaurus=moby,mythes
harmfully | negatively | ambiguous | - | | mined dev:S sites=1 thesaurus=mythes
hotness | heat | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
information demonstrated | data showed | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
ladies fluctuate | women vary | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
likewise begin | also start | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
noteworthy review | major survey | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
over-all charge | overall rate | ambiguous | - | | mined dev:? sites=1 thesaurus=moby
perturbed | affected | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
procures | finds | ambiguous | - | | mined dev:K sites=1 thesaurus=moby
reflect discoveries | mirror findings | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
revamp admission | improve access | ambiguous | - | | mined dev:X sites=1 thesaurus=moby
review distributed | study published | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
shortcoming | weakness | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
tallness | height | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes,wordnet
transpire | happen | ambiguous | - | | mined dev:X sites=1 thesaurus=moby,mythes
various examinations | different studies | ambiguous | - | | mined dev:I sites=1 thesaurus=moby,mythes
well-known sort | common type | ambiguous | - | | mined dev:I sites=1 thesaurus=moby
