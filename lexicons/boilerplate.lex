# Site boilerplate as the family-A spinner renders it (medicalxpress/phys.org/techxplore footers, photo credits,
# "Source link" lines). Long entries are allowed here because the text is fixed. Format: README.md.
# spun | original | tier | flags | guard | provenance
aside from any honest dealing | apart from any fair dealing | fingerprint | - | | family:A editor
cc0 public area | CC0 Public Domain | fingerprint | - | | family:A editor
data functions | information purposes | fingerprint | - | | family:A editor
data functions solely | information purposes only | fingerprint | - | | family:A editor
discover additional | Explore further | fingerprint | - | line-start | family:A editor
extra data: | More information: | fingerprint | - | line-start | family:A editor
functions solely | purposes only | fingerprint | - | | seed dev:A
honest dealing for the aim | fair dealing for the purpose | fingerprint | - | | family:A editor
hyperlink | link | ambiguous | n | | dev:A dev:H editor
info functions solely | information purposes only | fingerprint | - | | seed dev:A
journal data: | Journal information: | fingerprint | - | line-start | family:A editor
journal info: | Journal information: | fingerprint | - | line-start | family:A editor
learn extra | read more | fingerprint | - | | family:A editor
offered by | Provided by | fingerprint | - | line-start line-end | family:A editor
offered for data | provided for information | fingerprint | - | | family:A editor
offered for info | provided for information | fingerprint | - | | family:A editor
other than any honest dealing | apart from any fair dealing | fingerprint | - | | family:A editor
other than any truthful dealing | apart from any fair dealing | fingerprint | - | | family:A editor
personal examine or analysis | private study or research | fingerprint | - | | seed dev:A
photograph credit score | photo credit | fingerprint | - | | family:A editor
picture credit score | image credit | fingerprint | - | | dev:A
supplied for data | provided for information | fingerprint | - | | family:A editor
supply hyperlink | source link | fingerprint | - | | family:A editor
