# Site boilerplate as the family-A spinner renders it (medicalxpress/phys.org/techxplore footers, photo credits,
# "Source link" lines). Long entries are allowed here because the text is fixed. Format: README.md.
# spun | original | tier | flags | guard | provenance
aside from any honest dealing | apart from any fair dealing | fingerprint | - | | editor
cc0 public area | CC0 Public Domain | fingerprint | - | | editor
data functions | information purposes | fingerprint | - | | editor
data functions solely | information purposes only | fingerprint | - | | editor
discover additional | Explore further | fingerprint | - | line-start | editor
extra data: | More information: | fingerprint | - | line-start | editor
functions solely | purposes only | fingerprint | - | | seed dev:A
honest dealing for the aim | fair dealing for the purpose | fingerprint | - | | editor
hyperlink | link | ambiguous | n | | dev:A dev:H editor
info functions solely | information purposes only | fingerprint | - | | seed dev:A
journal data: | Journal information: | fingerprint | - | line-start | editor
journal info: | Journal information: | fingerprint | - | line-start | editor
learn extra | read more | fingerprint | - | | editor
offered by | Provided by | fingerprint | - | line-start line-end | editor
offered for data | provided for information | fingerprint | - | | editor
offered for info | provided for information | fingerprint | - | | editor
other than any honest dealing | apart from any fair dealing | fingerprint | - | | editor
other than any truthful dealing | apart from any fair dealing | fingerprint | - | | editor
personal examine or analysis | private study or research | fingerprint | - | | seed dev:A
photograph credit score | photo credit | fingerprint | - | | editor
picture credit score | image credit | fingerprint | - | | dev:A
supplied for data | provided for information | fingerprint | - | | editor
supply hyperlink | source link | fingerprint | - | | editor
